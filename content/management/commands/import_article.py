import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from content.importing.decoding import decode_article_bytes
from content.importing.errors import ArticleImportError
from content.importing.preview import prepare_article
from content.management.articles import article_for_command
from content.models import Article, SourceFormat
from content.services import import_article


class Command(BaseCommand):
    help = "Import an article from a Markdown, plain-text or mixed-format file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path")
        parser.add_argument("--title", default="")
        parser.add_argument("--format", choices=["auto", *SourceFormat.values], default="auto")
        parser.add_argument(
            "--replace",
            "--article",
            dest="replace",
            metavar="SLUG",
            action="append",
            default=[],
            help="Replace the article with this slug in place (never guessed from the title).",
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the result as JSON."
        )

    def handle(
        self,
        *args,
        path: str,
        title: str,
        format: str,
        replace: list[str],
        as_json: bool,
        **options,
    ) -> None:
        replacing = _target(replace)
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(reason)s") % {"path": path, "reason": error.strerror},
                returncode=2,
            ) from error
        try:
            text = decode_article_bytes(data, max_bytes=settings.DOKKAI_MAX_ARTICLE_BYTES)
            prepared = prepare_article(
                text=text,
                title=title,
                source_format=None if format == "auto" else SourceFormat(format),
            )
        except ArticleImportError as error:
            raise CommandError(str(error), returncode=2) from error
        try:
            outcome = import_article(prepared=prepared, replacing=replacing)
        except ArticleImportError as error:
            raise CommandError(str(error), returncode=2) from error
        article = outcome.article
        if as_json:
            self.stdout.write(_as_json(article))
            return
        state = "replaced" if outcome.replaced else "imported" if outcome.created else "unchanged"
        self.stdout.write(
            f"{state}: {article.title} ({article.slug}), {article.sections.count()} sections"
        )
        for warning in prepared.warnings:
            sys.stderr.write(f"warning: {warning}\n")


def _target(slugs: list[str]) -> Article | None:
    """The one article named by --replace/--article, or exit status 2 with the reason."""
    named = set(slugs)
    if not named:
        return None
    if len(named) > 1:
        raise CommandError(
            _("Name one article to replace, not several (%(slugs)s).")
            % {"slugs": ", ".join(sorted(named))},
            returncode=2,
        )
    return article_for_command(named.pop())


def _as_json(article) -> str:
    sections = [
        {
            "position": section.position,
            "heading": section.heading,
            "sentences": section.sentences.count(),
            "chars": len(section.text),
        }
        for section in article.sections.order_by("position")
    ]
    payload = {
        "article": {"id": article.pk, "slug": article.slug, "title": article.title},
        "sections": sections,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
