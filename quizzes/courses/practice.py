"""Practice assignments are met through the study loop: a number of reviews of the
assigned questions between opening and the due date, or a share of them mastered.

Mastered means mature, as Anki says: a card in review state whose stability is at
least 21 days.
"""

from datetime import datetime

from django.db.models import Count, F, Q

from quizzes.courses.models import Assignment, PracticeTarget
from quizzes.models import CardState
from quizzes.scheduling import MATURE_STABILITY_DAYS

AssignmentQuestion = Assignment.questions.through


def practice_counts(
    *, assignments: list[Assignment], user_ids, extended: dict[tuple[int, int], datetime]
) -> dict[tuple[int, int], dict]:
    """{(user id, assignment id): {"on_time": reviews by the learner's due date, "total":
    reviews since opening, "mature": mature cards}} in two queries whatever the number of
    assignments, and a third when learners have later due dates (`extended`, by (user id,
    assignment id))."""
    result: dict[tuple[int, int], dict] = {}
    ids = [a.pk for a in assignments if a.mode == "practice"]
    if not ids:
        return result
    since_opening = AssignmentQuestion.objects.filter(
        assignment_id__in=ids,
        question__cards__user_id__in=user_ids,
        question__cards__reviews__reviewed_at__gte=F("assignment__opens_at"),
    )
    reviews = since_opening.values("assignment_id", "question__cards__user_id").annotate(
        total=Count("question__cards__reviews"),
        on_time=Count(
            "question__cards__reviews",
            filter=Q(question__cards__reviews__reviewed_at__lte=F("assignment__due_at")),
        ),
    )
    for row in reviews:
        key = (row["question__cards__user_id"], row["assignment_id"])
        result[key] = {"total": row["total"], "on_time": row["on_time"], "mature": 0}
    extended_here = {key: due for key, due in extended.items() if key[1] in ids}
    if extended_here:
        # Few learners have one: a condition each, rather than a join on two columns.
        by_their_date = Q()
        for (user_id, assignment_id), due_at in extended_here.items():
            by_their_date |= Q(
                assignment_id=assignment_id,
                question__cards__user_id=user_id,
                question__cards__reviews__reviewed_at__lte=due_at,
            )
        for row in (
            since_opening.filter(by_their_date)
            .values("assignment_id", "question__cards__user_id")
            .annotate(on_time=Count("question__cards__reviews"))
        ):
            key = (row["question__cards__user_id"], row["assignment_id"])
            result[key]["on_time"] = row["on_time"]
    mature = (
        AssignmentQuestion.objects.filter(
            assignment_id__in=ids,
            question__cards__user_id__in=user_ids,
            question__cards__state=CardState.REVIEW,
            question__cards__stability__gte=MATURE_STABILITY_DAYS,
        )
        .values("assignment_id", "question__cards__user_id")
        .annotate(n=Count("question__cards"))
    )
    for row in mature:
        key = (row["question__cards__user_id"], row["assignment_id"])
        result.setdefault(key, {"total": 0, "on_time": 0, "mature": 0})["mature"] = row["n"]
    return result


def practice_met(*, assignment: Assignment, counts: dict, pool_size: int) -> tuple[bool, bool]:
    """(met by the due date, met at all). Mastery is the share mature now."""
    if assignment.practice_target == PracticeTarget.REVIEWS:
        target = assignment.target_reviews
        return counts["on_time"] >= target, counts["total"] >= target
    share = counts["mature"] / pool_size if pool_size else 0.0
    return share >= assignment.target_mastery, share >= assignment.target_mastery


def practice_progress(*, assignment: Assignment, counts: dict, pool_size: int) -> float:
    """How far along, 0..1, for a progress bar."""
    if assignment.practice_target == PracticeTarget.REVIEWS:
        return min(1.0, counts["total"] / assignment.target_reviews)
    share = counts["mature"] / pool_size if pool_size else 0.0
    return min(1.0, share / assignment.target_mastery)
