import csv
import io
import zipfile

import pytest
from playwright.sync_api import expect

from content.models import QuestionOrigin
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def spreadsheet(path) -> None:
    rows = [
        ["種類", "セクション", "問題文", "答え", "別解", "選択肢", "解説"],
        ["cloze", "2", "来館者数は年間［　？　］に増えた。", "12万人", "12万", "", "講師の作問"],
        # The answer is not among the options: the preview flags this row.
        [
            "choice",
            "1",
            "港町の博物館は［　？　］に開館した。",
            "1990年",
            "",
            "1987年 | 1988年 | 1989年",
            "",
        ],
        ["truefalse", "デジタル化の課題", "作業には800時間がかかった。", "正しい", "", "", ""],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp932"))


def test_instructor_uploads_a_spreadsheet_fixes_a_row_and_confirms(
    live_server, page, log_in, screenshot_dir, tmp_path
):
    make_user(username="sensei", instructor=True)
    article = make_article()
    path = tmp_path / "問題.csv"
    spreadsheet(path)
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/articles/{article.slug}/questions/")
    page.get_by_role("link", name="表計算ファイルから問題を追加").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("表計算ファイルから問題を追加")
    page.screenshot(path=screenshot_dir / "spreadsheet-upload.png", full_page=True)
    page.get_by_label("表計算ファイル（CSV または TSV）").set_input_files(path)
    page.get_by_role("button", name="プレビュー").click()

    preview = page.locator("#upload-preview")
    expect(preview).to_contain_text("1 行にエラーがあります")
    bad = page.locator("#row-1")
    expect(bad).to_contain_text("答えは選択肢のいずれかにしてください")
    expect(preview.get_by_role("button", name="3 問を追加")).to_be_disabled()
    page.screenshot(path=screenshot_dir / "spreadsheet-preview.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "spreadsheet-preview-phone.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    assert not article.questions.filter(origin=QuestionOrigin.INSTRUCTOR).exists()

    bad.get_by_role("button", name="編集").click()
    page.get_by_label("選択肢").fill("1987年\n1988年\n1990年")
    page.screenshot(path=screenshot_dir / "spreadsheet-row-edit.png", full_page=True)
    page.get_by_role("button", name="保存").click()
    expect(preview).not_to_contain_text("エラーがあります")
    expect(page.locator("#row-1")).to_contain_text("追加できます")
    preview.get_by_role("button", name="3 問を追加").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("問題を確認")
    expect(page.locator(".message")).to_contain_text("表計算ファイルから 3 問を追加しました")
    expect(page.locator("#question-list")).to_contain_text("港町の博物館は［　？　］に開館した。")
    page.screenshot(path=screenshot_dir / "spreadsheet-confirmed.png", full_page=False)
    added = article.questions.filter(origin=QuestionOrigin.INSTRUCTOR)
    assert added.count() == 3
    assert added.get(kind="choice").answer == "1990年"


def test_learner_downloads_an_anki_deck(live_server, page, log_in, screenshot_dir, tmp_path):
    make_user(username="gakusei")
    article = make_article()
    log_in("gakusei", PASSWORD)
    page.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    link = page.get_by_role("link", name="Anki 用にダウンロード")
    expect(link).to_be_visible()
    page.screenshot(path=screenshot_dir / "deck-anki-download.png", full_page=False)
    page.set_viewport_size(PHONE)
    page.screenshot(path=screenshot_dir / "deck-anki-download-phone.png", full_page=False)
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "港町の小さな博物館.apkg"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert "collection.anki2" in zipfile.ZipFile(saved).namelist()
