"""The demo course that `make run` shows: the teacher's course with the demo learner and a
few classmates who have already taken the quiz, so the gradebook and item analysis have data.
Safe to run again: everything is looked up before it is created."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from content.models import Article
from quizzes.courses.models import Assignment, Course, Enrollment, Mode, PracticeTarget, Role
from quizzes.courses.services import (
    create_course,
    save_answer,
    save_assignment,
    start_attempt,
    submit_attempt,
)

DEMO_COURSE = "読解 入門クラス（デモ）"
DEMO_QUIZ = "第1回 小テスト：みなと市立図書館"
DEMO_PRACTICE = "練習：図書館の十年計画を復習する"
CLASSMATES = ("aoi", "haruto", "yui", "sota", "mei", "ren")
# How often each classmate answers right, so the scores spread out.
SKILL = (0.95, 0.85, 0.7, 0.6, 0.45, 0.3)


def _day_start(moment):
    return timezone.localtime(moment).replace(hour=0, minute=0, second=0, microsecond=0)


def _day_end(moment):
    """A due date as a teacher sets one, at the end of a day (a walker's read 15:59, the minute
    the demo was loaded)."""
    return timezone.localtime(moment).replace(hour=23, minute=59, second=0, microsecond=0)


@transaction.atomic
def load_demo_course(*, teacher, learner, article: Article) -> Course:
    course = Course.objects.filter(name=DEMO_COURSE, enrollments__user=teacher).first()
    if course is None:
        course = create_course(
            instructor=teacher,
            name=DEMO_COURSE,
            description="デモ用のコースです。参加コードを学習者に伝えてください。",
        )
    User = get_user_model()
    classmates = []
    for username in CLASSMATES:
        user, created = User.objects.get_or_create(username=f"demo-{username}")
        if created:
            user.set_unusable_password()
            user.save()
        classmates.append(user)
    for user in [learner, *classmates]:
        Enrollment.objects.get_or_create(course=course, user=user, defaults={"role": Role.LEARNER})
    now = timezone.now()
    quiz = course.assignments.filter(title=DEMO_QUIZ).first() or save_assignment(
        course=course,
        sections=[],
        title=DEMO_QUIZ,
        article=article,
        kinds=[],
        question_count=8,
        mode=Mode.QUIZ,
        opens_at=_day_start(now - timedelta(days=2)),
        due_at=_day_end(now + timedelta(days=5)),
        max_attempts=2,
        time_limit_minutes=None,
        show_answers="after_submit",
    )
    if not course.assignments.filter(title=DEMO_PRACTICE).exists():
        save_assignment(
            course=course,
            sections=[],
            title=DEMO_PRACTICE,
            article=article,
            kinds=[],
            question_count=20,
            mode=Mode.PRACTICE,
            opens_at=_day_start(now - timedelta(days=1)),
            due_at=_day_end(now + timedelta(days=10)),
            practice_target=PracticeTarget.REVIEWS,
            target_reviews=30,
        )
    _classmates_take(quiz=quiz, classmates=classmates, now=now)
    return course


def _classmates_take(*, quiz: Assignment, classmates: list, now) -> None:
    rng = random.Random(2026)  # the same demo every time
    for user, skill in zip(classmates, SKILL, strict=True):
        if quiz.attempts.filter(user=user).exists():
            continue
        started = now - timedelta(hours=rng.randint(2, 30))
        attempt = start_attempt(assignment=quiz, user=user, now=started)
        for answer in attempt.answers.select_related("question"):
            question = answer.question
            wrong = [c for c in question.choices if c != question.answer] or ["わからない"]
            response = question.answer if rng.random() < skill else rng.choice(wrong)
            save_answer(attempt=attempt, question_id=question.pk, response=response, now=started)
        submit_attempt(attempt=attempt, now=started + timedelta(minutes=rng.randint(5, 15)))
