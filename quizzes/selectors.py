"""Reads of the learning outside one deck's queue (see quizzes.queue): badges, decks, leeches,
the card an answer is for."""

from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery

from config.compiled_queries import CompiledQuery
from content.models import Article, Question, QuestionStatus
from content.selectors import article_list, articles_visible_to
from quizzes.decks import Deck
from quizzes.models import CardState, LearnerCard, LearnerSettings, ReviewLog
from quizzes.queue import capped_count
from quizzes.scheduling import CARD_COLUMNS
from quizzes.study_day import study_day_start


def new_cards_left_today(*, user, learner: LearnerSettings, now: datetime) -> int:
    introduced = ReviewLog.objects.filter(
        user=user, reviewed_at__gte=study_day_start(learner, now), state_before=CardState.NEW
    ).count()
    return max(0, learner.new_cards_per_day - introduced)


def leeches(*, user) -> QuerySet[LearnerCard]:
    return LearnerCard.objects.filter(user=user, leech=True).select_related(
        "question", "question__article"
    )


def due_count(*, user, now: datetime) -> int:
    """Cards due now across every deck, counted up to the display cap (see quizzes.queue)."""
    return capped_count(
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


# What an answer reads of the shown question: grading, the feedback and its teaching (the
# sentence with furigana, the link to it in the reader). Only these columns are read: the
# other 30 of the question, sentence and article cost 100 µs to convert on every answer.
FEEDBACK_QUESTION_FIELDS = (
    "kind",
    "source_text",
    "answer",
    "accepted_answers",
    "choices",
    "answer_start",
    "answer_end",
    "explanation",
    "extra",
    "sentence__text",
    "sentence__analysis",
    "article__slug",
)


def shown_card(
    *,
    user_id: int,
    question_id: int,
    article_id: int | None,
    section_id: int | None,
    owner_id: int | None,
) -> QuerySet[LearnerCard]:
    """The learner's card for a shown question of the deck, with the question, its sentence
    and its article (without the article's text)."""
    deck = Deck.from_ids(article_id=article_id, section_id=section_id, owner_id=owner_id)
    return (
        LearnerCard.objects.select_related("question__sentence", "question__article")
        .only(
            *CARD_COLUMNS,  # what FSRS reads to preview the rating buttons' intervals
            "question",
            *(f"question__{name}" for name in FEEDBACK_QUESTION_FIELDS),
        )
        .filter(user_id=user_id, question_id=question_id, **deck.question_filter("question__"))[:1]
    )


# Read on every answer: compiled once per process (see config/compiled_queries.py).
SHOWN_CARD = CompiledQuery(shown_card)


def shown_new_question(
    *, question_id: int, article_id: int | None, section_id: int | None, owner_id: int | None
) -> QuerySet[Question]:
    """A shown question of the deck the learner has no card for yet, with its sentence and
    article (without the article's text)."""
    deck = Deck.from_ids(article_id=article_id, section_id=section_id, owner_id=owner_id)
    return (
        Question.objects.select_related("sentence", "article")
        .only(*FEEDBACK_QUESTION_FIELDS)
        .filter(pk=question_id, **deck.question_filter())[:1]
    )


# Read on every answer to a new card: compiled once per process.
SHOWN_NEW_QUESTION = CompiledQuery(shown_new_question)
