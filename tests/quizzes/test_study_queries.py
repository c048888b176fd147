"""The next-card and answer requests cost a constant number of queries, whatever the deck size."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.models import Question, QuestionKind, QuestionStatus
from quizzes.models import CardState, KnownWord, LearnerCard, ReviewLog
from quizzes.services import GRADING_PRUNE_EVERY, learner_settings_for
from tests.factories import make_article, make_user
from tests.quizzes.study_helpers import answer, rate, show

pytestmark = pytest.mark.django_db
# One queue build per request (issue 10): session, user, the learner's settings with the deck's
# article (one statement), then the next due card with its counts in one statement, and the new
# cards left in the deck. Answering reads the card with its question, the learner's settings and
# the article's visibility in one statement, writes the grading (in a savepoint here, as the test
# runs in a transaction: two statements more), and the feedback's sentence with furigana reads
# the learner's known words (marked, and by mature cards) when that statement found that the
# learner knows any (one statement fewer if not). Rating locks the card with its question,
# writes the card and the review, then shows the next card.
NEXT_CARD_QUERIES = 5
ANSWER_QUERIES = 7
RATE_QUERIES = 10


def pruning_queries() -> int:
    """The queries the latest review spent pruning old gradings (see `record_review`).

    Every GRADING_PRUNE_EVERY-th review also reads the learner's consumed gradings older than
    a day (one statement; none is that old here, so nothing is deleted). Which request pays
    depends on the review's key, and PostgreSQL does not roll sequences back between tests:
    the CI's PostgreSQL run once met it on this test's rating.
    """
    return 1 if ReviewLog.objects.latest("pk").pk % GRADING_PRUNE_EVERY == 0 else 0


def grow_deck(*, user, article, cards: int) -> None:
    """Add `cards` published questions with reviewed cards (half due) and a review log each."""
    # A blank about the sentence's year: a choice now that numbers are never typed.
    template = article.questions.filter(kind__in=[QuestionKind.CLOZE, QuestionKind.CHOICE]).first()
    now = timezone.now()
    questions = Question.objects.bulk_create(
        Question(
            article=article,
            section=template.section,
            sentence=template.sentence,
            source_text=template.source_text,
            kind=QuestionKind.CLOZE,
            prompt=f"{template.prompt} {n}",
            answer=template.answer,
            generator="bench",
            fingerprint=f"bench-{n}",
            status=QuestionStatus.PUBLISHED,
        )
        for n in range(cards)
    )
    created = LearnerCard.objects.bulk_create(
        LearnerCard(
            user=user,
            question=question,
            kind=question.kind,
            article_id=question.article_id,
            sentence_id=question.sentence_id,
            state=CardState.REVIEW,
            stability=5.0,
            difficulty=5.0,
            due=now + timedelta(days=(n % 2) * 3 - 1),
            last_review=now - timedelta(days=4),
            reps=3,
        )
        for n, question in enumerate(questions)
    )
    ReviewLog.objects.bulk_create(
        ReviewLog(
            card=card,
            user=user,
            kind=QuestionKind.CLOZE,
            rating=3,
            reviewed_at=now - timedelta(days=4),
            study_day=(now - timedelta(days=4)).date(),
            state_before=CardState.REVIEW,
            card_before={},
            shown_reps=2,
        )
        for card in created
    )


def measure(client, article) -> tuple[int, int, int]:
    with CaptureQueriesContext(connection) as next_card:
        context = show(client, article)
    # The card screen reads only the question's columns it shows: the answer is read here.
    right = Question.objects.get(pk=context["question"].pk).answer
    with CaptureQueriesContext(connection) as graded:
        feedback = answer(client, article, context["token"], right)
    with CaptureQueriesContext(connection) as rated:
        rate(client, article, feedback.context["graded_token"], 3)
    return len(next_card), len(graded), len(rated) - pruning_queries()


@pytest.mark.parametrize("cards", [10, 10_000])
def test_constant_queries(client, cards, django_assert_max_num_queries):
    user = make_user()
    client.force_login(user)
    article = make_article()
    grow_deck(user=user, article=article, cards=cards)
    KnownWord.objects.create(user=user, lemma="港町")  # the feedback asks which words are known
    show(client, article)  # session and settings rows exist from here on
    with django_assert_max_num_queries(NEXT_CARD_QUERIES):
        context = show(client, article)
    right = Question.objects.get(pk=context["question"].pk).answer
    with django_assert_max_num_queries(ANSWER_QUERIES):
        feedback = answer(client, article, context["token"], right)
    with CaptureQueriesContext(connection) as rated:
        rate(client, article, feedback.context["graded_token"], 3)
    assert len(rated) <= RATE_QUERIES + pruning_queries()


@pytest.mark.parametrize("knows_a_word", [True, False])
def test_a_new_cards_answer_costs_what_a_studied_cards_does(
    client, django_assert_num_queries, knows_a_word
):
    """The question and the learner's card are one read, whether the card exists yet or not;
    the known words are read only for a learner who knows any."""
    user = make_user()
    client.force_login(user)
    article = make_article()
    if knows_a_word:
        KnownWord.objects.create(user=user, lemma="港町")
    show(client, article)
    context = show(client, article)
    assert context["item"].card is None, "a new card"
    right = Question.objects.get(pk=context["question"].pk).answer
    with django_assert_num_queries(ANSWER_QUERIES - (0 if knows_a_word else 1)):
        feedback = answer(client, article, context["token"], right)
    assert feedback.context["graded"].correct
    assert "1分" in feedback.content.decode(), "Again on a new card: its first learning step"


def test_query_counts_do_not_grow_with_the_deck(client):
    counts = []
    for cards in (10, 2_000):
        user = make_user()
        client.force_login(user)
        article = make_article(
            text=f"# 題{cards}\n\n港町の博物館は1987年に開館した。館長の田中一郎は道具を展示している。"
        )
        grow_deck(user=user, article=article, cards=cards)
        show(client, article)
        counts.append(measure(client, article))
    assert counts[0] == counts[1]


def test_the_card_screen_counts_due_cards_up_to_99(client):
    user = make_user()
    client.force_login(user)
    article = make_article()
    grow_deck(user=user, article=article, cards=300)  # 150 due
    context = show(client, article)
    assert context["queue"].due == 100, "the count stops one past the cap"
    assert "99+" in context["queue"].due_shown
    assert "99+" in client.get(f"/learn/study/article/{article.slug}/").content.decode()


def test_the_card_screen_counts_a_small_deck_exactly(client):
    user = make_user()
    client.force_login(user)
    article = make_article()
    grow_deck(user=user, article=article, cards=40)  # 20 due
    due = LearnerCard.objects.filter(user=user, due__lte=timezone.now()).count()
    context = show(client, article)
    assert context["queue"].due == due
    assert context["queue"].due_shown == str(due)


@pytest.mark.parametrize("per_day", [2, 1_000])
def test_new_cards_counted_up_to_the_daily_limit(client, per_day):
    user = make_user()
    client.force_login(user)
    article = make_article()
    learner = learner_settings_for(user=user)
    learner.new_cards_per_day = per_day
    learner.save()
    unstudied = Question.objects.filter(
        article=article, status=QuestionStatus.PUBLISHED, owner__isnull=True
    ).count()
    assert unstudied > 2
    assert show(client, article)["queue"].new == min(per_day, unstudied)
    page = client.get(f"/learn/study/article/{article.slug}/", headers={"HX-Request": "true"})
    assert f"完了 0 ・ 復習 0 ・ 新規 {min(per_day, unstudied)}</span>" in page.content.decode()
    client.cookies["django_language"] = "en"
    page = client.get(f"/learn/study/article/{article.slug}/", headers={"HX-Request": "true"})
    assert f"0 done · 0 due · {min(per_day, unstudied)} new</span>" in page.content.decode()
