from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.middleware import HtmxDetails

from content.generation.health import as_reported
from content.models import Article
from content.selectors import article_list, articles_visible_to, latest_generation
from content.services import request_generation

TEMPLATE = "content/article_generation.html"


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


@require_GET
@login_required
def article_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "content/article_list.html", {"articles": article_list()})


@require_GET
@login_required
def article_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """An article's address opens the reader; htmx (the generation state polling) gets that state.

    The reader belongs to the learning side (what it shows depends on the learner's
    known words and furigana mode); content refers to it by URL name only, as the
    navigation's due badge does, and never imports it. The reader shows the
    generation state through this module's partial.
    """
    article = get_object_or_404(articles_visible_to(user=request.user), slug=slug)
    if request.htmx:
        return render(request, f"{TEMPLATE}#generation", _generation_context(article))
    return redirect("quizzes:reader", slug=article.slug)


@require_POST
@permission_required("content.change_question", raise_exception=True)
def article_generate(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Generate again: queue a new run, whatever became of the last one."""
    article = get_object_or_404(articles_visible_to(user=request.user), slug=slug)
    request_generation(article=article, user=request.user)
    if request.htmx:
        return render(request, f"{TEMPLATE}#generation", _generation_context(article))
    messages.success(request, _("The questions will be generated again."))
    return redirect(article)


def _generation_context(article: Article) -> dict:
    """What the generation state partial needs; the reader renders it with the same context."""
    return {"article": article, "generation": as_reported(latest_generation(article=article))}
