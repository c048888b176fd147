"""Downloads of an article's questions: an Anki deck for anyone who may read it, Moodle XML and CSV for instructors."""

import re

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from config.downloads import csv_text, download_response
from content.exporting.anki import build_package
from content.exporting.moodle import build_quiz
from content.exporting.selection import exported_questions
from content.management.commands.export_questions import EXPORT_FIELDS
from content.models import Article, Section
from content.selectors import export_rows
from content.views.articles import editable_article, visible_article

_UNSAFE_IN_FILENAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(*names: str) -> str:
    """A filename stem that every operating system accepts; Japanese is kept."""
    return " - ".join(_UNSAFE_IN_FILENAMES.sub("_", name).strip() for name in names if name)


def _section(request: HttpRequest, article: Article) -> Section | None:
    value = request.GET.get("section", "")
    if not value:
        return None
    if not value.isdigit():
        raise Http404("No such section.")
    return get_object_or_404(article.sections, pk=int(value))


@require_GET
@login_required
def article_anki(request: HttpRequest, slug: str) -> HttpResponse:
    """The article's (or one section's) published questions as an Anki package."""
    article = visible_article(request, slug)
    section = _section(request, article)
    questions = exported_questions(
        article=article,
        section_ids=[section.pk] if section else [],
        kinds=request.GET.getlist("kinds"),
    )
    return download_response(
        content=build_package(article=article, questions=questions),
        filename=f"{file_stem(article.title, section.display_heading if section else '')}.apkg",
        content_type="application/apkg",
    )


@require_GET
@login_required
def article_moodle(request: HttpRequest, slug: str) -> HttpResponse:
    article = editable_article(request, slug)
    return download_response(
        content=build_quiz(article=article, questions=exported_questions(article=article)),
        filename=f"{file_stem(article.title)}.moodle.xml",
        content_type="application/xml; charset=utf-8",
    )


@require_GET
@login_required
def article_questions_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """Every question of the article (any status), as export_questions --format csv writes them."""
    article = editable_article(request, slug)
    rows = (
        [
            " | ".join(row[name]) if isinstance(row[name], list) else row[name]
            for name in EXPORT_FIELDS
        ]
        for row in export_rows(article=article)
    )
    return download_response(
        content=csv_text(header=EXPORT_FIELDS, rows=rows),
        filename=f"{file_stem(article.title)}.csv",
        content_type="text/csv; charset=utf-8",
    )
