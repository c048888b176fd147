import re
from datetime import timedelta

import pytest
from django.test import Client

from content.models import Question, QuestionKind, QuestionStatus
from quizzes.models import CardState, Grading, LearnerCard, LearnerSettings, ReviewLog
from quizzes.services import LEECH_LAPSES, learner_settings_for
from quizzes.tokens import ShownCard, sign_shown
from tests.content.test_printed_word_cards import GUIDE
from tests.factories import make_article, make_course, make_user
from tests.quizzes.study_helpers import HTMX, answer, deck_url, rate, response_for, show, study_one

pytestmark = pytest.mark.django_db


def only_kind(user, kind):
    settings = learner_settings_for(user=user)
    settings.study_kinds = [kind]
    settings.save()


def test_plain_get_renders_the_page_and_htmx_the_card_partial(client, learner, article):
    page = client.get(deck_url(article))
    assert "<html" in page.content.decode() and 'id="study-stage"' in page.content.decode()
    partial = client.get(deck_url(article), headers=HTMX).content.decode()
    assert "<html" not in partial and 'name="token"' in partial


def test_a_new_card_rated_good_enters_its_learning_step_then_graduates(
    client, learner, article, clock
):
    only_kind(learner, QuestionKind.CLOZE)
    question = study_one(client, article, rating=3)
    card = LearnerCard.objects.get(user=learner, question=question)
    assert card.state == CardState.LEARNING
    assert card.step == 1
    assert card.due - clock.now == timedelta(minutes=10)

    clock.advance(minutes=11)
    context = show(client, article)
    assert context["question"] == question, "the learning card is due again before new cards"
    feedback = answer(client, article, context["token"], question.answer)
    rate(client, article, feedback.context["graded_token"], 3)
    card.refresh_from_db()
    assert card.state == CardState.REVIEW
    assert card.due - clock.now >= timedelta(days=1)
    assert card.reps == 2
    assert ReviewLog.objects.filter(card=card).count() == 2


def test_feedback_grades_on_the_server_and_suggests_a_rating(client, learner, article):
    only_kind(learner, QuestionKind.CLOZE)
    context = show(client, article)
    question = context["question"]
    wrong = answer(client, article, context["token"], "まちがい")
    assert wrong.context["graded"].correct is False
    assert wrong.context["suggestion"] == 1
    html = wrong.content.decode()
    # The answer is highlighted in its sentence (with furigana in the learner's mode).
    marked = re.search(r"<mark>(.*?)</mark>", html, re.S)[1]
    assert re.sub(r"<rp>.*?</rp>|<rt[^>]*>.*?</rt>|<[^>]+>", "", marked) == question.answer
    assert ReviewLog.objects.count() == 0, "grading records nothing until the learner goes on"


def test_a_shown_card_is_graded_once(client, learner, article):
    """Issue 11, finding 6: answering again with the same token gets the recorded feedback."""
    only_kind(learner, QuestionKind.CLOZE)
    context = show(client, article)
    question = context["question"]
    answer(client, article, context["token"], "まちがい")
    again = answer(client, article, context["token"], question.answer)
    assert again.context["graded"].correct is False
    assert again.context["graded_again"]
    assert "最初の答えが記録" in again.content.decode()
    reloaded = show(client, article)  # a reload shows the same card with a new token
    assert reloaded["question"] == question
    third = answer(client, article, reloaded["token"], question.answer)
    assert third.context["graded"].correct is False
    rate(client, article, third.context["graded_token"], 3)
    assert ReviewLog.objects.get().correct is False


def test_self_rated_cards_show_intervals_on_every_rating(client, learner, article):
    only_kind(learner, QuestionKind.VOCAB)
    context = show(client, article)
    assert context["question"].kind == QuestionKind.VOCAB
    feedback = answer(client, article, context["token"])
    assert feedback.context["suggestion"] is None
    intervals = [button.interval for button in feedback.context["ratings"]]
    assert intervals == sorted(intervals)
    html = feedback.content.decode()
    assert context["question"].extra["gloss"] in html
    assert "<ruby>" in html


