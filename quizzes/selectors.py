"""Reads of the learning: what to study next, and how much is left."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery, Sum

from content.models import Article, Question, QuestionStatus
from content.selectors import article_list, articles_visible_to
from quizzes.decks import Deck
from quizzes.models import CardState, LearnerCard, LearnerSettings, ReviewLog
from quizzes.reader import opened_sections_only
from quizzes.study_day import study_day_of, study_day_start

# Learning-step cards due this soon are shown rather than making the learner wait (as Anki does).
LEARN_AHEAD = timedelta(minutes=20)
# Counts shown on screen stop here ("999+"), so that they cost the same for any deck size.
COUNT_CAP = 999


@dataclass(frozen=True)
class StudyItem:
    question: Question
    card: LearnerCard | None

    @property
    def reps(self) -> int:
        return self.card.reps if self.card else 0


@dataclass(frozen=True)
class DeckCounts:
    due: int
    new: int

    @property
    def total(self) -> int:
        return self.due + self.new


def _kinds(learner: LearnerSettings) -> dict:
    return {"question__kind__in": learner.study_kinds} if learner.study_kinds else {}


def deck_cards(*, user, deck: Deck, learner: LearnerSettings) -> QuerySet[LearnerCard]:
    return LearnerCard.objects.filter(
        user=user, suspended=False, **deck.question_filter("question__"), **_kinds(learner)
    )


def new_questions(
    *, user, deck: Deck, learner: LearnerSettings, now: datetime
) -> QuerySet[Question]:
    """Unstudied questions in reading order, with today's siblings buried.

    Several questions come from one sentence (a cloze, a choice, a wh-question);
    once the learner has reviewed any of them today, the others wait until
    tomorrow, as Anki buries siblings, so that one answer never gives away the next.
    """
    reviewed_today = ReviewLog.objects.filter(
        user=user,
        study_day=study_day_of(learner, now),
        card__question__sentence_id=OuterRef("sentence_id"),
    )
    questions = (
        deck.questions()
        .exclude(Exists(LearnerCard.objects.filter(user=user, question=OuterRef("pk"))))
        .exclude(Exists(reviewed_today))
    )
    if learner.study_kinds:
        questions = questions.filter(kind__in=learner.study_kinds)
    questions = opened_sections_only(questions, user=user, learner=learner)
    # Generation stores questions section by section, best first, so id order is reading order.
    return questions.order_by("id")


@dataclass(frozen=True)
class StudyProgress:
    done: int  # reviews in this deck since the session started
    new_left: int  # new cards the daily limit still allows


def study_progress(
    *, user, deck: Deck, learner: LearnerSettings, since: datetime, now: datetime
) -> StudyProgress:
    """The session's reviews and today's new cards, in one query over recent review logs."""
    day_start = study_day_start(learner, now)
    totals = ReviewLog.objects.filter(user=user, reviewed_at__gte=min(since, day_start)).aggregate(
        done=Count(
            "pk", filter=Q(reviewed_at__gte=since, **deck.question_filter("card__question__"))
        ),
        introduced=Count("pk", filter=Q(reviewed_at__gte=day_start, state_before=CardState.NEW)),
    )
    return StudyProgress(
        done=totals["done"], new_left=max(0, learner.new_cards_per_day - totals["introduced"])
    )


def new_cards_left_today(*, user, learner: LearnerSettings, now: datetime) -> int:
    introduced = ReviewLog.objects.filter(
        user=user, reviewed_at__gte=study_day_start(learner, now), state_before=CardState.NEW
    ).count()
    return max(0, learner.new_cards_per_day - introduced)


def next_study_item(
    *, user, deck: Deck, learner: LearnerSettings, now: datetime, new_left: int
) -> StudyItem | None:
    """Due cards first, then new ones within the daily limit, then learning steps due soon."""
    cards = deck_cards(user=user, deck=deck, learner=learner).select_related(
        "question", "question__section"
    )
    card = cards.filter(due__lte=now).order_by("due", "id").first()
    if card:
        return StudyItem(question=card.question, card=card)
    if new_left > 0:
        question = (
            new_questions(user=user, deck=deck, learner=learner, now=now)
            .select_related("section")
            .first()
        )
        if question:
            return StudyItem(question=question, card=None)
    card = (
        cards.filter(
            state__in=[CardState.LEARNING, CardState.RELEARNING], due__lte=now + LEARN_AHEAD
        )
        .order_by("due", "id")
        .first()
    )
    return StudyItem(question=card.question, card=card) if card else None


def _capped_count(queryset: QuerySet) -> int:
    return queryset.values("pk")[: COUNT_CAP + 1].count()


def deck_counts(
    *, user, deck: Deck, learner: LearnerSettings, now: datetime, new_left: int
) -> DeckCounts:
    due = _capped_count(deck_cards(user=user, deck=deck, learner=learner).filter(due__lte=now))
    new = (
        min(new_left, _capped_count(new_questions(user=user, deck=deck, learner=learner, now=now)))
        if new_left
        else 0
    )
    return DeckCounts(due=due, new=new)


@dataclass(frozen=True)
class SessionSummary:
    reviews: int
    correct: int
    graded: int
    duration_ms: int
    next_due: datetime | None

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.graded if self.graded else None


def session_reviews(*, user, deck: Deck, since: datetime) -> QuerySet[ReviewLog]:
    return ReviewLog.objects.filter(
        user=user, reviewed_at__gte=since, **deck.question_filter("card__question__")
    )


def session_summary(
    *, user, deck: Deck, learner: LearnerSettings, since: datetime, now: datetime
) -> SessionSummary:
    totals = session_reviews(user=user, deck=deck, since=since).aggregate(
        review_count=Count("pk"),
        correct_count=Count("pk", filter=Q(correct=True)),
        graded_count=Count("pk", filter=Q(correct__isnull=False)),
        total_duration=Sum("duration_ms"),
    )
    next_card = (
        deck_cards(user=user, deck=deck, learner=learner)
        .filter(due__gt=now)
        .order_by("due")
        .first()
    )
    return SessionSummary(
        reviews=totals["review_count"],
        correct=totals["correct_count"],
        graded=totals["graded_count"],
        duration_ms=totals["total_duration"] or 0,
        next_due=next_card.due if next_card else None,
    )


def leeches(*, user) -> QuerySet[LearnerCard]:
    return LearnerCard.objects.filter(user=user, leech=True).select_related(
        "question", "question__article"
    )


def due_count(*, user, now: datetime) -> int:
    """Cards due now across every deck, counted up to COUNT_CAP + 1."""
    return _capped_count(
        LearnerCard.objects.filter(
            user=user, suspended=False, due__lte=now, question__status=QuestionStatus.PUBLISHED
        )
    )


def decks_with_due_counts(*, user, now: datetime) -> QuerySet[Article]:
    """The article list with the learner's cards due now in each."""
    due = (
        LearnerCard.objects.filter(
            user=user,
            suspended=False,
            due__lte=now,
            question__status=QuestionStatus.PUBLISHED,
            question__owner__isnull=True,
            question__article=OuterRef("pk"),
        )
        .values("question__article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return article_list(user=user).annotate(due=Subquery(due))


def unstudied_count(*, user) -> int:
    """Published questions, in every article, that the learner has no card for yet."""
    studied = LearnerCard.objects.filter(user=user, question=OuterRef("pk"))
    return (
        Question.objects.filter(
            Q(owner__isnull=True) | Q(owner=user),
            status=QuestionStatus.PUBLISHED,
            article__in=articles_visible_to(user=user),
        )
        .exclude(Exists(studied))
        .count()
    )
