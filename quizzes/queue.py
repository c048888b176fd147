"""A deck's study queue, read once per request: what is due, what is new, what waits, and why.

Every study view builds one `StudyQueue` and reads from it: the next card, the
counts on the progress bar, the summary at the end. Each part is a query run
the first time it is read and kept for the rest of the request, so a request
pays only for what it shows and never re-derives the study day or the deck.

Filters that decide which cards a learner may meet (the kinds they chose, the
reader's "hold back until read") belong in `deck_cards()` and `unstudied_in_deck()`,
which everything else starts from. The reads of every card screen are compiled once
per process (see config/compiled_queries.py): their querysets are functions of plain
values, which `StudyQueue` passes.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    TextField,
)
from django.db.models.functions import Cast

from config.compiled_queries import CompiledQuery
from content.models import Question, QuestionKind, QuestionStatus
from content.selectors import articles_visible_to
from quizzes.decks import Deck
from quizzes.models import CardState, LearnerCard, LearnerSettings, ReviewLog
from quizzes.reader import opened_sections_only
from quizzes.study_day import study_day_of, study_day_start

# Counts shown on screen stop here ("999+"), so that they cost the same for any deck size.
COUNT_CAP = 999
# The card screen's "due" count, read on every card, stops lower ("99+"): counting walks
# the learner's due cards one by one (each checked against the deck through its question),
# and a thousand of them cost a 10,000-card deck 0.6 ms a card on SQLite.
QUEUE_COUNT_CAP = 99
LEARNING_STATES = (CardState.LEARNING, CardState.RELEARNING)
# Kinds that test details (a typed blank, a question to answer from memory): a sentence
# meets them once the learner has met it through one of the others.
LATER_KINDS = frozenset({QuestionKind.CLOZE, QuestionKind.WH})
# Easier kinds first when kinds tie, so a first session opens gently.
KIND_ORDER = (
    QuestionKind.CHOICE,
    QuestionKind.TRUEFALSE,
    QuestionKind.READING,
    QuestionKind.VOCAB,
    QuestionKind.SECTION,
    QuestionKind.CLOZE,
    QuestionKind.WH,
)
KIND_RANK = {kind: n for n, kind in enumerate(KIND_ORDER)}
# What a card screen shows of its question (the study template's `card` partial): the other
# 20 columns cost the next card 40 µs to convert.
CARD_QUESTION_FIELDS = (
    "kind",
    "prompt",
    "source_text",
    "answer_start",
    "answer_end",
    "choices",
    "extra",
)
# The next new card is chosen among the unstudied questions of the next few sentences.
NEW_WINDOW_QUESTIONS = 40
NEW_WINDOW_SENTENCES = 3


@dataclass(frozen=True)
class StudyItem:
    question: Question
    card: LearnerCard | None

    @property
    def reps(self) -> int:
        return self.card.reps if self.card else 0


@dataclass(frozen=True)
class SessionSummary:
    reviews: int
    cards: int
    correct: int
    graded: int
    duration_ms: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.graded if self.graded else None


def capped_count(queryset: QuerySet) -> int:
    return queryset.values("pk")[: COUNT_CAP + 1].count()


class SubqueryCount(Subquery):
    """The number of rows of a queryset, as a subquery another statement selects."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"

    def __init__(self, queryset: QuerySet):
        super().__init__(queryset.values("pk"), output_field=IntegerField())

    # COUNT(*) is an integer on every backend: no int() on each row that selects it.
    convert_value = staticmethod(Subquery._convert_value_noop)


def unstudied_questions(*, user, questions: QuerySet[Question]) -> QuerySet[Question]:
    return questions.exclude(Exists(LearnerCard.objects.filter(user=user, question=OuterRef("pk"))))


def sentences_reviewed_today(*, user, learner: LearnerSettings, now: datetime):
    """The sentences a question of which was reviewed today: their other questions wait."""
    return sentences_reviewed_on(user=user, study_day=study_day_of(learner, now))


