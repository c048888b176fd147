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


def test_a_question_without_a_sentence_buries_nothing(client, clock):
    """An instructor's own question has no sentence (nor has one whose sentence a new version
    replaced); one review of it left every deck without new cards for the day (a walker)."""
    user = make_user()
    client.force_login(user)
    own = make_article(title="先生の記事")
    written = own.questions.filter(status="published").first()
    own.questions.exclude(pk=written.pk).update(status="draft")
    own.questions.filter(pk=written.pk).update(sentence=None)
    assert study_one(client, own, rating=3).pk == written.pk

    other = make_article(
        text="# 山の図書館\n\n## 歴史\n\n山の図書館は1950年に建てられた。司書の田中花子は本を集めた。\n"
    )
    assert other.questions.filter(status="published").exists()
    learner = learner_settings_for(user=user)
    queue = StudyQueue(
        user=user, deck=Deck(article=other), learner=learner, now=clock.now, since=clock.now
    )
    assert queue.new_questions().exists()
    assert queue.next_item is not None and queue.next_item.question.article_id == other.pk
