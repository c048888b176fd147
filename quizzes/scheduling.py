"""FSRS through the `fsrs` package: our card rows in, scheduled card columns out."""

from datetime import UTC, datetime, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State

from quizzes.models import CardState, LearnerCard, LearnerSettings

CARD_COLUMNS = (
    "state",
    "step",
    "stability",
    "difficulty",
    "due",
    "last_review",
    "reps",
    "lapses",
)
_DATETIME_COLUMNS = ("due", "last_review")
# Anki's "mature": a card whose memory lasts three weeks or more (the dashboard's mastery,
# and a word the reader and the feedback treat as known).
MATURE_STABILITY_DAYS = 21


def scheduler_for(learner: LearnerSettings, *, fuzz: bool = True) -> Scheduler:
    return _scheduler(tuple(learner.fsrs_parameters), learner.desired_retention, fuzz)


@lru_cache(maxsize=1024)
def _scheduler(parameters: tuple[float, ...], desired_retention: float, fuzz: bool) -> Scheduler:
    # One per set of values: fsrs's Scheduler never changes once built, and building it
    # (checking its 21 parameters) cost every answer and every rating.
    return Scheduler(
        parameters=parameters, desired_retention=desired_retention, enable_fuzzing=fuzz
    )


def to_fsrs(card: LearnerCard) -> Card:
    # fsrs makes up an id for a card without one and sleeps a millisecond so that the next
    # one differs: an unsaved card (the rating buttons of a new card) would wait 5 ms.
    card_id = card.pk if card.pk is not None else 0
    if card.state == CardState.NEW:
        # A new card is an fsrs Learning card at step 0 with no memory yet.
        return Card(card_id=card_id, state=State.Learning, step=0, due=card.due)
    return Card(
        card_id=card_id,
        state=State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def _schedule(*, card: LearnerCard, rating: int, scheduler: Scheduler, now: datetime) -> Card:
    """fsrs's schedule, except that Easy always waits at least a day longer than Good.

    A learning card graduates on Good and on Easy alike, and fsrs may give both
    the same whole-day interval; a learner who says "easy" expects to wait longer.
    """
    moment = now.astimezone(UTC)
    scheduled, _log = scheduler.review_card(to_fsrs(card), Rating(rating), review_datetime=moment)
    if rating == Rating.Easy:
        plain = _without_fuzz(scheduler) if scheduler.enable_fuzzing else scheduler
        good, _log = plain.review_card(to_fsrs(card), Rating.Good, review_datetime=moment)
        _after_good(scheduled, good=good, moment=moment)
    return scheduled


def _after_good(easy: Card, *, good: Card, moment: datetime) -> None:
    """Move Easy's due date a day past Good's (unfuzzed) when fsrs gave it no later one."""
    if good.state == State.Review and easy.due - moment <= good.due - moment:
        easy.due = moment + timedelta(days=(good.due - moment).days + 1)


def _without_fuzz(scheduler: Scheduler) -> Scheduler:
    return _scheduler(tuple(scheduler.parameters), scheduler.desired_retention, False)


def apply_review(*, card: LearnerCard, rating: int, scheduler: Scheduler, now: datetime) -> None:
    """Schedule the card in place; counts a lapse when a review-state card is forgotten."""
    scheduled = _schedule(card=card, rating=rating, scheduler=scheduler, now=now)
    if card.state == CardState.REVIEW and rating == Rating.Again:
        card.lapses += 1
    card.state = int(scheduled.state)
    card.step = scheduled.step
    card.stability = scheduled.stability
    card.difficulty = scheduled.difficulty
    card.due = scheduled.due
    card.last_review = scheduled.last_review
    card.reps += 1


def next_intervals(
    *, card: LearnerCard, scheduler: Scheduler, now: datetime
) -> dict[int, timedelta]:
    """What each rating would schedule, for the labels on the rating buttons (without fuzz).

    The same schedules `_schedule` makes, previewed on every answer: each rating is
    reviewed once, from one fsrs card, and Easy is compared with Good's preview.
    """
    plain = _without_fuzz(scheduler) if scheduler.enable_fuzzing else scheduler
    moment = now.astimezone(UTC)
    fsrs_card = to_fsrs(card)
    scheduled = {
        rating: plain.review_card(fsrs_card, rating, review_datetime=moment)[0] for rating in Rating
    }
    _after_good(scheduled[Rating.Easy], good=scheduled[Rating.Good], moment=moment)
    return {int(rating): card.due - now for rating, card in scheduled.items()}


def snapshot(card: LearnerCard) -> dict:
    """The card's scheduling columns as JSON, for undo."""
    values = {name: getattr(card, name) for name in CARD_COLUMNS}
    for name in _DATETIME_COLUMNS:
        values[name] = values[name].isoformat() if values[name] else None
    return values


def restore(card: LearnerCard, values: dict) -> None:
    for name in CARD_COLUMNS:
        value = values.get(name)
        if name in _DATETIME_COLUMNS and value is not None:
            value = datetime.fromisoformat(value)
        setattr(card, name, value)
