import csv
import io

import pytest
from django.core.management import call_command

from content.models import Question
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_csv_export_neutralises_cells_a_spreadsheet_would_run():
    article = make_article()
    question = Question.objects.filter(article=article).first()
    question.prompt = '=HYPERLINK("http://evil.example")'
    question.answer = "@SUM(A1)"
    question.save()
    out = io.StringIO()
    call_command("export_questions", article.slug, "--format", "csv", stdout=out)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    row = rows[str(question.pk)]
    assert row["prompt"] == '\'=HYPERLINK("http://evil.example")'
    assert row["answer"] == "'@SUM(A1)"
    assert all(
        not cell.startswith(("=", "+", "-", "@")) for r in rows.values() for cell in r.values()
    )
