"""The gradebook: every learner of a course against every assignment, in a fixed
number of queries whatever the size of the class."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Count, ExpressionWrapper, F, FloatField, Max, Q
from django.utils.translation import gettext_lazy as _

from quizzes.courses.due_dates import extended_due_dates
from quizzes.courses.models import Assignment, Attempt, Course, Enrollment, Mode, Role
from quizzes.courses.practice import practice_counts, practice_met, practice_progress

STATUS_LABELS = {
    "not_open": _("Not open yet"),
    "todo": _("To do"),
    "in_progress": _("In progress"),
    "done": _("Submitted"),
    "late": _("Submitted late"),
    "missing": _("Missing"),
    "met": _("Target met"),
    "met_late": _("Met late"),
}


@dataclass(slots=True)
class Cell:
    status: str
    score: float | None = None  # best attempt, percent; practice: progress, percent
    attempts: int = 0
    # Practice: reviews of the assigned questions since opening, and those questions mature now.
    reviews: int = 0
    mature: int = 0
    # The learner's own due date, where an instructor granted a later one.
    extended_to: datetime | None = None

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def late(self) -> bool:
        return self.status in ("late", "met_late")


@dataclass(frozen=True)
class Row:
    user: object
    cells: list[Cell]


@dataclass(frozen=True)
class Gradebook:
    assignments: list[Assignment]
    rows: list[Row]


def course_assignments(course: Course) -> list[Assignment]:
    return list(
        course.assignments.select_related("article")
        .annotate(pool_size=Count("questions"))
        .order_by("due_at", "id")
    )


def course_learners(course: Course) -> list:
    return list(
        get_user_model()
        .objects.filter(enrollments__course=course, enrollments__role=Role.LEARNER)
        .order_by("username")
    )


def cell_for(
    assignment: Assignment, *, quiz_row: dict | None, counts: dict | None, now: datetime, due_at
) -> Cell:
    """The learner's cell of the assignment; `due_at` is their own due date."""
    cell = (
        quiz_cell(assignment, quiz_row, now, due_at)
        if assignment.mode == Mode.QUIZ
        else practice_cell(assignment, counts, now, due_at)
    )
    if due_at != assignment.due_at:
        cell.extended_to = due_at
    return cell


def quiz_cell(assignment: Assignment, row: dict | None, now: datetime, due_at: datetime) -> Cell:
    if row and row["submitted"]:
        status = "done" if row["on_time"] else "late"
        return Cell(status, score=row["best"], attempts=row["submitted"])
    if row and row["open"]:
        return Cell("in_progress")
    if now < assignment.opens_at:
        return Cell("not_open")
    if now > due_at:
        # Scored 0, not blank: a walker's teacher averaging the CSV would have left it out.
        return Cell("missing", score=0.0)
    return Cell("todo")


def practice_cell(
    assignment: Assignment, counts: dict | None, now: datetime, due_at: datetime
) -> Cell:
    counts = counts or {"total": 0, "on_time": 0, "mature": 0}
    on_time, met = practice_met(
        assignment=assignment, counts=counts, pool_size=assignment.pool_size
    )
    progress = 100 * practice_progress(
        assignment=assignment, counts=counts, pool_size=assignment.pool_size
    )
    if on_time:
        status = "met"
    elif met:
        status = "met_late"
    elif now < assignment.opens_at:
        return Cell("not_open")
    else:
        status = "missing" if now > due_at else ("in_progress" if progress else "todo")
    return Cell(status, score=progress, reviews=counts["total"], mature=counts["mature"])


def attempt_totals(*, assignments: list[Assignment], user_ids) -> dict[tuple[int, int], dict]:
    percent = ExpressionWrapper(F("score") * 100.0 / F("max_score"), output_field=FloatField())
    rows = (
        Attempt.objects.filter(assignment__in=assignments, user_id__in=user_ids)
        .values("user_id", "assignment_id")
        .annotate(
            best=Max(percent),
            submitted=Count("pk", filter=Q(submitted_at__isnull=False)),
            on_time=Count("pk", filter=Q(submitted_at__isnull=False, late=False)),
            open=Count("pk", filter=Q(submitted_at__isnull=True)),
        )
    )
    return {(row["user_id"], row["assignment_id"]): row for row in rows}


def gradebook(*, course: Course, now: datetime) -> Gradebook:
    """Best score of each quiz (as Moodle's "highest grade"), practice progress, and status."""
    assignments = course_assignments(course)
    learners = course_learners(course)
    # A subquery rather than a list of ids: the same SQL for 20 learners or 2,000.
    user_ids = enrolled_learner_ids(course)
    quiz = [a for a in assignments if a.mode == Mode.QUIZ]
    attempts = attempt_totals(assignments=quiz, user_ids=user_ids) if quiz else {}
    extended = extended_due_dates(assignments=assignments, user_ids=user_ids)
    practice = practice_counts(assignments=assignments, user_ids=user_ids, extended=extended)
    rows = []
    for user in learners:
        user_id = user.id
        cells = [
            cell_for(
                a,
                quiz_row=attempts.get((user_id, a.id)),
                counts=practice.get((user_id, a.id)),
                now=now,
                due_at=extended.get((user_id, a.id), a.due_at),
            )
            for a in assignments
        ]
        rows.append(Row(user=user, cells=cells))
    return Gradebook(assignments=assignments, rows=rows)


def practice_results(*, assignment: Assignment, now: datetime) -> list[Row]:
    """Each learner of the course against one practice assignment, for its instructor."""
    course = assignment.course
    user_ids = enrolled_learner_ids(course)
    extended = extended_due_dates(assignments=[assignment], user_ids=user_ids)
    counts = practice_counts(assignments=[assignment], user_ids=user_ids, extended=extended)
    return [
        Row(
            user=user,
            cells=[
                cell_for(
                    assignment,
                    quiz_row=None,
                    counts=counts.get((user.pk, assignment.pk)),
                    now=now,
                    due_at=extended.get((user.pk, assignment.pk), assignment.due_at),
                )
            ],
        )
        for user in course_learners(course)
    ]


def learner_cells(*, user, assignments: list[Assignment], now: datetime) -> list[Cell]:
    """One learner's statuses, for their home page."""
    quiz = [a for a in assignments if a.mode == Mode.QUIZ]
    attempts = attempt_totals(assignments=quiz, user_ids=[user.pk]) if quiz else {}
    extended = extended_due_dates(assignments=assignments, user_ids=[user.pk])
    practice = practice_counts(assignments=assignments, user_ids=[user.pk], extended=extended)
    return [
        cell_for(
            a,
            quiz_row=attempts.get((user.pk, a.pk)),
            counts=practice.get((user.pk, a.pk)),
            now=now,
            due_at=extended.get((user.pk, a.pk), a.due_at),
        )
        for a in assignments
    ]


def enrolled_learner_ids(course: Course):
    return Enrollment.objects.filter(course=course, role=Role.LEARNER).values("user_id")
