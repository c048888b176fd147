"""Driving the study views like the browser does, through htmx requests, and recording a
review at a given time."""

from quizzes.models import LearnerCard
from quizzes.services import learner_settings_for, record_review
from quizzes.tokens import GradedAnswer, ShownCard

HTMX = {"HX-Request": "true"}


def deck_url(article) -> str:
    return f"/learn/study/article/{article.slug}/"


def show(client, article):
    response = client.get(deck_url(article), headers=HTMX)
    assert response.status_code == 200
    return response.context


def answer(client, article, token, response=""):
    return client.post(
        deck_url(article) + "answer/", {"token": token, "response": response}, headers=HTMX
    )


def rate(client, article, graded, rating):
    return client.post(
        deck_url(article) + "rate/", {"graded": graded, "rating": rating}, headers=HTMX
    )


def study_one(client, article, *, rating=3, right=True):
    """Show the next card, answer it (right or wrong) and rate it; returns the question."""
    context = show(client, article)
    question = context["question"]
    feedback = answer(client, article, context["token"], response_for(question, right=right))
    rate(client, article, feedback.context["graded_token"], rating)
    return question


def response_for(question, *, right: bool) -> str:
    if question.is_self_rated:
        return ""
    if right:
        return question.answer
    if question.choices:
        return next(choice for choice in question.choices if choice != question.answer)
    return "まちがい"


def review(learner, question, now) -> None:
    """A right answer to the question rated Good, recorded at `now`."""
    card = LearnerCard.objects.filter(user=learner, question=question).first()
    shown = ShownCard(
        user_id=learner.pk,
        question_id=question.pk,
        reps=card.reps if card else 0,
        shown_at=now.timestamp(),
    )
    answer = GradedAnswer(shown=shown, response="", correct=True, duration_ms=3000)
    outcome = record_review(
        user=learner,
        question_id=question.pk,
        answer=answer,
        rating=3,
        learner=learner_settings_for(user=learner),
        now=now,
    )
    assert outcome.recorded
