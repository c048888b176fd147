"""An instructor's edit of a question never rewrites an attempt already made (a walker's teacher
changed a key, and the attempt then showed the learner's answer, equal to the new key, marked
wrong); a regrade, asked for on the quiz's page, marks the attempts by the current version."""

import pytest
from django.utils import timezone

from content.questions import edit_question
from quizzes.courses.models import Attempt, AttemptAnswer
from quizzes.courses.services import (
    regrade_attempts,
    save_answer,
    start_attempt,
    submit_attempt,
)
from tests.factories import make_assignment

pytestmark = pytest.mark.django_db


def _choice_quiz(course, article):
    quiz = make_assignment(course=course, article=article, kinds=["choice"], question_count=2)
    assert quiz.questions.count() >= 2
    return quiz


def _taken(quiz, learner, *, right: bool):
    """The learner's submitted attempt: the first question answered right or wrong."""
    now = timezone.now()
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    first = attempt.answers.select_related("question").order_by("position").first()
    question = first.question
    wrong = next(choice for choice in question.choices if choice != question.answer)
    save_answer(
        attempt=attempt,
        question_id=question.pk,
        response=question.answer if right else wrong,
        now=now,
    )
    submit_attempt(attempt=attempt, now=now)
    attempt.refresh_from_db()
    return attempt, question, wrong


def _edit(question, **changes):
    fields = {
        "prompt": question.prompt,
        "answer": question.answer,
        "accepted_answers": list(question.accepted_answers),
        "choices": list(question.choices),
        **changes,
    }
    edit_question(question=question, **fields)
    question.refresh_from_db()


def test_an_edited_key_leaves_the_attempt_as_the_learner_took_it(
    client, course, article, learner, teacher
):
    quiz = _choice_quiz(course, article)
    attempt, question, wrong = _taken(quiz, learner, right=False)
    old_prompt, old_key = question.prompt, question.answer
    _edit(question, prompt="書き直した問い［　？　］。", answer=wrong)

    answer = AttemptAnswer.objects.get(attempt=attempt, question=question)
    assert answer.shown_question.answer == old_key and answer.shown_question.prompt == old_prompt
    assert answer.correct is False and answer.edited_since
    client.force_login(teacher)
    page = client.get(attempt.get_absolute_url()).content.decode()
    assert old_prompt in page and "書き直した問い" not in page
    assert "受験の後に編集されています" in page
    # The quiz's page says so and offers the regrade; the score is untouched until then.
    detail = client.get(quiz.get_absolute_url()).content.decode()
    assert "編集された問題が 1 問" in detail and "受験を再採点する" in detail
    assert Attempt.objects.get(pk=attempt.pk).score == attempt.score
    analysis = client.get(f"/courses/assignments/{quiz.pk}/analysis/").content.decode()
    assert "受験後に編集" in analysis and old_prompt[:20] in analysis


def test_the_regrade_marks_by_the_current_version_and_rescores(
    client, course, article, learner, teacher
):
    quiz = _choice_quiz(course, article)
    attempt, question, wrong = _taken(quiz, learner, right=False)
    before = attempt.score
    _edit(question, answer=wrong)

    client.force_login(teacher)
    done = client.post(f"/courses/assignments/{quiz.pk}/regrade/", follow=True)
    assert "1 件の答えを採点し直しました" in done.content.decode()
    answer = AttemptAnswer.objects.get(attempt=attempt, question=question)
    assert answer.correct is True and answer.shown_question.answer == wrong
    assert not answer.edited_since
    assert Attempt.objects.get(pk=attempt.pk).score == before + 1
    assert "受験を再採点する" not in done.content.decode()
    # A second regrade has nothing left to do.
    outcome = regrade_attempts(assignment=quiz)
    assert (outcome.answers, outcome.rescored) == (0, 0)


def test_an_answer_no_longer_among_the_options_is_wrong(course, article, learner):
    quiz = _choice_quiz(course, article)
    attempt, question, _wrong = _taken(quiz, learner, right=True)
    kept = [choice for choice in question.choices if choice != question.answer]
    _edit(question, answer=kept[0], choices=[*kept, "新しい選択肢"])
    outcome = regrade_attempts(assignment=quiz)
    assert outcome.answers == 1 and outcome.rescored == 1
    assert AttemptAnswer.objects.get(attempt=attempt, question=question).correct is False
    assert Attempt.objects.get(pk=attempt.pk).score == attempt.score - 1


def test_an_attempt_in_progress_is_graded_against_the_question_it_shows(course, article, learner):
    quiz = _choice_quiz(course, article)
    now = timezone.now()
    attempt = start_attempt(assignment=quiz, user=learner, now=now)
    question = attempt.answers.select_related("question").order_by("position").first().question
    old_key = question.answer
    other = next(choice for choice in question.choices if choice != old_key)
    _edit(question, answer=other)
    saved = save_answer(attempt=attempt, question_id=question.pk, response=old_key, now=now)
    assert saved.correct is True


def test_only_the_courses_instructor_regrades(client, course, article, learner):
    quiz = _choice_quiz(course, article)
    client.force_login(learner)
    assert client.post(f"/courses/assignments/{quiz.pk}/regrade/").status_code == 403
    practice = make_assignment(course=course, article=article, mode="practice")
    teacher = course.enrollments.get(role="instructor").user
    client.force_login(teacher)
    assert client.post(f"/courses/assignments/{practice.pk}/regrade/").status_code == 403
    assert client.get(f"/courses/assignments/{quiz.pk}/regrade/").status_code == 405
