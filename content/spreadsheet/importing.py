"""Writes for a spreadsheet upload: keep the parsed rows, correct them, store them on confirmation."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from content.models import Article, Question, QuestionStatus, QuestionUpload
from content.spreadsheet.preview import preview_rows, values_from_form
from content.spreadsheet.reading import read_sheet


class UploadHasErrors(Exception):
    """Confirmation refused: some rows still have errors (or none are left)."""


@transaction.atomic
def start_upload(
    *, article: Article, user: AbstractBaseUser, filename: str, data: bytes
) -> QuestionUpload:
    """Parse the file (SpreadsheetError for a bad file) and keep its rows for the preview.

    An instructor has one pending upload per article: a new file replaces the last.
    """
    rows = read_sheet(data)
    QuestionUpload.objects.filter(article=article, uploaded_by=user).delete()
    return QuestionUpload.objects.create(
        article=article,
        uploaded_by=user,
        filename=filename[:255],
        rows=[{"line": row.line, "values": row.values} for row in rows],
    )


def replace_row(*, upload: QuestionUpload, index: int, form_data: dict) -> None:
    """Keep the instructor's correction of one row (validated again at every preview)."""
    upload.rows[index]["values"] = values_from_form(form_data)
    upload.save(update_fields=["rows"])


def remove_row(*, upload: QuestionUpload, index: int) -> None:
    del upload.rows[index]
    upload.save(update_fields=["rows"])


@transaction.atomic
def confirm_upload(*, upload: QuestionUpload, publish: bool) -> list[Question]:
    """Store every row as a question written by hand, or nothing at all."""
    upload = QuestionUpload.objects.select_for_update().get(pk=upload.pk)
    previews = preview_rows(article=upload.article, rows=upload.rows)
    if not previews or not all(preview.ok for preview in previews):
        raise UploadHasErrors
    questions = [preview.question for preview in previews]
    for question in questions:
        question.status = QuestionStatus.PUBLISHED if publish else QuestionStatus.DRAFT
    created = Question.objects.bulk_create(questions)
    upload.delete()
    return created
