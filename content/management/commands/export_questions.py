import csv
import json
import os

from django.core.management.base import BaseCommand

from config.downloads import neutralize_cell
from content.management.articles import article_for_command
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
    "reading",
    "meaning",
    "source_sentence",
    "status",
]


class Command(BaseCommand):
    help = "Export an article's questions as JSON or CSV."

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args, slug: str, format: str, **options) -> None:
        article = article_for_command(slug)
        try:
            self.write(export_rows(article=article), format=format)
            self.stdout.flush()
        except BrokenPipeError:
            # The reader stopped early (`| head`): it has what it wanted. Point the stream at
            # /dev/null so that the flush at exit does not raise again, and say nothing more.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stdout._out.fileno())
            os.close(devnull)

    def write(self, rows: list[dict], *, format: str) -> None:
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            cells = {
                **row,
                "choices": json.dumps(row["choices"], ensure_ascii=False),
                "accepted_answers": json.dumps(row["accepted_answers"], ensure_ascii=False),
            }
            # A cell starting with = + - @ would run as a formula in a spreadsheet.
            writer.writerow({name: neutralize_cell(cells[name]) for name in EXPORT_FIELDS})
