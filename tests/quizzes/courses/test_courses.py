"""Courses, join codes, quizzes and practice: the rules, through the views a person uses."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from content.models import Article, QuestionKind, QuestionStatus
from quizzes.courses.draws import draw, most_drawn
from quizzes.courses.models import Assignment, Attempt, AttemptAnswer, Enrollment
from quizzes.courses.services import CourseError, save_answer, start_attempt, submit_attempt
from quizzes.models import LearnerCard
from tests.factories import (
    make_article,
    make_assignment,
    make_course,
    make_user,
    publish_typed_blanks,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(course, article):
    return make_assignment(course=course, article=article, question_count=4)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_instructor_creates_a_course_with_a_random_code(client, teacher):
    client.force_login(teacher)
    response = client.post("/courses/new/", {"name": "二年B組", "description": ""})
    enrollment = Enrollment.objects.get(user=teacher)
    assert response.status_code == 302 and enrollment.role == "instructor"
    code = enrollment.course.join_code
    assert len(code) == 8 and code.isalnum() and code.isupper()
    other = client.post("/courses/new/", {"name": "三年C組"})
    assert other.status_code == 302
    assert len({c.course.join_code for c in Enrollment.objects.filter(user=teacher)}) == 2


def test_learners_cannot_create_courses(client, learner):
    client.force_login(learner)
    assert client.post("/courses/new/", {"name": "x"}).status_code == 403


def test_join_by_code_once_and_a_regenerated_code_stops_working(client, course, teacher):
    newcomer = make_user()
    client.force_login(newcomer)
    old_code = course.join_code
    response = client.post("/courses/join/", {"code": f" {old_code.lower()} "}, follow=True)
    assert Enrollment.objects.filter(user=newcomer, course=course, role="learner").count() == 1
    again = client.post("/courses/join/", {"code": old_code}, follow=True)
    assert Enrollment.objects.filter(user=newcomer, course=course).count() == 1
    assert any("すでに" in m for m in messages_of(again))

    client.force_login(teacher)
    client.post(f"/courses/{course.pk}/code/")
    course.refresh_from_db()
    assert course.join_code != old_code

    late = make_user()
    client.force_login(late)
    response = client.post("/courses/join/", {"code": old_code}, follow=True)
    assert response.status_code == 200
    assert any("参加コード" in m for m in messages_of(response))
    assert not Enrollment.objects.filter(user=late).exists()
    # The old share link explains itself; the new one shows the course and joins on POST only.
    assert client.get(f"/courses/join/{old_code}/", follow=True).status_code == 200
    assert client.get(f"/courses/join/{course.join_code}/").status_code == 200
    assert not Enrollment.objects.filter(user=late).exists()
    client.post(f"/courses/join/{course.join_code}/")
    assert Enrollment.objects.filter(user=late, course=course).exists()


def test_removing_a_learner_keeps_their_work(client, course, teacher, learner, quiz):
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    client.force_login(teacher)
    client.post(f"/courses/{course.pk}/learners/{learner.pk}/remove/")
    assert not Enrollment.objects.filter(user=learner, course=course).exists()
    assert Attempt.objects.filter(pk=attempt.pk).exists()
    # The removed learner is told why the course is closed to them, and that the work stays;
    # someone who never was in it learns nothing of it.
    client.force_login(learner)
    for url in (course.get_absolute_url(), quiz.get_absolute_url()):
        page = client.get(url)
        assert page.status_code == 403 and "成績は残っています" in page.content.decode()
    client.force_login(make_user())
    assert client.get(course.get_absolute_url()).status_code == 404
    client.force_login(teacher)
    # Instructors cannot be removed through this door.
    client.post(f"/courses/{course.pk}/learners/{teacher.pk}/remove/")
    assert Enrollment.objects.filter(user=teacher, course=course).exists()


def test_courses_visibility_follows_membership(client, article, learner, course):
    outsider = make_user()
    client.force_login(learner)
    assert client.get(article.get_absolute_url(), follow=True).status_code == 200
    client.force_login(outsider)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.title not in client.get("/articles/").content.decode()


def test_draws_are_reproducible_per_seed():
    pool = [(pk, None) for pk in range(1, 41)]
    assert draw(pool=pool, seed=7, count=10) == draw(pool=list(reversed(pool)), seed=7, count=10)
    assert draw(pool=pool, seed=7, count=10) != draw(pool=pool, seed=8, count=10)
    assert len(set(draw(pool=pool, seed=1, count=50))) == 40


def test_a_draw_takes_at_most_one_question_of_a_sentence():
    # A reading question showed the sentence whose year another blanked (a walker, session 38).
    pool = [(pk, pk % 5) for pk in range(1, 21)] + [(21, None), (22, None)]
    for seed in range(20):
        drawn = draw(pool=pool, seed=seed, count=10)
        assert len(drawn) == most_drawn(pool) == 7
        sentences = [pk % 5 for pk in drawn if pk <= 20]
        assert len(sentences) == len(set(sentences)) == 5 and {21, 22} <= set(drawn)


def test_an_attempt_draws_from_its_seed_and_resumes(quiz, learner):
    now = timezone.now()
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    drawn = list(attempt.answers.order_by("position").values_list("question_id", flat=True))
    pool = list(quiz.questions.values_list("pk", "sentence_id"))
    assert drawn == draw(pool=pool, seed=attempt.seed, count=4)
    assert start_attempt(assignment=quiz, user=learner, now=now).pk == attempt.pk
    sentences = list(attempt.answers.values_list("question__sentence_id", flat=True))
    assert len(sentences) == len(set(sentences))


def _answer_all(attempt, *, right: int) -> None:
    for index, answer in enumerate(attempt.answers.select_related("question")):
        question = answer.question
        wrong = next((c for c in question.choices if c != question.answer), "ちがう")
        response = question.answer if index < right else wrong
        save_answer(attempt=attempt, question_id=question.pk, response=response, now=timezone.now())


def test_submit_scores_once_and_missed_questions_join_the_study_queue(client, quiz, learner):
    client.force_login(learner)
    response = client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    assert response.url == f"/courses/attempts/{attempt.pk}/"
    _answer_all(attempt, right=3)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    again = client.post(f"/courses/attempts/{attempt.pk}/submit/", follow=True)
    attempt.refresh_from_db()
    assert attempt.score == 3 and attempt.max_score == 4 and not attempt.late
    assert any("すでに提出" in m for m in messages_of(again))
    missed = attempt.answers.get(correct=False).question_id
    card = LearnerCard.objects.get(user=learner)
    assert card.question_id == missed and card.reps == 0 and card.due <= timezone.now()
    # The study loop shows the missed question first.
    study = client.get(f"/learn/study/article/{quiz.article.slug}/")
    assert study.context["question"].pk == missed
    # A second submit of the same attempt changed nothing; answers can no longer change.
    with pytest.raises(CourseError):
        save_answer(attempt=attempt, question_id=missed, response="x", now=timezone.now())


def test_answers_are_saved_as_they_go_and_a_reload_shows_them(client, quiz, learner):
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    first = attempt.answers.select_related("question").get(position=1)
    response = client.post(
        f"/courses/attempts/{attempt.pk}/answer/",
        {"question": first.question_id, "response": first.question.answer},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200 and "<html" not in response.content.decode()
    page = client.get(f"/courses/attempts/{attempt.pk}/").content.decode()
    assert "保存しました" in page
    first.refresh_from_db()
    assert first.correct is True and first.response == first.question.answer


def test_tampered_ids_are_refused_without_a_500(client, quiz, learner, article):
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    foreign = article.questions.exclude(pk__in=attempt.answers.values("question_id")).first()
    for value in (str(foreign.pk), "abc", "", "99999999"):
        response = client.post(
            f"/courses/attempts/{attempt.pk}/answer/",
            {"question": value, "response": "x"},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 400
        assert "この受験の問題ではありません" in response.content.decode()
    assert not AttemptAnswer.objects.filter(attempt=attempt, answered_at__isnull=False).exists()
    # Someone else's attempt does not exist for this learner.
    other = make_user()
    client.force_login(other)
    assert client.post(f"/courses/attempts/{attempt.pk}/submit/").status_code == 404
    assert client.get(f"/courses/attempts/{attempt.pk}/").status_code == 404
    assert (
        client.post(f"/courses/attempts/{attempt.pk}/answer/", {"question": 1}).status_code == 404
    )


def test_the_attempts_limit_is_enforced(client, course, article, learner):
    quiz = make_assignment(course=course, article=article, max_attempts=1, question_count=2)
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    response = client.post(f"/courses/assignments/{quiz.pk}/start/", follow=True)
    assert any("すべて使いました" in m for m in messages_of(response))
    assert Attempt.objects.filter(user=learner).count() == 1


def test_the_quiz_page_says_how_many_attempts_are_left_and_which_counts(
    client, course, article, learner
):
    # A walker after attempt 1 of 2 saw the same 「小テストを始める」 and nothing more.
    quiz = make_assignment(course=course, article=article, max_attempts=2, question_count=2)
    client.force_login(learner)
    page = client.get(f"/courses/assignments/{quiz.pk}/").content.decode()
    assert "回受験できます" not in page  # nothing to say before the first attempt
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    page = client.get(f"/courses/assignments/{quiz.pk}/").content.decode()
    assert "あと1回受験できます。" in page and "いちばん良い結果が成績になります。" in page


def test_a_late_submission_is_marked(course, article, learner):
    now = timezone.now()
    quiz = make_assignment(
        course=course,
        article=article,
        opens_at=now - timedelta(days=3),
        due_at=now - timedelta(days=1),
    )
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    assert submit_attempt(attempt=attempt, now=now).attempt.late


def test_no_late_attempt_when_answers_are_shown_after_the_due_date(course, article, learner):
    now = timezone.now()
    quiz = make_assignment(
        course=course,
        article=article,
        opens_at=now - timedelta(days=3),
        due_at=now - timedelta(days=1),
        show_answers="after_due",
    )
    with pytest.raises(CourseError):
        start_attempt(assignment=quiz, user=learner, now=now)


def test_the_time_limit_is_enforced_on_the_server(course, article, learner):
    now = timezone.now()
    quiz = make_assignment(course=course, article=article, time_limit_minutes=10)
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    question = attempt.answers.select_related("question").first().question
    save_answer(attempt=attempt, question_id=question.pk, response=question.answer, now=now)
    later = now + timedelta(minutes=11)
    with pytest.raises(CourseError, match="時間"):
        save_answer(attempt=attempt, question_id=question.pk, response="x", now=later)
    submitted = submit_attempt(attempt=attempt, now=later).attempt
    assert submitted.submitted_at == attempt.ends_at and submitted.score == 1


def test_an_answer_after_the_time_limit_submits_the_attempt_and_says_so(
    client, course, article, learner
):
    quiz = make_assignment(course=course, article=article, time_limit_minutes=10)
    attempt = start_attempt(
        assignment=quiz, user=learner, now=timezone.now() - timedelta(minutes=11)
    )
    first, second = attempt.answers.select_related("question")[:2]
    AttemptAnswer.objects.filter(pk=first.pk).update(
        response=first.question.answer, correct=True, answered_at=attempt.started_at
    )
    client.force_login(learner)
    response = client.post(
        f"/courses/attempts/{attempt.pk}/answer/",
        {"question": second.question_id, "response": second.question.answer},
        headers={"HX-Request": "true"},
    )
    # The whole page goes to the result, not one question to an error line.
    assert response.status_code == 204
    assert response.headers["HX-Redirect"] == f"/courses/attempts/{attempt.pk}/"
    attempt.refresh_from_db()
    assert attempt.submitted and attempt.score == 1 and attempt.submitted_at == attempt.ends_at
    page = client.get(f"/courses/attempts/{attempt.pk}/")
    assert "時間切れ" in " ".join(messages_of(page))
    assert page.context["seconds_left"] is None


def test_opening_an_attempt_after_its_time_submits_it_and_says_so(client, course, article, learner):
    quiz = make_assignment(course=course, article=article, time_limit_minutes=5)
    attempt = start_attempt(
        assignment=quiz, user=learner, now=timezone.now() - timedelta(minutes=6)
    )
    client.force_login(learner)
    response = client.get(f"/courses/attempts/{attempt.pk}/")
    assert response.context["attempt"].submitted
    assert "時間切れ" in " ".join(messages_of(response))
    # Seen again, it is just the result.
    assert messages_of(client.get(f"/courses/attempts/{attempt.pk}/")) == []


def test_the_page_counts_down_from_the_servers_clock(client, course, article, learner):
    quiz = make_assignment(course=course, article=article, time_limit_minutes=10)
    attempt = start_attempt(
        assignment=quiz, user=learner, now=timezone.now() - timedelta(minutes=3)
    )
    client.force_login(learner)
    response = client.get(f"/courses/attempts/{attempt.pk}/")
    assert 7 * 60 - 5 <= response.context["seconds_left"] <= 7 * 60
    assert f'data-seconds-left="{response.context["seconds_left"]}"' in response.text
    untimed = make_assignment(course=course, article=article, title="untimed")
    other = start_attempt(assignment=untimed, user=learner, now=timezone.now())
    assert "data-quiz-timer" not in client.get(f"/courses/attempts/{other.pk}/").text


def test_answers_shown_after_the_due_date_end_an_attempt_at_that_date(course, article, learner):
    now = timezone.now()
    quiz = make_assignment(
        course=course,
        article=article,
        opens_at=now - timedelta(days=1),
        due_at=now + timedelta(minutes=20),
        show_answers="after_due",
        time_limit_minutes=60,
    )
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    # Past the due date a classmate's result shows every key, so answering then would copy.
    assert attempt.ends_at == quiz.due_at
    untimed = make_assignment(
        course=course,
        article=article,
        title="untimed",
        opens_at=now - timedelta(days=1),
        due_at=now + timedelta(minutes=20),
        show_answers="after_due",
    )
    assert start_attempt(assignment=untimed, user=learner, now=now).ends_at == untimed.due_at
    shown_at_once = make_assignment(course=course, article=article, title="open book")
    assert start_attempt(assignment=shown_at_once, user=learner, now=now).ends_at is None


def test_answers_are_hidden_until_the_due_date_when_asked(client, course, article, learner):
    quiz = make_assignment(course=course, article=article, show_answers="after_due")
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    response = client.get(f"/courses/attempts/{attempt.pk}/")
    assert response.context["show_answers"] is False


def test_archived_and_deleted_articles(client, teacher, learner, course, quiz):
    spare = make_article(
        user=teacher, text="# 予備の記事\n\n図書館は駅の近くにある。本は三万冊ある。\n"
    )
    client.force_login(teacher)
    # Assigned: the page says so at once and offers the archive, with no delete button (a
    # walker's teacher pressed it only to be refused); a delete posted anyway is refused.
    page = client.get(f"/articles/{quiz.article.slug}/delete/").content.decode()
    assert "削除できません" in page and "完全に削除する" not in page
    assert f'action="{reverse("content:article_archive", args=[quiz.article.slug])}"' in page
    spare_page = client.get(f"/articles/{spare.slug}/delete/").content.decode()
    assert "完全に削除する" in spare_page and "in-use" not in spare_page
    response = client.post(f"/articles/{quiz.article.slug}/delete/", {"confirm": quiz.article.slug})
    assert Article.objects.filter(pk=quiz.article.pk).exists()
    client.post(f"/articles/{quiz.article.slug}/archive/")
    quiz.article.refresh_from_db()
    assert quiz.article.archived_at is not None
    # Never studied nor assigned: deleted after confirmation, and not before.
    assert client.post(f"/articles/{spare.slug}/delete/").status_code == 200
    assert Article.objects.filter(pk=spare.pk).exists()
    client.post(f"/articles/{spare.slug}/delete/", {"confirm": spare.slug})
    assert not Article.objects.filter(pk=spare.pk).exists()
    assert response.status_code == 302


def test_learner_home_shows_assignments_with_status(client, quiz, learner):
    client.force_login(learner)
    response = client.get("/")
    assert response.status_code == 200
    [(assignment, cell)] = response.context["assignments"]
    assert assignment == quiz and cell.status == "todo"


def test_instructor_sees_a_course_learners_progress_but_not_others(client, teacher, learner):
    make_course(instructor=teacher, learners=[learner])
    stranger = make_user()
    client.force_login(teacher)
    assert client.get(f"/learn/progress/{learner.pk}/").status_code == 200
    assert client.get(f"/learn/progress/{stranger.pk}/").status_code == 403


def test_gradebook_and_csv(client, course, teacher, learner, quiz):
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    _answer_all(attempt, right=2)
    submit_attempt(attempt=attempt, now=timezone.now())
    learner.username = "=HYPERLINK()"
    learner.save()
    client.force_login(teacher)
    response = client.get(f"/courses/{course.pk}/gradebook/")
    [row] = response.context["book"].rows
    assert row.cells[0].score == 50 and row.cells[0].status == "done"
    csv = client.get(f"/courses/{course.pk}/gradebook.csv").content.decode("utf-8")
    assert csv.startswith("\ufeff") and "'=HYPERLINK()" in csv and "50.0" in csv
    responses = client.get(f"/courses/assignments/{quiz.pk}/responses.csv").content.decode()
    assert responses.startswith("\ufeff") and responses.count("\r\n") == 1 + 4
    analysis = client.get(f"/courses/assignments/{quiz.pk}/analysis/")
    assert analysis.context["stats"].attempts == 1


def test_the_csv_files_say_what_the_pages_say(client, course, teacher, learner, article):
    # A walker: true/false answers came out as true and false, and the gradebook's header
    # said 「(score %)」 beside 「(状態)」.
    article.questions.filter(kind=QuestionKind.TRUEFALSE).update(status=QuestionStatus.PUBLISHED)
    quiz = make_assignment(
        course=course, article=article, kinds=[QuestionKind.TRUEFALSE], question_count=2
    )
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    _answer_all(attempt, right=1)
    submit_attempt(attempt=attempt, now=timezone.now())
    client.force_login(teacher)
    book = client.get(f"/courses/{course.pk}/gradebook.csv").content.decode("utf-8")
    assert "(得点率 %)" in book and "score" not in book
    responses = client.get(f"/courses/assignments/{quiz.pk}/responses.csv").content.decode()
    assert "正しい" in responses and "誤り" in responses
    assert ",true," not in responses and ",false," not in responses
    # A date and time a spreadsheet reads, not 2026-12-05T05:47:01.332787+09:00 (a walker).
    assert re.search(r",\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,", responses)


def test_instructor_creates_an_assignment_with_a_preview(client, course, teacher, article):
    client.force_login(teacher)
    now = timezone.localtime()
    data = {
        "title": "第2回",
        "article": article.pk,
        "question_count": 3,
        "mode": "quiz",
        "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
        "due_at": (now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
        "show_answers": "after_submit",
        "practice_target": "reviews",
        "target_reviews": 20,
        "target_mastery": 80,
    }
    preview = client.get(f"/courses/{course.pk}/assignments/preview/", data)
    assert preview.status_code == 200 and len(preview.context["drawn"]) == 3
    again = client.get(f"/courses/{course.pk}/assignments/preview/", data)
    assert again.context["drawn"] == preview.context["drawn"]
    response = client.post(f"/courses/{course.pk}/assignments/new/", data)
    assert response.status_code == 302
    bad = client.post(f"/courses/{course.pk}/assignments/new/", data | {"due_at": data["opens_at"]})
    assert bad.status_code == 400


def test_the_preview_names_a_spelling_question_as_the_learners_card_does(
    client, course, teacher, article
):
    # 漢字の書き, not the generic 多肢選択 (session 38).
    choices = article.questions.filter(kind="choice", status="published")
    for question in choices:
        question.extra = {**question.extra, "spelling": True}
        question.save(update_fields=["extra"])
    client.force_login(teacher)
    preview = client.get(
        f"/courses/{course.pk}/assignments/preview/",
        {"article": article.pk, "kinds": "spelling", "question_count": 1, "mode": "quiz"},
    )
    assert choices.exists() and len(preview.context["drawn"]) == 1
    assert '<span class="badge">漢字の書き</span>' in preview.content.decode()


def test_the_preview_shows_each_questions_options_and_key(client, course, teacher, article):
    # A walker: the preview listed prompts alone, so an instructor could not check a
    # question's options or its key before handing the quiz out.
    client.force_login(teacher)
    choice = article.questions.filter(kind="choice", status="published").first()
    preview = client.get(
        f"/courses/{course.pk}/assignments/preview/",
        {"article": article.pk, "kinds": "choice", "question_count": 1, "mode": "quiz"},
    )
    [drawn] = preview.context["drawn"]
    assert choice is not None and drawn.kind == "choice"
    html = preview.content.decode()
    for option in drawn.choices:
        assert option in html
    key = f'<li class="key"><span lang="ja">{drawn.answer}</span> <span class="badge">正しい答え</span></li>'
    assert key in html
    assert html.count('class="key"') == 1


def test_the_preview_gives_a_typed_questions_answer(client, course, teacher, article):
    # Generation keeps typed blanks as drafts: the instructor published them.
    publish_typed_blanks(article)
    client.force_login(teacher)
    typed = article.questions.filter(kind="cloze", status="published")
    preview = client.get(
        f"/courses/{course.pk}/assignments/preview/",
        {"article": article.pk, "kinds": "cloze", "question_count": 1, "mode": "quiz"},
    )
    [drawn] = preview.context["drawn"]
    assert typed.exists() and not drawn.choices
    assert f'正しい答え: <span lang="ja">{drawn.answer}</span>' in preview.content.decode()


def test_the_preview_says_when_an_attempt_holds_fewer_than_asked(client, course, teacher, article):
    client.force_login(teacher)
    pool = article.questions.filter(status="published").exclude(kind__in=["vocab"])
    sentences = len(set(pool.values_list("sentence_id", flat=True)))
    asked = sentences + 5
    preview = client.get(
        f"/courses/{course.pk}/assignments/preview/",
        {"article": article.pk, "question_count": asked, "mode": "quiz"},
    )
    drawn = preview.context["drawn"]
    assert len(drawn) < asked
    assert len({question.sentence_id for question in drawn}) == len(drawn)
    assert f"1回の受験は{len(drawn)}問です（指定は{asked}問）。" in preview.content.decode()


def test_the_preview_of_no_questions_says_so_and_counts_the_drafts(
    client, course, teacher, article
):
    client.force_login(teacher)
    article.questions.filter(kind=QuestionKind.CLOZE).update(status=QuestionStatus.DRAFT)
    drafts = article.questions.filter(kind=QuestionKind.CLOZE).count()
    assert drafts
    preview = client.get(
        f"/courses/{course.pk}/assignments/preview/",
        {"article": article.pk, "kinds": ["cloze"], "mode": "quiz"},
    )
    text = preview.content.decode()
    assert preview.context["pool_size"] == 0 and preview.context["drafts"] == drafts
    # Not the draw's explanation (at most one question of a sentence), which was wrong here.
    assert "1つの文" not in text
    assert "条件に合う公開中の問題がありません" in text
    assert f"{drafts}問が下書き" in text
    assert reverse("content:question_review", args=[article.slug]) in text
    assert "別の例を見る" not in text


def test_the_kinds_say_which_a_quiz_leaves_out_and_what_choice_holds(client, course, teacher):
    client.force_login(teacher)
    form = client.get(f"/courses/{course.pk}/assignments/new/").content.decode()
    assert "語彙（練習のみ" in form and "穴埋め（入力式）" in form
    # 漢字の書き is a kind of its own, as the question review and the analysis name it.
    assert 'value="spelling"' in form and "漢字の書き" in form and "穴埋めと漢字の書き" not in form


def test_an_instructor_sees_whose_attempt_and_their_answers(client, quiz, learner, teacher):
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    own = client.get(f"/courses/attempts/{attempt.pk}/").content.decode()
    assert "あなたの答え" in own and "受験者" not in own
    client.force_login(teacher)
    seen = client.get(f"/courses/attempts/{attempt.pk}/").content.decode()
    # Not "your answer" for a learner's answers, and the learner named (a walker, session 11).
    assert "受験者：gakusei" in seen and "学習者の答え" in seen and "あなたの答え" not in seen


def test_a_reading_question_of_a_quiz_shows_its_word_in_its_sentence(
    client, course, article, learner
):
    # The study card shows the sentence; the quiz showed only 「…」の読み方は？ (a walker).
    quiz = make_assignment(course=course, article=article, kinds=["reading"], question_count=1)
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    shown = attempt.answers.get().question
    page = client.get(f"/courses/attempts/{attempt.pk}/").content.decode()
    before, word, after = shown.highlighted_source
    assert shown.kind == "reading"
    assert f'<p class="context" lang="ja">{before}<mark>{word}</mark>{after}</p>' in page


def test_a_quiz_whose_answers_come_after_the_due_date_says_when_attempts_end(
    client, course, article, learner
):
    shown_later = make_assignment(course=course, article=article, show_answers="after_due")
    shown_at_once = make_assignment(course=course, article=article, title="open book")
    client.force_login(learner)
    ends = "遅くとも締め切りの時点で終わります"
    assert ends in client.get(shown_later.get_absolute_url()).text
    assert ends not in client.get(shown_at_once.get_absolute_url()).text


@pytest.mark.parametrize(
    "page", ["/courses/{course}/gradebook/", "/courses/assignments/{quiz}/", "/courses/teach/"]
)
def test_an_abandoned_timed_attempt_is_graded_when_the_teacher_looks(
    client, course, article, learner, teacher, page
):
    # A walker's learner closed the tab; her attempt stayed 「取り組み中」 with the old grade.
    quiz = make_assignment(course=course, article=article, time_limit_minutes=5)
    started = timezone.now() - timedelta(minutes=6)
    attempt = start_attempt(assignment=quiz, user=learner, now=started)
    first = attempt.answers.select_related("question").get(position=1)
    save_answer(
        attempt=attempt, question_id=first.question_id, response=first.question.answer, now=started
    )
    client.force_login(teacher)
    assert client.get(page.format(course=course.pk, quiz=quiz.pk)).status_code == 200
    attempt.refresh_from_db()
    assert attempt.submitted and attempt.score == 1
    assert attempt.submitted_at == attempt.ends_at


def test_an_abandoned_timed_attempt_is_graded_on_the_learners_home(
    client, course, article, learner
):
    quiz = make_assignment(course=course, article=article, time_limit_minutes=5)
    attempt = start_attempt(
        assignment=quiz, user=learner, now=timezone.now() - timedelta(minutes=6)
    )
    client.force_login(learner)
    client.get("/")
    attempt.refresh_from_db()
    assert attempt.submitted
    # An attempt with time left stays open.
    other = make_assignment(course=course, article=article, title="b", time_limit_minutes=30)
    running = start_attempt(assignment=other, user=learner, now=timezone.now())
    client.get("/")
    running.refresh_from_db()
    assert not running.submitted


def test_answers_held_till_the_due_date_hold_back_marks_and_the_study_queue(
    client, course, article, learner
):
    # A walker's missed question, studied at once, showed its key before the due date.
    quiz = make_assignment(course=course, article=article, show_answers="after_due")
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    submit_attempt(attempt=attempt, now=timezone.now())
    assert not LearnerCard.objects.filter(user=learner).exists()
    client.force_login(learner)
    page = client.get(f"/courses/attempts/{attempt.pk}/").text
    assert "✗" not in page and "✓" not in page
    assert "学習キューに追加しました" not in page
    assert not LearnerCard.objects.filter(user=learner).exists()
    # After the due date the page marks each answer and the missed questions join the queue.
    Assignment.objects.filter(pk=quiz.pk).update(
        opens_at=timezone.now() - timedelta(days=3), due_at=timezone.now() - timedelta(minutes=1)
    )
    page = client.get(f"/courses/attempts/{attempt.pk}/").text
    assert "✗" in page and "学習キューに追加しました" in page
    missed = attempt.answers.exclude(correct=True).values_list("question_id", flat=True)
    assert set(
        LearnerCard.objects.filter(user=learner).values_list("question_id", flat=True)
    ) == set(missed)


def test_a_perfect_attempt_says_nothing_about_missed_questions(client, quiz, learner):
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    _answer_all(attempt, right=attempt.answers.count())
    submit_attempt(attempt=attempt, now=timezone.now())
    client.force_login(learner)
    page = client.get(f"/courses/attempts/{attempt.pk}/").text
    assert "学習キューに追加しました" not in page and "課題に戻る" in page


def test_a_retake_in_progress_is_continued_not_started(client, quiz, learner):
    first = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    submit_attempt(attempt=first, now=timezone.now())
    start_attempt(assignment=quiz, user=learner, now=timezone.now())
    client.force_login(learner)
    page = client.get(quiz.get_absolute_url()).text
    assert "小テストを続ける" in page
    assert "小テストを始める" not in page


def test_the_preview_of_word_cards_for_a_quiz_says_they_are_for_practice(
    client, course, teacher, article
):
    client.force_login(teacher)
    url = f"/courses/{course.pk}/assignments/preview/"
    quiz = client.get(url, {"article": article.pk, "kinds": ["vocab"], "mode": "quiz"})
    assert quiz.context["ungraded_only"] and "練習専用" in quiz.text
    assert "下書き" not in quiz.text  # no drafts to publish would help
    practice = client.get(url, {"article": article.pk, "kinds": ["vocab"], "mode": "practice"})
    assert not practice.context["ungraded_only"] and practice.context["drawn"]
    # A word card shows what the learner's card shows once turned, and practice has no draw.
    word = practice.context["drawn"][0]
    assert f'読み: <span lang="ja">{word.extra["reading"]}</span>' in practice.text
    assert "この練習で数える問題" in practice.text and "別の例を見る" not in practice.text


def test_an_assignment_page_names_its_sections_and_kinds(client, course, article, learner):
    section = article.sections.order_by("position").first()
    quiz = make_assignment(course=course, article=article, kinds=["choice", "reading"])
    quiz.sections.set([section])
    client.force_login(learner)
    page = client.get(quiz.get_absolute_url()).text
    assert section.display_heading in page
    assert "多肢選択、漢字の読み" in page
    whole = make_assignment(course=course, article=article, title="全体")
    page = client.get(whole.get_absolute_url()).text
    assert "記事全体" in page and "すべての種類" in page


def test_the_teaching_page_counts_learners_who_submitted_not_attempts(
    client, course, article, learner, teacher
):
    quiz = make_assignment(course=course, article=article)
    late = make_assignment(course=course, article=article, title="先週の小テスト")
    Assignment.objects.filter(pk=late.pk).update(
        opens_at=timezone.now() - timedelta(days=5), due_at=timezone.now() - timedelta(days=1)
    )
    Enrollment.objects.create(course=course, user=make_user(username="other"), role="learner")
    for _ in range(2):
        submit_attempt(
            attempt=start_attempt(assignment=quiz, user=learner, now=timezone.now()),
            now=timezone.now(),
        )
    client.force_login(teacher)
    page = client.get("/courses/teach/").text
    # Two attempts of one learner, of two: not 「提出2件」.
    assert "提出 1/2人" in page
    assert "締め切り済み" in page


def test_the_results_name_the_learners_who_have_not_started(
    client, course, article, learner, teacher
):
    quiz = make_assignment(course=course, article=article)
    Enrollment.objects.create(course=course, user=make_user(username="hanako"), role="learner")
    submit_attempt(
        attempt=start_attempt(assignment=quiz, user=learner, now=timezone.now()),
        now=timezone.now(),
    )
    client.force_login(teacher)
    response = client.get(quiz.get_absolute_url())
    assert [user.username for user in response.context["not_started"]] == ["hanako"]
    assert "まだ受験していない学習者: hanako" in response.text


def test_a_missed_quiz_scores_zero_and_an_unanswered_question_is_wrong_in_the_csv(
    client, course, article, learner, teacher
):
    missed = make_assignment(course=course, article=article, title="逃した小テスト")
    Assignment.objects.filter(pk=missed.pk).update(
        opens_at=timezone.now() - timedelta(days=5), due_at=timezone.now() - timedelta(days=1)
    )
    taken = make_assignment(course=course, article=article, title="受けた小テスト")
    attempt = start_attempt(assignment=taken, user=learner, now=timezone.now())
    submit_attempt(attempt=attempt, now=timezone.now())  # nothing answered
    client.force_login(teacher)
    book = client.get(f"/courses/{course.pk}/gradebook.csv").content.decode("utf-8-sig")
    # 0.0 and 未提出 for the missed quiz: a walker's teacher averaging blanks left it out.
    assert "0.0,未提出" in book
    responses = client.get(f"/courses/assignments/{taken.pk}/responses.csv").content.decode()
    rows = list(csv.reader(io.StringIO(responses.lstrip("\ufeff"))))[1:]
    assert rows and all(row[7] == "0" for row in rows), rows


def test_the_assignment_form_says_quiz_questions_are_studied_too(client, course, teacher):
    client.force_login(teacher)
    page = client.get(f"/courses/{course.pk}/assignments/new/").text
    # Under the setting for when answers are shown, which a Moodle teacher reads as secrecy.
    setting = page[page.index('name="show_answers"') :]
    assert "問題を秘密にはしません" in setting[: setting.index("</div>", setting.index("help"))]


def test_a_teachers_home_leads_to_their_courses(client, course, teacher, learner):
    # A walker's teacher landed on the learner's first steps, the teaching page two small
    # buttons away.
    client.force_login(teacher)
    page = client.get("/").content.decode()
    assert "1 つのコースを担当しています" in page and 'href="/courses/teach/"' in page
    assert "「学習」を押して" not in page
    client.force_login(learner)
    assert "担当しています" not in client.get("/").content.decode()


def test_a_quiz_of_kanji_spelling_alone(course, article):
    """A walker's teacher could filter 漢字の書き in the review but not assign it on its own."""
    from content.models import QuestionKind

    spelling = article.questions.filter(
        kind=QuestionKind.CHOICE, extra__has_key="spelling", status="published"
    )
    plain = article.questions.filter(kind=QuestionKind.CHOICE, status="published").exclude(
        extra__has_key="spelling"
    )
    assert spelling.exists() and plain.exists()
    only = make_assignment(course=course, article=article, kinds=["spelling"], question_count=3)
    assert set(only.questions.all()) == set(spelling)
    choices = make_assignment(course=course, article=article, kinds=["choice"], question_count=3)
    assert set(choices.questions.all()) == set(plain)


def test_an_old_multiple_choice_assignment_keeps_its_kanji_spelling(course, article):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0019_choice_kind_keeps_spelling")
    old = make_assignment(course=course, article=article, kinds=["choice", "reading"])
    other = make_assignment(course=course, article=article, kinds=["reading"], title="読み")
    migration.spelling_beside_choice(apps, None)
    old.refresh_from_db()
    other.refresh_from_db()
    assert old.kinds == ["choice", "reading", "spelling"] and other.kinds == ["reading"]
