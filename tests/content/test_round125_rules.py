"""Issue 9, blind round 125: a count its own list gives, a university swapped out of its
country, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_125():
    assert word_senses("組み立て", "くみたて").split(", ")[:2] == ["construction", "assembly"]
    assert word_senses("糸繰り", "いとくり") == ""


SLEEP = (
    "# 眠りの仕組み\n\n"
    "## 眠りの段階\n\n"
    "眠りは大きく、ノンレム睡眠とレム睡眠の二種類に分けられる。\n"
    "ノンレム睡眠は、深さによってさらに三つの段階に分かれる。\n"
    "一晩のうちに、二つの眠りはおよそ90分の周期で繰り返される。\n"
    "夢を見るのは、主にレム睡眠のときだとされる。\n\n"
    "## 脳の掃除\n\n"
    "2013年、アメリカのロチェスター大学の研究チームは、眠りのもう一つの役割を明らかにした。\n"
    "眠っている間、脳の中では老廃物が洗い流されていた。\n"
    "2019年には、リューベック大学のチームがその様子を画像でとらえた。\n"
    "2021年には、京都大学のチームがマウスで同じ働きを確かめた。\n"
    "睡眠が足りないと、老廃物がたまりやすくなるという。\n"
)


def test_no_choice_of_a_count_its_list_gives():
    # 「ノンレム睡眠とレム睡眠の［二種類］」: the list after the comma names two (round 125).
    corpus = build_corpus(make_article(text=SLEEP))
    kinds = sentence_starting(corpus, "眠りは大きく")
    assert build_choice(kinds, span_of(kinds, "二種類"), corpus) is None


def test_no_swap_of_a_university_its_country_names():
    # 「アメリカのリューベック大学」: a German university in America (round 125).
    corpus = build_corpus(make_article(text=SLEEP))
    study = sentence_starting(corpus, "2013年、アメリカの")
    university = next(span for span in study.spans if span.text.startswith("ロチェスター"))
    assert build_truefalse(study, university, corpus) is None
