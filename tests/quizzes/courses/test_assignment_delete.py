"""An assignment made by mistake can be deleted, but never with a learner's work in it."""

import pytest
from django.utils import timezone

from quizzes.courses.models import Assignment, Attempt
from quizzes.courses.services import start_attempt
from quizzes.models import ReviewLog
from tests.factories import make_assignment
from tests.quizzes.study_helpers import review

pytestmark = pytest.mark.django_db


def test_a_quiz_nobody_attempted_is_deleted_after_asking(client, course, article, teacher):
    quiz = make_assignment(course=course, article=article, title="まちがえた小テスト")
    client.force_login(teacher)
    page = client.get(quiz.get_absolute_url()).content.decode()
    assert "まだ誰も受験していません" in page and "削除できません" not in page
    done = client.post(f"/courses/assignments/{quiz.pk}/delete/", follow=True)
    assert done.redirect_chain[-1][0] == course.get_absolute_url()
    assert "「まちがえた小テスト」を削除しました" in done.content.decode()
    assert not Assignment.objects.filter(pk=quiz.pk).exists()


def test_a_quiz_with_an_attempt_stays(client, course, article, teacher, learner):
    quiz = make_assignment(course=course, article=article)
    start_attempt(assignment=quiz, user=learner, now=timezone.now())
    client.force_login(teacher)
    page = client.get(quiz.get_absolute_url()).content.decode()
    # No button, and the page says why and what to do instead (a walker's teacher looked).
    assert "削除…" not in page
    assert "この小テストは削除できません" in page and "締め切りを今の時刻に" in page
    refused = client.post(f"/courses/assignments/{quiz.pk}/delete/", follow=True)
    assert "成績を残すため" in refused.content.decode()
    assert Assignment.objects.filter(pk=quiz.pk).exists() and Attempt.objects.count() == 1


def test_a_practice_goes_and_the_learners_reviews_stay(client, course, article, teacher, learner):
    practice = make_assignment(course=course, article=article, mode="practice")
    review(learner, practice.questions.first(), timezone.now())
    client.force_login(teacher)
    client.post(f"/courses/assignments/{practice.pk}/delete/")
    assert not Assignment.objects.filter(pk=practice.pk).exists()
    assert ReviewLog.objects.filter(user=learner).count() == 1


def test_a_learner_cannot_delete(client, course, article, learner):
    quiz = make_assignment(course=course, article=article)
    client.force_login(learner)
    assert client.post(f"/courses/assignments/{quiz.pk}/delete/").status_code == 403
    assert Assignment.objects.filter(pk=quiz.pk).exists()
