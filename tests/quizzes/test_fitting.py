import random
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from fsrs.scheduler import DEFAULT_PARAMETERS

from quizzes.fitting import FitStatus, fit_parameters
from quizzes.models import CardState, FsrsFit, LearnerCard, ReviewLog
from quizzes.services import learner_settings_for
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def forgetful_history(user, article, *, cards: int, reviews_per_card: int) -> int:
    """A learner who forgets far faster than FSRS's defaults expect: R(t) = 0.9^(2t)."""
    rng = random.Random(7)
    start = timezone.now() - timedelta(days=120)
    # Drafts serve as well as published questions here: only the review history matters,
    # and the generator now publishes few questions for a short article.
    questions = list(article.questions.order_by("-status", "id")[:cards])
    total = 0
    for question in questions:
        card = LearnerCard.objects.create(
            user=user, question=question, due=start, state=CardState.REVIEW
        )
        day, interval, logs = 0, 1, []
        for index in range(reviews_per_card):
            if index:
                recalled = rng.random() < 0.9 ** (2 * interval)
                rating = 3 if recalled else 1
                day += interval
                interval = interval * 2 + rng.randint(0, 2) if recalled else 1
            else:
                rating = 3
            logs.append(
                ReviewLog(
                    card=card,
                    user=user,
                    kind=question.kind,
                    rating=rating,
                    reviewed_at=start + timedelta(days=day, hours=3),
                    study_day=(start + timedelta(days=day, hours=3)).date(),
                    state_before=CardState.NEW if index == 0 else CardState.REVIEW,
                    card_before={},
                    shown_reps=index,
                )
            )
        ReviewLog.objects.bulk_create(logs)
        total += len(logs)
    return total


def test_fitting_changes_parameters_where_the_defaults_are_clearly_wrong(article):
    user = make_user()
    # Each question is one card; spread 480 reviews over the sample's questions.
    cards = min(article.questions.count(), 40)
    total = forgetful_history(user, article, cards=cards, reviews_per_card=480 // cards + 1)
    assert total >= 400
    outcome = fit_parameters(user=user)
    assert outcome.status == FitStatus.ADOPTED
    fit = FsrsFit.objects.get(user=user)
    assert fit.log_loss_after < fit.log_loss_before
    assert fit.rmse_after < fit.rmse_before
    assert fit.review_count == total and fit.day_count >= 4
    parameters = learner_settings_for(user=user).fsrs_parameters
    assert parameters != list(DEFAULT_PARAMETERS)
    assert parameters[2] < DEFAULT_PARAMETERS[2], (
        "initial stability for Good drops for a forgetful learner"
    )


def test_fitting_leaves_short_histories_alone(article):
    user = make_user()
    forgetful_history(user, article, cards=10, reviews_per_card=5)
    outcome = fit_parameters(user=user)
    assert outcome.status == FitStatus.TOO_LITTLE_HISTORY
    assert not FsrsFit.objects.exists()
    assert learner_settings_for(user=user).fsrs_parameters == list(DEFAULT_PARAMETERS)


def test_optimize_fsrs_command(article):
    user = make_user(username="hanako")
    cards = min(article.questions.count(), 40)
    forgetful_history(user, article, cards=cards, reviews_per_card=480 // cards + 1)
    make_user(username="taro")
    out = StringIO()
    call_command("optimize_fsrs", "--user", "hanako", stdout=out)
    assert "log loss" in out.getvalue() and "adopted" in out.getvalue()
    out = StringIO()
    call_command("optimize_fsrs", "--user", "taro", stdout=out)
    assert "too little history" in out.getvalue()


def test_fit_button_runs_the_background_task(client, article):
    user = make_user()
    client.force_login(user)
    cards = min(article.questions.count(), 40)
    forgetful_history(user, article, cards=cards, reviews_per_card=480 // cards + 1)
    response = client.post("/learn/settings/fit/")
    assert response.status_code == 302
    assert FsrsFit.objects.filter(user=user, adopted=True).exists()
    assert "→" in client.get("/learn/settings/").content.decode()