def sentences_reviewed_on(*, user, study_day: date):
    """The sentences a question of which was reviewed on a study day.

    An uncorrelated set (the learner's reviews of one day are few), not a subquery per
    question: PostgreSQL planned the correlated form as a nested loop over every review
    on tables not yet analysed, and one count ran for minutes.
    """
    # Not the None of a question without a sentence (an instructor's own, or one whose
    # sentence a new version replaced): `NOT IN (…, NULL)` holds for no row, and one review
    # of such a question buried every new card of every deck for the day.
    return ReviewLog.objects.filter(
        user=user, study_day=study_day, card__question__sentence__isnull=False
    ).values("card__question__sentence_id")


def in_deck(*, deck: Deck, question_id: str, kinds=()) -> Subquery:
    """Whether the question that the outer row's `question_id` names is in the deck (and of
    one of `kinds`, when given).

    The question is looked up by its key alone and the deck's conditions are the
    value selected, not a filter or a join: the databases then drive the statement
    from the learner's own rows through the learner's indexes (cards by due date,
    reviews by time), stopping early where a LIMIT allows, whatever their statistics
    say. Joined and filtered, PostgreSQL without statistics, and SQLite after
    ANALYZE, walked every question of a large deck first (90 ms for the next card of
    a 10,000-card deck on PostgreSQL). A scalar subquery is never flattened into a
    join, and with the deck's columns outside its WHERE no index on them can lead it.
    """
    conditions = Q(**deck.question_filter())
    if kinds:
        conditions &= Q(kind__in=list(kinds))
    question = Question.objects.filter(pk=OuterRef(question_id)).order_by()
    return Subquery(
        question.values(in_deck=ExpressionWrapper(conditions, output_field=BooleanField()))[:1],
        output_field=BooleanField(),
    )


def card_in_deck(*, deck: Deck, card_id: str) -> Subquery:
    """Whether the card that the outer row's `card_id` names is in the deck (looked up by
    its key, as `in_deck` does its question)."""
    card = LearnerCard.objects.filter(pk=OuterRef(card_id)).order_by()
    return Subquery(
        card.values(in_deck=in_deck(deck=deck, question_id="question_id"))[:1],
        output_field=BooleanField(),
    )


def deck_reviews(*, user_id: int, deck: Deck, since: datetime) -> QuerySet[ReviewLog]:
    """The learner's reviews in a deck since a moment, found through their (user, time)
    index: a session's reviews are few, whatever the size of the deck."""
    return ReviewLog.objects.filter(
        user_id=user_id,
        reviewed_at__gte=since,
    ).filter(card_in_deck(deck=deck, card_id="card_id"))


def deck_cards(*, user_id: int, deck: Deck, kinds) -> QuerySet[LearnerCard]:
    """The learner's cards in a deck that may be shown (not suspended, of the chosen kinds).

    An article's or a section's cards are found by the article each card keeps (a range of
    the learner's (user, article, suspended, due, id) index), then checked against the deck
    through their question, as the learner's own words are.
    """
    cards = LearnerCard.objects.filter(
        in_deck(deck=deck, question_id="question_id", kinds=kinds),
        user_id=user_id,
        suspended=False,
    )
    if deck.article is not None:
        cards = cards.filter(article_id=deck.article.pk)
    return cards


def recent_counts(
    *, user_id: int, deck: Deck, since: datetime, day_start: datetime
) -> dict[str, SubqueryCount]:
    """Reviews in this deck since the session started, and new cards started today."""
    return {
        "done": SubqueryCount(deck_reviews(user_id=user_id, deck=deck, since=since)),
        "introduced": SubqueryCount(
            ReviewLog.objects.filter(
                user_id=user_id, reviewed_at__gte=day_start, state_before=CardState.NEW
            )
        ),
    }


