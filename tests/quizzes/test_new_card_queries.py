"""A new card's compiled reads return what their querysets return, on varied learners and decks."""

from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.models import Question, QuestionKind, QuestionOrigin, QuestionStatus
from quizzes.decks import Deck, own_words_deck
from quizzes.models import CardState, LearnerCard, ReviewLog, SectionRead
from quizzes.queue import (
    CARD_QUESTION_FIELDS,
    KIND_ORDER,
    NEW_QUESTION_WINDOW,
    NEW_QUESTIONS_COUNTED,
    NEW_WINDOW_QUESTIONS,
    QUEUE_COUNT_CAP,
    RECENT_COUNTS,
    NewQuestion,
    StudyQueue,
    new_question_window,
    new_questions_counted,
    new_questions_in_deck,
    recent_counts_alone,
)
from quizzes.services import learner_settings_for
from quizzes.study_day import study_day_start
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

KINDS = [kind.value for kind in QuestionKind]


@pytest.fixture
def material():
    article = make_article()
    questions = list(Question.objects.filter(article=article, status=QuestionStatus.PUBLISHED))
    assert len(questions) > 10
    assert len({question.section_id for question in questions}) > 1
    return article, questions, make_user(), make_user()


def vary(data, *, questions, user, other, now) -> None:
    """Cards (the learner's and another's), reviews today and yesterday, sections read, and
    a few of the questions made the learner's own words."""
    LearnerCard.objects.all().delete()
    SectionRead.objects.all().delete()
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(
        owner=None, origin=QuestionOrigin.GENERATED
    )
    owned = data.draw(st.lists(st.sampled_from(questions), unique=True, max_size=4))
    Question.objects.filter(pk__in=[q.pk for q in owned]).update(
        owner=user, origin=QuestionOrigin.LEARNER
    )
    for question in data.draw(st.lists(st.sampled_from(questions), unique=True, max_size=10)):
        learner = data.draw(st.sampled_from([user, other]))
        card = LearnerCard.objects.create(
            user=learner,
            question=question,
            state=CardState.LEARNING,
            due=now + timedelta(minutes=data.draw(st.integers(-5, 60))),
        )
        if data.draw(st.booleans()):
            days_ago = data.draw(st.integers(0, 1))
            ReviewLog.objects.create(
                card=card,
                user=learner,
                kind=question.kind,
                rating=3,
                reviewed_at=now - timedelta(days=days_ago, minutes=data.draw(st.integers(0, 90))),
                study_day=(now - timedelta(days=days_ago)).date(),
                duration_ms=1000,
                state_before=data.draw(st.sampled_from([CardState.NEW, CardState.REVIEW])),
                card_before={},
                shown_reps=0,
            )
    for section_id in data.draw(
        st.lists(st.sampled_from(sorted({q.section_id for q in questions})), unique=True)
    ):
        SectionRead.objects.create(
            user=data.draw(st.sampled_from([user, other])), section_id=section_id
        )


def as_rows(values_queryset) -> list[tuple]:
    return [tuple(row.values()) for row in values_queryset]


