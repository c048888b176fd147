from django.core.management.base import BaseCommand
from django.utils import timezone

from quizzes.services import GRADING_KEPT, GRADING_PRUNE_LIMIT, prune_gradings


class Command(BaseCommand):
    help = (
        "Delete the gradings of shown cards that have since been rated (older than a day), "
        "in batches. The study loop prunes as it goes; run this from cron to sweep everyone."
    )

    def handle(self, *args, **options) -> None:
        before = timezone.now() - GRADING_KEPT
        total = 0
        while deleted := prune_gradings(before=before, limit=GRADING_PRUNE_LIMIT):
            total += deleted
        self.stdout.write(f"Pruned {total} gradings.")
