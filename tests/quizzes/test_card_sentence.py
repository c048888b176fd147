"""A card keeps its question's sentence (LearnerCard.sentence): whether a learner has met a
sentence is then one index look-up, and the copy never disagrees with the question."""

from collections import Counter

import pytest
from django.db.models import F
from django.utils import timezone

from content.models import Question, QuestionStatus
from quizzes.courses.services import queue_for_study
from quizzes.models import LearnerCard
from quizzes.queue import NEW_QUESTION_WINDOW, NewQuestion
from tests.factories import import_text, make_article, make_user
from tests.quizzes.study_helpers import study_one
from tests.quizzes.test_reimport_restores import V1, V2

pytestmark = pytest.mark.django_db


def disagreeing_cards() -> list[tuple[int, int | None, int | None]]:
    return [
        (card.pk, card.sentence_id, card.question.sentence_id)
        for card in LearnerCard.objects.select_related("question")
        if card.sentence_id != card.question.sentence_id
    ]


def test_a_studied_card_and_a_courses_card_copy_their_questions_sentence(client):
    article = make_article()
    learner = make_user()
    client.force_login(learner)
    studied = study_one(client, article)
    card = LearnerCard.objects.get(user=learner, question=studied)
    assert card.sentence_id is not None
    assert card.sentence_id == studied.sentence_id
    assigned = make_user()
    ids = list(
        Question.objects.filter(article=article, status=QuestionStatus.PUBLISHED).values_list(
            "pk", flat=True
        )
    )
    assert queue_for_study(user=assigned, question_ids=ids, now=timezone.now()) == len(ids)
    assert LearnerCard.objects.filter(user=assigned, sentence__isnull=False).count() == len(ids)
    assert disagreeing_cards() == []
    assert not LearnerCard.objects.exclude(article=F("question__article")).exists()


def test_the_copy_follows_its_question_through_re_imports(client):
    """V2 drops four sentences (the questions and the cards lose them alike); V1 brings their
    text back as new sentences, which the restored questions and their cards both stand on."""
    article = make_article(text=V1)
    learner = make_user()
    client.force_login(learner)
    for _ in range(5):
        study_one(client, article)
    import_text(text=V2, replacing=article)
    assert LearnerCard.objects.filter(user=learner, sentence__isnull=True).exists(), (
        "V2 must take a studied sentence away"
    )
    assert disagreeing_cards() == []
    import_text(text=V1, replacing=article)
    assert not LearnerCard.objects.filter(user=learner, sentence__isnull=True).exists()
    assert disagreeing_cards() == []


def test_a_window_row_is_met_when_the_learner_has_a_card_on_its_sentence():
    article = make_article()
    learner = make_user()
    published = Question.objects.filter(article=article, status=QuestionStatus.PUBLISHED)
    per_sentence = Counter(published.values_list("sentence_id", flat=True))
    sentence_id = next(s for s, n in per_sentence.items() if s is not None and n > 1)
    met_through = published.filter(sentence_id=sentence_id).first()
    LearnerCard.objects.create(user=learner, question=met_through, due=timezone.now())
    rows = NEW_QUESTION_WINDOW.rows(
        user_id=learner.pk,
        article_id=article.pk,
        section_id=None,
        owner_id=None,
        kinds=(),
        hold_until_read=False,
        study_day=timezone.now().date(),
        unseen=None,
        counted=False,
    )
    met = {NewQuestion(*row).sentence_id: NewQuestion(*row).met for row in rows}
    assert met[sentence_id] is True
    assert not any(value for key, value in met.items() if key != sentence_id)
