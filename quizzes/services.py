"""Writes of the learning: recording reviews exactly once, undo, leeches, study preferences."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from content.models import Question, QuestionKind
from quizzes.models import CardState, LearnerCard, LearnerSettings, ReviewLog
from quizzes.scheduling import apply_review, restore, scheduler_for, snapshot
from quizzes.study_day import study_day_of
from quizzes.tokens import GradedAnswer

LEECH_LAPSES = 8


def learner_settings_for(*, user) -> LearnerSettings:
    learner, _created = LearnerSettings.objects.get_or_create(user=user)
    return learner


def save_study_kinds(*, learner: LearnerSettings, kinds: list[str]) -> None:
    chosen = [kind for kind in QuestionKind.values if kind in kinds]
    # Every kind chosen is the same as none chosen: keep it empty so new kinds are included.
    learner.study_kinds = [] if len(chosen) == len(QuestionKind.values) else chosen
    learner.save(update_fields=["study_kinds"])


@dataclass(frozen=True)
class RecordOutcome:
    recorded: bool
    review: ReviewLog | None = None


def record_review(
    *,
    user,
    question: Question,
    answer: GradedAnswer,
    rating: int,
    learner: LearnerSettings,
    now: datetime,
) -> RecordOutcome:
    """Apply a rating to the learner's card, once per shown card.

    The card row is locked (``select_for_update`` where the database has it;
    SQLite serializes writers) and the review is recorded only if the card has
    the same number of reviews as when it was shown. A replay, a double click or
    a second tab therefore records nothing; the unique (card, shown_reps)
    constraint is the last line of defence.
    """
    try:
        with transaction.atomic():
            card = (
                LearnerCard.objects.select_for_update().filter(user=user, question=question).first()
            )
            if card is None:
                if answer.shown.reps != 0:
                    return RecordOutcome(recorded=False)
                card = LearnerCard.objects.create(user=user, question=question, due=now)
            if card.reps != answer.shown.reps:
                return RecordOutcome(recorded=False)
            state_before, before = card.state, snapshot(card)
            apply_review(card=card, rating=rating, scheduler=scheduler_for(learner), now=now)
            if card.lapses >= LEECH_LAPSES and not card.leech:
                card.leech = card.suspended = True
            card.save()
            review = ReviewLog.objects.create(
                card=card,
                user=user,
                kind=question.kind,
                rating=rating,
                reviewed_at=now,
                study_day=study_day_of(learner, now),
                duration_ms=answer.duration_ms,
                response=answer.response[:300],
                correct=answer.correct,
                state_before=state_before,
                card_before=before,
                shown_reps=answer.shown.reps,
            )
    except IntegrityError:
        # Another request created the card or the review first.
        return RecordOutcome(recorded=False)
    return RecordOutcome(recorded=True, review=review)


@transaction.atomic
def undo_last_review(*, user) -> Question | None:
    """Restore the card of the learner's latest review and remove that review."""
    review = (
        ReviewLog.objects.select_for_update()
        .filter(user=user)
        .select_related("card", "card__question")
        .order_by("-reviewed_at", "-pk")
        .first()
    )
    if review is None:
        return None
    card = review.card
    question = card.question
    if review.state_before == CardState.NEW and review.shown_reps == 0:
        card.delete()  # the card was born with this review; it is new again
        return question
    restore(card, review.card_before)
    if card.lapses < LEECH_LAPSES:
        card.leech = card.suspended = False
    review.delete()
    card.save()
    return question


def unsuspend_card(*, card: LearnerCard) -> None:
    card.suspended = False
    card.save(update_fields=["suspended"])
