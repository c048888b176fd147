"""Issue 9, blind round 135: a house's head named by his generation, the classes a term's
options share, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import all_readings, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_vocab
from content.generation.corpus import build_corpus
from content.generation.terms import term_class, term_distractors
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_fee_money_water_and_timber_are_no_one_class():
    # 「外壁には県産の［杉材］が使われ」 beside 入館料, 交付金 and 雨水 (round 135a).
    assert term_class("杉材", verbal=False) == "material"
    assert term_class("入館料", verbal=False) == term_class("交付金", verbal=False) == ""
    assert term_class("雨水", verbal=False) == "liquid"


MUSEUM = """# 県立科学館

## 建物

外壁には県産の杉材が使われ、落ち着いた外観に仕上げられた。
入館料は大人800円で、雨水をためて庭に使う仕組みもある。
建設には国の交付金も充てられた。

## 展示

展示室の床には、県産の石材が敷かれている。
屋根の雨水は、地下のタンクにためられる。
"""


def test_a_terms_options_are_of_its_class():
    corpus = build_corpus(make_article(text=MUSEUM))
    walls = sentence_starting(corpus, "外壁には")
    span = next(s for s in walls.spans if s.text == "杉材" and s.type == SpanType.TERM)
    wrong, _in_frame = term_distractors(walls, span, corpus)
    assert not {"入館料", "交付金", "雨水"} & set(wrong)


def test_no_card_of_a_house_heads_name():
    # 「七代目の甚平は、焼け跡に仮の店を建て…」: his name, not the summer garment (round 135a).
    text = (
        "# 酒屋の二百年\n\n"
        "## 大火\n\n"
        "七代目の甚平は、焼け跡に仮の店を建て、商いを続けた。\n"
        "店の蔵は、翌年に建て直された。\n"
        "町の人々は、甚平の働きをたたえた。\n"
        "その後、店は米と酒の商いを広げた。\n"
    )
    corpus = build_corpus(make_article(text=text))
    head = sentence_starting(corpus, "七代目の")
    assert build_vocab(head, token_of(head, "甚平"), corpus) is None
    # A trade after the generation is a word: 三代目の陶芸家.
    potter = build_corpus(make_article(text=text.replace("七代目の甚平は", "三代目の陶芸家は")))
    head = sentence_starting(potter, "三代目の")
    assert build_vocab(head, token_of(head, "陶芸家"), potter) is not None


def test_cards_of_round_135():
    assert "diversion" not in word_senses("転換", "てんかん")
    assert "appearance" not in word_senses("状態", "じょうたい")
    assert "tenant farmer" not in word_senses("作り手", "つくりて")
    assert word_senses("分譲", "ぶんじょう") == ""
    assert "ちゃよう" in all_readings("茶葉")
