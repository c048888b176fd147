"""Reads of the learning outside one deck's queue (see quizzes.queue): badges, decks, leeches,
the card an answer is for."""

from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FilteredRelation,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)

from config.compiled_queries import CompiledQuery
from content.models import Article, Question, QuestionStatus
from content.selectors import article_list, articles_visible_to
from quizzes.decks import Deck
from quizzes.models import CardState, Grading, LearnerCard, LearnerSettings, ReviewLog
from quizzes.queue import capped_count
from quizzes.scheduling import CARD_COLUMNS
from quizzes.study_day import study_day_start
from quizzes.words import knows_any_word


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
    """The article list with the learner's cards due now in each: each article's found by the
    article its cards keep, a range of the (user, article, suspended, due, id) index (through
    the question, each article walked every due card of the learner: 85 ms for 23 articles
    and 6,000 due cards)."""
    due = (
        LearnerCard.objects.filter(
            user=user,
            article=OuterRef("pk"),
            suspended=False,
            due__lte=now,
            question__status=QuestionStatus.PUBLISHED,
            question__owner__isnull=True,
        )
        .values("article")
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


def _with_learners_card(user_id: int) -> QuerySet[Question]:
    """Questions with what an answer reads of them: their sentence, their article (without the
    article's text) and the learner's card for each, if any, as `card_*` annotations."""
    return (
        Question.objects.annotate(
            learner_card=FilteredRelation("cards", condition=Q(cards__user_id=user_id))
        )
        .select_related("sentence", "article")
        .only(*FEEDBACK_QUESTION_FIELDS)
        .annotate(**{f"card_{name}": F(f"learner_card__{name}") for name in SHOWN_CARD_COLUMNS})
    )


def shown_question(
    *,
    user_id: int,
    question_id: int,
    article_id: int | None,
    section_id: int | None,
    owner_id: int | None,
) -> QuerySet[Question]:
    """A shown question of the deck, with its sentence, its article (without the article's
    text) and the learner's card for it, if any, as `card_*` annotations: one statement
    whether the card is new or studied (a new card's answer read the question apart)."""
    deck = Deck.from_ids(article_id=article_id, section_id=section_id, owner_id=owner_id)
    return (
        _with_learners_card(user_id)
        .filter(pk=question_id, **deck.question_filter())
        .order_by()[:1]  # one row by its key: the default order would join the section to sort it
    )


# The learner's card columns an answer reads: what FSRS reads to preview the rating buttons'
# intervals.
SHOWN_CARD_COLUMNS = ("id", *CARD_COLUMNS)
# Read on every answer: compiled once per process (see config/compiled_queries.py).
SHOWN_QUESTION = CompiledQuery(shown_question)
# The card's fields card_of_shown builds it from, in the model's order.
_SHOWN_CARD_FIELDS = [
    field.attname
    for field in LearnerCard._meta.concrete_fields
    if field.attname in {"user_id", "question_id", *SHOWN_CARD_COLUMNS}
]


def card_of_shown(question: Question, *, user_id: int) -> LearnerCard | None:
    """The learner's card `shown_question` read beside `question`; None while the card is new."""
    if question.card_id is None:
        return None
    values = {"user_id": user_id, "question_id": question.pk}
    values.update((name, getattr(question, f"card_{name}")) for name in SHOWN_CARD_COLUMNS)
    # from_db takes the values of the fields read in the model's own field order.
    return LearnerCard.from_db(
        DEFAULT_DB_ALIAS, _SHOWN_CARD_FIELDS, [values[name] for name in _SHOWN_CARD_FIELDS]
    )


# The learner's settings, in the model's field order, as `shown_article_question` reads them.
_LEARNER_FIELDS = [field.attname for field in LearnerSettings._meta.concrete_fields]


def shown_article_question(
    *, user_id: int, is_superuser: bool, slug: str, question_id: int
) -> QuerySet[Question]:
    """`shown_question` in the article deck of this slug, if the person may see the article,
    with the learner's settings (`learner_*` annotations, None without a settings row) and
    whether the learner knows any word (`learner_knows_words`, which the feedback's furigana
    asks): everything an answer reads before it grades, in one statement. No row when the
    article is not one the person may see or the question is not the deck's."""
    person = get_user_model()(pk=user_id, is_superuser=is_superuser)
    article = articles_visible_to(user=person).filter(slug=slug)
    learner = LearnerSettings.objects.filter(user_id=user_id)
    return (
        _with_learners_card(user_id)
        .only(*FEEDBACK_QUESTION_FIELDS, "article__title")  # the deck's label
        .annotate(
            **{
                f"learner_{name}": Subquery(learner.values(name)[:1])
                for name in _LEARNER_FIELDS
                if name != "user_id"
            },
            learner_knows_words=ExpressionWrapper(knows_any_word(user_id), BooleanField()),
        )
        .filter(
            pk=question_id,
            article__in=article,
            status=QuestionStatus.PUBLISHED,
            owner__isnull=True,
        )
        .order_by()[:1]
    )


# Read by every answer in an article deck: compiled once per process.
SHOWN_ARTICLE_QUESTION = CompiledQuery(shown_article_question)


def learner_of_shown(question: Question, *, user_id: int) -> LearnerSettings | None:
    """The learner's settings `shown_article_question` read beside `question`, with
    `knows_words`; None while the learner has no settings row."""
    if question.learner_id is None:
        return None
    values = [
        user_id if name == "user_id" else getattr(question, f"learner_{name}")
        for name in _LEARNER_FIELDS
    ]
    learner = LearnerSettings.from_db(DEFAULT_DB_ALIAS, _LEARNER_FIELDS, values)
    learner.knows_words = question.learner_knows_words
    return learner


# Read by every second answer to a shown card, and by a reloaded deck page: compiled once.
GRADING_OF_SHOWN_CARD = CompiledQuery(
    lambda *, user_id, question_id, shown_reps: Grading.objects.filter(
        user_id=user_id, question_id=question_id, shown_reps=shown_reps
    )[:1]
)


def grading_of_shown(*, user_id: int, question_id: int, shown_reps: int) -> Grading | None:
    """The learner's answer to the question shown at `shown_reps` reviews, if given."""
    found = GRADING_OF_SHOWN_CARD.models(
        user_id=user_id, question_id=question_id, shown_reps=shown_reps
    )
    return found[0] if found else None
