"""The study queue's statements are led by the learner's own indexes whatever the statistics,
and their deck checks (a lookup by key) select what the plain joins select."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import F
from django.utils import timezone

from content.models import QuestionKind, QuestionOrigin, QuestionStatus
from quizzes.decks import Deck
from quizzes.models import CardState, LearnerCard, ReviewLog
from quizzes.queue import deck_cards, deck_reviews, next_due_cards
from quizzes.selectors import decks_with_due_counts
from quizzes.words import knows_any_word
from tests.factories import SAMPLE_MARKDOWN, make_article, make_user
from tests.quizzes.test_study_queries import grow_deck

pytestmark = pytest.mark.django_db


def review(card, *, at):
    return ReviewLog.objects.create(
        card=card,
        user=card.user,
        kind=card.question.kind,
        rating=3,
        reviewed_at=at,
        study_day=at.date(),
        state_before=CardState.REVIEW,
        card_before={},
        shown_reps=card.reps + 100 + card.reviews.count(),
    )


@pytest.fixture
def two_decks():
    """A learner with cards in two articles, a suspended card, a retired question, and a
    second learner's cards in the same article; reviews in this session and before it."""
    learner, other = make_user(), make_user()
    article, elsewhere = (
        make_article(),
        make_article(text=SAMPLE_MARKDOWN.replace("港町の小さな博物館", "山の小さな図書館")),
    )
    grow_deck(user=learner, article=article, cards=30)
    grow_deck(user=learner, article=elsewhere, cards=20)
    cards = list(LearnerCard.objects.filter(user=learner).select_related("question"))
    LearnerCard.objects.bulk_create(
        LearnerCard(
            user=other,
            question=card.question,
            kind=card.kind,
            article_id=card.article_id,
            sentence_id=card.sentence_id,
            due=card.due,
        )
        for card in cards[:10]
    )
    cards[0].suspended = True
    cards[0].save()
    cards[1].question.status = QuestionStatus.RETIRED
    cards[1].question.save()
    now = timezone.now()
    since = now - timedelta(minutes=10)
    for n, card in enumerate(cards):
        review(card, at=now - timedelta(minutes=n))
    for card in LearnerCard.objects.filter(user=other).select_related("question")[:5]:
        review(card, at=now)
    return learner, article, since, now


def plain_deck_cards(*, user, deck: Deck, kinds=()):
    where = {"user": user, "suspended": False, **deck.question_filter("question__")}
    if kinds:
        where["question__kind__in"] = list(kinds)
    return LearnerCard.objects.filter(**where)


@pytest.mark.parametrize("kinds", [(), (QuestionKind.CLOZE,), (QuestionKind.CHOICE,)])
def test_deck_cards_are_the_joined_definition(two_decks, kinds):
    learner, article, _, _ = two_decks
    for deck in (Deck(article=article), Deck(article=article, section=article.sections.first())):
        got = set(
            deck_cards(user_id=learner.pk, deck=deck, kinds=kinds).values_list("pk", flat=True)
        )
        want = set(
            plain_deck_cards(user=learner, deck=deck, kinds=kinds).values_list("pk", flat=True)
        )
        assert got == want
        assert got or kinds == (QuestionKind.CHOICE,)


def test_session_reviews_are_the_joined_definition(two_decks):
    learner, article, since, _ = two_decks
    deck = Deck(article=article)
    plain = ReviewLog.objects.filter(
        user=learner, reviewed_at__gte=since, **deck.question_filter("card__question__")
    )
    got = set(deck_reviews(user_id=learner.pk, deck=deck, since=since).values_list("pk", flat=True))
    assert got == set(plain.values_list("pk", flat=True))
    # Some of the learner's session reviews are elsewhere or of a retired question: not counted.
    session = ReviewLog.objects.filter(user=learner, reviewed_at__gte=since).count()
    assert 0 < len(got) < session


