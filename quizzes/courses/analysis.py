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

Every mark is 0 or 1 and an attempt's total is its score, so the figures are
computed from tallies (how many attempts had this mark with this total) that
the database counts: the work grows with the number of questions and distinct
scores, not with the number of attempts.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# Moodle's docs call a discrimination index below about 20–30 weak; below 0, the
# item rewards the weaker learners and is most likely wrong or ambiguous.
LOW_DISCRIMINATION = 20.0
# A correlation over a handful of attempts says little: a walker saw an item flagged for
# retiring after three answers. No flag below this many attempts of the item.
MIN_ATTEMPTS_TO_FLAG = 10


@dataclass(frozen=True)
class Moments:
    """Sums over weighted pairs (x, y): enough for means, variances and the covariance."""

    n: int = 0
    sx: float = 0.0
    sy: float = 0.0
    sxx: float = 0.0
    syy: float = 0.0
    sxy: float = 0.0

    @classmethod
    def of(cls, pairs: Iterable[tuple[float, float, int]]) -> "Moments":
        n = sx = sy = sxx = syy = sxy = 0
        for x, y, count in pairs:
            n += count
            sx += count * x
            sy += count * y
            sxx += count * x * x
            syy += count * y * y
            sxy += count * x * y
        return cls(n, sx, sy, sxx, syy, sxy)

    def cov(self, sum_of_products: float | None = None) -> float:
        products = self.sxy if sum_of_products is None else sum_of_products
        return (products - self.sx * self.sy / self.n) / (self.n - 1)

    @property
    def var_x(self) -> float:
        return (self.sxx - self.sx * self.sx / self.n) / (self.n - 1)

    @property
    def var_y(self) -> float:
        return (self.syy - self.sy * self.sy / self.n) / (self.n - 1)


def sorted_products(xs: Counter, ys: Counter) -> float:
    """Σ x·y when both multisets are sorted ascending and paired in order (the
    pairing with the largest covariance), walked over their tallies."""
    x_items, y_items = sorted(xs.items()), sorted(ys.items())
    total, i, j = 0.0, 0, 0
    x_left, y_left = x_items[0][1], y_items[0][1]
    while i < len(x_items) and j < len(y_items):
        take = min(x_left, y_left)
        total += take * x_items[i][0] * y_items[j][0]
        x_left, y_left = x_left - take, y_left - take
        if not x_left:
            i += 1
            x_left = x_items[i][1] if i < len(x_items) else 0
        if not y_left:
            j += 1
            y_left = y_items[j][1] if j < len(y_items) else 0
    return total


EPSILON = 1e-12


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
        if self.discrimination is None or self.attempts < MIN_ATTEMPTS_TO_FLAG:
            return ""
        if self.discrimination < 0:
            return "negative"
        return "low" if self.discrimination < LOW_DISCRIMINATION else ""


def item_stats(question_id: int, tally: Counter) -> ItemStats:
    """Figures for one question from {(mark, attempt total): attempts}."""
    moments = Moments.of((mark, total - mark, count) for (mark, total), count in tally.items())
    n = moments.n
    if n == 0:
        return ItemStats(question_id, 0, None, None, None, None)
    facility = 100 * moments.sx / n
    if n < 2:
        return ItemStats(question_id, n, facility, None, None, None)
    sd = 100 * math.sqrt(max(moments.var_x, 0.0))
    product = moments.var_x * moments.var_y
    cov = moments.cov()
    discrimination = 100 * cov / math.sqrt(product) if product > EPSILON else None
    marks, rests = Counter(), Counter()
    for (mark, total), count in tally.items():
        marks[mark] += count
        rests[total - mark] += count
    best = moments.cov(sorted_products(marks, rests))
    efficiency = 100 * cov / best if best > EPSILON else None
    return ItemStats(question_id, n, facility, sd, discrimination, efficiency)


@dataclass(frozen=True)
class QuizStats:
    attempts: int
    mean_score: float | None  # percent
    alpha: float | None  # percent, as Moodle computes it
    items: list[ItemStats]

    @property
    def alpha_coefficient(self) -> float | None:
        """α as teachers know it, between 0 and 1: a walker read "77.95%" as a share of
        something (Moodle shows the percent)."""
        return None if self.alpha is None else self.alpha / 100

    @property
    def alpha_shown(self) -> bool:
        """A walker read α = −2.29 over three attempts: too few for a coefficient to mean
        anything, so the page waits for as many attempts as a flag does."""
        return self.alpha is not None and self.attempts >= MIN_ATTEMPTS_TO_FLAG


@dataclass
class Tallies:
    """What the analysis needs, counted: per question {(mark, total): attempts}; per slot
    {mark: attempts} and {total: attempts} over complete attempts (every slot present)."""

    items: dict[int, Counter]
    slots: dict[int, Counter]
    totals: Counter
    attempts: int
    mean_score: float | None


def analyse_tallies(tallies: Tallies) -> QuizStats:
    items = [item_stats(q, tallies.items[q]) for q in sorted(tallies.items)]
    return QuizStats(
        attempts=tallies.attempts,
        mean_score=tallies.mean_score,
        alpha=_alpha(tallies.slots, tallies.totals),
        items=items,
    )


def analyse(rows: Iterable[tuple[int, int, int, bool | None]]) -> QuizStats:
    """The same figures from plain rows of (attempt id, slot, question id, correct)."""
    by_attempt: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for attempt_id, slot, question_id, correct in rows:
        by_attempt[attempt_id].append((slot, question_id, 1 if correct else 0))
    k = max((len(marks) for marks in by_attempt.values()), default=0)
    tallies = Tallies(
        items=defaultdict(Counter),
        slots=defaultdict(Counter),
        totals=Counter(),
        attempts=len(by_attempt),
        mean_score=None,
    )
    percents = []
    for marks in by_attempt.values():
        total = sum(mark for _slot, _question, mark in marks)
        percents.append(100 * total / len(marks))
        for slot, question_id, mark in marks:
            tallies.items[question_id][(mark, total)] += 1
            if len(marks) == k:
                tallies.slots[slot][mark] += 1
        if len(marks) == k:
            tallies.totals[total] += 1
    tallies.mean_score = sum(percents) / len(percents) if percents else None
    return analyse_tallies(tallies)


def _alpha(slots: dict[int, Counter], totals: Counter) -> float | None:
    k = len(slots)
    totals_moments = Moments.of((total, 0, count) for total, count in totals.items())
    if k < 2 or totals_moments.n < 2:
        return None
    total_variance = totals_moments.var_x
    if total_variance < EPSILON:
        return None
    item_variance = sum(
        Moments.of((mark, 0, count) for mark, count in tally.items()).var_x
        for tally in slots.values()
    )
    return 100 * (k / (k - 1)) * (1 - item_variance / total_variance)
