"""Taking a quiz: every drawn question on one page, each answer saved through htmx as it is
given; a reload resumes from what was saved; submitting asks first, then shows the result."""

import math
from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from quizzes.courses import services
from quizzes.courses.due_dates import answers_shown_at
from quizzes.courses.models import Attempt
from quizzes.courses.views.access import own_attempt, viewable_attempt

TEMPLATE = "quizzes/courses/attempt.html"


_TIME_RAN_OUT = gettext_lazy(
    "Time ran out, so your attempt was submitted with the answers saved before then."
)


def _seconds_left(attempt: Attempt, now: datetime) -> int | None:
    if attempt.ends_at is None or attempt.submitted:
        return None
    return max(0, math.ceil((attempt.ends_at - now).total_seconds()))


def _answers(attempt: Attempt):
    return attempt.answers.select_related("question", "question__section").order_by("position")


@require_GET
@login_required
def attempt_view(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = viewable_attempt(request, pk)
    now = timezone.now()
    if attempt.user_id == request.user.pk and not attempt.submitted:
        attempt = services.close_if_expired(attempt=attempt, now=now)
        if attempt.submitted:
            messages.info(request, _TIME_RAN_OUT)
    own = attempt.user_id == request.user.pk
    # The learner's own answers; an instructor checking an attempt sees the key at any time.
    show_answers = not own or services.answers_visible(attempt=attempt, now=now)
    if own and attempt.submitted and show_answers:
        services.queue_missed(attempt=attempt, now=now)  # a quiz's answers shown after its due date
    answers = list(_answers(attempt))
    context = {
        "attempt": attempt,
        # From the server's clock, so that the page's countdown ignores the device's.
        "seconds_left": _seconds_left(attempt, now),
        "assignment": attempt.assignment,
        "answers": answers,
        "answered": sum(1 for a in answers if a.answered_at),
        "show_answers": show_answers,
        # The last learner's due date, which a classmate's extension may have moved.
        "answers_shown_at": None
        if show_answers
        else answers_shown_at(assignment=attempt.assignment),
        "missed": sum(1 for a in answers if not a.correct),
        "confirming": "confirm" in request.GET and not attempt.submitted,
        "own": own,
    }
    if request.htmx and context["confirming"]:
        return render(request, f"{TEMPLATE}#confirm", context)
    return render(request, TEMPLATE, context)


@require_POST
@login_required
def attempt_answer(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = own_attempt(request, pk)
    raw_id = request.POST.get("question", "")
    now = timezone.now()
    if not attempt.submitted and services.time_is_up(attempt=attempt, now=now):
        # The whole page is out of date, not one question: show the result it came to.
        attempt = services.close_if_expired(attempt=attempt, now=now)
        messages.info(request, _TIME_RAN_OUT)
        return _redirect(request, attempt)
    error = ""
    try:
        if not raw_id.isdigit():
            raise services.CourseError(_("That question is not part of this attempt."))
        answer = services.save_answer(
            attempt=attempt,
            question_id=int(raw_id),
            response=request.POST.get("response", ""),
            now=now,
        )
    except services.CourseError as error_:
        error = str(error_)
        answer = (
            attempt.answers.select_related("question").filter(question_id=raw_id).first()
            if raw_id.isdigit()
            else None
        )
    if not request.htmx:
        if error:
            messages.error(request, error)
        return redirect(attempt)
    if answer is None:
        return HttpResponse(error, status=400)
    context = {"attempt": attempt, "answer": answer, "error": error}
    return render(request, f"{TEMPLATE}#question", context, status=400 if error else 200)


@require_POST
@login_required
def attempt_submit(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = own_attempt(request, pk)
    outcome = services.submit_attempt(attempt=attempt, now=timezone.now())
    if outcome.submitted:
        messages.success(request, _("Your answers were submitted."))
    else:
        messages.info(request, _("This attempt was already submitted; nothing was changed."))
    return _redirect(request, outcome.attempt)


def _redirect(request: HttpRequest, attempt: Attempt) -> HttpResponse:
    response = redirect(attempt)
    if request.htmx:
        response = HttpResponse(status=204, headers={"HX-Redirect": response.url})
    return response
