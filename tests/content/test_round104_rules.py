"""Issue 9, blind round 104: a count the heading says with つ, a heading's kana verb in the
sentence, a caveat, a deed's start without its object, a period without its name, and a sense
struck. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section, build_wh, stands_alone
from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.content.test_round102_rules import PIPES
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_sense_struck_in_round_104():
    assert word_senses("手当て", "てあて").startswith("medical care")  # 手当てを受ける


QUAKE = (
    "# 緊急地震速報のしくみ\n\n"
    "## 三つの波の速さ\n\n"
    "地震が起きると、震源からは性質の異なる3種類の波が広がる。\n"
    "最初に届くP波は、秒速約7キロで進む。\n\n"
    "## 速報を出すまで\n\n"
    "気象庁は全国約1,700か所の地震計のデータを使っている。\n"
    "導入から1年で、速報の発表は平均で2秒早くなった。\n"
    "ただ、震源に近い地域では、速報が揺れに間に合わないことがある。\n"
)


def test_no_choice_of_a_count_the_heading_says_with_tsu():
    # 「［二種類］の波」 under 「二つの波の速さの違い」 (104b).
    corpus = build_corpus(make_article(text=QUAKE))
    waves = sentence_starting(corpus, "地震が起きると")
    assert build_choice(waves, span_of(waves, "3種類"), corpus) is None


def test_no_which_section_leaning_on_the_sentence_before():
    # 「ただ、所要時間が5分ほど延びるため…」 and 「導入から1か月で…」 (104b).
    corpus = build_corpus(make_article(text=QUAKE))
    assert not stands_alone(sentence_starting(corpus, "導入から"), corpus)
    assert stands_alone(sentence_starting(corpus, "気象庁は"), corpus)
    caveat = PIPES.replace("例えば、", "ただ、")
    corpus = build_corpus(make_article(text=caveat))
    assert build_section(sentence_starting(corpus, "ただ、"), corpus) is None


def test_no_which_section_with_the_headings_kana_verb():
    # 「…細かくつぶせます」 under 「手順3〜4：…大豆をつぶす」 (104a).
    text = (
        "# 家で作るみそ\n\n"
        "## 材料をそろえる\n\n"
        "大豆は1キロ、米こうじは1キロ、塩は450グラムを用意します。\n"
        "容器は、4リットルほど入るホーロー製のものが向いています。\n\n"
        "## 大豆をつぶす\n\n"
        "すりこぎがあれば、5分ほどで細かくつぶせる。\n"
        "ゆでた大豆は、熱いうちに作業するとやわらかく仕上がります。\n\n"
        "## 寝かせる\n\n"
        "容器に詰めたら、10か月ほど冷暗所で寝かせます。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert build_section(sentence_starting(corpus, "すりこぎがあれば"), corpus) is None


RESULTS = (
    "# フェリー会社の上期決算\n\n"
    "## 旅客数\n\n"
    "期間中の旅客数は前年同期比12%増の186万人となった。\n"
    "夏休みには、臨時便を1日4便増やした。\n\n"
    "## 燃料費\n\n"
    "燃料費は前年同期比8%増の41億円となった。\n"
)


def test_no_question_on_a_period_it_does_not_name():
    # 「期間中の旅客数は、何人でしたか。」: which period? (104b)
    corpus = build_corpus(make_article(text=RESULTS))
    during = sentence_starting(corpus, "期間中の")
    assert build_wh(during, span_of(during, "186万人"), corpus) is None
    assert build_change_truefalse(during, corpus) is None
