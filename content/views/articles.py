from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from content.models import Article, Section
from content.selectors import article_list


@require_GET
@login_required
def article_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "content/article_list.html", {"articles": article_list()})


@require_GET
@login_required
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.prefetch_related(
            Prefetch("sections", queryset=Section.objects.prefetch_related("sentences"))
        ),
        slug=slug,
    )
    return render(request, "content/article_detail.html", {"article": article})
