"""The load test's school, made before locust starts and counted after it stops.

Run inside Django by `bench/load.py` (`manage.py shell -c`), with the immediate
task backend so that every article's questions are generated before the run:

- 5 instructors, each owning an article (the demo article and two test articles)
  shared with their courses only, and teaching one course of 20 learners with a quiz (half the class has
  taken it, so the gradebook has scores) and a practice assignment (its progress
  counts the reviews made during the run);
- 100 learners, 20 per course, who study their instructor's article; 6 more
  accounts for the bare-view baseline;
- 1 more instructor, who imports an article in the middle of the run.
"""

import json
import random
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from content.importing.preview import prepare_article
from content.models import Article, QuestionStatus, Visibility
from content.services import import_article
from quizzes.courses.models import Enrollment, Mode, PracticeTarget, Role
from quizzes.courses.services import (
    create_course,
    save_answer,
    save_assignment,
    start_attempt,
    submit_attempt,
)
from quizzes.demo import DEMO_ARTICLE
from quizzes.models import LearnerSettings, ReviewLog
from quizzes.roles import make_instructor

TEST_ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
INSTRUCTORS = 5
LEARNERS_PER_COURSE = 20
BARE_EXTRA = 6


def article_text(index: int) -> str:
    """The demo article and two of the test articles as one: enough cards that no
    learner runs out in a 10-minute soak. Each differs in its title (checksums are unique)."""
    demo = DEMO_ARTICLE.read_text(encoding="utf-8").replace("# ", f"# 第{index}組：", 1)
    more = sorted(TEST_ARTICLES.glob("*.md"))
    parts = [more[(2 * index + offset) % len(more)] for offset in (0, 1)]
    return "\n\n".join(
        [demo, *(p.read_text(encoding="utf-8").replace("# ", "## ", 1) for p in parts)]
    )


def seed(*, password: str) -> dict:
    """Create the school; return what locust needs (usernames → article slug, course id)."""
    User = get_user_model()
    now = timezone.now()
    rng = random.Random(15)
    learners: dict[str, dict] = {}
    instructors: dict[str, dict] = {}
    number = 0
    for index in range(1, INSTRUCTORS + 1):
        teacher = User.objects.create_user(f"load-teacher-{index}", password=password)
        make_instructor(user=teacher)
        prepared = prepare_article(text=article_text(index))
        article = import_article(
            prepared=prepared, user=teacher, visibility=Visibility.COURSES
        ).article
        course = create_course(instructor=teacher, name=f"負荷試験 第{index}組")
        instructors[teacher.username] = {"article": article.slug, "course": course.pk}
        members = []
        for _ in range(LEARNERS_PER_COURSE):
            number += 1
            learner = User.objects.create_user(f"load-learner-{number}", password=password)
            # Enough new cards a day that no learner runs out during the run.
            LearnerSettings.objects.update_or_create(
                user=learner, defaults={"new_cards_per_day": 1000}
            )
            Enrollment.objects.create(course=course, user=learner, role=Role.LEARNER)
            learners[learner.username] = {"article": article.slug, "course": course.pk}
            members.append(learner)
        quiz = save_assignment(
            course=course,
            sections=[],
            title="小テスト",
            article=article,
            kinds=[],
            question_count=10,
            mode=Mode.QUIZ,
            opens_at=now - timedelta(days=1),
            due_at=now + timedelta(days=7),
            max_attempts=2,
            time_limit_minutes=None,
            show_answers="after_submit",
        )
        save_assignment(
            course=course,
            sections=[],
            title="練習",
            article=article,
            kinds=[],
            question_count=30,
            mode=Mode.PRACTICE,
            opens_at=now - timedelta(days=1),
            due_at=now + timedelta(days=7),
            practice_target=PracticeTarget.REVIEWS,
            target_reviews=30,
        )
        for learner in members[: LEARNERS_PER_COURSE // 2]:
            _take(quiz=quiz, user=learner, rng=rng, now=now)
    bare = []
    for extra in range(1, BARE_EXTRA + 1):
        bare.append(User.objects.create_user(f"load-bare-{extra}", password=password).username)
    importer = User.objects.create_user("load-teacher-importer", password=password)
    make_instructor(user=importer)
    published = Article.objects.annotate(
        published=Count("questions", filter=Q(questions__status=QuestionStatus.PUBLISHED))
    ).values_list("published", flat=True)
    return {
        "learners": learners,
        "instructors": instructors,
        # The baseline logs in as many users as the study run: the learners and 6 more.
        "bare": [*learners, *bare],
        "published": list(published),
    }


def _take(*, quiz, user, rng: random.Random, now) -> None:
    attempt = start_attempt(assignment=quiz, user=user, now=now)
    for answer in attempt.answers.select_related("question"):
        question = answer.question
        wrong = [choice for choice in question.choices if choice != question.answer] or ["?"]
        response = question.answer if rng.random() < 0.7 else rng.choice(wrong)
        save_answer(attempt=attempt, question_id=question.pk, response=response, now=now)
    submit_attempt(attempt=attempt, now=now)


def count_reviews() -> dict:
    """Reviews in the database per learner, card/shown-count pairs reviewed twice (the
    constraint forbids them), and how the mid-run import's generation ended."""
    per_user = dict(
        ReviewLog.objects.values_list("user__username").annotate(n=Count("id")).order_by()
    )
    doubled = (
        ReviewLog.objects.values("card_id", "shown_reps")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )
    imported = Article.objects.filter(owner__username="load-teacher-importer").first()
    generation = imported.generations.first() if imported else None
    return {
        "reviews": per_user,
        "doubled_pairs": doubled,
        "articles": Article.objects.count(),
        "import_generation": generation.status if generation else "none",
        "import_published": (
            imported.questions.filter(status=QuestionStatus.PUBLISHED).count() if imported else 0
        ),
    }


def print_json(value: dict) -> None:
    """The last line of `manage.py shell -c` output, read by bench/load.py."""
    print(json.dumps(value, ensure_ascii=False))
