"""The demo data that `make run` loads: two accounts and our own sample article."""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from content.generation.service import regenerate_questions
from content.importing.decoding import normalize_text
from content.importing.preview import prepare_article
from content.models import Article
from content.services import ImportOutcome, import_article
from quizzes.courses.demo import load_demo_course as load_course
from quizzes.courses.models import Course
from quizzes.roles import make_instructor

DEMO_ARTICLE = Path(__file__).resolve().parent.parent / "content" / "demo" / "minato_library.md"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    instructor: bool


@dataclass(frozen=True)
class DemoResult:
    accounts: list[DemoAccount]
    # Accounts that existed and were left as they were (no reset password, no new role).
    untouched: list[DemoAccount]
    outcome: ImportOutcome


DEMO_ACCOUNTS = (
    DemoAccount("learner", "dokkai-learner-2026", instructor=False),
    DemoAccount("teacher", "dokkai-teacher-2026", instructor=True),
)


@transaction.atomic
def load_demo(*, reset_existing: bool) -> DemoResult:
    """Create the demo accounts and import the demo article; safe to run again.

    An account that already exists is someone's: its password is reset to the public
    demo one (and its role given) only with ``reset_existing`` (DEBUG or --force).
    """
    User = get_user_model()
    untouched = []
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(username=account.username)
        if not created and not reset_existing:
            untouched.append(account)
            continue
        user.set_password(account.password)
        user.save()
        if account.instructor:
            make_instructor(user=user)
    teacher = User.objects.get(username="teacher")
    text = normalize_text(DEMO_ARTICLE.read_text(encoding="utf-8"))
    outcome = import_article(prepared=prepare_article(text=text), user=teacher)
    return DemoResult(accounts=list(DEMO_ACCOUNTS), untouched=untouched, outcome=outcome)


def load_demo_course() -> Course:
    """The teacher's demo course; run after the article's questions exist."""
    User = get_user_model()
    teacher = User.objects.get(username="teacher")
    learner = User.objects.get(username="learner")
    article = Article.objects.get(owner=teacher, checksum=_demo_checksum())
    if not article.questions.exists():
        # With a background task backend the import's generation may not have run yet.
        regenerate_questions(article=article)
    return load_course(teacher=teacher, learner=learner, article=article)


def _demo_checksum() -> str:
    text = normalize_text(DEMO_ARTICLE.read_text(encoding="utf-8"))
    return prepare_article(text=text).checksum
