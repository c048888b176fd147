"""Issue 9, blind round 53: a person named after a role and a dot, a clan, a verb's stem
before すぎ, 経常利益, words too easy, a heading holding the sentence's verb, and a numbered
heading that ends in a printed reading. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_section, build_vocab
from content.generation.corpus import build_corpus
from content.importing.formats import looks_like_heading, parse_plain_text
from tests.content.sentences import sentence_starting, span_types, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_name_after_a_role_and_a_dot_is_a_person():
    # Sudachi reads 楠葉 as a place; round 53 offered 楠葉西忍 among ports.
    assert (
        span_types("奈良の商人・楠葉西忍も、堺の商人とともに海を渡った。")["楠葉西忍"]
        == SpanType.PERSON
    )


def test_a_clan_is_no_person():
    assert "平家" not in span_types("平家が都を離れたのち、港は荒れた。")


COACH = """# 少年野球のコーチになって

## 肩を守る

投げすぎの防止です。
練習では一日の球数を決め、記録をつけている。
"""


@pytest.fixture
def coach():
    return build_corpus(make_article(text=COACH))


def test_a_verbs_stem_before_sugi_is_no_word_card(coach):
    item = sentence_starting(coach, "投げすぎ")
    assert build_vocab(item, token_of(item, "投げ"), coach) is None


def test_ordinary_profit_is_not_operating_income():
    senses = word_senses("経常利益")
    assert "ordinary profit" in senses and "operating income" not in senses


@pytest.mark.parametrize("word", ["嫌い", "西風", "砂糖水", "一人ひとり"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)


def test_a_heading_holding_the_sentences_verb_gives_it_away():
    corpus = build_corpus(
        make_article(
            text=(
                "# 梅干しの作り方\n\n## 塩で漬ける\n\n梅を洗って、塩と一緒に容器に入れる。\n"
                "一か月ほど、涼しい場所で寝かせておく。\n\n## 土用干し\n\n"
                "梅は、晴れた日が三日ほど続きそうな日を選んで、ざるに並べて干します。\n"
                "夜は家の中に入れて、夜露に当てないようにする。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "梅は、晴れた日"), corpus) is None


def test_a_numbered_heading_ending_in_a_printed_reading_is_a_heading():
    heading = "(3)ゆうちょ銀行(ぎんこう)の国際送金(こくさいそうきん)"
    assert looks_like_heading(heading)
    parsed = parse_plain_text(
        "送金のしかた\n\n(2)アプリで送る\nスマートフォンで送れます。\n\n"
        f"{heading}\n送れる国が決まっています。\n"
    )
    assert [section.heading for section in parsed.sections if section.heading] == [
        "(2)アプリで送る",
        heading,
    ]
