"""The article list, the article's address (the reader, or its generation state for htmx),
and the owner's generate again, archive and delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from config.htmx import HtmxHttpRequest
from content.generation.health import as_reported
from content.learning import learning
from content.models import Article
from content.permissions import can_edit_article
from content.selectors import article_list, articles_visible_to, latest_generation
from content.services import ArticleInUse, archive_article, delete_article, request_generation

TEMPLATE = "content/article_generation.html"


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
def article_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """An article's address opens the reader; htmx (the generation state polling) gets that state.

    The reader belongs to the learning side (what it shows depends on the learner's
    known words and furigana mode); content refers to it by URL name only, as the
    navigation's due badge does, and never imports it. The reader shows the
    generation state through this module's partial.
    """
    article = visible_article(request, slug)
    if request.htmx:
        context = _generation_context(request, article)
        if context["generation"] is not None and not context["generation"].is_pending:
            # Only a page rendered while the run was pending polls: its text has no furigana
            # and its known-word bars are empty until reloaded with what the run made (a
            # walker waited for them).
            return HttpResponseClientRefresh()
        return render(request, f"{TEMPLATE}#generation", context)
    return redirect("quizzes:reader", slug=article.slug)


@require_POST
@login_required
def article_generate(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Generate again: queue a new run, whatever became of the last one."""
    article = editable_article(request, slug)
    request_generation(article=article, user=request.user)
    if request.htmx:
        return render(request, f"{TEMPLATE}#generation", _generation_context(request, article))
    messages.success(request, _("The questions will be generated again."))
    return redirect(article)


def _generation_context(request: HttpRequest, article: Article) -> dict:
    """What the generation state partial needs; the reader renders it with the same names."""
    return {
        "article": article,
        "generation": as_reported(latest_generation(article=article)),
        "can_edit": can_edit_article(request.user, article),
    }


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
    # Known before the click: a walker's teacher pressed 完全に削除する only to be refused.
    in_use = learning().in_use(article_id=article.pk)
    return render(request, "content/article_delete.html", {"article": article, "in_use": in_use})
