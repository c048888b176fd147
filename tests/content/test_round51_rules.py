"""Issue 9, blind round 51: a figure given as a bound, a landform among towns, a scene's
verb, "the said work", a word printed half in kana, 御用 and 家督, and a verb another heading
shares. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import (
    build_choice,
    build_reading,
    build_section,
    build_truefalse,
    build_vocab,
    stands_alone,
)
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

VOLCANOES = """# 火山の島と町

## 島の火山

町の人口は、県の人口の5％に満たない。
鹿児島湾に浮かぶ桜島は、噴火を繰り返してきた火山として知られている。
東京や札幌、仙台でも、火山灰の降り方を予測する研究が進んでいる。
有珠山と浅間山でも、観測所が毎日の揺れを記録し続けている。
富士山の周りでも、地元の大学が新しい観測装置を置いた。
工房の棚には、黒や朱の漆の椀が並ぶ。

## ゲームの会社

新作の「星の道」は世界で売れ、同作だけで売上高の六割を稼いだ。
新作のけん引で、海外の売り上げは前の年の二倍になった。

## 城下の呉服商として

呉服商の三代目は藩の御用を務め、若くして家督を継いだ。
店の古い帳簿は今も子孫の家に残されており、天保十二年（1841年）の一冊には、およそ三百軒の客の名が記されている。

## 今に残るもの

町の博物館には、店で使われた看板と算盤が並べられている。
"""


@pytest.fixture
def volcanoes():
    return build_corpus(make_article(text=VOLCANOES))


def test_a_figure_given_as_a_bound_is_not_asked(volcanoes):
    # 0.4％ and 0.5％ were as true of 「…0.3％にも満たない」 as 0.3％ (round 51).
    item = sentence_starting(volcanoes, "町の人口")
    span = span_of(item, "5％")
    assert build_choice(item, span, volcanoes) is None
    assert build_truefalse(item, span, volcanoes) is None


def test_a_landform_meets_landforms_not_towns(volcanoes):
    item = sentence_starting(volcanoes, "鹿児島湾")
    options = pick_distractors(
        span_of(item, "桜島"), corpus=volcanoes, sentence_text=item.sentence.text
    )
    assert not {"東京", "札幌", "仙台"} & set(options)


def test_a_scenes_verb_is_not_denied_in_its_plain_form():
    assert negated("工房の棚には、黒や朱の漆の椀が並ぶ。") is None
    # A verb of an event still is: 建てる → 建てない.
    assert negated("町は来年、川沿いに新しい集会所を建てる。") is not None


def test_the_said_work_leans_back_and_is_no_word_card(volcanoes):
    item = sentence_starting(volcanoes, "新作の「星の道」")
    assert not stands_alone(item, volcanoes)
    assert build_vocab(item, token_of(item, "同作"), volcanoes) is None


def test_a_word_printed_half_in_kana_is_not_asked_for_its_reading(volcanoes):
    item = sentence_starting(volcanoes, "新作のけん引")
    assert build_reading(item, token_of(item, "けん引"), volcanoes) is None


def test_service_to_a_domain_is_no_arrest():
    senses = word_senses("御用")
    assert "official business" in senses and "arrest" not in senses


def test_a_house_headship_is_no_heir():
    assert "heir" not in word_senses("家督")


def test_a_verb_another_heading_shares_rules_out_a_which_section_question(volcanoes):
    # 残す of the sentence and 残る of 「今に残るもの」: one verb root (round 51).
    assert build_section(sentence_starting(volcanoes, "店の古い帳簿"), volcanoes) is None