@pytest.mark.parametrize(
    ("language", "report", "good", "minutes"),
    [("ja", "この問題の不具合を報告", "正解", "分"), ("en", "Report", "Good", " min")],
)
def test_feedback_rating_buttons_and_flag_form_in_each_language(
    client, learner, article, language, report, good, minutes
):
    """Both are formatted outside the template loop, the flag form once per language:
    each language gets its own words, and each card its own flag URL."""
    client.cookies["django_language"] = language
    flagged = set()
    for _ in range(2):
        context = show(client, article)
        question = context["question"]
        feedback = answer(client, article, context["token"], response_for(question, right=True))
        html = feedback.content.decode()
        buttons = re.findall(r'<button type="submit" name="rating" value="(\d)"([^>]*)>', html)
        assert [value for value, _ in buttons] == ["1", "2", "3", "4"]
        focused = [value for value, attributes in buttons if "data-focus" in attributes]
        assert focused == ["3"], "a quick right answer suggests Good, where the keyboard starts"
        suggested = [value for value, attributes in buttons if "suggested" in attributes]
        assert suggested == ([] if question.is_self_rated else ["3"])
        assert f"<kbd>3</kbd> {good}</span>" in html
        for button in feedback.context["ratings"]:
            assert f'<span class="next">{button.next}</span>' in html
        # A new card's Again waits a minute (a learning step), in this language's words.
        assert f'<span class="next">1{minutes}</span>' in html
        assert report in html
        assert f'hx-post="/articles/questions/{question.pk}/flag/"' in html
        assert html.count('<option value="') == 5
        flagged.add(question.pk)
        rate(client, article, feedback.context["graded_token"], 3)
    assert len(flagged) == 2


def test_a_replayed_rating_records_nothing_new(client, learner, article):
    context = show(client, article)
    feedback = answer(
        client, article, context["token"], response_for(context["question"], right=True)
    )
    graded = feedback.context["graded_token"]
    rate(client, article, graded, 3)
    replay = rate(client, article, graded, 1)
    assert replay.status_code == 200
    assert ReviewLog.objects.count() == 1
    assert ReviewLog.objects.get().rating == 3


def test_two_tabs_answering_the_same_card_record_one_review(client, learner, article):
    first_tab = show(client, article)
    second_tab = show(client, article)
    assert first_tab["question"] == second_tab["question"]
    question = first_tab["question"]
    graded_1 = answer(
        client, article, first_tab["token"], response_for(question, right=True)
    ).context["graded_token"]
    graded_2 = answer(
        client, article, second_tab["token"], response_for(question, right=False)
    ).context["graded_token"]
    rate(client, article, graded_1, 3)
    rate(client, article, graded_2, 1)
    assert ReviewLog.objects.count() == 1
    assert LearnerCard.objects.get().reps == 1


def test_undo_restores_the_card_and_removes_the_review(client, learner, article, clock):
    only_kind(learner, QuestionKind.CLOZE)
    question = study_one(client, article, rating=3)
    clock.advance(minutes=10)  # the learning step is due; undo still reaches the first review
    study_one(client, article, rating=3)
    card = LearnerCard.objects.get(question=question)
    assert card.state == CardState.REVIEW
    response = client.post(deck_url(article) + "undo/", headers=HTMX)
    assert response.context["question"] == question
    card.refresh_from_db()
    assert card.state == CardState.LEARNING and card.reps == 1 and card.step == 1
    assert ReviewLog.objects.count() == 1
    client.post(deck_url(article) + "undo/", headers=HTMX)
    assert not LearnerCard.objects.exists(), "undoing a card's first review makes it new again"
    assert not ReviewLog.objects.exists()
    assert "取り消せる" in client.post(deck_url(article) + "undo/", headers=HTMX).content.decode()


@pytest.mark.parametrize("reviews_before", [0, 1])
def test_after_undo_the_card_is_answered_anew(client, learner, article, clock, reviews_before):
    # A walker answered wrong, rated, took it back and chose the right option: the old
    # answer came back as "the answer that counts" (session 11).
    only_kind(learner, QuestionKind.CLOZE)
    question = study_one(client, article, rating=3) if reviews_before else None
    clock.advance(minutes=10)
    context = show(client, article)
    question = question or context["question"]
    assert context["question"] == question
    wrong = answer(client, article, context["token"], response_for(question, right=False))
    rate(client, article, wrong.context["graded_token"], 1)
    again = client.post(deck_url(article) + "undo/", headers=HTMX)
    assert again.context["question"] == question
    right = answer(client, article, again.context["token"], response_for(question, right=True))
    assert right.context["graded"].correct is True and not right.context["graded_again"]
    assert Grading.objects.filter(question=question, correct=False).count() == 0


