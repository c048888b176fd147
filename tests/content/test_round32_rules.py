"""Issue 9, blind round 32: a round year ahead of the article (a target or a forecast) got
the years just beside it as options, which left the key the one round year. Each text is
our own."""

import pytest

from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors, year_of
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GLACIER = """# 山の氷河

2025年5月12日

## 縮む氷河

調査団は2019年に氷河の厚さを測り、2023年にもう一度測った。
研究チームは、この氷河が2100年までに面積の半分を失うと予測している。
町は2040年までに観測所を二つ増やす計画だ。
山小屋は1890年に建てられた。
"""


def options(corpus, start: str, key: str) -> list[str]:
    item = sentence_starting(corpus, start)
    return pick_distractors(span_of(item, key), corpus=corpus, sentence_text=item.sentence.text)


def test_a_round_year_ahead_gets_no_option_a_few_years_from_it():
    corpus = build_corpus(make_article(text=GLACIER))
    for start, key in (("研究チーム", "2100年"), ("町は", "2040年")):
        wrong = options(corpus, start, key)
        assert len(wrong) == 3, (key, wrong)
        assert all(abs(year_of(option) - year_of(key)) >= 5 for option in wrong), (key, wrong)


def test_a_year_told_in_the_past_keeps_its_near_options():
    corpus = build_corpus(make_article(text=GLACIER))
    wrong = options(corpus, "山小屋は", "1890年")
    assert any(abs(year_of(option) - 1890) < 5 for option in wrong), wrong
