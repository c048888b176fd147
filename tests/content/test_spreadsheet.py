"""Questions from a spreadsheet: read, preview with per-row errors, fix, confirm; bad files refused."""

import csv
import io
import zipfile

import pytest
from django.urls import reverse
from django.utils import translation

from content.generation.service import regenerate_questions
from content.models import Question, QuestionOrigin, QuestionStatus, QuestionUpload
from content.spreadsheet.reading import MAX_ROWS
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

HEADER_JA = ["種類", "セクション", "問題文", "答え", "別解", "選択肢", "解説"]
HEADER_EN = ["kind", "section", "prompt", "answer", "accepted answers", "options", "explanation"]
GOOD_ROWS = [
    [
        "choice",
        "来館者を増やす工夫",
        "展示室の改装にかかった費用は約［　？　］だった。",
        "3億円",
        "",
        "1億円 | 3億円 | 5億円 | 8億円",
        "講師の作問",
    ],
    ["cloze", "2", "来館者数は年間［　？　］に増えた。", "12万人", "12万 | 十二万人", "", ""],
    ["正誤", "デジタル化の課題", "職員は約5,000点の資料を撮影した。", "正しい", "", "", ""],
    ["wh", "3", "作業には何時間かかったか？", "800時間", "800", "", ""],
]


def sheet(rows, *, header=HEADER_EN, delimiter=",", encoding="utf-8", bom=False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


@pytest.fixture(autouse=True)
def _japanese_after_each_test():
    # Requests here switch the thread to English; later tests expect the default again.
    yield
    translation.activate("ja")


@pytest.fixture
def article():
    return make_article()


@pytest.fixture
def instructor(client):
    user = make_user(instructor=True)
    client.force_login(user)
    return user


def upload(client, article, data: bytes, name="questions.csv"):
    file = io.BytesIO(data)
    file.name = name
    return client.post(reverse("content:question_upload", args=[article.slug]), {"file": file})


def pending(article) -> QuestionUpload:
    return QuestionUpload.objects.get(article=article)


def confirm(client, article, status="published"):
    return client.post(
        reverse("content:question_upload_confirm", args=[article.slug, pending(article).pk]),
        {"status": status},
    )


def test_an_excel_cp932_file_is_previewed_then_stored_on_confirmation(client, article, instructor):
    before = article.questions.count()
    response = upload(client, article, sheet(GOOD_ROWS, header=HEADER_JA, encoding="cp932"))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "展示室の改装にかかった費用は約［　？　］だった。" in page
    assert "<mark>12万人</mark>" in page, "the matching sentence is shown with the answer marked"
    assert article.questions.count() == before, "nothing is stored before confirmation"

    response = confirm(client, article)
    assert response.status_code == 302
    added = list(article.questions.filter(origin=QuestionOrigin.INSTRUCTOR).order_by("id"))
    assert [q.kind for q in added] == ["choice", "cloze", "truefalse", "wh"]
    choice, cloze, truefalse, wh = added
    assert choice.choices == ["1億円", "3億円", "5億円", "8億円"] and choice.answer == "3億円"
    assert choice.section.heading == "来館者を増やす工夫" and choice.explanation == "講師の作問"
    assert cloze.accepted_answers == ["12万", "十二万人"]
    assert cloze.sentence.text == "来館者数は年間12万人に増えた。"
    assert cloze.source_text[cloze.answer_start : cloze.answer_end] == "12万人"
    assert truefalse.answer == "true" and truefalse.choices == ["true", "false"]
    assert wh.section.position == 2
    assert all(q.status == QuestionStatus.PUBLISHED and q.owner is None for q in added)
    assert not QuestionUpload.objects.exists()


def test_a_tsv_with_a_bom_is_read_too(client, article, instructor):
    upload(client, article, sheet(GOOD_ROWS[:2], delimiter="\t", bom=True), name="q.tsv")
    assert len(pending(article).rows) == 2
    confirm(client, article, status="draft")
    assert (
        article.questions.filter(
            origin=QuestionOrigin.INSTRUCTOR, status=QuestionStatus.DRAFT
        ).count()
        == 2
    )


def test_regeneration_never_retires_imported_questions(client, article, instructor):
    upload(client, article, sheet(GOOD_ROWS))
    confirm(client, article)
    regenerate_questions(article=article)
    assert article.questions.filter(
        origin=QuestionOrigin.INSTRUCTOR, status=QuestionStatus.PUBLISHED
    ).count() == len(GOOD_ROWS)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["essay", "1", "問い", "答え", "", "", ""], "Unknown kind"),
        (["choice", "1", "問い［　？　］", "4億円", "", "1億円 | 3億円", ""], "one of the options"),
        (["cloze", "存在しない節", "問い［　？　］", "答え", "", "", ""], "no section"),
        (["cloze", "9", "問い［　？　］", "答え", "", "", ""], "no section"),
        (["cloze", "1", '=HYPERLINK("http://x")', "答え", "", "", ""], "formula"),
        (["cloze", "1", "問い", "@SUM(A1)", "", "", ""], "formula"),
        (["choice", "1", "問い［　？　］", "答え", "", "", ""], "needs options"),
        (["truefalse", "1", "文。", "たぶん", "", "", ""], "true or false"),
        (["cloze", "1", "", "答え", "", "", ""], "required"),
    ],
)
def test_a_bad_row_gets_its_own_message_and_blocks_confirmation(
    client, article, instructor, settings, row, message
):
    settings.LANGUAGE_CODE = "en"
    before = Question.objects.count()
    upload(client, article, sheet([GOOD_ROWS[0], row]), name="q.csv")
    page = client.get(
        reverse("content:question_upload_preview", args=[article.slug, pending(article).pk])
    ).content.decode()
    assert "Row 3" in page and message in page
    assert "1 row has errors" in page
    response = confirm(client, article)
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    assert Question.objects.count() == before


