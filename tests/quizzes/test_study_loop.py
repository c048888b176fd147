"""Issue 10 and the study-loop findings of issue 11, each as a behaviour of the views."""

import re
from collections import Counter
from datetime import timedelta

import pytest
from django.test import Client

from content.models import Question, QuestionKind, QuestionStatus
from quizzes.models import CardState, LearnerCard, ReviewLog
from quizzes.queue import LATER_KINDS
from quizzes.services import learner_settings_for
from tests.factories import make_article, make_user
from tests.quizzes.study_helpers import HTMX, answer, deck_url, rate, response_for, show, study_one

pytestmark = pytest.mark.django_db
OTHER_ARTICLE = """# 山の上の天文台

天文台は1972年に完成した。所長の山田花子は星の観測を続けている。
山頂の天文台へは、麓の駅から登山道を2時間ほど歩いて登る。

## 新しい望遠鏡

2021年には約2億円をかけて望遠鏡を新しくした。観測できる星の数は3倍に増えた。
"""


def settings_for(user, **fields):
    learner = learner_settings_for(user=user)
    for name, value in fields.items():
        setattr(learner, name, value)
    learner.save()
    return learner


def published_kinds(article) -> set[str]:
    return set(
        article.questions.filter(status=QuestionStatus.PUBLISHED).values_list("kind", flat=True)
    )


# First session


def test_a_first_session_meets_every_kind_and_starts_sentences_gently(client, learner, article):
    settings_for(learner, new_cards_per_day=100)
    shown = []
    while (context := show(client, article)).get("question"):
        question = context["question"]
        shown.append(question)
        feedback = answer(client, article, context["token"], response_for(question, right=True))
        rate(client, article, feedback.context["graded_token"], 4)
    assert {question.kind for question in shown} == published_kinds(article) - {
        # kinds whose every question shares a sentence with an easier one wait until tomorrow
        kind
        for kind in LATER_KINDS
        if not any(question.kind == kind for question in shown)
        and all(
            q.sentence_id in {s.sentence_id for s in shown}
            for q in article.questions.filter(kind=kind, status=QuestionStatus.PUBLISHED)
        )
    }
    # Until every easier kind has been met once, no sentence is met through a typed cloze
    # or a wh-question; after that they count one round late.
    easier = published_kinds(article) - LATER_KINDS
    opening = [question.kind for question in shown[: len(easier)]]
    assert not set(opening) & LATER_KINDS, opening
    counts = Counter(question.kind for question in shown[: len(published_kinds(article))])
    assert max(counts.values()) <= 2, "kinds rotate rather than repeat"


def test_unseen_sentences_start_with_easier_kinds(client, learner, article):
    settings_for(learner, new_cards_per_day=100)
    first = show(client, article)["question"]
    assert first.kind not in LATER_KINDS


# Learning steps


def test_a_learning_card_is_never_shown_before_it_is_due(client, learner, article, clock):
    settings_for(learner, new_cards_per_day=1, study_kinds=[QuestionKind.CLOZE])
    question = study_one(client, article, rating=1, right=False)  # Again: back in 1 minute
    card = LearnerCard.objects.get(question=question)
    assert card.state == CardState.LEARNING and card.due == clock.now + timedelta(minutes=1)
    clock.advance(seconds=30)
    context = show(client, article)
    assert "item" not in context, "no learn-ahead: the card waits for its step"
    html = client.get(deck_url(article), headers=HTMX).content.decode()
    assert "今すぐ続ける" in html and "?ahead=1" in html
    ahead = client.get(deck_url(article), {"ahead": "1"}, headers=HTMX)
    assert ahead.context["question"] == question, "continue now shows the waiting card early"
    # The counts say why a card shows while nothing is due (a walker read 「期日 0・新規 0」).
    assert "先取り学習中（復習するカードはまだありません）" in ahead.content.decode()
    clock.advance(seconds=31)
    assert show(client, article)["question"] == question
    due = client.get(deck_url(article), headers=HTMX).content.decode()
    assert "先取り" not in due and "復習 1" in due