def test_owned_words_deck_counts_only_the_owners_cards(two_decks):
    learner, article, since, _ = two_decks
    card = LearnerCard.objects.filter(user=learner, question__article=article).last()
    card.question.owner = learner
    card.question.origin = QuestionOrigin.LEARNER
    card.question.save()
    deck = Deck(owner_id=learner.pk)
    assert list(
        deck_cards(user_id=learner.pk, deck=deck, kinds=()).values_list("pk", flat=True)
    ) == [card.pk]
    assert deck_reviews(user_id=learner.pk, deck=deck, since=since).count() == (
        card.reviews.filter(reviewed_at__gte=since).count()
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's EXPLAIN QUERY PLAN")
def test_next_card_statement_is_led_by_the_learners_indexes_after_analyze(two_decks):
    """After ANALYZE (which `PRAGMA optimize` runs), SQLite once walked every question of the
    deck to count the session's reviews. The statement must search, never scan, its tables:
    the cards by (user, article, due), the reviews by (user, time), and each question by its
    key. Led by (user, due) alone, it walked the learner's due cards of every other deck."""
    learner, article, since, now = two_decks
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    statement = next_due_cards(
        user_id=learner.pk,
        article_id=article.pk,
        section_id=None,
        owner_id=None,
        kinds=(),
        now=now,
        since=since,
        day_start=now - timedelta(hours=2),
    )
    plan = statement.explain()
    steps = [line.split(" ", 3)[3] for line in plan.splitlines()]
    scans = [step for step in steps if step.startswith("SCAN") and step != "SCAN counted"]
    assert scans == [], plan
    searched = [step for step in steps if step.startswith("SEARCH")]
    assert any("USING INDEX card_user_article_due" in step for step in searched), plan
    assert any("USING INDEX review_user_time" in step for step in searched), plan
    # Cards and questions are otherwise looked up by their keys: never led from the deck's
    # questions (the article's index), then to their cards, then to their reviews.
    led = ("card_user_article_due", "review_user_time", "INTEGER PRIMARY KEY")
    assert [step for step in searched if not any(index in step for index in led)] == [], plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's EXPLAIN QUERY PLAN")
def test_whether_a_learner_knows_any_word_is_found_by_the_word_cards_index(two_decks):
    """Each answer asks it. Reached through the question, it walked every mature card of the
    learner (30 ms an answer at 100,000 mature cards); the card's kind finds word cards by range."""
    learner, *_ = two_decks
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    plan = LearnerCard.objects.filter(knows_any_word(learner.pk)).explain()
    assert "USING COVERING INDEX card_user_kind_stability" in plan or (
        "USING INDEX card_user_kind_stability" in plan
    ), plan
    assert "content_question" not in plan, plan


def test_a_card_keeps_its_questions_kind_and_article_however_it_is_made(two_decks):
    _learner, article, *_ = two_decks
    question = article.questions.filter(kind=QuestionKind.VOCAB).first()
    other = make_user()
    made = LearnerCard.objects.create(user=other, question=question, due=timezone.now())
    assert (made.kind, made.article_id) == (QuestionKind.VOCAB, article.pk)
    assert not LearnerCard.objects.exclude(kind=F("question__kind")).exists()
    assert not LearnerCard.objects.exclude(article=F("question__article")).exists()


def test_the_study_homes_due_counts_are_the_joined_definition(two_decks):
    learner, _article, _, now = two_decks
    LearnerCard.objects.filter(user=learner).update(due=now - timedelta(minutes=1))
    got = {deck.pk: deck.due for deck in decks_with_due_counts(user=learner, now=now)}
    plain = LearnerCard.objects.filter(
        user=learner,
        suspended=False,
        due__lte=now,
        question__status=QuestionStatus.PUBLISHED,
        question__owner__isnull=True,
    )
    want = {
        pk: plain.filter(question__article_id=pk).count() or None for pk in got
    }  # an article without due cards shows none
    assert got == want
    assert len([n for n in got.values() if n]) == 2, "both articles have due cards"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's EXPLAIN QUERY PLAN")
def test_the_study_homes_due_counts_are_found_by_each_articles_range(two_decks):
    """Through the question, each article walked every due card of the learner (85 ms for 23
    articles and 6,000 due cards)."""
    learner, _, _, now = two_decks
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    plan = decks_with_due_counts(user=learner, now=now).explain()
    assert "USING INDEX card_user_article_due" in plan, plan
    assert "card_user_due " not in plan, plan
