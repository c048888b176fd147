from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from content.generation.health import as_reported
from content.models import Section
from content.selectors import article_list, articles_visible_to, latest_generation
from content.services import request_generation

TEMPLATE = "content/article_detail.html"


@require_GET
@login_required
def article_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "content/article_list.html", {"articles": article_list()})


@require_GET
@login_required
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The reader; an htmx request (the generation state polling itself) gets that state alone."""
    articles = articles_visible_to(user=request.user)
    if request.htmx:
        article = get_object_or_404(articles, slug=slug)
        return render(request, f"{TEMPLATE}#generation", _generation_context(article))
    article = get_object_or_404(
        articles.prefetch_related(
            Prefetch("sections", queryset=Section.objects.prefetch_related("sentences"))
        ),
        slug=slug,
    )
    return render(request, TEMPLATE, _generation_context(article))


@require_POST
@permission_required("content.change_question", raise_exception=True)
def article_generate(request: HttpRequest, slug: str) -> HttpResponse:
    """Generate again: queue a new run, whatever became of the last one."""
    article = get_object_or_404(articles_visible_to(user=request.user), slug=slug)
    request_generation(article=article, user=request.user)
    if request.htmx:
        return render(request, f"{TEMPLATE}#generation", _generation_context(article))
    messages.success(request, _("The questions will be generated again."))
    return redirect(article)


def _generation_context(article) -> dict:
    return {"article": article, "generation": as_reported(latest_generation(article=article))}
