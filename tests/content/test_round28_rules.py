"""Issue 9, blind round 28: an end of a range written with から, a rounded total's options, a
plan for a later year, a statement opening with 以後, a speed swapped for a distance, and 北側.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.standing import build_standing_truefalse
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TRIP = """# 湖を自転車で一周する

## 三日間の記録

2025年3月4日、市は無人店舗の実験を始めると発表した。
実験は2025年3月から2026年2月までの約1年間行う。
平日の利用者は、だいたい25人から30人だった。
一日目は湖の西側を60キロ、ゆっくり走った。
走っていた時間は合計およそ14時間、平均の速さは時速20キロでした。
宿代と食事代を合わせると、全部で3万円ほどでした。
宿は一泊16,300円で、二泊した。
実験の結果は、2026年春にも公表される予定だ。
"""


def test_an_end_of_a_range_written_with_kara_is_not_asked():
    corpus = build_corpus(make_article(text=TRIP))
    item = sentence_starting(corpus, "実験は2025年3月から")
    assert build_choice(item, span_of(item, "2025年3月"), corpus) is None
    item = sentence_starting(corpus, "平日の利用者は")
    assert build_choice(item, span_of(item, "25人"), corpus) is None


def test_a_rounded_totals_options_are_rounded():
    corpus = build_corpus(make_article(text=TRIP))
    item = sentence_starting(corpus, "宿代と食事代を")
    span = span_of(item, "3万円")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=8)
    assert "16,300円" not in options


def test_a_plan_for_a_later_year_gets_no_option_of_the_articles_year():
    corpus = build_corpus(make_article(text=TRIP))
    item = sentence_starting(corpus, "実験の結果は")
    span = span_of(item, "2026年")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=8)
    assert options and all(int(option[:4]) > 2025 for option in options), options


def test_a_speed_is_not_swapped_for_a_distance():
    corpus = build_corpus(make_article(text=TRIP))
    item = sentence_starting(corpus, "走っていた時間は")
    assert build_truefalse(item, span_of(item, "20キロ"), corpus) is None


def test_a_statement_opening_with_igo_leans_on_what_came_before():
    text = "# 寺と武士\n\n## 変わる関係\n\n以後、寺と武士の関係は複雑なものへと変わっていった。\n"
    corpus = build_corpus(make_article(text=text))
    assert build_standing_truefalse(sentence_starting(corpus, "以後"), corpus) is None


def test_a_side_of_a_compass_point_is_basic():
    assert is_basic_word("北側") and is_basic_word("南側")


def test_a_figure_changed_from_is_still_asked():
    text = TRIP + "満足度は、導入前の61%から84%に上がった。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "満足度は")
    assert build_choice(item, span_of(item, "61%"), corpus) is not None
