"""Issue 9, blind round 68: no antonym inside a printed reading, 余り of a count, a dated
byline is no heading, the place of what? read without its readings, and words too easy. Each
text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.antonyms import antonym_swap
from content.generation.builders import build_section, build_vocab
from content.generation.corpus import build_corpus
from content.importing.formats import parse
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_word_with_its_reading_printed_inside_is_not_turned():
    # (A summer's heat is not turned at all since round 189: a hall's is.)
    assert antonym_swap("体育館（たいいくかん）の中（なか）はとても暑（あつ）いです。") is None
    assert antonym_swap("体育館の中はとても暑いです。") is not None


def test_amari_after_a_count_gets_no_card():
    corpus = build_corpus(
        make_article(
            text=(
                "# 鉄道の決算\n\n## 乗客\n\n"
                "乗客は前年より2割余り増えた。\n"
                "駅前の再開発で、通勤の乗客が増えた。\n"
            )
        )
    )
    item = sentence_starting(corpus, "乗客は前年")
    assert build_vocab(item, token_of(item, "余り"), corpus) is None


def test_a_dated_byline_is_no_heading_and_no_question():
    text = (
        "暑い夏を安全にすごすために\n\n"
        "みどり市国際交流センター　2024年7月\n\n"
        "日本の夏はとても暑いです。気温が35度をこえる日もあります。\n\n"
        "外に出るとき\n\n"
        "帽子をかぶりましょう。水を持って出かけましょう。\n"
    )
    parsed = parse(text)
    assert [section.heading for section in parsed.sections if section.heading] == ["外に出るとき"]
    corpus = build_corpus(make_article(text=text))
    assert sentence_starting(corpus, "みどり市").is_metadata


def test_the_place_of_what_leans_back_with_its_reading_printed():
    corpus = build_corpus(
        make_article(
            text=(
                "# 暑（あつ）い夏（なつ）\n\n## 外（そと）に出（で）るとき\n\n"
                "市（し）の図書館（としょかん）は、すずしい休憩所（きゅうけいじょ）になります。\n"
                "場所（ばしょ）は市（し）のホームページで見（み）ることができます。\n"
                "帽子（ぼうし）をかぶって、日陰（ひかげ）を歩（ある）きましょう。\n\n"
                "## 家（いえ）の中（なか）で\n\n"
                "エアコンを使（つか）って、部屋（へや）を28度（ど）にします。\n"
                "夜（よる）も窓（まど）を閉（し）めて、冷房（れいぼう）をつけます。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "場所（ばしょ）は"), corpus) is None


@pytest.mark.parametrize("word", ["成功", "伝える", "卒業生"])
def test_words_round_68_called_too_easy(word):
    assert is_basic_word(word)
