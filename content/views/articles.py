"""The article list and the reader, plus the owner's archive and delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from content.models import Article, Section
from content.permissions import can_edit_article
from content.selectors import article_list, articles_visible_to
from content.services import ArticleInUse, archive_article, delete_article


def visible_article(request: HttpRequest, slug: str) -> Article:
    """The article by slug, or 404 when this person may not see it."""
    return get_object_or_404(articles_visible_to(user=request.user), slug=slug)


def editable_article(request: HttpRequest, slug: str) -> Article:
    """404 when hidden from this person, 403 when visible but not theirs to change."""
    article = visible_article(request, slug)
    if not can_edit_article(request.user, article):
        raise PermissionDenied(_("Only the article's owner can change it."))
    return article


@require_GET
@login_required
def article_list_view(request: HttpRequest) -> HttpResponse:
    return render(
        request, "content/article_list.html", {"articles": article_list(user=request.user)}
    )


@require_GET
@login_required
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(
        articles_visible_to(user=request.user).prefetch_related(
            Prefetch("sections", queryset=Section.objects.prefetch_related("sentences"))
        ),
        slug=slug,
    )
    context = {"article": article, "can_edit": can_edit_article(request.user, article)}
    return render(request, "content/article_detail.html", context)


@require_POST
@login_required
def article_archive(request: HttpRequest, slug: str) -> HttpResponse:
    article = editable_article(request, slug)
    archived = request.POST.get("archived", "1") == "1"
    archive_article(article=article, archived=archived)
    messages.success(
        request,
        _("The article was archived.") if archived else _("The article is back in the lists."),
    )
    return redirect(article.get_absolute_url())


@require_http_methods(["GET", "POST"])
@login_required
def article_delete(request: HttpRequest, slug: str) -> HttpResponse:
    """GET asks for confirmation; POST deletes, unless someone studied or was assigned it."""
    article = editable_article(request, slug)
    if request.method == "POST" and request.POST.get("confirm") == article.slug:
        try:
            delete_article(article=article)
        except ArticleInUse:
            messages.error(
                request,
                _(
                    "Learners have studied or been assigned this article, so it cannot be deleted. Archive it instead."
                ),
            )
            return redirect(article.get_absolute_url())
        messages.success(request, _("The article was deleted."))
        return redirect("content:article_list")
    return render(request, "content/article_delete.html", {"article": article})
