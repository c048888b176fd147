import json

from django.core.management.base import BaseCommand

from content.generation.service import regenerate_questions
from content.management.articles import article_for_command


class Command(BaseCommand):
    help = "Generate (or regenerate) an article's questions. Safe to run again."
    # The system checks cost about half a second of a cold run and guard nothing here.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args, slug: str, as_json: bool, **options) -> None:
        article = article_for_command(slug)
        result = regenerate_questions(article=article)
        counts = {**result.as_counts(), "by_kind": dict(sorted(result.by_kind.items()))}
        if as_json:
            self.stdout.write(json.dumps(counts, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(
                f"{article.slug}: {result.created} created, {result.kept} kept "
                f"({result.restored} back), {result.retired} retired"
            )