def test_a_reload_after_answering_shows_the_answer_again(client, learner, article):
    settings_for(learner, new_cards_per_day=1, study_kinds=[QuestionKind.CHOICE])
    before = client.get(deck_url(article))
    assert before.context["stage"] == "card", "before an answer a reload shows the question"
    question = before.context["question"]
    wrong = response_for(question, right=False)
    answer(client, article, before.context["token"], wrong)
    # A walker reloaded, answered again, and was told the first answer counts.
    page = client.get(deck_url(article))
    assert page.context["stage"] == "feedback"
    assert page.context["graded"].response == wrong and page.context["graded"].correct is False
    html = page.content.decode()
    assert 'class="rating-form"' in html and 'class="answer-form"' not in html
    assert "すでに" not in html, "no word of a second answer: there was none"
    rate(client, article, page.context["graded_token"], 1)
    card = LearnerCard.objects.get(user=learner, question=question)
    assert card.reps == 1 and ReviewLog.objects.get(card=card).correct is False


def hidden_fields(html: str, form_class: str) -> dict[str, str]:
    """The hidden inputs of the stage's form of `form_class`, as the browser would post them."""
    form = html.split(f'class="{form_class}"', 1)[1].split("</form>", 1)[0]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))


def test_continuing_now_goes_on_through_the_waiting_cards(client, learner, article, clock):
    settings_for(learner, new_cards_per_day=2, study_kinds=[QuestionKind.CHOICE])
    first = study_one(client, article, rating=1, right=False)  # Again: back in 1 minute
    second = study_one(client, article, rating=1, right=False)
    assert first != second
    clock.advance(seconds=30)
    card = client.get(deck_url(article), {"ahead": "1"}, headers=HTMX)
    assert card.context["question"] == first
    fields = hidden_fields(card.content.decode(), "answer-form")
    assert fields["ahead"] == "1", "the answer form carries the learner's choice"
    fields["response"] = first.answer
    feedback = client.post(deck_url(article) + "answer/", fields, headers=HTMX)
    fields = hidden_fields(feedback.content.decode(), "rating-form")
    assert fields["ahead"] == "1", "and so does the rating form"
    # A walker: continuing now gave one card, then the summary again with its button.
    after = client.post(deck_url(article) + "rate/", {**fields, "rating": 3}, headers=HTMX)
    assert after.context["question"] == second
    assert "先取り学習中" in after.content.decode()
    # The card just rated does not come straight back, even when it is the only one waiting.
    fields = {**hidden_fields(after.content.decode(), "answer-form"), "response": second.answer}
    feedback = client.post(deck_url(article) + "answer/", fields, headers=HTMX)
    fields = hidden_fields(feedback.content.decode(), "rating-form")
    client.post(deck_url(article) + "rate/", {**fields, "rating": 3}, headers=HTMX)
    only = LearnerCard.objects.get(question=first)
    only.state, only.due = CardState.REVIEW, clock.now + timedelta(days=3)
    only.save()
    card = client.get(deck_url(article), {"ahead": "1"}, headers=HTMX)
    assert card.context["question"] == second
    fields = {
        **hidden_fields(card.content.decode(), "answer-form"),
        "response": response_for(second, right=False),
    }
    feedback = client.post(deck_url(article) + "answer/", fields, headers=HTMX)
    fields = hidden_fields(feedback.content.decode(), "rating-form")
    last = client.post(deck_url(article) + "rate/", {**fields, "rating": 1}, headers=HTMX)
    assert "item" not in last.context and "今すぐ続ける" in last.content.decode()


