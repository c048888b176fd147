"""Issue 9, blind rounds 43–46: a pointer read through printed readings, a list counted
after a topic, glosses teachers struck as another word's, a yes to a question not shown,
and the end of a basic period. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
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


def test_a_yes_to_a_question_not_shown_does_not_stand_alone():
    corpus = build_corpus(
        make_article(
            text="# 路線バスの四十年\n\n## 最後の路線\n\n"
            "運転士の佐藤健一は、最後の日も同じ路線を走ると決めていた。\n"
            "ええ、駅前から港町営業所までの路線を佐藤は最後に走った。\n"
        )
    )
    assert not stands_alone(sentence_starting(corpus, "ええ、"), corpus)


def test_the_end_of_a_basic_period_is_basic():
    # 今月末 is 今月 and 末 (round 46); 学期末 keeps its card.
    assert is_basic_word("今月末") and not is_basic_word("学期末")