def next_due_cards(
    *,
    user_id: int,
    article_id: int | None,
    section_id: int | None,
    owner_id: int | None,
    kinds: tuple[str, ...],
    now: datetime,
    since: datetime,
    day_start: datetime,
) -> QuerySet[LearnerCard]:
    """The card due first, with its question and, in the same statement, the counts a card
    screen shows: cards due now (up to QUEUE_COUNT_CAP + 1), reviews this session, new cards
    started today."""
    deck = Deck.from_ids(article_id=article_id, section_id=section_id, owner_id=owner_id)
    due_now = deck_cards(user_id=user_id, deck=deck, kinds=kinds).filter(due__lte=now)
    return (
        due_now.select_related("question")
        .only("state", "reps", "question", *(f"question__{name}" for name in CARD_QUESTION_FIELDS))
        .annotate(
            # In the order the card is chosen in, which the (user, suspended, due, id) index
            # holds: no other index of the learner's can look cheaper to a planner.
            due_count=SubqueryCount(
                due_now.order_by("due", "id").values("pk")[: QUEUE_COUNT_CAP + 1]
            ),
            **recent_counts(
                user_id=user_id,
                deck=deck,
                since=since,
                day_start=day_start,
            ),
        )
        .order_by("due", "id")[:1]
    )


# Read on every card screen: compiled once per process (see config/compiled_queries.py).
NEXT_DUE_CARD = CompiledQuery(next_due_cards)


def recent_counts_alone(
    *,
    user_id: int,
    learner_id: int,
    article_id: int | None,
    section_id: int | None,
    owner_id: int | None,
    since: datetime,
    day_start: datetime,
) -> QuerySet:
    """`recent_counts` when no card is due, and the new cards started today of each kind
    (`started_<kind>`), which choosing a new card reads: selected from the learner's settings
    row (a SELECT needs a row to come from; that one exists for every learner)."""
    deck = Deck.from_ids(article_id=article_id, section_id=section_id, owner_id=owner_id)
    started = ReviewLog.objects.filter(
        user_id=user_id, reviewed_at__gte=day_start, state_before=CardState.NEW
    )
    return LearnerSettings.objects.filter(pk=learner_id).values(
        **recent_counts(user_id=user_id, deck=deck, since=since, day_start=day_start),
        **{f"started_{kind}": SubqueryCount(started.filter(kind=kind)) for kind in QuestionKind},
    )


