"""A later due date for one learner (a walker's teacher had no way to give one): their work is
late only after it, their practice counts until it, and a quiz whose answers are shown after
the due date keeps them from the class until the last learner's."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.courses.gradebook import gradebook
from quizzes.courses.models import Extension
from quizzes.courses.services import (
    CourseError,
    answers_visible,
    grant_extension,
    start_attempt,
    submit_attempt,
    withdraw_extension,
)
from tests.factories import make_assignment, make_user
from tests.quizzes.study_helpers import review

pytestmark = pytest.mark.django_db


@pytest.fixture
def classmate(course):
    from quizzes.courses.models import Enrollment, Role

    user = make_user(username="kurasumeito")
    Enrollment.objects.create(course=course, user=user, role=Role.LEARNER)
    return user


def _past_due(course, article, **fields):
    now = timezone.now()
    return make_assignment(
        course=course,
        article=article,
        opens_at=now - timedelta(days=3),
        due_at=now - timedelta(days=1),
        **fields,
    )


def _cells(course, now):
    book = gradebook(course=course, now=now)
    return {row.user.username: row.cells[0] for row in book.rows}


def test_an_extended_learner_is_not_missing_and_submits_on_time(
    course, article, learner, classmate
):
    quiz = _past_due(course, article)
    now = timezone.now()
    grant_extension(
        now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=now + timedelta(days=2)
    )

    cells = _cells(course, now)
    assert cells["gakusei"].status == "todo"
    assert cells["gakusei"].extended_to == Extension.objects.get().due_at
    assert cells["kurasumeito"].status == "missing" and cells["kurasumeito"].extended_to is None

    mine = submit_attempt(attempt=start_attempt(assignment=quiz, user=learner, now=now), now=now)
    theirs = submit_attempt(
        attempt=start_attempt(assignment=quiz, user=classmate, now=now), now=now
    )
    assert not mine.attempt.late and theirs.attempt.late
    cells = _cells(course, now)
    assert (cells["gakusei"].status, cells["kurasumeito"].status) == ("done", "late")


def test_an_extension_ends_after_the_due_date_and_is_for_a_learner_of_the_course(
    course, article, learner, teacher
):
    quiz = make_assignment(course=course, article=article)
    with pytest.raises(CourseError, match="課題の締め切りより後"):
        grant_extension(now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=quiz.due_at)
    with pytest.raises(CourseError, match="学習者"):
        grant_extension(
            now=timezone.now(),
            assignment=quiz,
            user_id=teacher.pk,
            due_at=quiz.due_at + timedelta(days=1),
        )
    with pytest.raises(CourseError, match="学習者"):
        grant_extension(
            now=timezone.now(),
            assignment=quiz,
            user_id=make_user().pk,
            due_at=quiz.due_at + timedelta(days=1),
        )
    # Granting again moves the date; withdrawing brings back the class's.
    grant_extension(
        now=timezone.now(),
        assignment=quiz,
        user_id=learner.pk,
        due_at=quiz.due_at + timedelta(days=1),
    )
    later = quiz.due_at + timedelta(days=3)
    grant_extension(now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=later)
    assert list(Extension.objects.values_list("due_at", flat=True)) == [later]
    assert withdraw_extension(assignment=quiz, user_id=learner.pk)
    assert not Extension.objects.exists()


def test_after_due_answers_wait_for_the_last_learners_due_date(course, article, learner, classmate):
    now = timezone.now()
    quiz = make_assignment(
        course=course,
        article=article,
        show_answers="after_due",
        opens_at=now - timedelta(days=3),
        due_at=now + timedelta(hours=1),
    )
    early = submit_attempt(
        attempt=start_attempt(assignment=quiz, user=classmate, now=now), now=now
    ).attempt
    grant_extension(
        now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=now + timedelta(days=2)
    )
    after_class_due = now + timedelta(hours=2)
    # The classmate's keys stay hidden while the extended learner may still take the quiz...
    assert not answers_visible(attempt=early, now=after_class_due)
    attempt = start_attempt(assignment=quiz, user=learner, now=after_class_due)
    assert attempt.ends_at == Extension.objects.get().due_at
    # ...and the classmate, past their own due date, may not start another attempt.
    with pytest.raises(CourseError, match="締め切りを過ぎました"):
        start_attempt(assignment=quiz, user=classmate, now=after_class_due)
    assert answers_visible(attempt=early, now=now + timedelta(days=2, minutes=1))


def test_practice_counts_the_extended_learners_reviews_until_their_date(
    course, article, learner, classmate
):
    practice = _past_due(course, article, mode="practice", target_reviews=2)
    question = practice.questions.first()
    after_class_due = practice.due_at + timedelta(hours=2)
    grant_extension(
        now=timezone.now(),
        assignment=practice,
        user_id=learner.pk,
        due_at=practice.due_at + timedelta(days=1),
    )
    for user in (learner, classmate):
        review(user, question, after_class_due)
        review(user, question, after_class_due + timedelta(minutes=20))
    cells = _cells(course, after_class_due + timedelta(hours=1))
    assert cells["gakusei"].status == "met"
    assert cells["kurasumeito"].status == "met_late"


def test_the_learner_sees_their_own_due_date_on_their_home_and_assignment(
    client, course, article, learner
):
    quiz = _past_due(course, article, title="遅れた小テスト")
    quiz.due_at = timezone.now() - timedelta(days=10)
    quiz.opens_at = quiz.due_at - timedelta(days=1)
    quiz.save()
    extended = timezone.now() + timedelta(days=2)
    grant_extension(now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=extended)
    client.force_login(learner)
    # Due ten days ago for the class, which the home page no longer lists; this learner's is ahead.
    home = client.get("/").content.decode()
    assert "遅れた小テスト" in home and "延長" in home
    page = client.get(quiz.get_absolute_url()).content.decode()
    assert timezone.localtime(extended).strftime("%Y-%m-%d %H:%M") in page
    assert "クラスの締め切り" in page and "小テストを始める" in page


def test_the_teacher_grants_and_withdraws_on_the_assignment_page(
    client, course, article, learner, teacher
):
    quiz = make_assignment(course=course, article=article)
    client.force_login(teacher)
    url = f"/courses/assignments/{quiz.pk}/extensions/"
    # A date before the class's: the page again, with the reason, and nothing stored.
    refused = client.post(
        url,
        {
            "learner": learner.pk,
            "due_at": timezone.localtime(quiz.due_at - timedelta(days=1)).strftime(
                "%Y-%m-%dT%H:%M"
            ),
        },
    )
    assert refused.status_code == 400
    assert "課題の締め切り（" in refused.content.decode() and not Extension.objects.exists()
    later = timezone.localtime(quiz.due_at + timedelta(days=2)).replace(second=0, microsecond=0)
    granted = client.post(
        url, {"learner": learner.pk, "due_at": later.strftime("%Y-%m-%dT%H:%M")}, follow=True
    )
    assert Extension.objects.get().due_at == later
    page = granted.content.decode()
    assert "gakusei さんの締め切りを" in page and "取り消す" in page
    client.post(f"/courses/assignments/{quiz.pk}/extensions/{learner.pk}/withdraw/")
    assert not Extension.objects.exists()


def test_the_gradebook_marks_an_extended_learners_cell(client, course, article, learner, teacher):
    quiz = make_assignment(course=course, article=article)
    extended = quiz.due_at + timedelta(days=3)
    grant_extension(now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=extended)
    client.force_login(teacher)
    page = client.get(f"/courses/{course.pk}/gradebook/").content.decode()
    assert f'<span class="cell-extended">延長 {timezone.localtime(extended):%m/%d}</span>' in page


def test_an_open_attempt_closing_at_the_due_date_closes_at_the_new_one(course, article, learner):
    now = timezone.now()
    quiz = make_assignment(
        course=course, article=article, show_answers="after_due", due_at=now + timedelta(hours=1)
    )
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    assert attempt.ends_at == quiz.due_at
    later = now + timedelta(days=1)
    grant_extension(now=now, assignment=quiz, user_id=learner.pk, due_at=later)
    attempt.refresh_from_db()
    assert attempt.ends_at == later


def test_no_extension_once_the_class_has_seen_the_answers(course, article, learner):
    quiz = _past_due(course, article, show_answers="after_due")
    with pytest.raises(CourseError, match="正解はすでにクラスに公開"):
        grant_extension(
            now=timezone.now(),
            assignment=quiz,
            user_id=learner.pk,
            due_at=timezone.now() + timedelta(days=1),
        )
    assert not Extension.objects.exists()


def test_the_refusal_names_the_class_due_date_and_a_reload_leads_back(
    client, course, article, learner, teacher
):
    """A walker's teacher scrolled up for the class's date, then reloaded the error page's
    address (the form's) and met a bare 405."""
    quiz = make_assignment(course=course, article=article)
    client.force_login(teacher)
    url = f"/courses/assignments/{quiz.pk}/extensions/"
    refused = client.post(url, {"learner": learner.pk, "due_at": ""})
    assert refused.status_code == 400 and not Extension.objects.exists()
    early = timezone.localtime(quiz.due_at - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    page = client.post(url, {"learner": learner.pk, "due_at": early}).content.decode()
    assert timezone.localtime(quiz.due_at).strftime("%Y-%m-%d %H:%M") in page
    reloaded = client.get(url)
    assert reloaded.status_code == 302 and reloaded.url == quiz.get_absolute_url()
    # Only the course's instructors: anyone else is refused as before.
    client.force_login(learner)
    assert client.get(url).status_code in (403, 404)


def test_a_learner_not_started_shows_their_extension_in_the_results(
    client, course, article, learner, teacher, classmate
):
    quiz = make_assignment(course=course, article=article)
    extended = quiz.due_at + timedelta(days=3)
    grant_extension(now=timezone.now(), assignment=quiz, user_id=learner.pk, due_at=extended)
    client.force_login(teacher)
    page = client.get(quiz.get_absolute_url()).content.decode()
    line = page[page.index('class="not-started"') :]
    line = line[: line.index("</p>")]
    assert (
        f'gakusei <span class="muted">({timezone.localtime(extended):%m/%d %H:%M} まで延長)' in line
    )
    assert "kurasumeito" in line and line.count("延長") == 1
