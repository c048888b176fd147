"""A compiled insert or update writes what `save()` writes, and refuses what it cannot bind."""

from datetime import timedelta

import pytest
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import signals
from django.forms.models import model_to_dict
from django.utils import timezone

from config import compiled_writes
from content.models import Question, QuestionStatus
from quizzes.models import CardState, Grading, LearnerCard, ReviewLog
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions():
    article = make_article()
    return list(Question.objects.filter(article=article, status=QuestionStatus.PUBLISHED)[:4])


def stored(model, pk) -> dict:
    row = model_to_dict(model.objects.get(pk=pk))
    row.pop("id")
    return row


def test_an_insert_stores_what_save_stores(questions):
    user = make_user()
    card = LearnerCard.objects.create(user=user, question=questions[0], due=timezone.now())
    now = timezone.now()
    logs = [
        ReviewLog(
            card=card,
            user=user,
            kind="cloze",
            rating=3,
            reviewed_at=now,
            study_day=now.date(),
            duration_ms=1234,
            response="港",
            correct=correct,
            state_before=CardState.NEW,
            card_before={"lapses": 0, "due": None},
            shown_reps=n,
        )
        for n, correct in enumerate((True, None))
    ]
    logs[0].save()
    compiled_writes.insert(logs[1])
    assert logs[1].pk is not None and not logs[1]._state.adding
    plain, compiled = stored(ReviewLog, logs[0].pk), stored(ReviewLog, logs[1].pk)
    assert compiled == {**plain, "correct": None, "shown_reps": 1}
    grading = Grading(user=user, question=questions[0], shown_reps=0, response="x")
    compiled_writes.insert(grading)
    # auto_now_add is filled as save() fills it.
    assert Grading.objects.get(pk=grading.pk).created_at == grading.created_at is not None


def test_a_second_insert_of_a_shown_card_breaks_its_unique_constraint(questions):
    user = make_user()
    compiled_writes.insert(Grading(user=user, question=questions[0], shown_reps=0))
    with pytest.raises(IntegrityError), transaction.atomic():
        compiled_writes.insert(Grading(user=user, question=questions[0], shown_reps=0))
    assert Grading.objects.filter(user=user).count() == 1


def test_an_update_writes_what_save_writes_whatever_is_null(questions):
    user = make_user()
    now = timezone.now()
    cards = [
        LearnerCard.objects.create(user=user, question=question, due=now) for question in questions
    ]
    fields = ["state", "step", "stability", "difficulty", "due", "last_review", "reps", "suspended"]
    for n, step in enumerate((None, 2, None)):
        for card in cards[:2]:
            card.state, card.step, card.stability = CardState.LEARNING, step, 1.5 + n
            card.last_review = None if step is None else now
            card.due, card.reps, card.suspended = now + timedelta(minutes=n), n, bool(n % 2)
        cards[0].save(update_fields=fields)
        compiled_writes.update(cards[1], fields=fields)
        plain, compiled = stored(LearnerCard, cards[0].pk), stored(LearnerCard, cards[1].pk)
        assert compiled == {
            **plain,
            "question": questions[1].pk,
            "kind": questions[1].kind,
            "sentence": questions[1].sentence_id,
        }
    # Only the named fields are written.
    cards[1].reps = 99
    compiled_writes.update(cards[1], fields=["state"])
    assert LearnerCard.objects.get(pk=cards[1].pk).reps == 2


def test_an_update_of_a_row_that_is_gone_fails_as_save_does(questions):
    card = LearnerCard.objects.create(user=make_user(), question=questions[0], due=timezone.now())
    LearnerCard.objects.filter(pk=card.pk).delete()
    with pytest.raises(DatabaseError, match="did not affect any rows"):
        compiled_writes.update(card, fields=["reps"])


def test_a_model_with_save_receivers_is_saved_by_save(questions):
    heard = []

    def receiver(sender, instance, **kwargs):
        heard.append(instance.shown_reps)

    signals.post_save.connect(receiver, sender=Grading)
    try:
        compiled_writes.insert(Grading(user=make_user(), question=questions[0], shown_reps=7))
    finally:
        signals.post_save.disconnect(receiver, sender=Grading)
    assert heard == [7]
