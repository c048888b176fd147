"""Writes of the learning: recording reviews exactly once, undo, leeches, study preferences."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, QuerySet

from config import compiled_writes
from config.compiled_queries import CompiledQuery
from content.models import Question, QuestionKind
from quizzes.decks import Deck
from quizzes.grading import Grade
from quizzes.models import CardState, Grading, LearnerCard, LearnerSettings, ReviewLog
from quizzes.scheduling import CARD_COLUMNS, apply_review, restore, scheduler_for, snapshot
from quizzes.selectors import grading_of_shown
from quizzes.study_day import study_day_of
from quizzes.tokens import GradedAnswer, ShownCard

LEECH_LAPSES = 8
# After a leech is brought back, it is set aside again every this many further lapses (as Anki).
LEECH_AGAIN_EVERY = LEECH_LAPSES // 2
# Undo reaches back this far, and never past the start of the session.
UNDO_WINDOW = timedelta(minutes=10)
# A grading whose card has moved on is kept this long (well past undo, which could bring the
# shown card back), then pruned: on every GRADING_PRUNE_EVERY-th review, at most
# GRADING_PRUNE_LIMIT of the learner's, and by `manage.py prune_gradings` for everyone.
GRADING_KEPT = timedelta(days=1)
GRADING_PRUNE_EVERY = 100
GRADING_PRUNE_LIMIT = 500


# Read on every study request: compiled once per process (see config/compiled_queries.py).
LEARNER_SETTINGS = CompiledQuery(
    lambda *, user_id: LearnerSettings.objects.filter(user_id=user_id)[:1]
)


def learner_settings_for(*, user) -> LearnerSettings:
    if found := LEARNER_SETTINGS.models(user_id=user.pk):
        return found[0]
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


def locked_card(
    *,
    user_id: int,
    question_id: int,
    article_id: int | None,
    section_id: int | None,
    owner_id: int | None,
) -> QuerySet[LearnerCard]:
    """The learner's card for a question (of the deck, when one is named), with its question,
    locked until the transaction ends: the card row only, since locking its question would
    queue every learner rating it. Read inside a transaction (PostgreSQL refuses otherwise)."""
    in_deck = (
        {}
        if article_id is None and owner_id is None
        else Deck.from_ids(
            article_id=article_id, section_id=section_id, owner_id=owner_id
        ).question_filter("question__")
    )
    return (
        LearnerCard.objects.select_for_update(of=("self",))
        .select_related("question")
        # What a rating reads and writes: the question's kind goes into the review log.
        .only(*CARD_COLUMNS, "leech", "suspended", "question__kind")
        .filter(user_id=user_id, question_id=question_id, **in_deck)[:1]
    )


# Read by every rating: compiled once per process (see config/compiled_queries.py).
LOCKED_CARD = CompiledQuery(locked_card)


def record_review(
    *,
    user,
    question_id: int,
    answer: GradedAnswer,
    rating: int,
    learner: LearnerSettings,
    now: datetime,
    deck: Deck | None = None,
) -> RecordOutcome:
    """Apply a rating to the learner's card, once per shown card.

    The card row is locked (``select_for_update`` where the database has it;
    SQLite serializes writers) and the review is recorded only if the card has
    the same number of reviews as when it was shown. A replay, a double click or
    a second tab therefore records nothing; the unique (card, shown_reps)
    constraint is the last line of defence.

    The card is read with its question, in one query (the study loop's rate
    request pays for each one). A question outside `deck`, when one is given,
    raises `Question.DoesNotExist`.
    """
    deck_ids = deck.ids() if deck else {"article_id": None, "section_id": None, "owner_id": None}
    try:
        with transaction.atomic():
            found = LOCKED_CARD.models(user_id=user.pk, question_id=question_id, **deck_ids)
            card = found[0] if found else None
            if card is None:
                question = Question.objects.get(
                    pk=question_id, **(deck.question_filter() if deck else {})
                )
                if answer.shown.reps != 0:
                    return RecordOutcome(recorded=False)
                card = LearnerCard.objects.create(user=user, question=question, due=now)
            question = card.question
            if card.reps != answer.shown.reps:
                return RecordOutcome(recorded=False)
            state_before, before = card.state, snapshot(card)
            apply_review(card=card, rating=rating, scheduler=scheduler_for(learner), now=now)
            if card.lapses > before["lapses"] and is_leech_lapse(card.lapses):
                card.leech = card.suspended = True
            compiled_writes.update(card, fields=[*CARD_COLUMNS, "leech", "suspended"])
            review = ReviewLog(
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
            compiled_writes.insert(review)
    except IntegrityError:
        # Another request created the card or the review first.
        return RecordOutcome(recorded=False)
    if review.pk % GRADING_PRUNE_EVERY == 0:
        prune_gradings(user=user, before=now - GRADING_KEPT, limit=GRADING_PRUNE_LIMIT)
    return RecordOutcome(recorded=True, review=review)


def is_leech_lapse(lapses: int) -> bool:
    """The 8th lapse sets a card aside, and every 4th after it once it has been brought back."""
    return lapses >= LEECH_LAPSES and (lapses - LEECH_LAPSES) % LEECH_AGAIN_EVERY == 0


def record_grading(
    *, user, question: Question, shown: ShownCard, grade: Grade | None, duration_ms: int
) -> tuple[Grading, bool]:
    """The shown card's grading, and whether it is new: the first one stays, whatever comes after.

    The insert comes first (one statement in the usual case); the unique
    (user, question, shown_reps) constraint turns a second answer into a read.
    """
    grading = Grading(
        # By key: assigning the instances runs each relation's checks, and nothing reads them.
        user_id=user.pk,
        question_id=question.pk,
        shown_reps=shown.reps,
        response=grade.response[:300] if grade else "",
        correct=grade.correct if grade else None,
        accepted=grade.accepted[:300] if grade else "",
        duration_ms=duration_ms,
    )
    try:
        if transaction.get_connection().in_atomic_block:
            # A savepoint, so that a refused insert leaves the caller's transaction usable.
            with transaction.atomic():
                compiled_writes.insert(grading)
        else:
            # In autocommit the statement is its own transaction: a refused insert leaves
            # nothing to roll back, and BEGIN and COMMIT around it would cost a third of it.
            compiled_writes.insert(grading)
    except IntegrityError:
        found = grading_of_shown(user_id=user.pk, question_id=question.pk, shown_reps=shown.reps)
        if found is None:
            raise  # not the one-grading constraint: the question went, or the user
        return found, False
    return grading, True


def prune_gradings(*, before: datetime, limit: int, user=None) -> int:
    """Delete at most `limit` gradings made before `before` whose shown card can no longer be rated.

    A grading is consumed once the learner's card has more reviews than when it was shown:
    its rating was recorded (or another one was), and no token for that shown card can
    record anything again. A grading still waiting for its rating, or for a card that undo
    made new again, stays: it is what keeps a second answer from grading the card anew.
    """
    moved_on = LearnerCard.objects.filter(
        user=OuterRef("user"), question=OuterRef("question"), reps__gt=OuterRef("shown_reps")
    )
    consumed = Grading.objects.filter(Exists(moved_on), created_at__lt=before)
    if user is not None:
        consumed = consumed.filter(user=user)
    pks = list(consumed.values_list("pk", flat=True)[:limit])
    deleted, _by_model = Grading.objects.filter(pk__in=pks).delete()
    return deleted


@transaction.atomic
def undo_last_review(*, user, deck: Deck, since: datetime, now: datetime) -> Question | None:
    """Take back the learner's latest review in this deck, in this session, of the last minutes.

    Only a card's own latest review can be taken back (a later review of the
    card was scheduled from it), and nothing older than the session or
    UNDO_WINDOW: undo corrects a slip, it does not rewrite history. The answer graded
    for that review goes with it: the card comes back to be answered anew, as the button
    ("take back the last answer") says; kept, it held the new answer to the old one.
    """
    review = (
        ReviewLog.objects.select_for_update()
        .filter(
            user=user,
            reviewed_at__gte=max(since, now - UNDO_WINDOW),
            **deck.question_filter("card__question__"),
        )
        .select_related("card", "card__question")
        .order_by("-reviewed_at", "-pk")
        .first()
    )
    if review is None or review.card.reps != review.shown_reps + 1:
        return None
    card = review.card
    question = card.question
    Grading.objects.filter(user=user, question=question, shown_reps=review.shown_reps).delete()
    if review.state_before == CardState.NEW and review.shown_reps == 0:
        card.delete()  # the card was born with this review; it is new again
        return question
    set_aside_by_it = card.lapses > review.card_before["lapses"] and is_leech_lapse(card.lapses)
    restore(card, review.card_before)
    if set_aside_by_it:
        card.leech = card.suspended = False
    review.delete()
    card.save()
    return question


def unsuspend_card(*, card: LearnerCard) -> None:
    """Bring a leech back: it is no longer a leech until it lapses again several times."""
    card.suspended = card.leech = False
    card.save(update_fields=["suspended", "leech"])
