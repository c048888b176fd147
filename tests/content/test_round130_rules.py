"""Issue 9, blind round 130: term choices published where they give a section a kind (their
rules are in test_term_choice.py); the end of a range that "reaches" a figure, a term's slot
with no particle, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.terms import build_term_choice
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_130():
    assert word_senses("分解", "ぶんかい").startswith("disintegrating, decomposing")
    assert word_senses("付け根", "つけね") == "joint, base"
    assert word_senses("存続", "そんぞく").startswith("continuance")
    assert word_senses("会派", "かいは") == "faction"
    assert word_senses("精肉", "せいにく") == "(good quality) meat"
    for word, reading in (("代官", "だいかん"), ("両立", "りょうりつ")):
        assert word_senses(word, reading) == ""


SAP = (
    "# 樹液の季節\n\n"
    "## 春の樹液\n\n"
    "春先の樹液では、糖の量がデンプンのおよそ3倍から6倍に達するといわれる。\n"
    "研究班は2019年、山の斜面で120本の木を調べた。\n"
    "樹液を集める期間は、例年2月から3月までだ。\n"
    "一本の木から取れる樹液は、40リットルほどである。\n"
)


def test_no_choice_of_the_end_of_a_range_a_figure_reaches():
    # 「およそ5倍から［10倍］に達する」: a round end guessed without reading, and 5倍から9倍 is
    # no range a writer would give (round 130a).
    corpus = build_corpus(make_article(text=SAP))
    sap = sentence_starting(corpus, "春先の樹液")
    assert build_choice(sap, span_of(sap, "6倍"), corpus) is None
    # The same figure alone is asked.
    corpus = build_corpus(make_article(text=SAP.replace("3倍から6倍", "6倍")))
    sap = sentence_starting(corpus, "春先の樹液")
    assert build_choice(sap, span_of(sap, "6倍"), corpus) is not None


RIVER = """# 川を付け替えた村

## 暴れ川

稲川は平野を大きく蛇行しながら流れ、毎年のように村を水に浸した。
名主は堤の修理を急いだが、工事はなかなか完成しなかった。

## 新しい流れ

代官が工事を許し、村人はついに新しい川筋を完成させた。
名主は洪水の後始末に対処した。新しい奉行が着任した年に、普請は始まった。
"""


def test_no_term_choice_where_the_slot_has_no_particle():
    # 「大きく［蛇行］しながら流れ」: no particle says what fits; 完成, 対処 and 着任 are left by
    # elimination (round 130b).
    corpus = build_corpus(make_article(text=RIVER))
    item = sentence_starting(corpus, "稲川は")
    span = next(s for s in item.spans if s.text == "蛇行" and s.type == SpanType.TERM)
    assert build_term_choice(item, span, corpus) is None
