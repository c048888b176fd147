"""Backup and restore, as README.md documents them: dump, a new database, load, same counts.

Runs on whichever database the suite runs on (SQLite locally, PostgreSQL in CI too).
"""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from content.models import Article, Question, QuestionStatus
from quizzes.models import LearnerCard, ReviewLog
from quizzes.services import learner_settings_for, record_review
from quizzes.tokens import GradedAnswer, ShownCard
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

# The same arguments README.md gives.
DUMP_ARGUMENTS = [
    "--natural-foreign",
    "--natural-primary",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
    "--exclude=admin.logentry",
    "--exclude=django_tasks_database",
]


def counts() -> dict[str, int]:
    return {
        "articles": Article.objects.count(),
        "questions": Question.objects.count(),
        "cards": LearnerCard.objects.count(),
        "reviews": ReviewLog.objects.count(),
        "users": get_user_model().objects.count(),
    }


def study(user, questions) -> None:
    learner = learner_settings_for(user=user)
    for question in questions:
        shown = ShownCard(user_id=user.pk, question_id=question.pk, reps=0, shown_at=time.time())
        record_review(
            user=user,
            question_id=question.pk,
            answer=GradedAnswer(shown=shown, response="", correct=None, duration_ms=900),
            rating=3,
            learner=learner,
            now=timezone.now(),
        )


def test_dump_into_a_new_database_and_load_gives_the_same_counts(tmp_path, capsys):
    make_user(username="sensei", instructor=True)
    learner = make_user(username="hanako")
    article = make_article()
    study(learner, article.questions.filter(status=QuestionStatus.PUBLISHED)[:5])
    before = counts()
    assert before["reviews"] == 5 and before["questions"] > 0

    backup = tmp_path / "dokkai-backup.json.gz"
    call_command("dumpdata", *DUMP_ARGUMENTS, output=str(backup), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)  # a new, migrated, empty database
    assert counts() == dict.fromkeys(before, 0)
    call_command("loaddata", str(backup), verbosity=0)

    after = counts()
    with capsys.disabled():
        print(f"\nbackup round trip: before {before}\n                   after  {after}")
    assert after == before
    restored = get_user_model().objects.get(username="hanako")
    assert restored.check_password(PASSWORD)
    assert get_user_model().objects.get(username="sensei").has_perm("content.add_article")
    # The sequences follow the loaded rows: new rows get fresh ids.
    study(restored, Question.objects.filter(status=QuestionStatus.PUBLISHED)[5:6])
    assert ReviewLog.objects.count() == before["reviews"] + 1
