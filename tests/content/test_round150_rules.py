"""Issue 9, blind round 150: options whose spacing singles the key out, a traveller's hours,
and cards. Each text is our own."""

import math

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

RAILWAY = """# 地方鉄道の一年

## 利用の動き

沿線の高校に通う生徒の9割が、この路線で通学している。
一日の利用者は、平均で5,800人だった。
踏切は、全部で27か所ある。
運転士は、全部で46人いる。
川村酒造は、明治24年に創業した。
"""


def _run_outside_the_key(key: float, values: list[float]) -> bool:
    low, middle, high = sorted(values)
    step = middle - low
    return (
        step > 0
        and math.isclose(high - middle, step)
        and not math.isclose(key, low - step)
        and not math.isclose(key, high + step)
    )


@pytest.mark.parametrize(
    ("opening", "figure", "size"),
    [
        ("一日の", "5,800人", 5800),
        ("踏切は", "27か所", 27),
        ("運転士は", "46人", 46),
        ("川村", "明治24年", 24),
    ],
)
def test_no_options_whose_spacing_singles_the_key_out(opening, figure, size):
    # 2,600, 3,500 and 4,400人 beside 5,800人; 明治21, 24 and 27年 (150b).
    corpus = build_corpus(make_article(text=RAILWAY))
    item = sentence_starting(corpus, opening)
    options = pick_distractors(
        span_of(item, figure), corpus=corpus, sentence_text=item.sentence.text
    )
    values = [float("".join(ch for ch in option if ch.isdigit())) for option in options]
    assert not any(
        math.isclose(one + other, 2 * size)
        for n, one in enumerate(values)
        for other in values[n + 1 :]
    ), options
    assert len(values) < 3 or not _run_outside_the_key(size, values), options


DAY_TRIP = """# 焼き物の町へ日帰りで

## 朝の到着

午前九時ちょうどに駅に着くと、ホームの柱にも町のタイルが使われていました。
帰りは午後四時半の電車に乗って、夕方には家に戻りました。
"""


def test_no_choice_of_the_hour_a_traveller_arrived_or_took_a_train():
    corpus = build_corpus(make_article(text=DAY_TRIP))
    arrived = sentence_starting(corpus, "午前九時")
    assert build_choice(arrived, span_of(arrived, "午前九時"), corpus) is None
    left = sentence_starting(corpus, "帰りは")
    assert build_choice(left, span_of(left, "午後四時半"), corpus) is None


def test_a_sign_is_a_display():
    assert word_senses("表示", "ひょうじ").startswith("display")


def test_a_gloss_is_not_given_twice_in_two_spellings():
    assert word_senses("表彰", "ひょうしょう").count("acknowledg") == 1


def test_an_international_route_is_too_easy():
    assert is_basic_word("国際線")
