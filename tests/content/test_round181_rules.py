"""Issue 9, blind round 181 (judged on f9059d5). Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.corpus import build_corpus
from content.generation.distractors import year_of
from tests.content.sentences import options_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

LAUNCH = """# 小型風車の新型を来年発売

## 軽くなった新型

風車メーカーのAeolia Works（本社・仙台市）は8日、家庭用の小型風車「Breeze 3」を2027年6月に発売すると発表した。
従来の型に比べて羽根を2割軽くし、弱い風でも回るようにしたという。

## 工場を広げる

同社は2026年春に工場の増設工事を始め、年間の生産台数を倍の4千台に引き上げる計画だ。
"""


def test_a_launch_announced_has_no_option_before_the_plans_of_the_article():
    # 「…を［2026年4月］に発売すると発表した」 offered 2020年4月, 2023年4月, 2024年4月
    # beside a factory planned for 2025年秋: the only future year was the key (181a).
    corpus = build_corpus(make_article(text=LAUNCH))
    assert corpus.earliest_planned_year == 2026
    wrong = options_of(corpus, "風車メーカー", "2027年6月")
    assert len(wrong) == 3
    assert all(year_of(option) > 2026 for option in wrong), wrong


MARKET = (
    LAUNCH
    + """
## 伸びる市場

業界団体の推計によると、家庭用小型風車の国内出荷額は2024年度に約90億円で、3年前の1.5倍に増えている。
"""
)


def test_a_state_reported_has_no_option_after_the_plans_of_the_article():
    # 「…市場規模は［2024年度］に約2400億円で、5年前の1.8倍に拡大している」 offered 2026年度,
    # in an article planning a factory for 2025年秋 (181a).
    corpus = build_corpus(make_article(text=MARKET))
    wrong = options_of(corpus, "業界団体", "2024年度")
    assert len(wrong) == 3
    assert all(year_of(option) < 2026 for option in wrong), wrong


def test_a_reading_too_easy_for_a_card():
    # 手伝う is a word of the first year (181b).
    assert is_basic_word("手伝う")
