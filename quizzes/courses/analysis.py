"""Item analysis with the definitions of Moodle's quiz statistics report.

For each question, over the submitted attempts that drew it (marks scaled to 0..1):

- facility index: 100 × mean mark ÷ maximum mark;
- standard deviation: 100 × sample SD of the mark ÷ maximum mark;
- discrimination index: 100 × Pearson r between the item's mark and the rest of
  the test (the attempt's total minus this item);
- discriminative efficiency: 100 × Cov(item, rest) ÷ the largest covariance the
  same marks could have (both sorted in the same order).

For the quiz, Cronbach's alpha (Moodle's "coefficient of internal consistency"):
100 × k/(k−1) × (1 − Σ item variances ÷ variance of the totals), over slots, as
Moodle does for randomly drawn questions. Sample (n−1) variances throughout.
"""

import math
import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Moodle's docs call a discrimination index below about 20–30 weak; below 0, the
# item rewards the weaker learners and is most likely wrong or ambiguous.
LOW_DISCRIMINATION = 20.0


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def covariance(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Sample covariance, in one pass over sums (the marks are small numbers)."""
    n = len(xs)
    sum_xy = sum(map(operator.mul, xs, ys))
    return (sum_xy - sum(xs) * sum(ys) / n) / (n - 1)


def variance(xs: Sequence[float]) -> float:
    return covariance(xs, xs)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    product = variance(xs) * variance(ys)
    # Rounding can leave a hair above zero for a constant column.
    return covariance(xs, ys) / math.sqrt(product) if product > 1e-12 else None


@dataclass(frozen=True)
class ItemStats:
    question_id: int
    attempts: int
    facility: float | None
    sd: float | None
    discrimination: float | None
    efficiency: float | None

    @property
    def flag(self) -> str:
        """'negative', 'low' or '' (nothing to say, or too few attempts to say it)."""
        if self.discrimination is None:
            return ""
        if self.discrimination < 0:
            return "negative"
        return "low" if self.discrimination < LOW_DISCRIMINATION else ""


def item_stats(question_id: int, marks: Sequence[float], rests: Sequence[float]) -> ItemStats:
    n = len(marks)
    if n == 0:
        return ItemStats(question_id, 0, None, None, None, None)
    facility = 100 * mean(marks)
    if n < 2:
        return ItemStats(question_id, n, facility, None, None, None)
    sd = 100 * math.sqrt(variance(marks))
    r = pearson(marks, rests)
    best = covariance(sorted(marks), sorted(rests))
    efficiency = 100 * covariance(marks, rests) / best if best > 1e-12 else None
    return ItemStats(
        question_id,
        n,
        facility,
        sd,
        100 * r if r is not None else None,
        efficiency,
    )


@dataclass(frozen=True)
class QuizStats:
    attempts: int
    mean_score: float | None  # percent
    alpha: float | None  # percent, as Moodle shows it
    items: list[ItemStats]


def analyse(rows: Iterable[tuple[int, int, int, bool | None]]) -> QuizStats:
    """Rows of (attempt id, slot, question id, correct), one per drawn question."""
    by_attempt: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for attempt_id, slot, question_id, correct in rows:
        by_attempt[attempt_id].append((slot, question_id, 1.0 if correct else 0.0))
    totals = {attempt: sum(mark for _s, _q, mark in marks) for attempt, marks in by_attempt.items()}
    item_marks: dict[int, list[float]] = defaultdict(list)
    item_rests: dict[int, list[float]] = defaultdict(list)
    slot_marks: dict[int, dict[int, float]] = defaultdict(dict)
    for attempt, marks in by_attempt.items():
        for slot, question_id, mark in marks:
            item_marks[question_id].append(mark)
            item_rests[question_id].append(totals[attempt] - mark)
            slot_marks[slot][attempt] = mark
    items = [item_stats(q, item_marks[q], item_rests[q]) for q in sorted(item_marks)]
    n = len(by_attempt)
    mean_score = 100 * mean([totals[a] / len(by_attempt[a]) for a in by_attempt]) if n else None
    return QuizStats(
        attempts=n, mean_score=mean_score, alpha=_alpha(slot_marks, totals), items=items
    )


def _alpha(slot_marks: dict[int, dict[int, float]], totals: dict[int, float]) -> float | None:
    # Only attempts that have every slot: alpha compares the same k parts of each test.
    slots = sorted(slot_marks)
    k = len(slots)
    complete = [a for a in totals if all(a in slot_marks[s] for s in slots)]
    if k < 2 or len(complete) < 2:
        return None
    total_variance = variance([totals[a] for a in complete])
    if total_variance < 1e-12:
        return None
    item_variance = sum(variance([slot_marks[s][a] for a in complete]) for s in slots)
    return 100 * (k / (k - 1)) * (1 - item_variance / total_variance)
