"""Issue 9, blind round 168: a Heian word read otherwise, miso in kana, and cards. Each text
is our own."""

import pytest

from content.analysis.glossary import has_several_readings, is_basic_word, word_senses
from content.generation.builders import build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

MISO = """# 家でみそを作る

## 季節

みその仕込みは、1月から3月ごろの寒い時期に行うのがおすすめです。
料理の仕込みは、前の晩にすませておくと楽です。
"""


def test_misos_making_in_kana_is_no_kitchens_preparation():
    # 「みその仕込みは…」 carded "preparation (e.g. ingredients)" (168a): miso in kana is miso,
    # whose 仕込み JMdict lacks. A kitchen's stays a card (control, passes before the rule too).
    corpus = build_corpus(make_article(text=MISO))
    item = sentence_starting(corpus, "みその")
    assert build_vocab(item, token_of(item, "仕込み"), corpus) is None
    item = sentence_starting(corpus, "料理の")
    assert build_vocab(item, token_of(item, "仕込み"), corpus) is not None


def test_a_heian_governor_is_read_either_way():
    # 受領, a provincial governor, carded じゅりょう "receipt of a letter or money" (168a): it is
    # ずりょう too, and a card of one reading would mark the other wrong.
    assert has_several_readings("受領")


def test_cards_teachers_sent_back():
    # 呼び名 is no given name, parents no patrons, an
    # airline's 拠点 no position (168a, 168b); six words too easy for a reading (168a, 168b),
    # and 小指, which took 親指's place.
    assert "given name" not in word_senses("呼び名", "よびな")
    assert "patron" not in word_senses("保護者", "ほごしゃ")
    assert "position" not in word_senses("拠点", "きょてん")
    for word in ["自動的", "作業員", "言葉づかい", "親指", "小指", "味見", "置く"]:
        assert is_basic_word(word), word
