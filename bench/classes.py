"""Server time of the gradebook (200 learners × 20 assignments) and of item analysis
(500 attempts × 30 questions), beside a bare view measured in the same run.

Each is measured at a small and at the full size: the number of queries must not
grow with the class. Goal: both under 150 ms on this machine.
Run: `uv run python bench/classes.py` (about a minute on SQLite; set DATABASE_URL
to measure PostgreSQL).
"""

import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import django_with_fresh_database, install_bare_view, table

REQUESTS = 20
QUESTIONS = 30


def build_article(tag: str):
    """An article with QUESTIONS published choice questions, written directly (no generation)."""
    from content.models import Article, Question, QuestionStatus, Section

    article = Article.objects.create(
        title=f"bench {tag}",
        slug=f"bench-{tag}",
        source_format="text",
        original_text="x",
        checksum=f"bench-{tag}",
    )
    section = Section.objects.create(article=article, position=0, text="x")
    Question.objects.bulk_create(
        Question(
            article=article,
            section=section,
            source_text="文。",
            kind="choice",
            prompt=f"問{i}",
            answer="正",
            choices=["正", "誤1", "誤2", "誤3"],
            generator="bench",
            fingerprint=f"{tag}-{i}",
            status=QuestionStatus.PUBLISHED,
        )
        for i in range(QUESTIONS)
    )
    return article


def build_class(*, tag: str, learners: int, assignments: int, answers: bool):
    """A course with its learners, assignments, and one submitted attempt per learner and quiz."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from quizzes.courses.models import Attempt, AttemptAnswer, Enrollment, Role
    from quizzes.courses.services import create_course, save_assignment

    User = get_user_model()
    rng = random.Random(7)
    now = timezone.now()
    teacher = User.objects.create_user(username=f"teacher-{tag}")
    course = create_course(instructor=teacher, name=f"bench {tag}")
    users = User.objects.bulk_create(User(username=f"{tag}-{i:04}") for i in range(learners))
    Enrollment.objects.bulk_create(
        Enrollment(course=course, user=user, role=Role.LEARNER) for user in users
    )
    article = build_article(tag)
    made = []
    for index in range(assignments):
        practice = answers is False and index % 10 == 9  # a few practice targets in the gradebook
        made.append(
            save_assignment(
                course=course,
                sections=[],
                title=f"課題{index}",
                article=article,
                kinds=[],
                question_count=QUESTIONS,
                mode="practice" if practice else "quiz",
                opens_at=now - timedelta(days=30),
                due_at=now - timedelta(days=index),
            )
        )
    question_ids = list(article.questions.values_list("pk", flat=True))
    attempts = Attempt.objects.bulk_create(
        Attempt(
            assignment=assignment,
            user=user,
            number=1,
            seed=rng.getrandbits(40),
            started_at=now - timedelta(days=40),
            submitted_at=now - timedelta(days=35),
            score=rng.randint(0, QUESTIONS),
            max_score=QUESTIONS,
            late=rng.random() < 0.1,
        )
        for assignment in made
        if assignment.mode == "quiz"
        for user in users
    )
    if answers:
        skill = {user.pk: rng.random() for user in users}
        AttemptAnswer.objects.bulk_create(
            (
                AttemptAnswer(
                    attempt=attempt,
                    question_id=question_id,
                    position=position,
                    response="正",
                    correct=rng.random() < skill[attempt.user_id],
                    answered_at=now - timedelta(days=35),
                )
                for attempt in attempts
                for position, question_id in enumerate(question_ids, start=1)
            ),
            batch_size=5000,
        )
    return teacher, course, made[0]


def measure(client, url: str, bare_url: str) -> tuple[list[float], list[float], int]:
    from django.db import connection

    queries: list[str] = []

    def count(execute, sql, *args):
        queries.append(sql)
        return execute(sql, *args)

    client.get(url)
    with connection.execute_wrapper(count):
        assert client.get(url).status_code == 200
    timings, bare = [], []
    for _ in range(REQUESTS):
        for bucket, target in ((bare, bare_url), (timings, url)):
            started = time.perf_counter()
            response = client.get(target)
            bucket.append(time.perf_counter() - started)
            assert response.status_code == 200
    return timings, bare, len(queries)


def main() -> None:
    django_with_fresh_database()
    from django.conf import settings
    from django.test import Client

    bare_url = install_bare_view()
    rows = []
    cases = [
        ("gradebook", "gb-small", 20, 10, False),
        ("gradebook", "gb-full", 200, 20, False),
        ("item analysis", "ia-small", 50, 1, True),
        ("item analysis", "ia-full", 500, 1, True),
    ]
    for name, tag, learners, assignments, answers in cases:
        teacher, course, first = build_class(
            tag=tag, learners=learners, assignments=assignments, answers=answers
        )
        client = Client()
        client.force_login(teacher)
        url = (
            f"/courses/{course.pk}/gradebook/"
            if name == "gradebook"
            else f"/courses/assignments/{first.pk}/analysis/"
        )
        timings, bare, queries = measure(client, url, bare_url)
        size = (
            f"{learners} learners × {assignments} assignments"
            if name == "gradebook"
            else f"{learners} attempts × {QUESTIONS} questions"
        )
        baseline = statistics.median(bare)
        median = statistics.median(timings)
        rows.append(
            (
                name,
                size,
                f"{min(timings) * 1000:.1f} ms",
                f"{median * 1000:.1f} ms",
                f"{max(timings) * 1000:.1f} ms",
                f"{baseline * 1000:.1f} ms",
                f"{median / baseline:.1f}×",
                queries,
            )
        )
    headers = ("view", "size", "fastest", "median", "max", "bare median", "÷ bare", "queries")
    print(table(rows, headers))
    print(
        f"\n{REQUESTS} requests each; goal: under 150 ms at full size with the same queries as"
        f" the small size; database: {settings.DATABASES['default']['ENGINE']}"
    )


if __name__ == "__main__":
    main()
