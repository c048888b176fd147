from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from content.exporting.anki import build_package
from content.exporting.selection import exported_questions
from content.management.articles import article_for_command
from content.models import QuestionKind


class Command(BaseCommand):
    help = "Export an article's published questions as an Anki package (.apkg)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug")
        parser.add_argument(
            "--sections",
            nargs="+",
            type=int,
            default=[],
            metavar="N",
            help="Section numbers to export (1 is the first section); all by default.",
        )
        parser.add_argument(
            "--kinds",
            nargs="+",
            default=[],
            metavar="KIND",
            help=f"Question kinds to export ({', '.join(QuestionKind.values)}); all by default.",
        )
        parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.apkg")

    def handle(
        self, *args, slug: str, sections: list[int], kinds: list[str], output: Path, **options
    ):
        article = article_for_command(slug)
        unknown = sorted(set(kinds) - set(QuestionKind.values))
        if unknown:
            raise CommandError(
                _("Unknown question kind: %(kinds)s.") % {"kinds": ", ".join(unknown)},
                returncode=2,
            )
        by_number = {section.position + 1: section.pk for section in article.sections.all()}
        missing = sorted(set(sections) - set(by_number))
        if missing:
            raise CommandError(
                _("The article has no section %(numbers)s.")
                % {"numbers": ", ".join(map(str, missing))},
                returncode=2,
            )
        questions = list(
            exported_questions(
                article=article,
                section_ids=[by_number[number] for number in sections],
                kinds=kinds,
            )
        )
        output.write_bytes(build_package(article=article, questions=questions))
        self.stdout.write(
            _("%(count)s notes written to %(path)s.") % {"count": len(questions), "path": output}
        )
