import pytest
from playwright.sync_api import expect

from content.models import Article
from tests.factories import PASSWORD, SAMPLE_MARKDOWN, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_upload_preview_save(live_server, page, log_in, screenshot_dir, tmp_path):
    make_user(username="sensei", instructor=True)
    log_in("sensei", PASSWORD)
    path = tmp_path / "museum.md"
    path.write_text(SAMPLE_MARKDOWN, encoding="utf-8")

    page.get_by_role("link", name="取り込み").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("記事を取り込む")
    page.get_by_label("ファイル").set_input_files(path)
    page.get_by_role("button", name="プレビュー").click()

    preview = page.locator("#preview")
    expect(preview.get_by_role("heading", name="プレビュー")).to_be_focused()
    expect(preview).to_contain_text("港町の小さな博物館")
    expect(preview.locator("tbody tr")).to_have_count(3)
    page.screenshot(path=screenshot_dir / "import-preview.png", full_page=True)
    assert Article.objects.count() == 0

    preview.get_by_role("button", name="保存").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("港町の小さな博物館")
    expect(page.locator(".message")).to_contain_text("記事を保存しました")
    expect(page.get_by_role("heading", name="デジタル化の課題")).to_be_visible()
    page.screenshot(path=screenshot_dir / "article-reader.png", full_page=True)
    assert Article.objects.count() == 1


def test_pasting_nothing_shows_the_error(live_server, page, log_in):
    make_user(username="sensei", instructor=True)
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/articles/import/")
    page.get_by_role("button", name="プレビュー").click()
    expect(page.locator("#preview [role=alert]")).to_contain_text("ファイルを選ぶか")
