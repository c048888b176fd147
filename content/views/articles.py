from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from content.selectors import article_list, articles_visible_to


@require_GET
@login_required
def article_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "content/article_list.html", {"articles": article_list()})


@require_GET
@login_required
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """An article's address opens the reader.

    The reader belongs to the learning side (what it shows depends on the learner's
    known words and furigana mode); content refers to it by URL name only, as the
    navigation's due badge does, and never imports it.
    """
    article = get_object_or_404(articles_visible_to(user=request.user), slug=slug)
    return redirect("quizzes:reader", slug=article.slug)
