"""Upload or paste → preview → save. The preview is stateless: the text travels in the form.

Any signed-in person may import. Instructors choose who sees the article; a
learner's import is private to them, and its published questions are theirs to
study at once (nobody else reviews them).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from content.forms import ArticleImportForm
from content.permissions import can_share_articles
from content.selectors import articles_visible_to
from content.services import import_article


@require_http_methods(["GET", "POST"])
@login_required
def article_import(request: HttpRequest) -> HttpResponse:
    can_share = can_share_articles(request.user)
    if request.method == "GET":
        form = ArticleImportForm(can_share=can_share)
        return render(request, "content/article_import.html", {"form": form})
    if request.POST.get("action") == "save":
        return _save(request, can_share=can_share)
    form = ArticleImportForm(request.POST, request.FILES, can_share=can_share)
    prepared = form.prepared_article() if form.is_valid() else None
    template = (
        "content/article_import.html#preview" if request.htmx else "content/article_import.html"
    )
    return render(request, template, {"form": form, "prepared": prepared})


def _save(request: HttpRequest, *, can_share: bool) -> HttpResponse:
    # The previewed text comes back as a hidden field; it is parsed again, never trusted.
    form = ArticleImportForm(
        {
            "text": request.POST.get("article_text", ""),
            "title": request.POST.get("title", ""),
            "source_format": request.POST.get("source_format", "auto"),
            "visibility": request.POST.get("visibility", ""),
        },
        can_share=can_share,
    )
    prepared = form.prepared_article() if form.is_valid() else None
    if prepared is None:
        return render(request, "content/article_import.html", {"form": form}, status=400)
    outcome = import_article(
        prepared=prepared, user=request.user, visibility=form.chosen_visibility
    )
    if outcome.created:
        messages.success(request, _("The article was imported."))
    elif articles_visible_to(user=request.user).filter(pk=outcome.article.pk).exists():
        messages.info(request, _("This article was already imported; nothing was changed."))
    else:
        # The same text exists, but someone else keeps it to themselves.
        messages.error(
            request,
            _("Someone else has already imported this text privately; ask them to share it."),
        )
        return redirect("content:article_import")
    response = redirect(outcome.article.get_absolute_url())
    if request.htmx:
        response = HttpResponse(status=204, headers={"HX-Redirect": response.url})
    return response
