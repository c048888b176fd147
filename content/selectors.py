"""Reads of the material."""

from django.db.models import Count, Q, QuerySet

from content.models import Article, QuestionStatus


def article_list() -> QuerySet[Article]:
    return Article.objects.annotate(
        section_count=Count("sections", distinct=True),
        question_count=Count(
            "questions", filter=Q(questions__status=QuestionStatus.PUBLISHED), distinct=True
        ),
    ).order_by("-created_at", "-id")


def export_rows(*, article: Article) -> list[dict]:
    """Every question of an article, in the export's shape."""
    questions = article.questions.select_related("section").order_by("section__position", "id")
    return [
        {
            "id": question.pk,
            "fingerprint": question.fingerprint,
            "kind": question.kind,
            "section": question.section.heading if question.section else "",
            "prompt": question.prompt,
            "choices": question.choices,
            "answer": question.answer,
            "accepted_answers": question.accepted_answers,
            "source_sentence": question.source_text,
            "status": question.status,
        }
        for question in questions
    ]
