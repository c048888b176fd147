"""Issue 9, blind round 152: a target year among its options, a company's capital asked of
nothing, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import has_several_readings, word_senses
from content.generation.builders import build_wh
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TOURISM = """# 高速道路と観光

## 県の目標

県は2030年度までに観光客数を2,500万人に増やすことを目標にしている。
昨年度の観光客数は、1,800万人だった。
"""


def test_a_target_year_is_never_midway_between_two_options():
    # 2030年度 among 2020, 2040 and 2050年度 (152a).
    corpus = build_corpus(make_article(text=TOURISM))
    options = options_of(corpus, "県は", "2030年度")
    assert len(options) == 3
    values = [figure_value(option) for option in options]
    assert all(one + other != 2 * 2030 for one in values for other in values), options


MILL = """# 紡績会社の百年

## 創業

三船紡績は大正4年、地元の商人たちによって設立された。
資本金は50万円で、その多くは地元の地主が出資した。
"""


def test_no_wh_of_a_capital_that_names_no_company():
    # 「資本金は、いくらですか」: of which company, and when? (152a)
    corpus = build_corpus(make_article(text=MILL))
    item = sentence_starting(corpus, "資本金")
    assert build_wh(item, span_of(item, "50万円"), corpus) is None


def test_a_gloss_spells_a_word_once():
    # 首都圏's "…city's centre) (center)" (152a).
    assert "(center)" not in word_senses("首都圏", "しゅとけん")


def test_saltiness_has_two_readings():
    # 塩気 is しおっけ as often as しおけ (152b).
    assert has_several_readings("塩気")