def deck_values(*, deck_kind, article, questions, user) -> dict:
    return {
        "article_id": None if deck_kind == "owner" else article.pk,
        "section_id": questions[0].section_id if deck_kind == "section" else None,
        "owner_id": user.pk if deck_kind == "owner" else None,
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    deck_kind=st.sampled_from(["article", "section", "owner"]),
    kinds=st.lists(st.sampled_from(KINDS), unique=True).map(sorted).map(tuple),
    hold_until_read=st.booleans(),
    unseen=st.none() | st.lists(st.sampled_from(KIND_ORDER), min_size=1, unique=True).map(tuple),
    limit=st.integers(1, 30),
)
def test_the_compiled_new_card_reads_equal_their_querysets(
    material, data, deck_kind, kinds, hold_until_read, unseen, limit
):
    article, questions, user, other = material
    now = timezone.now()
    vary(data, questions=questions, user=user, other=other, now=now)
    values = {
        "user_id": user.pk,
        **deck_values(deck_kind=deck_kind, article=article, questions=questions, user=user),
        "kinds": kinds,
        "hold_until_read": hold_until_read,
        "study_day": now.date(),
    }
    window = NEW_QUESTION_WINDOW.rows(**values, unseen=unseen, counted=False)
    assert window == list(new_question_window(**values, unseen=unseen, counted=False))
    # Met through the cards' copy of their sentence: as through their questions.
    for row in map(NewQuestion._make, window):
        through_questions = LearnerCard.objects.filter(
            user=user, question__sentence_id=row.sentence_id
        ).exists()
        assert row.met == through_questions
    # Counted, each row ends with the new questions counted up to the cap.
    with_count = NEW_QUESTION_WINDOW.rows(**values, unseen=unseen, counted=True)
    assert with_count == list(new_question_window(**values, unseen=unseen, counted=True))
    new = min(QUEUE_COUNT_CAP + 1, new_questions_in_deck(**values).count())
    assert with_count == [(*row, new) for row in window]
    learner = learner_settings_for(user=user)
    counted = NEW_QUESTIONS_COUNTED.rows(**values, learner_id=learner.pk, limit=limit)
    assert counted == as_rows(new_questions_counted(**values, learner_id=learner.pk, limit=limit))
    assert counted == [(min(limit, new_questions_in_deck(**values).count()),)]
    counts = {
        "user_id": user.pk,
        "learner_id": learner.pk,
        **deck_values(deck_kind=deck_kind, article=article, questions=questions, user=user),
        "since": now - timedelta(minutes=data.draw(st.integers(0, 120))),
        "day_start": now - timedelta(hours=data.draw(st.integers(0, 30))),
    }
    recent = RECENT_COUNTS.rows(**counts)
    assert recent == as_rows(recent_counts_alone(**counts))
    started = Counter(
        ReviewLog.objects.filter(
            user=user, reviewed_at__gte=counts["day_start"], state_before=CardState.NEW
        ).values_list("kind", flat=True)
    )
    [(_, introduced, *by_kind)] = recent
    assert introduced == started.total()
    assert dict(zip(KINDS, by_kind, strict=True)) == {kind: started[kind] for kind in KINDS}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    deck_kind=st.sampled_from(["article", "section", "owner"]),
    per_day=st.integers(1, 60),
    hold_until_read=st.booleans(),
)
def test_a_new_card_screens_counts_equal_the_orms(
    material, data, deck_kind, per_day, hold_until_read
):
    """The new count a new card's screen shows (from its window, or counted) and the kinds
    met today are what the querysets say, and the card shown is a new question of the deck."""
    article, questions, user, other = material
    now = timezone.now()
    vary(data, questions=questions, user=user, other=other, now=now)
    learner = learner_settings_for(user=user)
    learner.new_cards_per_day = per_day
    learner.hold_until_read = hold_until_read
    learner.save()
    deck = (
        own_words_deck(user=user)
        if deck_kind == "owner"
        else Deck(
            article=article,
            section=questions[0].section if deck_kind == "section" else None,
        )
    )
    queue = StudyQueue(user=user, deck=deck, learner=learner, now=now, since=now)
    item = queue.next_item
    started = ReviewLog.objects.filter(
        user=user, reviewed_at__gte=study_day_start(learner, now), state_before=CardState.NEW
    )
    assert queue.new_left == max(0, per_day - started.count())
    assert queue.new_kinds_today == Counter(started.values_list("kind", flat=True))
    unstudied = queue.new_questions().count()
    assert queue.new == min(queue.new_left, unstudied)
    if queue.new and not queue.due:
        assert item is not None and item.card is None
        assert queue.new_questions().filter(pk=item.question.pk).exists()
        # Built from its window row as the ORM builds it: the shown fields, the rest deferred.
        orm = Question.objects.only(*CARD_QUESTION_FIELDS).get(pk=item.question.pk)
        for name in ("pk", *CARD_QUESTION_FIELDS):
            assert getattr(item.question, name) == getattr(orm, name), name
        assert item.question.get_deferred_fields() == orm.get_deferred_fields()
        assert item.question.labelled_choices == orm.labelled_choices


