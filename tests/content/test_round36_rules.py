"""Issue 9, blind round 36: a swap of a 'since' year, a count of cars, a guide's farewell as a
which-section question, an example denied, and a number after a basic word. Each
text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import _counted, build_section, statement_swap
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

MERGERS = """# 高校の統合

## これまで

県内では2010年度以降、すでに9件の高校統合が行われている。
県は1995年度に最初の再編計画をまとめた。
2018年度には、2校が一つになった。
"""


def test_a_since_year_is_not_swapped():
    corpus = build_corpus(make_article(text=MERGERS))
    item = sentence_starting(corpus, "県内では")
    assert statement_swap(item, span_of(item, "2010年度"), corpus) == ""
    other = sentence_starting(corpus, "県は")
    assert statement_swap(other, span_of(other, "1995年度"), corpus) != ""


def test_a_count_of_cars_is_no_word():
    assert _counted("一両") and _counted("二両")


CLASSES = """# にほんごきょうしつ

## どんな　教室ですか

教室は、火曜日と木曜日の夜に、市民センターで開かれます。
先生は、日本語を教えるボランティアの人たちです。

## 困ったときは

わからないことは、市の国際交流課に電話してください。
みなさんに会えるのを楽しみに待っています。
"""


def test_a_guides_farewell_is_no_which_section_question():
    corpus = build_corpus(make_article(text=CLASSES))
    assert build_section(sentence_starting(corpus, "みなさんに"), corpus) is None


def test_an_example_is_not_denied():
    assert negated("たとえばペニシリンの仲間は、細菌の細胞壁を作る酵素を邪魔する。") is None
    assert negated("ペニシリンの仲間は、細菌の細胞壁を作る酵素を邪魔する。") is not None


def test_a_number_after_a_basic_word_is_basic():
    assert is_basic_word("生徒数") and is_basic_word("人数")
    assert not is_basic_word("耐震性") and not is_basic_word("火山性地震")
