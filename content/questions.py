"""Writes to questions by people: instructors' edits and status changes, learners' flags."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from content.models import FlagReason, Question, QuestionFlag, QuestionStatus, RetiredReason


@transaction.atomic
def edit_question(
    *, question: Question, prompt: str, answer: str, accepted_answers: list[str], choices: list[str]
) -> Question:
    """Save an instructor's edit; regeneration will leave the edited fields alone."""
    question.prompt = prompt
    question.answer = answer
    question.accepted_answers = accepted_answers
    question.choices = choices
    question.edited = True
    question.save(
        update_fields=["prompt", "answer", "accepted_answers", "choices", "edited", "updated_at"]
    )
    return question


def set_question_status(*, question: Question, status: QuestionStatus) -> Question:
    """An instructor's choice; a question they retire stays retired through regenerations."""
    question.status = status
    question.retired_reason = RetiredReason.INSTRUCTOR if status == QuestionStatus.RETIRED else ""
    question.status_before_retired = ""
    question.save(update_fields=["status", "retired_reason", "status_before_retired", "updated_at"])
    return question


@transaction.atomic
def flag_question(
    *, question: Question, user: AbstractBaseUser, reason: FlagReason, comment: str = ""
) -> QuestionFlag:
    """One open flag per person and question: flagging again updates it."""
    flag, _created = QuestionFlag.objects.update_or_create(
        question=question,
        user=user,
        resolved=False,
        defaults={"reason": reason, "comment": comment},
    )
    return flag


def resolve_flags(*, question: Question) -> int:
    return question.flags.filter(resolved=False).update(resolved=True)
