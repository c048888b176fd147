"""Who may see and change what in the learning: courses, assignments, attempts, progress.

Every view asks here. Article rules (own, edit) come from content.permissions,
re-exported so that this module is the one place to read them all.
"""

from django.contrib.auth.models import AbstractBaseUser

from content.permissions import can_edit_article, can_share_articles
from quizzes.courses.models import Attempt, Course, Enrollment, Role

__all__ = [
    "can_create_course",
    "can_edit_article",
    "can_manage_course",
    "can_share_articles",
    "can_take_assignment",
    "can_view_attempt",
    "can_view_progress",
    "course_role",
]


def course_role(user: AbstractBaseUser, course: Course) -> str | None:
    """The person's role in the course (administrators count as instructors), or None."""
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.INSTRUCTOR
    return (
        Enrollment.objects.filter(course=course, user=user).values_list("role", flat=True).first()
    )


def can_create_course(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.has_perm("quizzes.add_course")


def can_manage_course(user: AbstractBaseUser, course: Course) -> bool:
    """Roster, join code, assignments, gradebook, results and item analysis."""
    return course_role(user, course) == Role.INSTRUCTOR


def can_take_assignment(user: AbstractBaseUser, course: Course) -> bool:
    """Only the course's learners take its quizzes (instructors preview them instead)."""
    return (
        user.is_authenticated
        and Enrollment.objects.filter(course=course, user=user, role=Role.LEARNER).exists()
    )


def can_view_attempt(user: AbstractBaseUser, attempt: Attempt) -> bool:
    return attempt.user_id == user.pk or can_manage_course(user, attempt.assignment.course)


def can_view_progress(*, viewer, learner) -> bool:
    """Learners see their own progress; administrators everyone's; instructors the
    learners of their own courses."""
    if not viewer.is_authenticated:
        return False
    if viewer.pk == learner.pk or viewer.is_superuser:
        return True
    taught = Enrollment.objects.filter(user=viewer, role=Role.INSTRUCTOR).values("course")
    return Enrollment.objects.filter(user=learner, role=Role.LEARNER, course__in=taught).exists()
