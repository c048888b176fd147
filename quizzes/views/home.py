from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from content.models import QuestionStatus
from content.selectors import article_list
from quizzes.models import LearnerCard
from quizzes.selectors import COUNT_CAP


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "quizzes/home.html")
    due = (
        LearnerCard.objects.filter(
            user=request.user,
            suspended=False,
            due__lte=timezone.now(),
            question__status=QuestionStatus.PUBLISHED,
        )
        .values("pk")[: COUNT_CAP + 1]
        .count()
    )
    context = {"articles": article_list()[:6], "due": due, "cap": COUNT_CAP}
    return render(request, "quizzes/home.html", context)
