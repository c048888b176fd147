from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.http import require_GET

from content.selectors import article_list
from quizzes.courses.gradebook import learner_cells
from quizzes.courses.models import Attempt, Enrollment, Role
from quizzes.courses.selectors import learner_assignments
from quizzes.courses.services import close_expired_attempts
from quizzes.models import ReviewLog
from quizzes.permissions import can_create_course
from quizzes.queue import COUNT_CAP
from quizzes.selectors import due_count


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "quizzes/home.html")
    now = timezone.now()
    due = due_count(user=request.user, now=now)
    close_expired_attempts(attempts=Attempt.objects.filter(user=request.user), now=now)
    assignments = learner_assignments(user=request.user, now=now)
    cells = learner_cells(user=request.user, assignments=assignments, now=now)
    context = {
        "articles": article_list(user=request.user)[:6],
        "due": due,
        "cap": COUNT_CAP,
        "assignments": list(zip(assignments, cells, strict=True)),
        "teaches": can_create_course(request.user),
        # A teacher lands on the home page too: their courses lead, before the study panel
        # (a walker's teacher was greeted with the learner's first steps).
        "teaching": Enrollment.objects.filter(user=request.user, role=Role.INSTRUCTOR).count(),
        # A learner with no review yet is new here: welcomed, not welcomed back.
        "returning": ReviewLog.objects.filter(user=request.user).exists(),
    }
    return render(request, "quizzes/home.html", context)


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and feed readers ask for /favicon.ico whatever the page links to."""
    return redirect(static("favicon.ico"), permanent=True)
