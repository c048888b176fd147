"""Finding 3: a generation in progress never makes learners' reviews wait or fail.

The generation is paused in the middle of its work (after analysing the article, while
ranking the article's questions) and learners rate cards meanwhile. Before the fix the
whole run was one transaction holding SQLite's write lock: the rating failed with
"database is locked". Runs on SQLite and PostgreSQL.
"""

import threading
import time

import pytest
from django.db import close_old_connections, connection
from django.utils import timezone

from content.generation import service
from content.models import QuestionStatus
from quizzes.services import learner_settings_for, record_review
from quizzes.tokens import GradedAnswer, ShownCard
from tests.factories import SAMPLE_MARKDOWN, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)
WAIT = 60


class PausedGeneration:
    """Regenerate an article in a thread that stops at its first ranking until released."""

    def __init__(self, article, monkeypatch):
        self.paused, self.release = threading.Event(), threading.Event()
        self.errors: list[BaseException] = []
        real_rank = service.rank_article

        def rank_then_wait(drafts_by_section):
            if not self.paused.is_set():
                self.paused.set()
                self.release.wait(WAIT)
            return real_rank(drafts_by_section)

        monkeypatch.setattr(service, "rank_article", rank_then_wait)
        self.thread = threading.Thread(target=self._run, args=(article,))

    def _run(self, article) -> None:
        try:
            service.regenerate_questions(article=article)
        except BaseException as error:  # reported to the test
            self.errors.append(error)
        finally:
            close_old_connections()

    def __enter__(self):
        self.thread.start()
        assert self.paused.wait(WAIT), "the generation never reached its pause"
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join(WAIT)
        assert not self.thread.is_alive()


def rate(user, question, *, reps: int = 0) -> bool:
    answer = GradedAnswer(
        shown=ShownCard(user_id=user.pk, question_id=question.pk, reps=reps, shown_at=time.time()),
        response="",
        correct=None,
        duration_ms=1500,
    )
    outcome = record_review(
        user=user,
        question_id=question.pk,
        answer=answer,
        rating=3,
        learner=learner_settings_for(user=user),
        now=timezone.now(),
    )
    return outcome.recorded


def test_a_rating_is_recorded_at_once_while_a_generation_is_in_progress(monkeypatch):
    article = make_article(text=SAMPLE_MARKDOWN)
    learner = make_user()
    questions = list(article.questions.filter(status=QuestionStatus.PUBLISHED)[:3])
    learner_settings_for(user=learner)

    with PausedGeneration(article, monkeypatch) as generation:
        started = time.monotonic()
        recorded = [rate(learner, question) for question in questions]
        elapsed = time.monotonic() - started
        assert generation.thread.is_alive(), "the generation is still in progress"

    assert recorded == [True, True, True]
    assert elapsed < 2, f"the ratings waited {elapsed:.1f} s on the generation"
    assert not generation.errors, generation.errors
    assert learner.reviews.count() == 3


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="the test database is SQLite in memory (shared cache): concurrent writers fail "
    "at once instead of waiting, unlike the WAL file the app runs on",
)
def test_concurrent_raters_during_a_generation_record_exactly_one_review(monkeypatch):
    article = make_article(text=SAMPLE_MARKDOWN)
    learner = make_user()
    question = article.questions.filter(status=QuestionStatus.PUBLISHED).first()
    learner_settings_for(user=learner)
    results: list[bool] = []
    barrier = threading.Barrier(12)

    def rater() -> None:
        try:
            barrier.wait(WAIT)
            results.append(rate(learner, question))
        finally:
            close_old_connections()

    with PausedGeneration(article, monkeypatch) as generation:
        raters = [threading.Thread(target=rater) for _ in range(12)]
        for thread in raters:
            thread.start()
        for thread in raters:
            thread.join(WAIT)

    assert sorted(results) == [False] * 11 + [True]
    assert learner.reviews.count() == 1
    assert not generation.errors