def test_the_summary_says_when_the_waiting_card_returns(client, learner, article, clock):
    settings_for(learner, new_cards_per_day=1, study_kinds=[QuestionKind.CLOZE])
    study_one(client, article, rating=1, right=False)  # Again: back in 1 minute
    clock.advance(seconds=30)
    soon = client.get(deck_url(article), headers=HTMX).content.decode()
    # Not "in 0 minutes" (a walker's report, session 11).
    assert "1分以内" in soon and "0分" not in soon
    clock.advance(seconds=31)
    study_one(client, article, rating=3)  # Good: the next step, 10 minutes on
    later = client.get(deck_url(article), headers=HTMX).content.decode()
    assert "10分後" in later and "1分以内" not in later


def test_the_summary_counts_cards_and_reviews_apart(client, learner, article, clock):
    settings_for(learner, new_cards_per_day=1, study_kinds=[QuestionKind.CLOZE])
    client.get(deck_url(article))
    question = study_one(client, article, rating=1, right=False)
    clock.advance(minutes=2)
    assert study_one(client, article, rating=4) == question
    summary = show(client, article)["queue"].summary
    assert (summary.cards, summary.reviews) == (1, 2)


# Undo (issue 11, finding 5)


def test_undo_only_reaches_this_decks_latest_review_of_this_session(client, learner, clock):
    first, second = make_article(), make_article(text=OTHER_ARTICLE)
    client.get(deck_url(first))
    study_one(client, first, rating=4)
    client.get(deck_url(second))
    undone = client.post(deck_url(second) + "undo/", headers=HTMX)
    assert "取り消せる" in undone.content.decode(), "deck A's review is not deck B's to undo"
    assert ReviewLog.objects.count() == 1

    study_one(client, second, rating=4)
    clock.advance(minutes=11)
    client.post(deck_url(second) + "undo/", headers=HTMX)
    assert ReviewLog.objects.count() == 2, "older than ten minutes"

    clock.advance(minutes=1)
    study_one(client, second, rating=4)
    clock.advance(seconds=5)
    client.get(deck_url(second))  # a reload within the hour goes on with the session
    client.post(deck_url(second) + "undo/", headers=HTMX)
    assert ReviewLog.objects.count() == 2, "the session's latest review, after a reload"

    study_one(client, second, rating=4)
    clock.advance(minutes=61)
    client.get(deck_url(second))  # a new session
    client.post(deck_url(second) + "undo/", headers=HTMX)
    assert ReviewLog.objects.count() == 3, "reviews of an earlier session stay"


def test_undo_never_removes_a_review_a_later_one_depends_on(client, learner, article, clock):
    settings_for(learner, study_kinds=[QuestionKind.CLOZE])
    client.get(deck_url(article))
    question = study_one(client, article, rating=1, right=False)
    clock.advance(minutes=2)
    assert study_one(client, article, rating=3) == question
    first = ReviewLog.objects.order_by("pk").first()
    # The later review vanishes from this deck's view (its question is retired), but it
    # still depends on the first: undo must not reach past it.
    Question.objects.filter(pk=question.pk).update(status=QuestionStatus.RETIRED)
    client.post(deck_url(article) + "undo/", headers=HTMX)
    assert ReviewLog.objects.filter(pk=first.pk).exists()


# Grading (issue 11, findings 6 and 7)


def test_control_characters_in_a_typed_answer_get_the_usual_message(client, learner, article):
    settings_for(learner, study_kinds=[QuestionKind.CLOZE])
    context = show(client, article)
    response = answer(client, article, context["token"], "600\x00億")
    assert response.status_code == 200
    assert "300 文字" in response.content.decode()
    assert not ReviewLog.objects.exists()


def test_the_feedback_names_the_accepted_variant(client, learner, article):
    settings_for(learner, study_kinds=[QuestionKind.CLOZE])
    question = show(client, article)["question"]
    Question.objects.filter(pk=question.pk).update(answer="Android", accepted_answers=[])
    context = show(client, article)
    html = answer(client, article, context["token"], "アンドロイド").content.decode()
    assert "「アンドロイド」は「Android」として正解" in html


# Feedback highlights


