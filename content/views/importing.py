"""Upload or paste → preview → save, for a new article or a new version of one.

The upload is stored once as a pending import (keyed by its checksum); the preview
and the save refer to it by id, so no text travels back and forth in a form.
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from content.forms import ArticleImportForm
from content.importing.errors import ArticleImportError
from content.importing.preview import prepare_article
from content.models import Article, PendingImport, SourceFormat
from content.selectors import articles_visible_to
from content.services import import_article, store_pending_import

TEMPLATE = "content/article_import.html"


@require_http_methods(["GET", "POST"])
@permission_required("content.add_article", raise_exception=True)
def article_import(request: HttpRequest) -> HttpResponse:
    return _import(request, replacing=None)


@require_http_methods(["GET", "POST"])
@permission_required("content.change_article", raise_exception=True)
def article_new_version(request: HttpRequest, slug: str) -> HttpResponse:
    """The article this page was opened from is the one replaced: never a guess."""
    article = get_object_or_404(articles_visible_to(user=request.user), slug=slug)
    return _import(request, replacing=article)


def _import(request: HttpRequest, *, replacing: Article | None) -> HttpResponse:
    context = {"replacing": replacing}
    if request.method == "GET":
        return render(request, TEMPLATE, {**context, "form": ArticleImportForm()})
    if request.POST.get("action") == "save":
        return _save(request, replacing=replacing)
    form = ArticleImportForm(request.POST, request.FILES)
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


def _save(request: HttpRequest, *, replacing: Article | None) -> HttpResponse:
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
        outcome = import_article(prepared=prepared, replacing=replacing, user=request.user)
    except ArticleImportError as error:
        form = ArticleImportForm()
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
