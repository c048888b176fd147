import csv
import io
import os

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


def test_a_reader_that_stops_early_gets_no_traceback():
    """`export_questions --format csv | head`: the pipe closes after the first lines."""
    article = make_article()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as `head` does after its lines
    with open(write_end, "w", encoding="utf-8") as closed_pipe:
        call_command("export_questions", article.slug, "--format", "csv", stdout=closed_pipe)
        # The stream now leads nowhere: later writes and the flush at exit are silent.
        closed_pipe.write("more\n")
        closed_pipe.flush()
