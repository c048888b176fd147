import csv
import json

from django.core.management.base import BaseCommand, CommandError

from content.models import Article
from content.selectors import export_rows

EXPORT_FIELDS = [
    "id",
    "fingerprint",
    "kind",
    "section",
    "prompt",
    "choices",
    "answer",
    "accepted_answers",
    "source_sentence",
    "status",
]


class Command(BaseCommand):
    help = "Export an article's questions as JSON or CSV."

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args, slug: str, format: str, **options) -> None:
        article = Article.objects.filter(slug=slug).first()
        if article is None:
            raise CommandError(f"no article has the slug {slug!r}", returncode=2)
        rows = export_rows(article=article)
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    **row,
                    "choices": json.dumps(row["choices"], ensure_ascii=False),
                    "accepted_answers": json.dumps(row["accepted_answers"], ensure_ascii=False),
                }
            )
