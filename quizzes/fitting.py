"""Fitting FSRS parameters to one learner's own reviews with fsrs-rs-python.

New parameters are adopted only when they predict that learner's history
better (lower log loss) than the current ones; every run is kept as an FsrsFit.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.db import transaction
from django.db.models import Count
from fsrs import Scheduler
from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from quizzes.models import FsrsFit, LearnerSettings, ReviewLog

MIN_REVIEWS = 400
MIN_DAYS = 4


class FitStatus(StrEnum):
    TOO_LITTLE_HISTORY = "too_little_history"
    ADOPTED = "adopted"
    KEPT = "kept"


@dataclass(frozen=True)
class FitOutcome:
    status: FitStatus
    reviews: int
    days: int
    fit: FsrsFit | None = None


@dataclass(frozen=True)
class Readiness:
    """How far a learner's history is from the minimum a fit needs."""

    reviews: int
    days: int

    @property
    def ready(self) -> bool:
        return self.reviews >= MIN_REVIEWS and self.days >= MIN_DAYS

    @property
    def min_reviews(self) -> int:
        return MIN_REVIEWS

    @property
    def min_days(self) -> int:
        return MIN_DAYS


def fit_readiness(*, user) -> Readiness:
    totals = ReviewLog.objects.filter(user=user).aggregate(
        reviews=Count("pk"), days=Count("study_day", distinct=True)
    )
    return Readiness(reviews=totals["reviews"], days=totals["days"])


@dataclass(frozen=True)
class History:
    items: list[FSRSItem]
    reviews: int
    days: int


def review_history(*, user) -> History:
    """Each card's reviews as FSRS items: one item per review after the first, with whole-day gaps."""
    rows = (
        ReviewLog.objects.filter(user=user)
        .order_by("card_id", "reviewed_at", "pk")
        .values_list("card_id", "rating", "study_day")
    )
    items: list[FSRSItem] = []
    days = set()
    reviews = 0
    card_id, history, previous_day, spans_days = None, [], None, False
    for row_card, rating, day in rows.iterator(chunk_size=5000):
        reviews += 1
        days.add(day)
        if row_card != card_id:
            card_id, history, previous_day, spans_days = row_card, [], day, False
        gap = (day - previous_day).days
        spans_days = spans_days or gap > 0
        history.append(FSRSReview(rating, gap))
        previous_day = day
        # fsrs-rs refuses (panics on) an item without a gap of a day, such as a new
        # card's learning steps on its first day; FSRS's optimizer leaves those out too.
        if len(history) > 1 and spans_days:
            items.append(FSRSItem(list(history)))
    return History(items=items, reviews=reviews, days=len(days))


def fit_parameters(*, user) -> FitOutcome:
    learner, _created = LearnerSettings.objects.get_or_create(user=user)
    history = review_history(user=user)
    if history.reviews < MIN_REVIEWS or history.days < MIN_DAYS or not history.items:
        return FitOutcome(FitStatus.TOO_LITTLE_HISTORY, history.reviews, history.days)
    current = list(learner.fsrs_parameters)
    fitted = list(FSRS(current).compute_parameters(history.items))
    before = FSRS(current).evaluate(history.items)
    after = FSRS(fitted).evaluate(history.items)
    adopted = after.log_loss < before.log_loss and _usable(fitted)
    with transaction.atomic():
        fit = FsrsFit.objects.create(
            user=user,
            review_count=history.reviews,
            day_count=history.days,
            parameters_before=current,
            parameters_after=fitted,
            log_loss_before=before.log_loss,
            log_loss_after=after.log_loss,
            rmse_before=before.rmse_bins,
            rmse_after=after.rmse_bins,
            adopted=adopted,
        )
        if adopted:
            learner.fsrs_parameters = fitted
            learner.save(update_fields=["fsrs_parameters"])
    return FitOutcome(
        FitStatus.ADOPTED if adopted else FitStatus.KEPT, history.reviews, history.days, fit
    )


def _usable(parameters: list[float]) -> bool:
    """The scheduler refuses parameters outside its bounds; such a fit is never adopted."""
    try:
        Scheduler(parameters=parameters)
    except ValueError:
        return False
    return True
