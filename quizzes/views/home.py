from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from content.selectors import article_list
from quizzes.selectors import COUNT_CAP, due_count


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "quizzes/home.html")
    due = due_count(user=request.user, now=timezone.now())
    context = {"articles": article_list()[:6], "due": due, "cap": COUNT_CAP}
    return render(request, "quizzes/home.html", context)
