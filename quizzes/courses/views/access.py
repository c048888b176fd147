"""Fetching a course, assignment or attempt for a request, with its permission check.

Someone outside the course gets 404 (a course's existence is not revealed);
a learner opening an instructor's screen gets 403.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from quizzes.courses.models import Assignment, Attempt, Course, Role
from quizzes.permissions import can_manage_course, course_role


def _refuse_outsider(request: HttpRequest, course: Course, not_found: str):
    """404 for someone outside the course; a learner who was removed is told why instead, and
    that their work is kept (a walker's removed learner met a bare 「見つかりません」)."""
    if Attempt.objects.filter(assignment__course=course, user=request.user.pk).exists():
        raise PermissionDenied(
            _(
                "You are no longer a learner of this course. Your attempts and grades are kept: "
                "join again with the course's code to see them."
            )
        )
    raise Http404(not_found)


def member_course(request: HttpRequest, pk: int) -> tuple[Course, str]:
    course = get_object_or_404(Course, pk=pk)
    role = course_role(request.user, course)
    if role is None:
        _refuse_outsider(request, course, _("No such course."))
    return course, role


def managed_course(request: HttpRequest, pk: int) -> Course:
    course, role = member_course(request, pk)
    if role != Role.INSTRUCTOR:
        raise PermissionDenied(_("Only the course's instructors can do this."))
    return course


def member_assignment(request: HttpRequest, pk: int) -> tuple[Assignment, str]:
    assignment = get_object_or_404(Assignment.objects.select_related("course", "article"), pk=pk)
    role = course_role(request.user, assignment.course)
    if role is None:
        _refuse_outsider(request, assignment.course, _("No such assignment."))
    return assignment, role


def managed_assignment(request: HttpRequest, pk: int) -> Assignment:
    assignment, role = member_assignment(request, pk)
    if role != Role.INSTRUCTOR:
        raise PermissionDenied(_("Only the course's instructors can do this."))
    return assignment


def own_attempt(request: HttpRequest, pk: int) -> Attempt:
    """The learner's own attempt; anyone else's id (a tampered URL) is not found."""
    return get_object_or_404(
        Attempt.objects.select_related("assignment", "assignment__course"),
        pk=pk,
        user=request.user,
    )


def viewable_attempt(request: HttpRequest, pk: int) -> Attempt:
    attempt = get_object_or_404(
        Attempt.objects.select_related("assignment", "assignment__course", "user"), pk=pk
    )
    if attempt.user_id != request.user.pk and not can_manage_course(
        request.user, attempt.assignment.course
    ):
        raise Http404(_("No such attempt."))
    return attempt
