"""Issue 9, blind round 22: a figure in brackets, a denial too short to name its subject,
swaps that break a name, a noun used as an adverb, a word inside a school's name, a typed
term whose reading the article printed elsewhere, and the writer's wish placed in a section.
Each text is our own."""

import pytest

from content.analysis.spans import SpanType
from content.generation.builders import (
    build_choice,
    build_negated_truefalse,
    build_reading,
    build_section,
    build_truefalse,
    build_vocab,
)
from content.generation.corpus import build_corpus
from content.generation.definitions import build_definition_cloze
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

MINE = """# 山あいの銅山と花火の町

## 銅山の始まり

銅山の所長には、東京で学んだ技師の柴田 恒一郎が迎えられた。
技師長の三枝 陽斗（さえぐさ はると）は、新しい精錬所の設計を任された。
鉱石の質は次第に低下し、銅山は昭和の初めに閉じられた。
毎年10月には元住民が集まり、山神社で小さな祭りを開いている。
大阪から来た商人の村田 善右衛門は、銅の売り先を広げた。
町の名物の「さくら川サイダー」（350円）は、祭りの日にしか売られない。

## 花火の夜

午後7時30分、一発目の尺玉（しゃくだま）が上がった。
尺玉とは直径約30センチの花火玉のことで、空で大きく開く。
尺玉の音は、川の向こうの山まで響いた。
私立明星学院の生徒たちは、花火の前に合唱を披露した。
川沿いの屋台では、地元の野菜を使った料理が並んでいた。
写真を撮るなら、ぜひ川の東側の土手まで足を運んでほしい。
"""

GUIDE = """# 台風（たいふう）の　とき

## 避難所（ひなんじょ）

避難所（ひなんじょ）は　近（ちか）くの　小学校（しょうがっこう）です。
お金（かね）は　かかりません。
食（た）べ物（もの）と　水（みず）を　持（も）って　行（い）きます。
"""


def test_a_figure_in_brackets_is_an_aside_not_a_fact_to_ask():
    corpus = build_corpus(make_article(text=MINE))
    item = sentence_starting(corpus, "町の名物")
    assert build_choice(item, span_of(item, "350円"), corpus) is None


def test_a_denial_too_short_to_name_its_subject_is_not_made():
    # 「お金（かね）は　かかりません。」 is nine characters to a reader: whose money? (round 22)
    corpus = build_corpus(make_article(text=GUIDE))
    assert build_negated_truefalse(sentence_starting(corpus, "お金"), corpus) is None


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("銅山の所長には", "恒一郎"),  # 柴田 beside it: the swap makes a person no one is
        ("毎年10月には", "山神"),  # 山神社: a place swapped out of its shrine's name
    ],
)
def test_no_statement_swaps_a_piece_of_a_name(opening, name):
    corpus = build_corpus(make_article(text=MINE))
    item = sentence_starting(corpus, opening)
    span = next(span for span in item.spans if span.text == name)
    assert build_truefalse(item, span, corpus) is None


def test_no_statement_swaps_a_name_whose_reading_follows():
    corpus = build_corpus(make_article(text=MINE))
    item = sentence_starting(corpus, "技師長の")
    names = [span for span in item.spans if span.type == SpanType.PERSON]
    assert names
    assert all(build_truefalse(item, span, corpus) is None for span in names)


@pytest.mark.parametrize(("opening", "word"), [("鉱石の質は", "次第"), ("私立明星学院", "明星")])
def test_a_noun_used_as_an_adverb_or_inside_a_schools_name_gets_no_card(opening, word):
    corpus = build_corpus(make_article(text=MINE))
    item = sentence_starting(corpus, opening)
    token = next(token for token in item.tokens if token.surface == word)
    assert build_reading(item, token, corpus) is None
    assert build_vocab(item, token, corpus) is None


def test_a_typed_term_accepts_the_reading_the_article_printed_before():
    corpus = build_corpus(make_article(text=MINE))
    draft = build_definition_cloze(sentence_starting(corpus, "尺玉とは"), corpus)
    assert draft is not None and draft.kind == QuestionKind.CLOZE
    assert draft.answer == "尺玉"
    assert "しゃくだま" in draft.accepted_answers


def test_the_writers_wish_to_the_reader_is_placed_in_no_section():
    corpus = build_corpus(make_article(text=MINE))
    assert build_section(sentence_starting(corpus, "写真を撮るなら"), corpus) is None
