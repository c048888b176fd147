from django.core.management.base import BaseCommand

from quizzes.demo import load_demo, load_demo_course


class Command(BaseCommand):
    help = "Load the demo accounts and the demo article (idempotent)."

    def handle(self, *args, **options) -> None:
        accounts, outcome = load_demo()
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
        for account in accounts:
            role = "instructor" if account.instructor else "learner"
            self.stdout.write(
                f"  {role:<10} username: {account.username:<8} password: {account.password}"
            )
