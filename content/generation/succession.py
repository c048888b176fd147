"""A word card passes itself on when its sentence changes.

A question's fingerprint holds its sentence, so a new version of an article that changes a
sentence (約300人 → 約350人) retires every question of it and makes new ones. For a question
that asks about the sentence, that is right: it asked what the article no longer says. A
word's reading or meaning card asks the same thing whatever the sentence around it says, and
retiring it lost what people had done with it (a walker): the learners' cards and their
history stayed with the retired question, and an instructor's retirement of the card was
undone by its published twin. So a word card that leaves, and the card of the same kind,
prompt and answer that arrives in the same regeneration, are one card: the learners' cards
(and the assignments that hold it) move to the new question, and a new question takes the
status the old one had. One that comes back with its own status (a vanished question
restored) keeps that.
"""

from content.learning import learning
from content.models import Question, QuestionKind, QuestionOrigin, QuestionStatus, RetiredReason

WORD_KINDS = frozenset({QuestionKind.READING, QuestionKind.VOCAB})


def _card(question: Question) -> tuple[str, str, str]:
    return question.kind, question.prompt, question.answer


def pass_on(*, leaving: list[Question], created: list[Question], restored: list[Question]) -> int:
    """Hand each leaving word card on to the same card arrived; the number handed on.

    Runs in the regeneration's last transaction, before the leaving questions are retired.
    """
    arrived = {_card(question): (question, True) for question in created}
    arrived |= {_card(question): (question, False) for question in restored}
    pairs, statuses = [], []
    for old in leaving:
        if old.kind not in WORD_KINDS or (found := arrived.pop(_card(old), None)) is None:
            continue
        new, is_new = found
        pairs.append((old.pk, new.pk))
        if is_new and new.status != old.status:
            new.status = old.status
            new.retired_reason = old.retired_reason
            statuses.append(new)
    Question.objects.bulk_update(statuses, ["status", "retired_reason"])
    learning().questions_succeeded(pairs=pairs)
    return len(pairs)


def leaving_questions(article, generated: set[str]) -> list[Question]:
    """The generated questions this regeneration did not make again that still count: in use,
    a draft, or retired by an instructor (a decision to pass on)."""
    return [
        question
        for question in article.questions.filter(origin=QuestionOrigin.GENERATED).exclude(
            status=QuestionStatus.RETIRED, retired_reason=RetiredReason.VANISHED
        )
        if question.fingerprint not in generated
    ]
