"""A month is not asked where a season tells it (blind round 181). Each text is our own."""

import pytest

from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

LAUNCH = """# 携帯用浄水器の新型、{when}発売へ

## 軽くなった新型

浄水器メーカーのAqualine（本社・札幌市）は10日、携帯用浄水器の新型を2027年4月に発売すると発表した。
従来の型より3割軽く、登山用のザックにも入る大きさにしたという。{more}
"""


def choice_on_the_launch_month(when: str, more: str = ""):
    corpus = build_corpus(make_article(text=LAUNCH.format(when=when, more=more)))
    item = sentence_starting(corpus, "浄水器メーカー")
    return build_choice(item, span_of(item, "2027年4月"), corpus)


def test_the_month_is_asked_where_no_season_is_named():
    draft = choice_on_the_launch_month("再来年")
    assert draft is not None and draft.answer == "2027年4月"


@pytest.mark.parametrize("when", ["来春", "春ごろ"])
def test_a_season_in_the_title_tells_the_month(when):
    assert choice_on_the_launch_month(when) is None


def test_a_season_in_the_section_tells_the_month():
    more = "\n同社は、登山客が増える春に売り場を広げる。"
    assert choice_on_the_launch_month("再来年") is not None
    assert choice_on_the_launch_month("再来年", more) is None


def test_a_place_named_after_a_season_is_no_season():
    # 秋田 is a prefecture, not autumn.
    assert choice_on_the_launch_month("秋田で") is not None
