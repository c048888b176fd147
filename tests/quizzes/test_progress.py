"""Each dashboard figure on constructed histories, with exact expected values."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from content.models import QuestionKind, QuestionStatus
from quizzes.models import CardState, LearnerCard, ReviewLog
from quizzes.progress import dashboard_for, streak_length
from quizzes.services import learner_settings_for
from quizzes.study_day import study_day_of
from tests.factories import make_user

pytestmark = pytest.mark.django_db
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=TOKYO)  # a Friday, noon in Tokyo


@pytest.fixture
def learner():
    return make_user()


def card(user, question, **fields):
    defaults = {
        "state": CardState.REVIEW,
        "stability": 10.0,
        "difficulty": 5.0,
        "due": NOW + timedelta(days=3),
        "reps": 1,
        "last_review": NOW - timedelta(days=3),
    }
    return LearnerCard.objects.create(user=user, question=question, **{**defaults, **fields})


def review(card_, at, *, rating=3, state_before=CardState.REVIEW, correct=True, duration_ms=5000):
    return ReviewLog.objects.create(
        card=card_,
        user=card_.user,
        kind=card_.question.kind,
        rating=rating,
        reviewed_at=at,
        study_day=study_day_of(learner_settings_for(user=card_.user), at),
        duration_ms=duration_ms,
        correct=correct,
        state_before=state_before,
        card_before={},
        shown_reps=ReviewLog.objects.filter(card=card_).count(),
    )


def board(user, **settings):
    learner = learner_settings_for(user=user)
    for name, value in settings.items():
        setattr(learner, name, value)
    learner.save()
    return dashboard_for(user=user, learner=learner, now=NOW)


def questions(article, n):
    return list(article.questions.filter(status=QuestionStatus.PUBLISHED).order_by("id")[:n])


def test_streak_length_counts_back_from_today_or_yesterday():
    today = date(2026, 11, 20)
    assert streak_length({today, today - timedelta(days=1), today - timedelta(days=2)}, today) == 3
    assert streak_length({today - timedelta(days=1), today - timedelta(days=2)}, today) == 2
    assert streak_length({today - timedelta(days=2)}, today) == 0
    assert streak_length(set(), today) == 0


def test_streak_respects_the_day_boundary_and_time_zone(learner, article):
    c = card(learner, questions(article, 1)[0])
    # 03:30 Tokyo on the 20th belongs to the 19th (the day starts at 04:00).
    review(c, datetime(2026, 11, 20, 3, 30, tzinfo=TOKYO))
    review(c, datetime(2026, 11, 18, 23, 0, tzinfo=TOKYO))
    review(c, datetime(2026, 11, 17, 10, 0, tzinfo=TOKYO))
    assert board(learner).streak == 3  # the 17th, 18th and 19th; today (20th) not yet studied
    review(c, datetime(2026, 11, 20, 4, 30, tzinfo=TOKYO))
    assert board(learner).streak == 4
    # A learner in New York with a midnight boundary puts the same moments on other days:
    # the 16th (20:00), the 18th (09:00) and the 19th (13:30 and 14:30).
    new_yorker = make_user()
    board(new_yorker, time_zone="America/New_York", day_starts_at=0)
    c = card(new_yorker, questions(article, 1)[0])
    for moment in [(11, 20, 3, 30), (11, 18, 23, 0), (11, 17, 10, 0), (11, 20, 4, 30)]:
        review(c, datetime(2026, *moment, tzinfo=TOKYO))
    ny = board(new_yorker)
    assert ny.today == date(2026, 11, 19)
    assert ny.streak == 2


def test_reviews_today_and_time(learner, article):
    c = card(learner, questions(article, 1)[0])
    review(c, datetime(2026, 11, 20, 9, 0, tzinfo=TOKYO), duration_ms=4000)
    review(c, datetime(2026, 11, 20, 11, 0, tzinfo=TOKYO), duration_ms=6000)
    review(c, datetime(2026, 11, 20, 3, 0, tzinfo=TOKYO), duration_ms=1000)  # yesterday's study day
    review(c, datetime(2026, 10, 1, 9, 0, tzinfo=TOKYO), duration_ms=500)
    result = board(learner)
    assert result.reviews_today == 2
    assert result.time_today_ms == 10_000
    assert result.time_7_ms == 11_000
    assert result.time_30_ms == 11_000  # the review on October 1st is older than 30 days


def test_true_retention_counts_review_state_answers_that_were_not_again(learner, article):
    c = card(learner, questions(article, 1)[0])
    for days_ago, rating, state in [
        (1, 3, CardState.REVIEW),
        (2, 1, CardState.REVIEW),
        (3, 2, CardState.REVIEW),
        (6, 4, CardState.REVIEW),
        (2, 1, CardState.LEARNING),  # not a review-state answer: ignored
        (10, 1, CardState.REVIEW),
        (20, 3, CardState.REVIEW),
        (40, 1, CardState.REVIEW),
    ]:
        review(c, NOW - timedelta(days=days_ago), rating=rating, state_before=state)
    result = board(learner)
    assert (result.retention_7.passed, result.retention_7.answered) == (3, 4)
    assert result.retention_7.rate == 0.75
    assert (result.retention_30.passed, result.retention_30.answered) == (4, 6)


def test_due_counts_forecast_and_overdue_cards(learner, article):
    qs = questions(article, 5)
    card(learner, qs[0], due=NOW - timedelta(days=2))  # overdue: due now, counted today
    card(learner, qs[1], due=NOW - timedelta(minutes=5))
    card(
        learner, qs[2], due=datetime(2026, 11, 21, 3, 0, tzinfo=TOKYO)
    )  # before 04:00: still today
    card(learner, qs[3], due=datetime(2026, 11, 21, 5, 0, tzinfo=TOKYO))  # tomorrow
    card(learner, qs[4], due=NOW + timedelta(days=40))  # beyond the forecast
    result = board(learner)
    assert result.due_now == 2
    assert result.due_today == 3
    forecast = dict(result.forecast)
    assert len(result.forecast) == 30
    assert forecast[date(2026, 11, 20)] == 3
    assert forecast[date(2026, 11, 21)] == 1
    assert sum(forecast.values()) == 4


def test_heatmap_counts_reviews_per_study_day(learner, article):
    c = card(learner, questions(article, 1)[0])
    review(c, datetime(2026, 11, 19, 8, 0, tzinfo=TOKYO))
    review(c, datetime(2026, 11, 20, 3, 59, tzinfo=TOKYO))
    review(c, datetime(2026, 11, 20, 4, 0, tzinfo=TOKYO))
    review(c, datetime(2024, 1, 1, 12, 0, tzinfo=TOKYO))  # older than a year
    heatmap = board(learner).heatmap
    assert heatmap == {date(2026, 11, 19): 2, date(2026, 11, 20): 1}


def test_mastery_counts_mature_cards_only(learner, article):
    """Mature is Anki's word: in review with a stability of 21 days or more, whatever R is now."""
    qs = questions(article, 5)
    card(learner, qs[0], stability=21.0, last_review=NOW - timedelta(days=30))  # mature, R < 0.9
    card(learner, qs[1], stability=20.9, last_review=NOW - timedelta(hours=1))  # young, R ≈ 1
    card(learner, qs[2], stability=3.0, last_review=NOW)  # young, just reviewed
    card(learner, qs[3], state=CardState.LEARNING, stability=0.5, last_review=NOW)
    card(learner, qs[4], state=CardState.RELEARNING, stability=30.0, last_review=NOW)
    result = board(learner)
    assert (result.cards, result.learning, result.young, result.mature) == (5, 2, 2, 1)
    [row] = result.articles
    total = article.questions.filter(status=QuestionStatus.PUBLISHED).count()
    assert (row.mature, row.studied, row.total) == (1, 5, total)
    assert row.mature_share == pytest.approx(1 / total)
    assert sum(section.studied for section in result.sections) == 5


