"""A learner's own data, to take elsewhere: cards, review log and settings.

The review CSV uses the column order FSRS tools read (the FSRS optimizer's
revlog schema): card id, review time in milliseconds since the Unix epoch
(UTC), rating 1–4, the card's state before the review (0 new, 1 learning,
2 review, 3 relearning) and the time taken in milliseconds.
"""

from collections.abc import Iterator

from django.utils import timezone

from config.downloads import csv_text
from quizzes.models import LearnerCard, LearnerSettings, ReviewLog

FORMAT_VERSION = 1
REVIEW_COLUMNS = ["card_id", "review_time", "review_rating", "review_state", "review_duration"]


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def _settings(learner: LearnerSettings) -> dict:
    return {
        "desired_retention": learner.desired_retention,
        "new_cards_per_day": learner.new_cards_per_day,
        "day_starts_at": learner.day_starts_at,
        "time_zone": learner.time_zone,
        "fsrs_parameters": learner.fsrs_parameters,
        "study_kinds": learner.study_kinds,
    }


def _cards(user) -> Iterator[dict]:
    cards = (
        LearnerCard.objects.filter(user=user)
        .select_related("question__article", "question__section")
        .order_by("pk")
    )
    for card in cards.iterator(chunk_size=2000):
        question = card.question
        yield {
            "id": card.pk,
            "article": question.article.slug,
            "section": question.section.display_heading if question.section else "",
            "kind": question.kind,
            "prompt": question.prompt,
            "answer": question.answer,
            "state": card.state,
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due": _iso(card.due),
            "last_review": _iso(card.last_review),
            "reps": card.reps,
            "lapses": card.lapses,
            "suspended": card.suspended,
            "leech": card.leech,
        }


def _reviews(user):
    return ReviewLog.objects.filter(user=user).order_by("reviewed_at", "pk")


def learner_data(*, user, learner: LearnerSettings) -> dict:
    """Everything Dokkai keeps about a learner's studying, as JSON-ready values."""
    reviews = _reviews(user).values(
        "id",
        "card_id",
        "kind",
        "rating",
        "reviewed_at",
        "study_day",
        "duration_ms",
        "response",
        "correct",
        "state_before",
    )
    return {
        "format": "dokkai-learner-data",
        "version": FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "username": user.get_username(),
        "settings": _settings(learner),
        "cards": list(_cards(user)),
        "reviews": [
            {
                **review,
                "reviewed_at": review["reviewed_at"].isoformat(),
                "study_day": review["study_day"].isoformat(),
            }
            for review in reviews.iterator(chunk_size=5000)
        ],
    }


def review_log_csv(*, user) -> str:
    rows = (
        (card_id, int(reviewed_at.timestamp() * 1000), rating, state, duration)
        for card_id, reviewed_at, rating, state, duration in _reviews(user)
        .values_list("card_id", "reviewed_at", "rating", "state_before", "duration_ms")
        .iterator(chunk_size=5000)
    )
    return csv_text(header=REVIEW_COLUMNS, rows=rows)
