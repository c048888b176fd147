import csv
import io
import json
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


def test_json_export_carries_what_a_vocab_card_and_a_typed_name_show_on_their_back():
    article = make_article()
    vocab, typed, choice = Question.objects.filter(article=article)[:3]
    vocab.kind = "vocab"
    vocab.extra = {"reading": "ちょうてい", "gloss": "Imperial Court"}
    vocab.save()
    typed.kind, typed.choices = "cloze", []
    typed.extra = {"reading": "にほんぎんこう"}
    typed.save()
    # A choice question shows its options, not a reading, whatever its draft kept.
    choice.kind, choice.choices = "choice", ["日本銀行", "正金銀行", "第一銀行", "三井銀行"]
    choice.extra = {"reading": "にほんぎんこう"}
    choice.save()
    out = io.StringIO()
    call_command("export_questions", article.slug, "--format", "json", stdout=out)
    rows = {row["id"]: row for row in json.loads(out.getvalue())}
    assert (rows[vocab.pk]["reading"], rows[vocab.pk]["meaning"]) == (
        "ちょうてい",
        "Imperial Court",
    )
    assert (rows[typed.pk]["reading"], rows[typed.pk]["meaning"]) == ("にほんぎんこう", "")
    assert (rows[choice.pk]["reading"], rows[choice.pk]["meaning"]) == ("", "")


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