def test_undo_of_a_review_recorded_while_cards_had_mastered_until(client, learner, article, clock):
    # Reviews recorded before the column was dropped keep it in their snapshot.
    only_kind(learner, QuestionKind.CLOZE)
    question = study_one(client, article, rating=3)
    clock.advance(minutes=10)
    study_one(client, article, rating=3)
    review = ReviewLog.objects.latest("pk")
    assert "mastered_until" not in review.card_before
    review.card_before["mastered_until"] = clock.now.isoformat()
    review.save()
    client.post(deck_url(article) + "undo/", headers=HTMX)
    card = LearnerCard.objects.get(question=question)
    assert card.state == CardState.LEARNING and card.reps == 1
    assert not hasattr(card, "mastered_until")


def test_leeches_are_suspended_at_eight_lapses_and_can_come_back(client, learner, article, clock):
    only_kind(learner, QuestionKind.CLOZE)
    question = study_one(client, article, rating=3)
    card = LearnerCard.objects.get(question=question)
    card.state, card.stability, card.difficulty = CardState.REVIEW, 3.0, 5.0
    card.lapses, card.due, card.last_review = (
        LEECH_LAPSES - 1,
        clock.now,
        clock.now - timedelta(days=3),
    )
    card.save()
    context = show(client, article)
    assert context["question"] == question
    rate(
        client,
        article,
        answer(client, article, context["token"], "まちがい").context["graded_token"],
        1,
    )
    card.refresh_from_db()
    assert card.lapses == LEECH_LAPSES and card.leech and card.suspended
    assert show(client, article).get("question") != question  # the deck may hold no other
    page = client.get("/learn/leeches/")
    assert question.prompt[:20] in page.content.decode()
    client.post(f"/learn/cards/{card.pk}/unsuspend/")
    card.refresh_from_db()
    assert not card.suspended and not card.leech, "issue 11: unsuspending clears the leech flag"


def test_another_learners_token_and_card_are_refused(client, learner, article):
    context = show(client, article)
    feedback = answer(
        client, article, context["token"], response_for(context["question"], right=True)
    )
    other = Client()
    other.force_login(make_user())
    stolen = other.post(
        deck_url(article) + "rate/",
        {"graded": feedback.context["graded_token"], "rating": 3},
        headers=HTMX,
    )
    assert stolen.status_code == 400
    assert ReviewLog.objects.count() == 0
    rate(client, article, feedback.context["graded_token"], 3)
    card = LearnerCard.objects.get()
    assert other.post(f"/learn/cards/{card.pk}/unsuspend/").status_code == 404


@pytest.mark.parametrize("rating", ["0", "5", "abc", ""])
def test_a_rating_outside_1_to_4_records_nothing(client, learner, article, rating):
    context = show(client, article)
    feedback = answer(
        client, article, context["token"], response_for(context["question"], right=True)
    )
    response = rate(client, article, feedback.context["graded_token"], rating)
    assert response.status_code == 400
    assert "1〜4" in response.content.decode() or "記録できません" in response.content.decode()
    assert ReviewLog.objects.count() == 0


@pytest.mark.parametrize("typed", ["", "あ" * 5000])
def test_empty_or_absurd_answers_get_a_message(client, learner, article, typed):
    only_kind(learner, QuestionKind.CLOZE)
    context = show(client, article)
    response = answer(client, article, context["token"], typed)
    assert response.status_code == 200
    assert "300 文字" in response.content.decode()
    assert ReviewLog.objects.count() == 0


def test_a_forged_or_unknown_card_token_is_refused(client, learner, article):
    response = answer(client, article, "not-a-token", "x")
    assert "期限" in response.content.decode()
    assert client.get("/learn/study/article/no-such-article/").status_code == 404
    assert client.get("/learn/study/section/999999/").status_code == 404
    assert client.get("/learn/study/planet/x/").status_code == 404


def test_post_without_csrf_is_refused(learner, article):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    assert strict.post(deck_url(article) + "rate/", {"graded": "x", "rating": 3}).status_code == 403
    assert ReviewLog.objects.count() == 0


def test_anonymous_visitors_must_log_in(client, article):
    assert client.get(deck_url(article)).status_code == 302


