"""Issue 9, blind round 14: a figure given away by a name that carries its number, a list
pointer or a memory as a statement, a compound of two basic words as a card (the rare-entry
reading, 拍手 as かしわで, is tested with the other readings). Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import (
    build_choice,
    build_cloze,
    build_negated_truefalse,
    build_section,
    build_truefalse,
    build_wh,
)
from content.generation.corpus import build_corpus
from tests.factories import make_article

pytestmark = pytest.mark.django_db

DIVE = """# 海の底を調べる

## 潜水船

調査船「うみかぜ4200」は、その名のとおり水深4,200メートルまで潜ることができる。
古い調査船は、水深2,000メートルまでしか潜れなかった。
新しい船は、水深3,100メートルの谷を三日で調べた。
"""


def _figure_questions(corpus, opening: str, figure: str) -> list:
    item = next(item for item in corpus.sentences if item.sentence.text.startswith(opening))
    span = next(span for span in item.spans if span.text == figure)
    builders = (build_choice, build_cloze, build_wh, build_truefalse)
    return [builder(item, span, corpus) for builder in builders]


def test_a_figure_whose_number_stands_in_a_name_of_the_sentence_is_not_asked():
    corpus = build_corpus(make_article(text=DIVE))
    assert _figure_questions(corpus, "調査船", "4,200メートル") == [None] * 4
    # The same figure without the name is asked (and so the rule, not the figure, refuses).
    assert any(_figure_questions(corpus, "古い調査船", "2,000メートル"))


TOWER = """# 岬の灯台

## 受け継がれる記憶

百年の歩みを語るうえで欠かせない出来事や人物を挙げると、次のようになる。
灯台守の山本さんは、初めて灯りをともした夜をはっきり覚えています。
港の漁師たちは、灯台の光を頼りに夜の海から帰ってきた。
町の人々は、毎年秋に灯台のまわりを掃除している。

## 石の塔

岬の塔は、明治時代に石と煉瓦で建てられた。
古いレンズは、海辺の資料館で大切に保管されている。
"""


@pytest.mark.parametrize(
    ("opening", "builders"),
    [
        # A sentence that points at a list the question does not show (次のように).
        ("百年の歩み", (build_section, build_negated_truefalse)),
        # 覚えています → 覚えていません denies a memory, not a fact a reader can check.
        ("灯台守の山本さん", (build_negated_truefalse,)),
    ],
)
def test_no_statement_or_section_question_on_a_list_pointer_or_a_memory(opening, builders):
    corpus = build_corpus(make_article(text=TOWER))
    item = next(item for item in corpus.sentences if item.sentence.text.startswith(opening))
    assert [builder(item, corpus) for builder in builders] == [None] * len(builders)


@pytest.mark.parametrize(
    ("word", "basic"), [("電話番号", True), ("利用料金", True), ("整形外科", False)]
)
def test_a_compound_of_two_basic_words_is_basic(word, basic):
    assert is_basic_word(word) is basic
