"""Factories for tests: plain functions that build valid objects with our own sample text."""

import itertools

from django.contrib.auth import get_user_model
from django.test import TestCase

from content.importing.preview import prepare_article
from content.models import Article, QuestionKind, QuestionStatus
from content.questions import set_questions_status
from content.services import import_article
from quizzes.roles import make_instructor

PASSWORD = "correct-horse-battery-9"
_counter = itertools.count(1)

SAMPLE_MARKDOWN = """# 港町の小さな博物館

港町の博物館は1987年に開館した。館長の田中一郎は、地元の漁師から集めた道具を展示している。

## 来館者を増やす工夫

2019年には約3億円をかけて展示室を改装した。来館者数は年間12万人に増えた。Harbor Labsという会社が案内アプリを作った。

## デジタル化の課題

職員は約5,000点の資料を撮影した。作業には800時間がかかった。写真の公開には著作権の確認が必要だった。資料には函館の古い港の絵図もある。函館は北海道の南にある港町である。
"""


def make_user(*, username: str | None = None, instructor: bool = False, **fields):
    username = username or f"user{next(_counter)}"
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, **fields)
    if instructor:
        make_instructor(user=user)
    return user


def make_article(
    *, text: str = SAMPLE_MARKDOWN, title: str = "", user=None, visibility: str = "everyone"
) -> Article:
    """Import through the real service; its on-commit question generation runs too."""
    return import_text(text=text, title=title, user=user, visibility=visibility).article


def publish_typed_blanks(article: Article) -> Article:
    """Publish the article's typed blanks, as an instructor does from the question review:
    generation keeps every one as a draft."""
    ids = list(
        article.questions.filter(kind=QuestionKind.CLOZE, status=QuestionStatus.DRAFT).values_list(
            "pk", flat=True
        )
    )
    set_questions_status(article=article, ids=ids, status=QuestionStatus.PUBLISHED)
    return article


def import_text(
    *,
    text: str,
    title: str = "",
    user=None,
    replacing: Article | None = None,
    visibility: str = "everyone",
):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return import_article(
            prepared=prepare_article(text=text, title=title),
            user=user,
            replacing=replacing,
            visibility=visibility,
        )


def make_course(*, instructor=None, name: str = "読解 A組", learners=()):
    """A course taught by `instructor` (a new instructor when None), with `learners` enrolled."""
    from quizzes.courses.models import Enrollment, Role
    from quizzes.courses.services import create_course

    instructor = instructor or make_user(instructor=True)
    course = create_course(instructor=instructor, name=name)
    for learner in learners:
        Enrollment.objects.create(course=course, user=learner, role=Role.LEARNER)
    return course


def make_assignment(*, course, article, **fields):
    """A quiz on the whole article, open from a day before `opens_at` (default now) for a week."""
    from datetime import timedelta

    from django.utils import timezone

    from quizzes.courses.services import save_assignment

    now = timezone.now()
    defaults = {
        "title": "第1回 小テスト",
        "article": article,
        "kinds": [],
        "question_count": 5,
        "mode": "quiz",
        "opens_at": now - timedelta(days=1),
        "due_at": now + timedelta(days=7),
        "max_attempts": None,
        "time_limit_minutes": None,
        "show_answers": "after_submit",
    }
    return save_assignment(course=course, sections=[], **(defaults | fields))
