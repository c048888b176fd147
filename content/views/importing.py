"""Upload or paste → preview → save, for a new article or a new version of one.

The upload is stored once as a pending import (keyed by its checksum); the preview
and the save refer to it by id, so no text travels back and forth in a form.

Any signed-in person may import. Instructors choose who sees the article; a
learner's import is private to them, and its published questions are theirs to
study at once (nobody else reviews them).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from content.forms import ArticleImportForm
from content.importing.errors import ArticleImportError
from content.importing.preview import prepare_article
from content.models import Article, PendingImport, SourceFormat, Visibility
from content.permissions import can_edit_article, can_share_articles
from content.selectors import articles_visible_to
from content.services import import_article, store_pending_import

TEMPLATE = "content/article_import.html"


@require_http_methods(["GET", "POST"])
@login_required
def article_import(request: HttpRequest) -> HttpResponse:
    return _import(request, replacing=None)


@require_http_methods(["GET", "POST"])
@login_required
def article_new_version(request: HttpRequest, slug: str) -> HttpResponse:
    """The article this page was opened from is the one replaced: never a guess."""
    article = get_object_or_404(articles_visible_to(user=request.user), slug=slug)
    if not can_edit_article(request.user, article):
        raise PermissionDenied(_("Only the article's owner can change it."))
    return _import(request, replacing=article)


def _import(request: HttpRequest, *, replacing: Article | None) -> HttpResponse:
    context = {"replacing": replacing}
    # A new version keeps its article's visibility; only a new article asks who sees it.
    can_share = can_share_articles(request.user) and replacing is None
    if request.method == "GET":
        return render(
            request, TEMPLATE, {**context, "form": ArticleImportForm(can_share=can_share)}
        )
    if request.POST.get("action") == "save":
        return _save(request, replacing=replacing, can_share=can_share)
    form = ArticleImportForm(request.POST, request.FILES, can_share=can_share)
    prepared = pending = None
    if form.is_valid():
        prepared = form.prepared_article()
    if prepared is not None:
        pending = store_pending_import(
            user=request.user,
            text=prepared.text,
            checksum=prepared.checksum,
            title=form.cleaned_data["title"],
            source_format=form.chosen_format,
            replacing=replacing,
        )
    context.update(form=form, prepared=prepared, pending=pending)
    return render(request, f"{TEMPLATE}#preview" if request.htmx else TEMPLATE, context)


def _chosen_visibility(request: HttpRequest, *, can_share: bool) -> Visibility:
    """Who sees a new article: the instructor's choice from the preview, a learner's own only."""
    value = request.POST.get("visibility", "")
    if not can_share:
        return Visibility.PRIVATE
    return Visibility(value) if value in Visibility.values else Visibility.COURSES


def _save(request: HttpRequest, *, replacing: Article | None, can_share: bool) -> HttpResponse:
    pending_id = request.POST.get("pending", "")
    pending = get_object_or_404(
        PendingImport,
        pk=int(pending_id) if pending_id.isdigit() else 0,
        created_by=request.user,
        replacing=replacing,
    )
    try:
        # Parsed again rather than trusted from the preview: the parser is bounded and linear.
        prepared = prepare_article(
            text=pending.text,
            title=pending.title,
            source_format=SourceFormat(pending.source_format) if pending.source_format else None,
        )
        outcome = import_article(
            prepared=prepared,
            replacing=replacing,
            user=request.user,
            visibility=_chosen_visibility(request, can_share=can_share),
        )
    except ArticleImportError as error:
        form = ArticleImportForm(can_share=can_share)
        form.add_error(None, str(error))
        return render(request, TEMPLATE, {"form": form, "replacing": replacing}, status=400)
    # The pending import stays until it expires, so a double-clicked save finds it again
    # and answers "already imported" rather than "not found".
    if outcome.replaced:
        messages.success(
            request, _("The new version was saved. Its questions are being generated.")
        )
    elif outcome.created:
        messages.success(request, _("The article was saved. Its questions are being generated."))
    else:
        messages.info(request, _("This article was already imported; nothing was changed."))
    response = redirect(outcome.article.get_absolute_url())
    if request.htmx:
        response = HttpResponse(status=204, headers={"HX-Redirect": response.url})
    return response
