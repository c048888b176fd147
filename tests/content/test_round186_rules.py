"""Issue 9, blind round 186 (judged on 9217f91). Each case is one a reviewer failed."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_reading
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        # 「地盤も軟弱なため」: soft ground; JMdict's one gloss is "weakness".
        ("軟弱", "なんじゃく"),
        # 「呉服商の家に生まれ」: "dry-goods dealer" reads as groceries to a learner.
        ("呉服商", "ごふくしょう"),
    ],
)
def test_a_word_whose_one_gloss_misleads_gets_no_card(word, reading):
    assert word_senses(word, reading) == ""


def test_a_property_to_rent_is_no_article_or_thing():
    # 「築40年の古い物件で」 was glossed "article, thing, object, property (real estate)".
    assert word_senses("物件", "ぶっけん") == "property (real estate)"


BRIDGE = """# 川に新しい橋

## 新橋の完成

葦原川に架かる新橋が完成し、来月から車が通れるようになる。新橋の長さは約420メートルで、両岸の地区を結ぶ。

## 渋滞の解消

古い橋の手前では、朝夕に長い渋滞が起きていた。新しい橋によって、通勤の時間は大きく縮まる見込みだ。
"""


def test_a_new_bridge_is_not_read_as_tokyos_station():
    # 新橋 is the new bridge, しんきょう; JMdict and Sudachi know only Tokyo's しんばし.
    corpus = build_corpus(make_article(text=BRIDGE))
    item = sentence_with(corpus, "新橋が完成し")
    assert token_of(item, "新橋").reading == "しんばし"
    assert build_reading(item, token_of(item, "新橋"), corpus) is None
    # A word of 新 and one kanji that JMdict knows as a word keeps its card.
    hall = build_corpus(
        make_article(text="# 町の話題\n\n## 本の建物\n\n市立図書館の新館が三月に完成した。\n")
    )
    item = sentence_with(hall, "新館")
    card = build_reading(item, token_of(item, "新館"), hall)
    assert card is not None and card.answer == "しんかん"
