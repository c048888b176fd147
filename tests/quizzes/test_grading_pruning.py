"""Gradings of shown cards that have been rated are pruned after a day, a bounded batch at a time."""

import pytest
from django.core.management import call_command

from content.models import QuestionKind
from quizzes import services
from quizzes.models import Grading, ReviewLog
from quizzes.services import GRADING_KEPT, learner_settings_for, prune_gradings
from tests.quizzes.study_helpers import answer, response_for, show, study_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(learner):
    """The shared learner, studying the kinds that are graded on an answer."""
    settings = learner_settings_for(user=learner)
    settings.study_kinds = [
        QuestionKind.CHOICE,
        QuestionKind.CLOZE,
        QuestionKind.READING,
        QuestionKind.TRUEFALSE,
    ]
    settings.save()
    return learner


def test_only_old_gradings_of_rated_cards_go(client, learner, article, clock, monkeypatch):
    # The sweep that every 100th review runs by itself would run here whenever a review's id
    # is such (CI's whole suite gave one): this test calls it, the last one tests that sweep.
    monkeypatch.setattr(services, "GRADING_PRUNE_EVERY", 10**9)
    rated = study_one(client, article)  # answered and rated: consumed once a day has passed
    waiting = show(client, article)  # answered, never rated: its grading must stay
    answer(client, article, waiting["token"], response_for(waiting["question"], right=False))
    clock.advance(days=1, minutes=1)
    recent = study_one(client, article)  # rated a minute ago: undo may still bring it back
    assert Grading.objects.count() == 3

    assert prune_gradings(before=clock.now - GRADING_KEPT, limit=100) == 1
    left = set(Grading.objects.values_list("question_id", "shown_reps"))
    # The first card's learning step came back after the day: its second showing stays.
    assert (rated.pk, 0) not in left
    assert left == {(waiting["question"].pk, 0), (recent.pk, 1 if recent == rated else 0)}
    assert ReviewLog.objects.count() == 2, "every review stays"


def test_an_unrated_answer_still_counts_after_pruning(client, learner, article, clock):
    shown = show(client, article)
    first = answer(client, article, shown["token"], response_for(shown["question"], right=False))
    assert first.context["graded"].correct is False
    clock.advance(days=3)
    call_command("prune_gradings")
    again = answer(client, article, shown["token"], response_for(shown["question"], right=True))
    assert again.context["graded"].correct is False, "the first grading still counts"
    assert again.context["graded_again"]


def test_pruning_is_bounded_and_the_command_sweeps_everything(client, learner, article, clock):
    for _ in range(3):
        study_one(client, article)
    clock.advance(days=2)
    assert prune_gradings(before=clock.now - GRADING_KEPT, limit=2) == 2
    assert Grading.objects.count() == 1
    study_one(client, article)
    clock.advance(days=2)
    call_command("prune_gradings")
    assert not Grading.objects.exists()


def test_reviews_prune_the_learners_old_gradings_as_they_go(
    client, learner, article, clock, monkeypatch
):
    monkeypatch.setattr(services, "GRADING_PRUNE_EVERY", 1)
    old = study_one(client, article)
    clock.advance(days=2)
    study_one(client, article)  # this review prunes the first showing's grading
    assert not Grading.objects.filter(question=old, shown_reps=0).exists()
    assert Grading.objects.count() == 1
