"""Issue 9, blind rounds 43–45: a pointer read through printed readings, a list counted
after a topic, and glosses teachers struck as another word's. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GUIDE = """# 面接（めんせつ）の準備（じゅんび）

## 面接の日

面接（めんせつ）では、次（つぎ）のような質問（しつもん）がよくあります。
面接（めんせつ）の前（まえ）に、会社（かいしゃ）のホームページを読（よ）みます。

## 火山の見張り

集められたデータは、東京、札幌、仙台、福岡の4か所にある火山監視センターに送られる。
大きな火山には、全国で合わせて50台の地震計が置かれている。
"""


@pytest.fixture
def guide():
    return build_corpus(make_article(text=GUIDE))


def test_a_pointer_with_its_reading_printed_still_points(guide):
    assert not stands_alone(sentence_starting(guide, "面接（めんせつ）では"), guide)


def test_a_list_after_a_topic_is_counted_without_it(guide):
    item = sentence_starting(guide, "集められた")
    assert build_choice(item, span_of(item, "4か所"), guide) is None


@pytest.mark.parametrize(
    ("word", "struck", "kept"),
    [
        ("可能性", "availability", "possibility"),  # 可用性's
        ("維持", "improvement", "maintenance"),  # 改善's
        ("経常利益", "income before income taxes", "ordinary profit"),  # 税引前利益's
    ],
)
def test_a_gloss_teachers_struck_as_another_words_is_not_shown(word, struck, kept):
    senses = word_senses(word)
    assert struck not in senses and kept in senses
    # The gloss stays another word's own.
    assert "improvement" in word_senses("改善")
