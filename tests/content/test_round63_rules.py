"""Issue 9, blind round 63: a problem beside a heading of problems, a manner or a part not
denied, no year ahead of what has gone on since, two glosses and words too easy. Each text is
our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from content.generation.distractors import year_of
from content.generation.negation import negated
from tests.content.sentences import options_of, sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_problem_beside_a_heading_of_problems_is_not_asked():
    corpus = build_corpus(
        make_article(
            text=(
                "# 新しい市立図書館\n\n## 開館から一年\n\n"
                "新しい図書館には、一年で九十万人が訪れた。\n"
                "平日の夕方は、学校帰りの高校生で学習席が埋まる。\n"
                "議会では、駐車場の不足や学習席をめぐる苦情も取り上げられた。\n"
                "週末には、絵本の読み聞かせ会が開かれている。\n\n"
                "## 建物のつくり\n\n"
                "建物は三階建てで、屋上には小さな庭がある。\n"
                "一階の窓際には、川を眺められる席が並ぶ。\n\n"
                "## 今後の課題\n\n"
                "市は来年度、駐車場を五十台分広げる方針だ。\n"
                "開館時間を夜九時まで延ばすことも検討している。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "議会では"), corpus) is None
    assert build_section(sentence_starting(corpus, "平日の夕方"), corpus) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "走り終えたあとは、ふくらはぎをゆっくり伸ばします。",  # not slowly, or not at all?
        "運営の一部は民間の会社に任せている。",  # some part not: the rest may be
        "冬は特に朝の道が凍ります。",  # not especially
    ],
)
def test_a_manner_a_part_or_an_emphasis_is_not_denied(sentence):
    assert negated(sentence) is None


def test_no_year_ahead_of_what_has_gone_on_since():
    corpus = build_corpus(
        make_article(
            text=(
                "# 島の醤油蔵\n\n## 海を越える醤油\n\n"
                "蔵は1872年に創業し、2016年に五代目が継いだ。\n"
                "2013年には、蔵の木桶を新しく作り直した。\n"
                "2020年から、フランスのレストランに醤油を出荷しています。\n"
            )
        )
    )
    options = options_of(corpus, "2020年から", "2020年")
    assert options
    assert all(year_of(option) <= 2020 for option in options)


def test_families_and_fast_walking_in_their_senses():
    assert word_senses("家族連れ") == ""
    assert word_senses("早歩き") == "fast walking"


@pytest.mark.parametrize("word", ["練習会", "終わり頃"])
def test_words_round_63_called_too_easy(word):
    assert is_basic_word(word)
