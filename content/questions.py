"""Writes to questions by people: instructors' edits and status changes, learners' flags."""

import hashlib

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from content.models import (
    Article,
    FlagReason,
    Question,
    QuestionFlag,
    QuestionKind,
    QuestionOrigin,
    QuestionStatus,
    RetiredReason,
    Section,
)


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


@transaction.atomic
def write_question(
    *,
    article: Article,
    section: Section,
    kind: QuestionKind,
    prompt: str,
    answer: str,
    accepted_answers: list[str],
    choices: list[str],
    explanation: str = "",
    status: QuestionStatus = QuestionStatus.DRAFT,
) -> Question:
    """An instructor's own question on a section; regeneration never touches it."""
    # The fingerprint keeps the (article, fingerprint) constraint meaningful: the
    # same question written twice is refused instead of stored twice.
    basis = "\x1f".join([QuestionOrigin.INSTRUCTOR, str(section.pk), kind, prompt, answer])
    return Question.objects.create(
        article=article,
        section=section,
        source_text=prompt,
        kind=kind,
        prompt=prompt,
        answer=answer,
        accepted_answers=accepted_answers,
        choices=choices,
        explanation=explanation,
        generator="instructor",
        fingerprint=hashlib.sha256(basis.encode()).hexdigest(),
        status=status,
        origin=QuestionOrigin.INSTRUCTOR,
        quality=1.0,
    )


def set_questions_status(*, article: Article, ids: list[int], status: QuestionStatus) -> int:
    """Publish or retire several questions of one article at once; ids of other articles are
    ignored, and so are questions whose sentence is gone when publishing (`may_publish`)."""
    questions = article.questions.filter(pk__in=ids)
    if status == QuestionStatus.PUBLISHED:
        questions = questions.exclude(retired_reason=RetiredReason.VANISHED)
    return questions.update(
        status=status,
        retired_reason=RetiredReason.INSTRUCTOR if status == QuestionStatus.RETIRED else "",
        status_before_retired="",
        updated_at=timezone.now(),
    )


def set_question_status(*, question: Question, status: QuestionStatus) -> Question:
    """An instructor's choice; a question they retire stays retired through regenerations.
    A question whose sentence is gone is never published (`may_publish`)."""
    if status == QuestionStatus.PUBLISHED and not may_publish(question):
        return question
    question.status = status
    question.retired_reason = RetiredReason.INSTRUCTOR if status == QuestionStatus.RETIRED else ""
    question.status_before_retired = ""
    question.save(update_fields=["status", "retired_reason", "status_before_retired", "updated_at"])
    return question


def may_publish(question: Question) -> bool:
    """Not a question a new version of its article retired because its sentence changed or
    went: its source is no longer the article's text (it read 約300人 where the article now
    says 約350人), and a learner would be asked what the article no longer says. It comes
    back by itself if the sentence does."""
    return question.retired_reason != RetiredReason.VANISHED


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
