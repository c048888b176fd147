"""A word card whose sentence a new version changes passes on what people did with it: the
learners' cards and history, and an instructor's retirement (a walker's re-import published
again a card they had retired, and took a learner's studied card away)."""

import pytest

from content.models import QuestionKind, QuestionStatus, RetiredReason
from content.questions import set_question_status
from quizzes.models import LearnerCard, ReviewLog
from tests.factories import import_text, make_article, make_user
from tests.quizzes.test_practice import review
from tests.quizzes.test_reimport_restores import V1, V2

pytestmark = pytest.mark.django_db


def word_card(article, word, **filters):
    return article.questions.get(kind=QuestionKind.VOCAB, prompt=word, **filters)


def test_a_studied_word_card_moves_to_the_new_text_and_back(clock):
    article = make_article(text=V1)
    studied = word_card(article, "改装")  # 「2019年には約3億円をかけて展示室を改装した。」
    learner = make_user()
    review(learner, studied, clock.now)
    clock.advance(days=3)
    review(learner, studied, clock.now)
    card = LearnerCard.objects.get(user=learner, question=studied)
    reviews = ReviewLog.objects.filter(card=card).count()

    import_text(text=V2, replacing=article)  # 約3億円 → 約4億円
    studied.refresh_from_db()
    assert (studied.status, studied.retired_reason) == (
        QuestionStatus.RETIRED,
        RetiredReason.VANISHED,
    )
    successor = word_card(article, "改装", status=QuestionStatus.PUBLISHED)
    card.refresh_from_db()
    assert card.question_id == successor.pk and card.sentence_id == successor.sentence_id
    assert "約4億円" in successor.sentence.text
    assert ReviewLog.objects.filter(card=card).count() == reviews

    import_text(text=V1, replacing=article)
    card.refresh_from_db()
    studied.refresh_from_db()
    assert card.question_id == studied.pk and studied.status == QuestionStatus.PUBLISHED


def test_a_word_card_an_instructor_retired_stays_retired_on_the_new_text():
    article = make_article(text=V1)
    retired = word_card(article, "撮影")  # 「職員は約5,000点の資料を撮影した。」
    set_question_status(question=retired, status=QuestionStatus.RETIRED)
    import_text(text=V2, replacing=article)  # 約5,000点の資料 → 約7,000点の写真
    twins = article.questions.filter(kind=QuestionKind.VOCAB, prompt="撮影").exclude(pk=retired.pk)
    assert twins.exists()
    assert set(twins.values_list("status", "retired_reason")) == {
        (QuestionStatus.RETIRED, RetiredReason.INSTRUCTOR)
    }


def test_the_generation_page_says_how_many_word_cards_were_handed_on(client):
    instructor = make_user(instructor=True)
    article = make_article(text=V1, user=instructor)
    import_text(text=V2, replacing=article)
    generation = article.generations.first()
    assert generation.counts["passed_on"] >= 1
    client.force_login(instructor)
    # The reader shows the finished run; its polling, once done, reloads that page.
    page = client.get(f"/articles/{article.slug}/", follow=True).content.decode()
    assert "学習者の進み具合と公開状態を引き継ぎました" in page