def test_daily_new_card_limit(client, learner, article, clock):
    settings = learner_settings_for(user=learner)
    settings.new_cards_per_day = 2
    settings.save()
    study_one(client, article, rating=4)  # Easy: straight to review, due days later
    study_one(client, article, rating=4)
    assert show(client, article)["queue"].summary.reviews == 2, "no third new card today"
    clock.advance(hours=24)  # the next study day (it starts at 04:00 Tokyo time)
    assert show(client, article)["item"].card is None, "new cards again tomorrow"


def test_chosen_kinds_are_remembered(client, learner, article):
    client.get(deck_url(article), {"kinds": ["vocab"]})
    assert learner_settings_for(user=learner).study_kinds == [], "issue 11: a GET changes nothing"
    response = client.post(deck_url(article) + "kinds/", {"kinds": ["choice", "truefalse"]})
    assert response.status_code == 302
    assert learner_settings_for(user=learner).study_kinds == ["choice", "truefalse"]
    for _ in range(3):
        assert show(client, article)["question"].kind in {"choice", "truefalse"}
    # Cards of a choice of kanji say 漢字の書き: the list says they come with multiple choice
    # (a walker looked for them in it).
    assert "多肢選択（漢字の書きを含む）" in client.get(deck_url(article)).content.decode()


def test_summary_at_the_end_of_a_session(client, learner, article):
    only_kind(learner, QuestionKind.TRUEFALSE)
    client.get(deck_url(article))  # a full page load starts the session
    total = Question.objects.filter(
        kind=QuestionKind.TRUEFALSE, status=QuestionStatus.PUBLISHED
    ).count()
    for _ in range(total):
        study_one(client, article, rating=4, right=True)
    context = show(client, article)
    summary = context["queue"].summary
    assert summary.reviews == summary.cards == total
    assert summary.accuracy == 1.0
    assert context["queue"].next_due is not None
    html = client.get(deck_url(article), headers=HTMX).content.decode()
    assert "次の復習" in html


@pytest.mark.django_db(transaction=True)
def test_a_second_answer_outside_any_transaction_keeps_the_first(client, learner, article):
    """As in production (autocommit, no test transaction around the request): the refused
    insert of a second answer leaves the connection usable and the first grading counts."""
    only_kind(learner, QuestionKind.CLOZE)
    context = show(client, article)
    question = context["question"]
    first = answer(client, article, context["token"], question.answer)
    assert first.context["graded"].correct is True
    again = answer(client, article, context["token"], "まちがい")
    assert again.context["graded_again"]
    assert again.context["graded"].correct is True
    rate(client, article, again.context["graded_token"], 3)
    assert ReviewLog.objects.get().correct is True


def test_an_article_deck_is_read_with_the_learners_settings_and_checked_for_visibility(
    client, learner
):
    """The deck and the settings come from one statement: the article is still one the
    person may see (404 otherwise, with settings or without them yet)."""
    owner = make_user(instructor=True)
    private = make_article(user=owner, visibility="private", text="# 非公開の記事\n\n本文である。")
    shared = make_article(user=owner, visibility="courses", text="# 共有の記事\n\n本文である。")
    stranger = make_user()
    learner_settings_for(user=learner)
    for person, has_settings in ((stranger, False), (learner, True)):
        client.force_login(person)
        assert LearnerSettings.objects.filter(user=person).exists() == has_settings
        for url in (deck_url(private), deck_url(shared)):
            assert client.get(url, headers=HTMX).status_code == 404
            assert client.post(url + "answer/", {"token": "x"}, headers=HTMX).status_code == 404
            assert client.post(url + "rate/", {"graded": "x"}, headers=HTMX).status_code == 404
    make_course(instructor=owner, learners=[learner, stranger])
    for person in (learner, stranger):
        client.force_login(person)
        page = client.get(deck_url(shared))
        assert page.status_code == 200
        assert "共有の記事" in page.content.decode(), "the page names the deck by its title"
        assert client.get(deck_url(private), headers=HTMX).status_code == 404
    assert LearnerSettings.objects.filter(user=stranger).exists(), "created on the first visit"
    admin = make_user(is_superuser=True)
    learner_settings_for(user=admin)
    client.force_login(admin)
    assert client.get(deck_url(private), headers=HTMX).status_code == 200