def test_a_first_session_masters_nothing(client, learner, article, clock):
    """Issue 10, finding 1: 20 of 20 "mastered" right after one session."""
    from tests.quizzes.study_helpers import show, study_one

    client.force_login(learner)
    studied = 0
    while show(client, article).get("question"):
        study_one(client, article, rating=4)
        studied += 1
    result = dashboard_for(user=learner, learner=learner_settings_for(user=learner), now=clock.now)
    assert result.cards == studied >= 5
    assert result.mature == 0
    assert all(section.mature_share == 0 for section in result.sections)


def test_accuracy_per_kind_and_leeches(learner, article):
    # The board counts cards of published questions only.
    published = article.questions.filter(status=QuestionStatus.PUBLISHED)
    cloze = published.filter(kind=QuestionKind.CLOZE).first()
    choice = published.filter(kind__in=[QuestionKind.CHOICE, QuestionKind.WH]).first()
    a, b = card(learner, cloze), card(learner, choice, leech=True, suspended=True, lapses=8)
    review(a, NOW - timedelta(hours=1), correct=True)
    review(a, NOW - timedelta(hours=2), correct=False)
    review(b, NOW - timedelta(hours=3), correct=True)
    review(b, NOW - timedelta(hours=4), correct=None)  # self-rated: not graded
    result = board(learner)
    accuracy = {row.kind: (row.right, row.graded) for row in result.kinds}
    assert accuracy == {"cloze": (1, 2), choice.kind: (1, 1)}
    assert [c.pk for c in result.leeches] == [b.pk]


def test_new_available_respects_the_daily_limit(learner, article):
    c = card(learner, questions(article, 1)[0], state=CardState.LEARNING)
    review(c, NOW - timedelta(hours=1), state_before=CardState.NEW)
    assert board(learner, new_cards_per_day=3).new_available == 2


def test_the_dashboard_runs_a_constant_number_of_queries(article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (3, 30):
        user = make_user()
        for index, question in enumerate(questions(article, size)):
            c = card(user, question, leech=index % 7 == 0)
            for day in range(index % 5 + 1):
                review(c, NOW - timedelta(days=day * 3), correct=day % 2 == 0)
        settings = learner_settings_for(user=user)
        with CaptureQueriesContext(connection) as queries:
            dashboard_for(user=user, learner=settings, now=NOW)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 13


def test_every_section_of_a_studied_article_has_its_row(learner, article):
    """Unstudied sections were left out, so the rows did not add up to the article's; and
    with two sections studied, each section's total was counted twice."""
    published = article.questions.filter(status=QuestionStatus.PUBLISHED).order_by("id")
    first = published.first()
    card(learner, first)
    card(learner, published.exclude(section=first.section).first())
    result = board(learner)
    [row] = result.articles
    sections = {
        question.section_id
        for question in article.questions.filter(status=QuestionStatus.PUBLISHED)
    }
    assert {section.section_id for section in result.sections} == sections
    assert sum(section.total for section in result.sections) == row.total
    assert [
        section.studied for section in result.sections if section.section_id == first.section_id
    ] == [1]
