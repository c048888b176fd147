from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from content.selectors import article_list


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    articles = article_list()[:6] if request.user.is_authenticated else []
    return render(request, "quizzes/home.html", {"articles": articles})
