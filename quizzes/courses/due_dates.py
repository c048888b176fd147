"""Due dates as each learner has them: the assignment's, or a later one an instructor granted.

Every rule that reads a due date for a learner (late, missing, what practice counts, when a
quiz stops taking attempts) reads it here; a quiz's answers, shown "after the due date",
wait for the last learner's.
"""

from datetime import datetime

from django.db.models import DateTimeField, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce

from quizzes.courses.models import Assignment, Extension


def due_for(*, assignment: Assignment, user_id: int) -> datetime:
    extended = (
        Extension.objects.filter(assignment=assignment, user_id=user_id)
        .values_list("due_at", flat=True)
        .first()
    )
    return extended or assignment.due_at


def answers_shown_at(*, assignment: Assignment) -> datetime:
    """When a quiz that shows its answers after the due date shows them: a classmate given
    more time must not find every key on another learner's result page."""
    last = assignment.extensions.aggregate(last=Max("due_at"))["last"]
    return max(assignment.due_at, last) if last else assignment.due_at


def learner_due_at(*, user_id: int):
    """An expression annotating assignments with this learner's due date."""
    extended = Extension.objects.filter(assignment_id=OuterRef("pk"), user_id=user_id).values(
        "due_at"
    )[:1]
    return Coalesce(Subquery(extended, output_field=DateTimeField()), F("due_at"))


def extended_due_dates(*, assignments, user_ids) -> dict[tuple[int, int], datetime]:
    """{(user id, assignment id): the later due date} for these learners, in one query."""
    return {
        (user_id, assignment_id): due_at
        for user_id, assignment_id, due_at in Extension.objects.filter(
            assignment__in=assignments, user_id__in=user_ids
        ).values_list("user_id", "assignment_id", "due_at")
    }
