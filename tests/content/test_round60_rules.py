"""Issue 9, blind round 60: a count its list right after gives away, a year beside 翌 and
another year, a place inside a prefecture, a fee of what, one reading a section asks twice,
glosses struck whole, a piece of a set phrase, and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import (
    build_choice,
    build_reading,
    build_truefalse,
    build_vocab,
    build_wh,
)
from content.generation.corpus import build_corpus
from content.generation.selection import rank_article
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def harbour():
    return build_corpus(
        make_article(
            text=(
                "# 港町の漁協の百年\n\n## 組合の誕生\n\n"
                "1902年、網元たちは町で最初の漁業組合を作った。\n"
                "1948年に新しい法律が公布されると、翌1949年、組合は協同組合に生まれ変わった。\n"
                "組合長の田村は、若いころ岐阜の多治見で焼き物を学んでいた。\n"
                "1955年には、組合の冷蔵庫が完成した。\n"
                "組合の朝市は年に二回、春と秋に港の広場で開かれる。\n"
                "朝市には毎回およそ3000人が訪れ、東京や大阪からの客も多い。\n"
                "漁業法の改正で、沿岸の漁場の使い方が変わった。\n"
                "組合は漁業権を守るため、県と何度も話し合った。\n"
                "その後の不漁で、組合は規模の縮小を余儀なくされた。\n"
                "町から港までは、一日八本のバスが走っていた。\n"
                "運賃は二百十円だった。\n"
                "港の食堂の定食は三百八十円で、干物の土産は四百二十円だった。\n"
                "組合の干物は、札幌や仙台、福岡の市場にも送られている。\n"
            )
        )
    )


def test_a_count_its_list_right_after_gives_away_is_not_asked(harbour):
    item = sentence_starting(harbour, "組合の朝市")
    assert build_choice(item, span_of(item, "二回"), harbour) is None


def test_a_year_beside_the_next_year_is_not_asked(harbour):
    item = sentence_starting(harbour, "1948年に")
    assert build_choice(item, span_of(item, "1948年"), harbour) is None
    assert build_choice(item, span_of(item, "1949年"), harbour) is None
    other = sentence_starting(harbour, "1955年")
    assert build_choice(other, span_of(other, "1955年"), harbour) is not None


def test_a_place_inside_a_prefecture_is_not_asked(harbour):
    item = sentence_starting(harbour, "組合長の田村")
    assert build_choice(item, span_of(item, "多治見"), harbour) is None


def test_a_fee_of_what_makes_no_statement_or_question(harbour):
    item = sentence_starting(harbour, "運賃は")
    assert build_truefalse(item, span_of(item, "二百十円"), harbour) is None
    assert build_wh(item, span_of(item, "二百十円"), harbour) is None


def test_a_piece_of_a_set_phrase_is_no_word_to_ask(harbour):
    item = sentence_starting(harbour, "その後の不漁")
    token = token_of(item, "余儀")
    assert build_reading(item, token, harbour) is None
    assert build_vocab(item, token, harbour) is None


def test_a_section_asks_one_reading_once(harbour):
    drafts = [
        build_reading(item, token_of(item, word), harbour)
        for item, word in (
            (sentence_starting(harbour, "漁業法"), "漁業法"),
            (sentence_starting(harbour, "組合は漁業権"), "漁業権"),
        )
    ]
    assert all(drafts)
    [(published, _kept)] = rank_article({harbour.sections[0].pk: drafts}).values()
    readings = [draft.answer_text for draft in published if draft.kind == QuestionKind.READING]
    assert len(readings) == 1


def test_glosses_struck_whole_leave_no_card_and_no_empty_sense():
    assert word_senses("御子") == ""
    assert "intensiveness" not in word_senses("集約")
    assert not word_senses("横ばい").startswith(";")


@pytest.mark.parametrize("word", ["緑色", "決める", "歩き", "靴下"])
def test_words_round_60_called_too_easy(word):
    assert is_basic_word(word)
