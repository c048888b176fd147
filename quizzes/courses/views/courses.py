"""Courses: the list, creating one, joining by code or share link, the roster."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quizzes.courses import selectors, services
from quizzes.courses.forms import CourseForm, JoinForm
from quizzes.courses.gradebook import course_assignments, learner_cells
from quizzes.courses.models import Attempt, Course, Role
from quizzes.courses.views.access import managed_course, member_course
from quizzes.permissions import can_create_course


@require_GET
@login_required
def course_list(request: HttpRequest) -> HttpResponse:
    course_form = CourseForm() if can_create_course(request.user) else None
    return _course_list(request, course_form=course_form)


def _course_list(
    request: HttpRequest, *, course_form: CourseForm | None, status: int = 200
) -> HttpResponse:
    context = {
        "memberships": selectors.memberships(user=request.user),
        "join_form": JoinForm(),
        "course_form": course_form,
    }
    return render(request, "quizzes/courses/course_list.html", context, status=status)


@require_GET
@login_required
def teach(request: HttpRequest) -> HttpResponse:
    """The instructor's home: their courses, what is due, and articles waiting for review."""
    if not can_create_course(request.user):
        raise PermissionDenied(_("This page is for instructors."))
    now = timezone.now()
    services.close_expired_attempts(
        attempts=Attempt.objects.filter(
            assignment__course__enrollments__user=request.user,
            assignment__course__enrollments__role=Role.INSTRUCTOR,
        ),
        now=now,
    )
    context = {
        "memberships": selectors.memberships(user=request.user).filter(role=Role.INSTRUCTOR),
        "due": selectors.taught_assignments_due(user=request.user, now=now),
        "now": now,
        "pending": selectors.pending_review(user=request.user),
        "course_form": CourseForm(),
    }
    return render(request, "quizzes/courses/teach.html", context)


@require_POST
@login_required
def course_create(request: HttpRequest) -> HttpResponse:
    if not can_create_course(request.user):
        raise PermissionDenied(_("Only instructors can create courses."))
    form = CourseForm(request.POST)
    if not form.is_valid():
        return _course_list(request, course_form=form, status=400)
    course = services.create_course(instructor=request.user, **form.cleaned_data)
    messages.success(request, _("The course was created. Share its join code with your learners."))
    return redirect(course)


@require_GET
@login_required
def course_detail(request: HttpRequest, pk: int) -> HttpResponse:
    course, role = member_course(request, pk)
    now = timezone.now()
    services.close_expired_attempts(
        attempts=Attempt.objects.filter(assignment__course=course), now=now
    )
    assignments = course_assignments(course)
    context = {"course": course, "role": role, "assignments": assignments}
    if role == Role.INSTRUCTOR:
        context["roster"] = selectors.roster(course=course)
        context["share_url"] = request.build_absolute_uri(
            reverse("courses:join_link", kwargs={"code": course.join_code})
        )
    else:
        cells = learner_cells(user=request.user, assignments=assignments, now=now)
        context["rows"] = list(zip(assignments, cells, strict=True))
    return render(request, "quizzes/courses/course_detail.html", context)


def _join(request: HttpRequest, code: str) -> HttpResponse | None:
    try:
        outcome = services.join_course(user=request.user, code=code)
    except services.CourseError as error:
        messages.error(request, str(error))
        return None
    if outcome.joined:
        messages.success(request, _("You joined %(course)s.") % {"course": outcome.course.name})
    else:
        messages.info(
            request, _("You are already in %(course)s.") % {"course": outcome.course.name}
        )
    return redirect(outcome.course)


@require_POST
@login_required
def join(request: HttpRequest) -> HttpResponse:
    form = JoinForm(request.POST)
    if form.is_valid():
        response = _join(request, form.cleaned_data["code"])
        if response:
            return response
    else:
        messages.error(request, _("Type the join code your instructor gave you."))
    return redirect("courses:course_list")


@require_http_methods(["GET", "POST"])
@login_required
def join_link(request: HttpRequest, code: str) -> HttpResponse:
    """A share link: GET shows the course and asks, POST joins (a link alone changes nothing)."""
    course = Course.objects.filter(join_code=services.normalize_code(code)).first()
    if request.method == "POST":
        return _join(request, code) or redirect("courses:course_list")
    if course is None:
        messages.error(
            request,
            _("This link no longer works: the course has a new join code. Ask your instructor."),
        )
        return redirect("courses:course_list")
    return render(request, "quizzes/courses/join.html", {"course": course, "code": code})


@require_POST
@login_required
def regenerate_code(request: HttpRequest, pk: int) -> HttpResponse:
    course = managed_course(request, pk)
    services.regenerate_join_code(course=course)
    messages.success(
        request, _("The course has a new join code; the old code and link no longer work.")
    )
    return redirect(course)


@require_POST
@login_required
def remove_learner(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    course = managed_course(request, pk)
    if services.remove_learner(course=course, user_id=user_id):
        messages.success(request, _("The learner was removed from the course. Their work is kept."))
    else:
        messages.error(request, _("That person is not a learner of this course."))
    return redirect(course)
