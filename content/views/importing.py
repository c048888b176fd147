"""Upload or paste → preview → save. The preview is stateless: the text travels in the form."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from content.forms import ArticleImportForm
from content.services import import_article


@require_http_methods(["GET", "POST"])
@permission_required("content.add_article", raise_exception=True)
def article_import(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "content/article_import.html", {"form": ArticleImportForm()})
    if request.POST.get("action") == "save":
        return _save(request)
    form = ArticleImportForm(request.POST, request.FILES)
    prepared = form.prepared_article() if form.is_valid() else None
    template = (
        "content/article_import.html#preview" if request.htmx else "content/article_import.html"
    )
    return render(request, template, {"form": form, "prepared": prepared})


def _save(request: HttpRequest) -> HttpResponse:
    # The previewed text comes back as a hidden field; it is parsed again, never trusted.
    form = ArticleImportForm(
        {
            "text": request.POST.get("article_text", ""),
            "title": request.POST.get("title", ""),
            "source_format": request.POST.get("source_format", "auto"),
        }
    )
    prepared = form.prepared_article() if form.is_valid() else None
    if prepared is None:
        return render(request, "content/article_import.html", {"form": form}, status=400)
    outcome = import_article(prepared=prepared, user=request.user)
    if outcome.created:
        messages.success(request, _("The article was imported."))
    else:
        messages.info(request, _("This article was already imported; nothing was changed."))
    response = redirect(outcome.article.get_absolute_url())
    if request.htmx:
        response = HttpResponse(status=204, headers={"HX-Redirect": response.url})
    return response
