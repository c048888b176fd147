"""Reads of the material."""

from collections.abc import Iterable

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from content.learning import learning
from content.models import (
    Article,
    Generation,
    Question,
    QuestionFlag,
    QuestionKind,
    QuestionStatus,
    Section,
    Visibility,
)


def articles_visible_to(*, user) -> QuerySet[Article]:
    """The articles this person may read, study and export: every list and view starts here.

    The one place article visibility is decided: an article is visible to its
    owner, to everyone when shared with everyone, and to the members of its
    owner's courses when shared with them. Archived articles stay visible (their
    learners keep studying them); lists leave them out with `article_list`.
    """
    if not user.is_authenticated:
        return Article.objects.none()
    if user.is_superuser:
        return Article.objects.all()
    return Article.objects.filter(
        Q(visibility=Visibility.EVERYONE)
        | Q(owner=user)
        | Q(
            visibility=Visibility.COURSES,
            owner__in=learning().course_owner_ids(user=user),
        )
    )


def article_list(*, user) -> QuerySet[Article]:
    """The articles a person sees listed: visible and not archived, newest first."""
    return (
        articles_visible_to(user=user)
        .filter(archived_at__isnull=True)
        .annotate(
            section_count=Count("sections", distinct=True),
            question_count=Count(
                "questions",
                # Learners' own words are theirs alone: not part of the article's questions.
                filter=Q(questions__status=QuestionStatus.PUBLISHED, questions__owner__isnull=True),
                distinct=True,
            ),
        )
        .order_by("-created_at", "-id")
    )


def export_rows(*, article: Article) -> list[dict]:
    """Every question of an article, in the export's shape; a learner's own cards stay private."""
    questions = (
        article.questions.filter(owner__isnull=True)
        .select_related("section")
        .order_by("section__position", "id")
    )
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
            # What the card's back shows: a vocab word's reading and meaning, a typed name's reading.
            "reading": (
                question.extra.get("reading", "")
                if question.kind == QuestionKind.VOCAB
                else question.answer_reading
            ),
            "meaning": question.extra.get("gloss", "")
            if question.kind == QuestionKind.VOCAB
            else "",
            "source_sentence": question.source_text,
            "status": question.status,
        }
        for question in questions
    ]


# A choice of kanji is filtered apart from other choices: its rows say 漢字の書き (a walker
# looked for it in the review's kind list).
SPELLING_KIND = "spelling"
REVIEW_KINDS = [
    *QuestionKind.choices[:2],
    (SPELLING_KIND, _("Kanji spelling")),
    *QuestionKind.choices[2:],
]


def of_kinds(questions: QuerySet[Question], kinds: Iterable[str]) -> QuerySet[Question]:
    """The questions of these kinds, where a choice of kanji (SPELLING_KIND) is a kind of its
    own: `choice` leaves it out. Every screen that lists or picks kinds means the same by them
    (a walker's teacher could filter 漢字の書き in the review, not assign it on its own)."""
    kinds = set(kinds)
    spelling = Q(kind=QuestionKind.CHOICE, extra__has_key="spelling")
    condition = Q(kind__in=kinds - {QuestionKind.CHOICE, SPELLING_KIND})
    if QuestionKind.CHOICE in kinds:
        condition |= Q(kind=QuestionKind.CHOICE) & ~spelling
    if SPELLING_KIND in kinds:
        condition |= spelling
    return questions.filter(condition)


def questions_for_review(
    *,
    article: Article,
    question: int | None = None,
    section: int | None = None,
    kind: str = "",
    status: str = "",
    reported: bool = False,
) -> QuerySet[Question]:
    """An article's questions for its owner, in reading order, each with its open reports.

    The section comes along without its text (the page shows only its heading), so a
    page of questions carries one heading per row, not one section body per row.
    """
    questions = (
        article.questions.filter(owner__isnull=True)
        .select_related("section")
        .defer("section__text")
        .annotate(open_flags=Count("flags", filter=Q(flags__resolved=False)))
        .order_by("section__position", "-quality", "id")
    )
    if question is not None:
        questions = questions.filter(pk=question)
    if section is not None:
        questions = questions.filter(section_id=section)
    if kind:
        questions = of_kinds(questions, [kind])
    if status:
        questions = questions.filter(status=status)
    if reported:
        questions = questions.filter(open_flags__gt=0)
    return questions


def review_sections(*, article: Article) -> QuerySet[Section]:
    """The article's sections, as the review's filter lists them (headings only)."""
    return article.sections.only("id", "article_id", "position", "heading").order_by("position")


def open_flags(*, article: Article) -> QuerySet[QuestionFlag]:
    return (
        QuestionFlag.objects.filter(
            question__article=article, question__owner__isnull=True, resolved=False
        )
        .select_related("question", "user")
        .order_by("-created_at")
    )


def latest_generation(*, article: Article) -> Generation | None:
    return article.generations.order_by("-created_at", "-id").first()