def test_an_answer_with_a_good_token_is_refused_where_the_article_is_not_visible(client, learner):
    """The answer reads the question, the settings and the article's visibility in one statement:
    a token signed for the person still gets a 404 for an article they may not see, and a
    learner without a settings row yet is graded (and given one)."""
    owner = make_user(instructor=True)
    shared = make_article(
        user=owner, visibility="courses", text="# 共有の記事\n\n港は1890年に開かれた。"
    )
    question = Question.objects.filter(article=shared, status=QuestionStatus.PUBLISHED).first()
    client.force_login(learner)
    token = sign_shown(ShownCard(user_id=learner.pk, question_id=question.pk, reps=0, shown_at=0))
    url = deck_url(shared) + "answer/"
    assert client.post(url, {"token": token, "response": "x"}, headers=HTMX).status_code == 404
    assert not Grading.objects.exists()
    make_course(instructor=owner, learners=[learner])
    assert not LearnerSettings.objects.filter(user=learner).exists()
    feedback = client.post(url, {"token": token, "response": "x"}, headers=HTMX)
    assert feedback.status_code == 200
    assert feedback.context["question"].pk == question.pk
    assert Grading.objects.filter(user=learner, question=question).exists()
    assert LearnerSettings.objects.filter(user=learner).exists()
    elsewhere = make_article(text="# 別の記事\n\n渓谷を散策した。")
    assert (
        client.post(deck_url(elsewhere) + "answer/", {"token": token}, headers=HTMX).status_code
        == 404
    )


def test_a_word_card_whose_reading_the_article_prints_asks_only_its_meaning(client, learner):
    article = make_article(text=GUIDE)
    only_kind(learner, QuestionKind.VOCAB)
    printed = Question.objects.filter(
        article=article, kind=QuestionKind.VOCAB, extra__reading_printed=True
    )
    assert printed.filter(status=QuestionStatus.PUBLISHED).exists()
    context = show(client, article)
    assert context["question"].extra.get("reading_printed")
    page = client.get(deck_url(article), headers=HTMX).content.decode()
    assert "読み方は記事にあります" in page
    assert "読み方と意味を思い出して" not in page
    assert "<rt>" in page.split('id="card-prompt"')[1].split("</h2>")[0]


def test_a_second_answer_names_the_first_one_that_counts(client, learner, article):
    """A walker read 「この答えが記録されます」 as the answer just given, a wrong one shown as ✓."""
    only_kind(learner, QuestionKind.CLOZE)
    context = show(client, article)
    question = context["question"]
    answer(client, article, context["token"], question.answer)
    again = answer(client, article, context["token"], "まちがい")
    html = again.content.decode()
    assert f"すでに「{question.answer}」と答えています" in html and "まちがい" not in html


def test_an_answer_from_a_page_kept_by_the_browser_shows_the_current_card(client, learner, article):
    """Forward brought back a card rated since; its answer said it would be recorded, and
    nothing was (a walker)."""
    only_kind(learner, QuestionKind.CLOZE)
    context = show(client, article)
    first = answer(client, article, context["token"], context["question"].answer)
    rate(client, article, first.context["graded_token"], 3)
    stale = answer(client, article, context["token"], context["question"].answer)
    assert stale.context["stage"] in {"card", "summary"}
    assert "その後に学習しています" in stale.content.decode()
    assert ReviewLog.objects.count() == 1

    again = rate(client, article, first.context["graded_token"], 3)
    assert "すでに評価されています" in again.content.decode()
    assert ReviewLog.objects.count() == 1


def test_study_pages_are_fetched_again_on_back_and_forward(client, learner, article):
    for url in ("/learn/", deck_url(article)):
        assert "no-store" in client.get(url)["Cache-Control"]


def test_a_typed_near_miss_marks_what_differs(client, learner, article):
    # A walker typed こむぎご for こむぎこ and had to compare the two by eye; Anki marks them.
    only_kind(learner, QuestionKind.READING)
    context = show(client, article)
    question = context["question"]
    slip = question.answer[:-1] + ("あ" if question.answer[-1] != "あ" else "い")
    feedback = answer(client, article, context["token"], slip)
    html = feedback.content.decode()
    assert f'{question.answer[:-1]}<mark class="typo">{slip[-1]}</mark>' in html
    rate(client, article, feedback.context["graded_token"], 3)
    # Another word altogether marks nothing.
    context = show(client, article)
    feedback = answer(client, article, context["token"], "まったくちがうこたえ")
    assert 'class="typo"' not in feedback.content.decode()
