"""A learner's own data: JSON with cards, reviews and settings; a review CSV FSRS tools can fit."""

import csv
import io
import json
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

from content.models import QuestionStatus
from quizzes.exporting import REVIEW_COLUMNS
from quizzes.fitting import review_history
from quizzes.models import CardState, LearnerCard, ReviewLog
from quizzes.services import learner_settings_for
from quizzes.study_day import study_day_of
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

CARDS = 25


def study_history(user, article, *, cards: int, reviews_per_card: int) -> int:
    """Reviews at varied hours, each with the study day the learner's settings give it."""
    learner = learner_settings_for(user=user)
    rng = random.Random(11)
    start = timezone.now() - timedelta(days=150)
    total = 0
    for question in article.questions.filter(status=QuestionStatus.PUBLISHED)[:cards]:
        card = LearnerCard.objects.create(
            user=user, question=question, due=start, state=CardState.REVIEW
        )
        day, interval, logs, state = 0, 1, [], CardState.NEW
        for index in range(reviews_per_card):
            rating = 3
            if index:
                rating = 3 if rng.random() < 0.85**interval else 1
                day += interval
                interval = interval * 2 + rng.randint(0, 2) if rating == 3 else 1
            # Daytime in New York, so that consecutive days stay distinct study days.
            moment = start.replace(hour=14) + timedelta(
                days=day, hours=rng.randint(0, 8), minutes=rng.randint(0, 59)
            )
            logs.append(
                ReviewLog(
                    card=card,
                    user=user,
                    kind=question.kind,
                    rating=rating,
                    reviewed_at=moment,
                    study_day=study_day_of(learner, moment),
                    duration_ms=rng.randint(1500, 20000),
                    state_before=state,
                    card_before={},
                    shown_reps=index,
                )
            )
            state = CardState.REVIEW if rating == 3 else CardState.RELEARNING
        ReviewLog.objects.bulk_create(logs)
        total += len(logs)
    return total


@pytest.fixture
def learner_with_history(client):
    user = make_user()
    learner = learner_settings_for(user=user)
    learner.time_zone, learner.day_starts_at = "America/New_York", 5
    learner.save()
    article = make_article()
    # Twenty-five cards need twenty-five questions: publish every one the generator made (28
    # of the sample article at this writing, fewer as its rules grow stricter).
    article.questions.update(status=QuestionStatus.PUBLISHED)
    assert article.questions.count() >= CARDS
    total = study_history(user, article, cards=CARDS, reviews_per_card=8)
    client.force_login(user)
    return user, total


def items_from_csv(rows: list[dict], *, time_zone: str, day_starts_at: int) -> list[FSRSItem]:
    """What an FSRS tool does with the CSV: whole study days in the learner's zone."""
    zone = ZoneInfo(time_zone)
    by_card = defaultdict(list)
    for row in rows:
        by_card[int(row["card_id"])].append(row)
    items = []
    for card_id in sorted(by_card):
        history, previous, spans_days = [], None, False
        for row in sorted(by_card[card_id], key=lambda r: int(r["review_time"])):
            moment = datetime.fromtimestamp(int(row["review_time"]) / 1000, UTC).astimezone(zone)
            day = (moment - timedelta(hours=day_starts_at)).date()
            gap = (day - (previous or day)).days
            spans_days = spans_days or gap > 0
            history.append(FSRSReview(int(row["review_rating"]), gap))
            previous = day
            if len(history) > 1 and spans_days:
                items.append(FSRSItem(list(history)))
    return items


def test_review_csv_fits_the_same_parameters_as_the_database(client, learner_with_history):
    user, total = learner_with_history
    response = client.get(reverse("quizzes:my_reviews"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert ".csv" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == REVIEW_COLUMNS
    rows = list(reader)
    assert len(rows) == total
    assert {row["review_state"] for row in rows} <= {"0", "1", "2", "3"}
    first = ReviewLog.objects.filter(user=user).order_by("reviewed_at", "pk").first()
    assert rows[0] == {
        "card_id": str(first.card_id),
        "review_time": str(int(first.reviewed_at.timestamp() * 1000)),
        "review_rating": str(first.rating),
        "review_state": "0",
        "review_duration": str(first.duration_ms),
    }

    settings = client.get(reverse("quizzes:my_data")).json()["settings"]
    from_csv = items_from_csv(
        rows, time_zone=settings["time_zone"], day_starts_at=settings["day_starts_at"]
    )
    from_database = review_history(user=user).items
    assert len(from_csv) == len(from_database) > 100
    defaults = learner_settings_for(user=user).fsrs_parameters
    fitted_from_csv = FSRS(defaults).compute_parameters(from_csv)
    fitted_from_database = FSRS(defaults).compute_parameters(from_database)
    assert fitted_from_csv == pytest.approx(fitted_from_database)
    assert fitted_from_csv != pytest.approx(defaults)


def test_json_holds_cards_reviews_and_settings(client, learner_with_history):
    user, total = learner_with_history
    response = client.get(reverse("quizzes:my_data"))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content.decode("utf-8"))
    assert data["format"] == "dokkai-learner-data" and data["username"] == user.get_username()
    assert data["settings"]["time_zone"] == "America/New_York"
    assert len(data["settings"]["fsrs_parameters"]) == 21
    assert len(data["cards"]) == LearnerCard.objects.filter(user=user).count() == CARDS
    assert len(data["reviews"]) == total
    card = data["cards"][0]
    assert {"id", "article", "kind", "prompt", "answer", "stability", "due", "reps"} <= set(card)
    assert "港町" in response.content.decode("utf-8"), "Japanese is written as text, not escapes"


def test_a_learner_downloads_only_their_own_data(client, learner_with_history):
    other = make_user()
    client.force_login(other)
    data = client.get(reverse("quizzes:my_data")).json()
    assert data["cards"] == [] and data["reviews"] == []
    text = client.get(reverse("quizzes:my_reviews")).content.decode("utf-8-sig")
    assert text.strip() == ",".join(REVIEW_COLUMNS)


def test_downloads_need_an_account(client):
    response = client.get(reverse("quizzes:my_data"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_same_day_learning_steps_do_not_break_fitting(client, learner_with_history):
    """A new card answered twice on its first day gives no item fsrs-rs would refuse."""
    user, _total = learner_with_history
    card = LearnerCard.objects.filter(user=user).first()
    first = card.reviews.order_by("reviewed_at").first()
    ReviewLog.objects.create(
        card=card,
        user=user,
        kind=first.kind,
        rating=3,
        reviewed_at=first.reviewed_at + timedelta(minutes=10),
        study_day=first.study_day,
        state_before=CardState.LEARNING,
        card_before={},
        shown_reps=1000,
    )
    items = review_history(user=user).items
    defaults = learner_settings_for(user=user).fsrs_parameters
    assert len(FSRS(defaults).compute_parameters(items)) == 21