def new_kinds_started(*, user_id: int, day_start: datetime) -> QuerySet:
    """(kind, count) of the new cards the learner has started since `day_start`."""
    return (
        ReviewLog.objects.filter(
            user_id=user_id, reviewed_at__gte=day_start, state_before=CardState.NEW
        )
        .values("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )


def unstudied_in_deck(
    *, user, deck: Deck, kinds: tuple[str, ...], hold_until_read: bool
) -> QuerySet[Question]:
    """The deck's questions the learner has no card for, of the chosen kinds, held back
    until their section is read when the learner asks for that."""
    questions = unstudied_questions(user=user, questions=deck.questions())
    if kinds:
        questions = questions.filter(kind__in=list(kinds))
    return opened_sections_only(
        questions, user=user, learner=LearnerSettings(hold_until_read=hold_until_read)
    )


def new_questions_in_deck(
    *,
    user_id: int,
    article_id: int | None,
    section_id: int | None,
    owner_id: int | None,
    kinds: tuple[str, ...],
    hold_until_read: bool,
    study_day: date,
) -> QuerySet[Question]:
    """Unstudied questions in reading order, with today's siblings buried.

    Several questions come from one sentence (a cloze, a choice, a wh-question);
    once the learner has reviewed any of them today, the others wait until
    tomorrow, as Anki buries siblings, so that one answer never gives away the next.
    """
    user = get_user_model()(pk=user_id)
    deck = Deck.from_ids(article_id=article_id, section_id=section_id, owner_id=owner_id)
    return (
        unstudied_in_deck(user=user, deck=deck, kinds=kinds, hold_until_read=hold_until_read)
        .exclude(sentence_id__in=sentences_reviewed_on(user=user, study_day=study_day))
        .order_by("id")
    )


class NewQuestion(NamedTuple):
    """What choosing the next new card reads of a new question (see `new_question_window`),
    and what its card screen shows of it, the JSON columns as text: only the chosen one's is
    decoded (`card_question`)."""

    pk: int
    sentence_id: int
    kind: str
    prompt: str
    source_text: str
    answer_start: int | None
    answer_end: int | None
    met: bool  # whether the learner has met its sentence through another card
    choices: str
    extra: str


# A window row's columns, as `NewQuestion` holds them: the question's own first, as a
# compiled statement takes them (config/compiled_queries.py), then the annotations.
_JSON_SHOWN = ("choices", "extra")
WINDOW_COLUMNS = tuple(
    f"{name}_text" if name in _JSON_SHOWN else name for name in NewQuestion._fields
)
_AS_TEXT = {f"{name}_text": Cast(name, output_field=TextField()) for name in _JSON_SHOWN}
_JSON_FIELDS = {name: Question._meta.get_field(name) for name in _JSON_SHOWN}
# The question's fields a card screen reads, in the model's order (as `from_db` takes them).
_CARD_FIELDS = [
    field.attname
    for field in Question._meta.concrete_fields
    if field.attname in {"id", *CARD_QUESTION_FIELDS}
]


def card_question(new: NewQuestion) -> Question:
    """The chosen new question as a card screen reads it: built as the ORM builds a question
    read with CARD_QUESTION_FIELDS, its JSON decoded by its fields."""
    connection = connections[DEFAULT_DB_ALIAS]
    values = {"id": new.pk, **new._asdict()}
    for name, field in _JSON_FIELDS.items():
        values[name] = field.from_db_value(values[name], None, connection)
    return Question.from_db(DEFAULT_DB_ALIAS, _CARD_FIELDS, [values[name] for name in _CARD_FIELDS])


def _new_questions_met(*, unseen: tuple[str, ...] | None, **deck_and_learner) -> QuerySet:
    """The new questions (of the `unseen` kinds, when given), each with whether the learner
    has met its sentence."""
    # By the card's copy of its sentence, in the (sentence, user) index: through the question,
    # each row walked every card of the learner.
    met = Exists(
        LearnerCard.objects.filter(
            sentence_id=OuterRef("sentence_id"), user_id=deck_and_learner["user_id"]
        )
    )
    new = new_questions_in_deck(**deck_and_learner).annotate(met=met, **_AS_TEXT)
    if unseen is not None:
        new = new.filter(kind__in=list(unseen))
    return new


def new_question_window(
    *, unseen: tuple[str, ...] | None, counted: bool, **deck_and_learner
) -> QuerySet:
    """The first NEW_WINDOW_QUESTIONS new questions (of the `unseen` kinds, when given), as
    the values of a `NewQuestion`: values, as building every question of the window cost a
    new card's screen a millisecond, and with what the card screen shows, as reading the
    chosen one apart cost it a statement.

    When `counted`, each row ends with the new questions counted up to QUEUE_COUNT_CAP + 1:
    an uncorrelated subquery, which SQLite and PostgreSQL run once for the statement (a
    statement of its own cost 95 µs against 56 µs here, on SQLite).
    """
    new = _new_questions_met(unseen=unseen, **deck_and_learner)
    if not counted:
        return new.values_list(*WINDOW_COLUMNS)[:NEW_WINDOW_QUESTIONS]
    every = new_questions_in_deck(**deck_and_learner).values("pk")[: QUEUE_COUNT_CAP + 1]
    new = new.annotate(new=SubqueryCount(every))
    return new.values_list(*WINDOW_COLUMNS, "new")[:NEW_WINDOW_QUESTIONS]


def new_questions_counted(*, learner_id: int, limit: int, **deck_and_learner) -> QuerySet:
    """The number of new questions, counted up to `limit`, selected from the learner's
    settings row (see `recent_counts_alone`)."""
    new = new_questions_in_deck(**deck_and_learner).values("pk")[:limit]
    return LearnerSettings.objects.filter(pk=learner_id).values(new=SubqueryCount(new))


# Read on a new card's screen (the first session's every card): compiled once per process.
RECENT_COUNTS = CompiledQuery(recent_counts_alone)
NEW_KINDS_STARTED = CompiledQuery(new_kinds_started)
NEW_QUESTION_WINDOW = CompiledQuery(new_question_window)
# Counted up to the learner's daily limit, which is written into the statement: one statement
# for each limit a process meets.
NEW_QUESTIONS_COUNTED = CompiledQuery(new_questions_counted, shape=("limit",))


class FirstWindow(NamedTuple):
    """The first window of new questions, and the new count read with it."""

    window: list[NewQuestion]
    new: int | None  # new questions counted up to QUEUE_COUNT_CAP + 1, when asked for


class StudyQueue:
    def __init__(
        self, *, user, deck: Deck, learner: LearnerSettings, now: datetime, since: datetime
    ):
        self.user = user
        self.deck = deck
        self.learner = learner
        self.now = now
        self.since = since  # when this study session started

    # The two querysets everything starts from.

    def cards(self) -> QuerySet[LearnerCard]:
        """The learner's cards in this deck that may be shown (not suspended, of chosen kinds)."""
        return self._cards.all()

    @cached_property
    def _cards(self) -> QuerySet[LearnerCard]:
        # Built once per request: resolving the deck's filter through the question join is
        # most of what a query costs the ORM, and each part of the queue filters it further.
        return deck_cards(user_id=self.user.pk, deck=self.deck, kinds=self.learner.study_kinds)

    def new_questions(self) -> QuerySet[Question]:
        """Unstudied questions in reading order, with today's siblings buried (see
        `new_questions_in_deck`)."""
        return new_questions_in_deck(**self._new_question_args)

    @cached_property
    def _new_question_args(self) -> dict:
        """The deck and the learner as the plain values the new-card queries take."""
        return {
            "user_id": self.user.pk,
            **self.deck.ids(),
            "kinds": tuple(self.learner.study_kinds or ()),
            "hold_until_read": self.learner.hold_until_read,
            "study_day": study_day_of(self.learner, self.now),
        }

    def _unstudied(self) -> QuerySet[Question]:
        return unstudied_in_deck(
            user=self.user,
            deck=self.deck,
            kinds=tuple(self.learner.study_kinds or ()),
            hold_until_read=self.learner.hold_until_read,
        )

    def _sentences_reviewed_today(self) -> QuerySet[ReviewLog]:
        return sentences_reviewed_today(user=self.user, learner=self.learner, now=self.now)

    # Today's and this session's reviews, and the cards due now: when a card is due, they are
    # read with it in one statement (each query costs the ORM far more than the database).

    @cached_property
    def _recent(self) -> dict[str, int]:
        if card := self._next_due_card:
            return {"done": card.done, "introduced": card.introduced}
        [(done, introduced, *started)] = RECENT_COUNTS.rows(
            user_id=self.user.pk,
            learner_id=self.learner.pk,
            **self.deck.ids(),
            since=self.since,
            day_start=study_day_start(self.learner, self.now),
        )
        return {
            "done": done,
            "introduced": introduced,
            "started": Counter(dict(zip(QuestionKind, started, strict=True))),
        }

    @property
    def done(self) -> int:
        """Reviews in this deck since the session started."""
        return self._recent["done"]

    @property
    def new_left(self) -> int:
        """New cards the daily limit still allows (across every deck)."""
        return max(0, self.learner.new_cards_per_day - self._recent["introduced"])

    @cached_property
    def new_kinds_today(self) -> Counter:
        """How many new cards of each kind the learner has started today: read with the
        counts when no card is due, which is when a new card is chosen."""
        if "started" in self._recent:
            return self._recent["started"]
        return Counter(
            dict(
                NEW_KINDS_STARTED.rows(
                    user_id=self.user.pk, day_start=study_day_start(self.learner, self.now)
                )
            )
        )

    # What to show next.

    @cached_property
    def _next_due_card(self) -> LearnerCard | None:
        """The card due first, with its question and the counts a card screen shows."""
        day_start = study_day_start(self.learner, self.now)
        cards = NEXT_DUE_CARD.models(
            user_id=self.user.pk,
            **self.deck.ids(),
            kinds=tuple(self.learner.study_kinds or ()),
            now=self.now,
            since=self.since,
            day_start=day_start,
        )
        return next(iter(cards), None)

    @cached_property
    def next_item(self) -> StudyItem | None:
        """Cards due now (reviews and learning steps whose time has come), then new cards.

        A learning card is never shown before its step is due: when only waiting
        cards remain the session ends, and the summary says when the next one is due.
        """
        if card := self._next_due_card:
            return StudyItem(question=card.question, card=card)
        if self.new_left and (chosen := self._next_new_question()):
            return StudyItem(question=card_question(chosen), card=None)
        return None

    def _next_new_question(self) -> NewQuestion | None:
        """The next new card: kinds rotate across sentences, easier kinds first.

        Among the unstudied questions of the next few sentences, and the first
        question of each kind not yet met today wherever it is, the one whose
        kind the learner has been introduced to least today comes first, so a
        first session meets every kind the deck has. On a sentence the learner
        has not met yet, typed cloze and wh-questions count one round later, so a
        sentence is usually met through an option, a statement, a reading or a
        word first.
        """
        window = self._new_window
        seen = self.new_kinds_today
        unseen = tuple(kind for kind in KIND_ORDER if not seen[kind])
        sentences = list(dict.fromkeys(question.sentence_id for question in window))
        rank = {sentence: n for n, sentence in enumerate(sentences[:NEW_WINDOW_SENTENCES])}
        # A set: the questions of unseen kinds below are often the window's own.
        candidates = {question for question in window if question.sentence_id in rank}
        # The kinds not met today that each sentence is the deck's only way left to.
        unseen_in: dict[int, set[str]] = {}
        if unseen:
            rows = self.new_window_of_kinds(unseen)
            # Every question of a kind not met today, not only its first: the first may sit on
            # the sentence of another kind's only question, and would bury it (would_bury below).
            candidates.update(rows)
            # Meeting a sentence buries its siblings until tomorrow: when one of them is the
            # deck's only way left to a kind not met today, that one goes first on this sentence.
            per_kind = Counter(question.kind for question in rows)
            for question in rows:
                if per_kind[question.kind] == 1:
                    unseen_in.setdefault(question.sentence_id, set()).add(question.kind)
        met_today = dict(seen)
        no_kinds: set[str] = set()

        def order(question: NewQuestion) -> tuple:
            later = question.kind in LATER_KINDS and not question.met
            would_bury = bool(unseen_in.get(question.sentence_id, no_kinds) - {question.kind})
            return (
                would_bury,
                met_today.get(question.kind, 0) + later,
                rank.get(question.sentence_id, NEW_WINDOW_SENTENCES),
                KIND_RANK.get(question.kind, len(KIND_RANK)),
                question.pk,
            )

        return min(candidates, key=order, default=None)

    @cached_property
    def _first_window(self) -> FirstWindow:
        """The first new questions in reading order, with the new count when the learner's
        daily limit may go past them (see `new`)."""
        counted = self.learner.new_cards_per_day > NEW_WINDOW_QUESTIONS
        rows = NEW_QUESTION_WINDOW.rows(**self._new_question_args, unseen=None, counted=counted)
        window = [NewQuestion(*row[: len(NewQuestion._fields)]) for row in rows]
        return FirstWindow(window=window, new=rows[0][-1] if counted and rows else None)

    @property
    def _new_window(self) -> list[NewQuestion]:
        """The first new questions, in reading order."""
        return self._first_window.window

    def new_window_of_kinds(self, kinds: tuple[str, ...]) -> list[NewQuestion]:
        """The first new questions of these kinds, in reading order."""
        window = self._new_window
        of_kinds = [question for question in window if question.kind in kinds]
        # When the window holds every new question, or only questions of these kinds (a
        # learner's first card of the day, when no kind is met yet), the first of these kinds
        # are the ones it holds: the statement would read them again.
        if len(window) < NEW_WINDOW_QUESTIONS or len(of_kinds) == len(window):
            return of_kinds
        return self._window(unseen=kinds)

    def _window(self, *, unseen: tuple[str, ...]) -> list[NewQuestion]:
        rows = NEW_QUESTION_WINDOW.rows(**self._new_question_args, unseen=unseen, counted=False)
        return [NewQuestion(*row) for row in rows]

    # Counts for the progress bar, each capped so that it costs the same for any deck.

    @property
    def due(self) -> int:
        """Cards due now (up to QUEUE_COUNT_CAP + 1): none when no card is due first."""
        card = self._next_due_card
        return card.due_count if card else 0

    @property
    def due_shown(self) -> str:
        """The due count as the card screen shows it: "99+" past QUEUE_COUNT_CAP."""
        return f"{QUEUE_COUNT_CAP}+" if self.due > QUEUE_COUNT_CAP else str(self.due)

    @cached_property
    def new(self) -> int:
        """New cards that can still be started in this deck today: counted up to what the
        daily limit still allows, and no further than QUEUE_COUNT_CAP + 1."""
        if not self.new_left:
            return 0
        if "_first_window" in self.__dict__:  # the next card is a new one: its window says
            first = self._first_window
            if len(first.window) < NEW_WINDOW_QUESTIONS or self.new_left <= len(first.window):
                return min(self.new_left, len(first.window))
            if first.new is not None:
                return min(self.new_left, first.new)
        # Counted up to the daily limit, or past QUEUE_COUNT_CAP no further, as the due count
        # (a bound the same every day: one compiled statement), of which no more than what is
        # left today is shown.
        [(new,)] = NEW_QUESTIONS_COUNTED.rows(
            **self._new_question_args,
            learner_id=self.learner.pk,
            limit=min(self.learner.new_cards_per_day, QUEUE_COUNT_CAP + 1),
        )
        return min(self.new_left, new)

    @property
    def new_shown(self) -> str:
        """The new count as the card screen shows it: "99+" past QUEUE_COUNT_CAP."""
        return f"{QUEUE_COUNT_CAP}+" if self.new > QUEUE_COUNT_CAP else str(self.new)

    @property
    def remaining(self) -> int:
        return self.due + self.new

    @cached_property
    def buried(self) -> int:
        """Unstudied questions waiting until tomorrow because a sibling was reviewed today."""
        return capped_count(
            self._unstudied().filter(sentence_id__in=self._sentences_reviewed_today())
        )

    # When the session is over.

    @cached_property
    def next_learning_due(self) -> datetime | None:
        """When the next learning step of this deck is due (later today, usually)."""
        return (
            self.cards()
            .filter(state__in=LEARNING_STATES, due__gt=self.now)
            .order_by("due")
            .values_list("due", flat=True)
            .first()
        )

    @property
    def next_learning_within_a_minute(self) -> bool:
        """The next learning step is due in under a minute, which "in 0 minutes" said badly."""
        due = self.next_learning_due
        return due is not None and due - self.now < timedelta(minutes=1)

    @cached_property
    def next_due(self) -> datetime | None:
        return (
            self.cards()
            .filter(due__gt=self.now)
            .order_by("due")
            .values_list("due", flat=True)
            .first()
        )

    def learning_ahead(self, *, besides: int | None = None) -> StudyItem | None:
        """The waiting learning card due soonest, when the learner asks to continue now; not
        the card of question `besides`."""
        card = (
            self.cards()
            .filter(state__in=LEARNING_STATES)
            .exclude(question_id=besides)
            .select_related("question")
            .order_by("due", "id")
            .first()
        )
        return StudyItem(question=card.question, card=card) if card else None

    @cached_property
    def summary(self) -> SessionSummary:
        totals = deck_reviews(user_id=self.user.pk, deck=self.deck, since=self.since).aggregate(
            review_count=Count("pk"),
            card_count=Count("card", distinct=True),
            correct_count=Count("pk", filter=Q(correct=True)),
            graded_count=Count("pk", filter=Q(correct__isnull=False)),
            total_duration=Sum("duration_ms"),
        )
        return SessionSummary(
            reviews=totals["review_count"],
            cards=totals["card_count"],
            correct=totals["correct_count"],
            graded=totals["graded_count"],
            duration_ms=totals["total_duration"] or 0,
        )


def buried_count(*, user, learner: LearnerSettings, now: datetime) -> int:
    """Unstudied questions in every deck that wait until tomorrow for a sibling reviewed today."""
    questions = unstudied_questions(
        user=user,
        questions=Question.objects.filter(
            Q(owner__isnull=True) | Q(owner=user),
            status=QuestionStatus.PUBLISHED,
            article__in=articles_visible_to(user=user),
        ),
    )
    if learner.study_kinds:
        questions = questions.filter(kind__in=learner.study_kinds)
    reviewed = sentences_reviewed_today(user=user, learner=learner, now=now)
    return capped_count(questions.filter(sentence_id__in=reviewed))