def test_a_true_statement_and_a_section_question_highlight_nothing(client, learner, article):
    for kind in (QuestionKind.TRUEFALSE, QuestionKind.SECTION):
        for question in article.questions.filter(kind=kind, status=QuestionStatus.PUBLISHED):
            settings_for(learner, study_kinds=[kind])
            Question.objects.exclude(pk=question.pk).filter(kind=kind).update(
                status=QuestionStatus.DRAFT
            )
            context = show(client, article)
            html = answer(client, article, context["token"], question.answer).content.decode()
            source = html.split('<blockquote class="source"', 1)[1].split("</blockquote>")[0]
            swapped = kind == QuestionKind.TRUEFALSE and question.extra.get("swapped")
            assert ("<mark>" in source) == bool(swapped), (kind, question.answer)
            assert "<mark></mark>" not in html
            Question.objects.filter(kind=kind).update(status=QuestionStatus.PUBLISHED)
            LearnerCard.objects.all().delete()
            from quizzes.models import Grading

            Grading.objects.all().delete()


# Smaller items of issue 11


def test_htmx_responses_vary_on_hx_request_and_history_restores_get_the_page(
    client, learner, article
):
    partial = client.get(deck_url(article), headers=HTMX)
    assert "HX-Request" in partial["Vary"]
    assert "<html" not in partial.content.decode()
    restored = client.get(deck_url(article), headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert "<html" in restored.content.decode()


def test_study_home_explains_buried_siblings(client, learner, article):
    # Every question the generator made, so that the first sentence holds several.
    article.questions.update(status=QuestionStatus.PUBLISHED)
    study_one(client, article, rating=4)
    first = ReviewLog.objects.get().card.question
    buried = (
        article.questions.filter(status=QuestionStatus.PUBLISHED, sentence=first.sentence)
        .exclude(pk=first.pk)
        .count()
    )
    assert buried
    html = client.get("/learn/").content.decode()
    assert f"新しいカード {buried} 枚は、同じ文のカードを今日学習したため明日まで待ちます" in html


def test_a_new_account_is_welcomed_and_a_returning_one_welcomed_back(client, learner, article):
    welcome = client.get("/").content.decode()
    assert "ようこそ" in welcome
    # The first steps name a button the page has (a walker looked for 学習 on the article card).
    assert "「学習」を押して記事を選んでください" in welcome and '">学習</a>' in welcome
    study_one(client, article, rating=4)
    assert "おかえりなさい" in client.get("/").content.decode()


def test_fit_now_shows_progress_and_is_disabled_below_the_threshold(client, learner, article):
    study_one(client, article, rating=4)
    html = client.get("/learn/settings/").content.decode()
    assert "復習 1 / 400 回、1 / 4 日" in html
    assert 'class="button small secondary" disabled' in html
    response = client.post("/learn/settings/fit/", follow=True)
    assert "最適化には" in response.content.decode()


def test_time_zones_are_grouped_by_region(client, learner):
    html = client.get("/learn/settings/").content.decode()
    assert '<optgroup label="Asia">' in html and '<optgroup label="Europe">' in html
    assert 'value="Asia/Tokyo" selected' in html


def test_favicon_ico_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.ico")


def test_an_article_the_learner_may_not_see_is_not_a_deck(client, learner):
    article = make_article(user=make_user(instructor=True), visibility="private")
    assert client.get(deck_url(article)).status_code == 404
    other = Client()
    assert other.get(deck_url(article)).status_code == 302


def test_the_first_twenty_cards_on_the_seed_meet_every_kind(client, learner):
    from tests.factories import import_text
    from tests.seed import seed_text

    article = import_text(text=seed_text()).article
    kinds = []
    for _ in range(20):
        context = show(client, article)
        question = context["question"]
        kinds.append(question.kind)
        feedback = answer(client, article, context["token"], response_for(question, right=True))
        rate(client, article, feedback.context["graded_token"], 3)
    assert set(kinds) == published_kinds(article)
    assert not set(kinds[:4]) & LATER_KINDS, kinds
