from datetime import timedelta

import pytest

from quizzes.decks import Deck
from quizzes.queue import StudyQueue
from quizzes.services import learner_settings_for
from tests.factories import make_article, make_user
from tests.quizzes.study_helpers import study_one

pytestmark = pytest.mark.django_db


def test_questions_from_a_sentence_reviewed_today_wait_until_tomorrow(client, clock):
    user = make_user()
    client.force_login(user)
    article = make_article()
    # Every question the generator made, drafts too, so that sentences hold several whatever
    # the quality rules publish.
    article.questions.update(status="published")
    first = study_one(client, article, rating=4)
    siblings = article.questions.filter(sentence=first.sentence, status="published").exclude(
        pk=first.pk
    )
    assert siblings.exists(), "the sample's first sentence has several questions"

    learner = learner_settings_for(user=user)
    deck = Deck(article=article)

    def new_questions(now):
        return StudyQueue(user=user, deck=deck, learner=learner, now=now, since=now).new_questions()

    today = set(new_questions(clock.now).values_list("pk", flat=True))
    assert today.isdisjoint(siblings.values_list("pk", flat=True))
    tomorrow = new_questions(clock.now + timedelta(days=1))
    assert set(siblings.values_list("pk", flat=True)) <= set(tomorrow.values_list("pk", flat=True))


def test_a_session_never_shows_one_sentence_twice_in_a_day(client, clock):
    client.force_login(make_user())
    article = make_article()
    sentences = [study_one(client, article, rating=4).sentence_id for _ in range(5)]
    assert len(set(sentences)) == 5