def test_a_value_with_a_sign_is_not_a_formula(client, article, instructor):
    upload(client, article, sheet([["cloze", "1", "気温は［　？　］度だった。", "-5", "", "", ""]]))
    confirm(client, article)
    assert article.questions.filter(answer="-5").exists()


def test_the_same_question_twice_is_refused(client, article, instructor):
    client.cookies["django_language"] = "en"
    upload(client, article, sheet([GOOD_ROWS[1], GOOD_ROWS[1]]))
    assert (
        "The same question as row 2."
        in client.get(
            reverse("content:question_upload_preview", args=[article.slug, pending(article).pk])
        ).content.decode()
    )
    assert confirm(client, article).status_code == 400
    QuestionUpload.objects.all().delete()
    upload(client, article, sheet([GOOD_ROWS[1]]))
    confirm(client, article)
    upload(client, article, sheet([GOOD_ROWS[1]]))
    assert confirm(client, article).status_code == 400, "already in the article"


def file_error(client, article, data: bytes, name="q.csv") -> str:
    response = upload(client, article, data, name=name)
    assert response.status_code == 400
    assert not QuestionUpload.objects.exists()
    return response.content.decode()


def test_bad_files_get_one_clear_message_and_nothing_is_kept(client, article, instructor):
    client.cookies["django_language"] = "en"
    before = Question.objects.count()
    assert "missing: section, answer" in file_error(
        client, article, sheet([["cloze", "問い"]], header=["kind", "prompt"])
    )
    many = [["cloze", "1", f"問い{n}［　？　］", "答え", "", "", ""] for n in range(10_000)]
    assert f"more than {MAX_ROWS:,} questions" in file_error(client, article, sheet(many))
    workbook = io.BytesIO()
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>" + "\x00" * 10)
    assert "binary file" in file_error(client, article, workbook.getvalue(), name="q.xlsx")
    assert "empty" in file_error(client, article, b"")
    assert "no questions" in file_error(client, article, sheet([]))
    assert Question.objects.count() == before


def test_fixing_a_bad_row_in_the_preview_then_confirming(client, article, instructor):
    bad = [
        "choice",
        "1",
        "港町の博物館は［　？　］に開館した。",
        "1990年",
        "",
        "1987年 | 1988年",
        "",
    ]
    upload(client, article, sheet([GOOD_ROWS[1], bad]))
    item = pending(article)
    row_url = reverse("content:question_upload_row", args=[article.slug, item.pk, 1])
    form = client.get(row_url, HTTP_HX_REQUEST="true").content.decode()
    assert "1987年\n1988年" in form, "options are edited one per line, as in the review editor"
    response = client.post(
        row_url,
        {
            "kind": "choice",
            "section": "1",
            "prompt": "港町の博物館は［　？　］に開館した。",
            "answer": "1987年",
            "accepted_answers": "",
            "choices": "1987年\n1988年\n1990年",
            "explanation": "",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and 'id="upload-preview"' in response.content.decode()
    assert confirm(client, article).status_code == 302
    fixed = article.questions.get(origin=QuestionOrigin.INSTRUCTOR, kind="choice")
    assert fixed.choices == ["1987年", "1988年", "1990年"] and fixed.answer == "1987年"


def test_an_invalid_correction_stays_in_its_row(client, article, instructor):
    upload(client, article, sheet([GOOD_ROWS[1]]))
    row_url = reverse("content:question_upload_row", args=[article.slug, pending(article).pk, 0])
    response = client.post(
        row_url,
        {"kind": "nope", "section": "1", "prompt": "p", "answer": "a"},
        HTTP_HX_REQUEST="true",
    )
    assert response["HX-Retarget"] == "#row-0"
    assert pending(article).rows[0]["values"]["kind"] == "cloze"


def test_removing_a_row(client, article, instructor):
    upload(client, article, sheet([GOOD_ROWS[0], ["essay", "1", "x", "y", "", "", ""]]))
    item = pending(article)
    client.post(
        reverse("content:question_upload_remove_row", args=[article.slug, item.pk, 1]),
        HTTP_HX_REQUEST="true",
    )
    assert len(pending(article).rows) == 1
    assert confirm(client, article).status_code == 302


def test_the_template_downloads_and_reads_back_as_valid_rows(client, article, instructor):
    response = client.get(reverse("content:question_upload_template", args=[article.slug]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    upload(client, article, response.content)
    page = client.get(
        reverse("content:question_upload_preview", args=[article.slug, pending(article).pk])
    ).content.decode()
    assert "has-errors" not in page


def test_only_instructors_upload_and_only_the_uploader_sees_an_upload(client, article, instructor):
    upload(client, article, sheet(GOOD_ROWS))
    item = pending(article)
    client.force_login(make_user())
    assert upload(client, article, sheet(GOOD_ROWS)).status_code == 403
    client.force_login(make_user(instructor=True))
    preview = reverse("content:question_upload_preview", args=[article.slug, item.pk])
    assert client.get(preview).status_code == 404
    assert confirm(client, article).status_code == 404
    assert not article.questions.filter(origin=QuestionOrigin.INSTRUCTOR).exists()


def test_a_file_over_the_size_limit_is_refused_before_reading(
    client, article, instructor, monkeypatch
):
    monkeypatch.setattr("content.forms.MAX_BYTES", 100)
    client.cookies["django_language"] = "en"
    assert "The file is too large" in file_error(client, article, sheet(GOOD_ROWS))
