"""Which questions an export carries: an article's published ones, optionally narrowed."""

from collections.abc import Iterable

from django.db.models import QuerySet

from content.models import Article, Question, QuestionKind, QuestionStatus


def exported_questions(
    *, article: Article, section_ids: Iterable[int] = (), kinds: Iterable[str] = ()
) -> QuerySet[Question]:
    """Published questions shared with everyone, in reading order.

    A learner's own cards (``owner`` set) never leave through an article export.
    """
    questions = (
        Question.objects.filter(
            article=article, status=QuestionStatus.PUBLISHED, owner__isnull=True
        )
        .select_related("article", "section", "sentence")
        .order_by("section__position", "sentence__position", "answer_start", "id")
    )
    section_ids, kinds = list(section_ids), [kind for kind in kinds if kind in QuestionKind]
    if section_ids:
        questions = questions.filter(section_id__in=section_ids)
    if kinds:
        questions = questions.filter(kind__in=kinds)
    return questions
