import sys

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from quizzes.demo import load_demo, load_demo_course


class Command(BaseCommand):
    help = "Load the demo accounts and the demo article (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Reset the passwords of existing demo accounts even when DEBUG is off.",
        )

    def handle(self, *args, force: bool, **options) -> None:
        result = load_demo(reset_existing=force or settings.DEBUG)
        outcome = result.outcome
        state = "imported" if outcome.created else "already present"
        self.stdout.write(
            f"Demo article {state}: {outcome.article.title} (/articles/{outcome.article.slug}/)"
        )
        # Generation runs when the import commits (at once with the immediate backend);
        # the course's quiz needs its published questions, so it comes afterwards.
        course = load_demo_course()
        self.stdout.write(
            f"Demo course: {course.name} (/courses/{course.pk}/), join code {course.join_code}"
        )
        for account in result.accounts:
            role = "instructor" if account.instructor else "learner"
            if account in result.untouched:
                sys.stderr.write(
                    _(
                        "The account %(username)s already exists and was left unchanged "
                        "(DEBUG is off; use --force to reset its password)."
                    )
                    % {"username": account.username}
                    + "\n"
                )
                continue
            self.stdout.write(
                f"  {role:<10} username: {account.username:<8} password: {account.password}"
            )
