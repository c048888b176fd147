"""Issue 9, blind round 109: a change said of a year that leans back or that the title tells,
a count of years of history, and senses. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice
from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_109():
    assert "fence" not in word_senses("両端", "りょうたん")  # 町並みの両端
    assert word_senses("家並み", "いえなみ") == "row of houses"  # うだつの上がった家並み


AIRLINE = (
    "# 北海航空、旅客数は過去最高に\n\n"
    "## 決算の概要\n\n"
    "北海航空の2024年度の売上高は、前年度比8%増の310億円だった。\n"
    "年間の旅客数は前年度より12%増えて98万人となった。\n"
    "燃料費は前年度より5%減って41億円となった。\n\n"
    "## 見守りの効果\n\n"
    "市は2022年から高齢者の見守りを始め、翌年は救急搬送が前年より3割減った。\n"
    "漆器の産地として知られる河和田は、1500年の歴史を持つといわれる。\n"
    "同社は1998年に就航し、2010年に本社を札幌へ移した。\n"
)


def test_no_change_the_title_tells():
    # 「年間の旅客数は、前年度より増えた。」 under the title 「…旅客数は過去最高に」 (109b).
    corpus = build_corpus(make_article(text=AIRLINE))
    assert build_change_truefalse(sentence_starting(corpus, "年間の旅客数は"), corpus) is None
    assert build_change_truefalse(sentence_starting(corpus, "燃料費は"), corpus) is not None


def test_no_change_of_the_year_after_another():
    # 「翌年は、前年より減った。」: the year after what, and what fell? (109b)
    corpus = build_corpus(make_article(text=AIRLINE))
    assert build_change_truefalse(sentence_starting(corpus, "市は2022年から"), corpus) is None


def test_no_choice_of_a_count_of_years_of_history():
    # 「［1500年］の歴史を持つといわれる…」 among 1499年 and 1501年 (109b).
    corpus = build_corpus(make_article(text=AIRLINE))
    history = sentence_starting(corpus, "漆器の産地")
    assert build_choice(history, span_of(history, "1500年"), corpus) is None
