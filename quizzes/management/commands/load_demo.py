from django.core.management.base import BaseCommand

from quizzes.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo accounts and the demo article (idempotent)."

    def handle(self, *args, **options) -> None:
        accounts, outcome = load_demo()
        state = "imported" if outcome.created else "already present"
        self.stdout.write(
            f"Demo article {state}: {outcome.article.title} (/articles/{outcome.article.slug}/)"
        )
        for account in accounts:
            role = "instructor" if account.instructor else "learner"
            self.stdout.write(
                f"  {role:<10} username: {account.username:<8} password: {account.password}"
            )