def test_the_window_says_the_new_count_without_a_statement(material, django_assert_num_queries):
    article, _, user, _ = material
    learner = learner_settings_for(user=user)
    now = timezone.now()
    queue = StudyQueue(user=user, deck=Deck(article=article), learner=learner, now=now, since=now)
    assert queue.next_item.card is None
    unstudied = queue.new_questions().count()
    assert unstudied < NEW_WINDOW_QUESTIONS, "the whole deck fits in the window"
    with django_assert_num_queries(0):
        assert queue.new == min(learner.new_cards_per_day, unstudied)


@pytest.fixture
def large_deck():
    """An article with more new questions than the window holds, of several kinds in turn."""
    article = make_article()
    template = Question.objects.filter(article=article, status=QuestionStatus.PUBLISHED).first()
    kinds = [QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.CLOZE, QuestionKind.READING]
    Question.objects.bulk_create(
        Question(
            article=article,
            section=template.section,
            sentence=template.sentence,
            source_text=template.source_text,
            kind=kinds[n % len(kinds)],
            prompt=f"{template.prompt} {n}",
            answer=template.answer,
            generator="test",
            fingerprint=f"large-{n}",
            status=QuestionStatus.PUBLISHED,
        )
        for n in range(3 * NEW_WINDOW_QUESTIONS)
    )
    return article


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kinds=st.lists(st.sampled_from(KIND_ORDER), min_size=1, unique=True).map(tuple),
    study_kinds=st.sampled_from([[], [QuestionKind.CLOZE], [QuestionKind.CLOZE, "choice"]]),
)
def test_the_window_of_some_kinds_is_what_its_statement_reads(large_deck, kinds, study_kinds):
    """Taken from the first window when that one says it all, read otherwise: the same rows."""
    learner = learner_settings_for(user=make_user())
    learner.study_kinds = study_kinds
    now = timezone.now()
    queue = StudyQueue(
        user=learner.user, deck=Deck(article=large_deck), learner=learner, now=now, since=now
    )
    values = {
        "user_id": learner.user.pk,
        **Deck(article=large_deck).ids(),
        "kinds": tuple(study_kinds),
        "hold_until_read": learner.hold_until_read,
        "study_day": now.date(),
    }
    expected = [tuple(row) for row in new_question_window(**values, unseen=kinds, counted=False)]
    assert [tuple(row) for row in queue.new_window_of_kinds(kinds)] == expected


def test_a_learners_first_card_of_the_day_reads_one_window(large_deck, django_assert_num_queries):
    """No kind is met yet: the first window holds the first question of every kind left."""
    learner = learner_settings_for(user=make_user())
    now = timezone.now()
    queue = StudyQueue(
        user=learner.user, deck=Deck(article=large_deck), learner=learner, now=now, since=now
    )
    # The due card (none), today's counts, and the window with the chosen question's text.
    with django_assert_num_queries(3):
        item = queue.next_item
    assert item.card is None
    assert item.question.kind == QuestionKind.CHOICE  # the easiest kind comes first


def test_the_new_count_stops_past_the_cap_as_the_due_count_does(large_deck):
    learner = learner_settings_for(user=make_user())
    learner.new_cards_per_day = 1_000
    now = timezone.now()
    queue = StudyQueue(
        user=learner.user, deck=Deck(article=large_deck), learner=learner, now=now, since=now
    )
    assert queue.new_questions().count() > QUEUE_COUNT_CAP + 1
    assert queue.new == QUEUE_COUNT_CAP + 1
    assert queue.new_shown == f"{QUEUE_COUNT_CAP}+"
    learner.new_cards_per_day = 30
    queue = StudyQueue(
        user=learner.user, deck=Deck(article=large_deck), learner=learner, now=now, since=now
    )
    assert (queue.new, queue.new_shown) == (30, "30")


def test_a_limit_past_the_window_is_counted_with_the_window(large_deck, django_assert_num_queries):
    """The window then ends each row with the new count: the card and its counts cost what a
    learner with a small limit pays."""
    learner = learner_settings_for(user=make_user())
    learner.new_cards_per_day = 1_000
    now = timezone.now()
    queue = StudyQueue(
        user=learner.user, deck=Deck(article=large_deck), learner=learner, now=now, since=now
    )
    with django_assert_num_queries(3):
        assert queue.next_item.card is None
        assert (queue.new, queue.due) == (QUEUE_COUNT_CAP + 1, 0)
