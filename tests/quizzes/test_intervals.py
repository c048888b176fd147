"""Rating buttons: a longer wait for each better rating, and Good and Easy never the same."""

from datetime import UTC, datetime, timedelta

import pytest

from quizzes.models import CardState, LearnerCard, LearnerSettings
from quizzes.scheduling import apply_review, next_intervals, scheduler_for
from quizzes.templatetags.study import interval

NOW = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)


def cards():
    yield "new", LearnerCard(due=NOW)
    for step in (0, 1):
        yield (
            f"learning step {step}",
            LearnerCard(
                state=CardState.LEARNING,
                step=step,
                stability=0.4,
                difficulty=6.0,
                due=NOW,
                last_review=NOW - timedelta(minutes=10),
            ),
        )
    for stability in (0.5, 1.2, 2.3, 3.2, 8.0, 40.0):
        for difficulty in (2.0, 5.0, 9.5):
            yield (
                f"relearning s={stability}",
                LearnerCard(
                    state=CardState.RELEARNING,
                    step=0,
                    stability=stability,
                    difficulty=difficulty,
                    due=NOW,
                    last_review=NOW - timedelta(minutes=10),
                ),
            )
            yield (
                f"review s={stability} d={difficulty}",
                LearnerCard(
                    state=CardState.REVIEW,
                    stability=stability,
                    difficulty=difficulty,
                    due=NOW,
                    last_review=NOW - timedelta(days=max(1, round(stability))),
                ),
            )


@pytest.mark.parametrize(("name", "card"), list(cards()))
def test_easy_waits_longer_than_good_and_the_labels_differ(name, card):
    intervals = next_intervals(card=card, scheduler=scheduler_for(LearnerSettings()), now=NOW)
    assert intervals[1] <= intervals[2] <= intervals[3] < intervals[4], name
    assert interval(intervals[3]) != interval(intervals[4]), name


def test_an_easy_review_is_scheduled_after_good_as_shown_even_with_fuzz():
    for stability in (0.5, 1.2, 2.3, 3.2):
        learning = {
            "state": CardState.RELEARNING,
            "step": 0,
            "stability": stability,
            "difficulty": 5.0,
            "due": NOW,
            "last_review": NOW - timedelta(minutes=10),
        }
        scheduler = scheduler_for(LearnerSettings())
        # Good's interval as its button shows it: fuzz then spreads reviews around it, so a
        # fuzzed Good may land anywhere in its range; Easy always lands beyond the shown one.
        shown_good = next_intervals(card=LearnerCard(**learning), scheduler=scheduler, now=NOW)[3]
        for _ in range(20):
            easy = LearnerCard(**learning)
            apply_review(card=easy, rating=4, scheduler=scheduler, now=NOW)
            assert easy.due - NOW > shown_good


def test_a_new_cards_buttons_are_computed_without_waiting(monkeypatch):
    """fsrs sleeps a millisecond whenever it makes up a card id: an unsaved card must not let it."""

    def no_sleep(seconds):
        raise AssertionError(f"slept {seconds} s")

    monkeypatch.setattr("fsrs.card.time.sleep", no_sleep)
    intervals = next_intervals(
        card=LearnerCard(due=NOW), scheduler=scheduler_for(LearnerSettings()), now=NOW
    )
    assert intervals[1] < intervals[3] < intervals[4]
