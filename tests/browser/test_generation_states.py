"""The article page tells an instructor how its question generation went, on desktop and phone."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from content.models import Generation, GenerationStatus
from tests.factories import PASSWORD, SAMPLE_MARKDOWN, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

STATES = {
    GenerationStatus.QUEUED: ("待機中", "まもなく問題を生成します"),
    GenerationStatus.RUNNING: ("生成中", "問題を生成しています"),
    GenerationStatus.FAILED: ("失敗", "問題の生成に失敗しました"),
    GenerationStatus.DONE: ("完了", "問題を生成しました"),
}


def set_state(article, status) -> None:
    Generation.objects.filter(article=article).update(
        status=status,
        started_at=timezone.now(),
        error="WorkerTimeout: the worker was stopped after 30 s"
        if status == GenerationStatus.FAILED
        else "",
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_generation_states_and_generate_again(live_server, page, log_in, screenshot_dir, width):
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 900})
    make_user(username="sensei", instructor=True)
    article = make_article(text=SAMPLE_MARKDOWN)
    log_in("sensei", PASSWORD)
    state = page.locator("#generation")
    for status, (badge, sentence) in STATES.items():
        set_state(article, status)
        page.goto(f"{live_server.url}{article.get_absolute_url()}")
        expect(state.locator(".badge")).to_have_text(badge)
        expect(state).to_contain_text(sentence)
        again = state.get_by_role("button", name="もう一度生成")
        if status in (GenerationStatus.QUEUED, GenerationStatus.RUNNING):
            expect(again).to_have_count(0)
        else:
            expect(again).to_be_visible()
        page.screenshot(path=screenshot_dir / f"generation-{status}-{width}.png", full_page=False)

    set_state(article, GenerationStatus.FAILED)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(state).to_contain_text("WorkerTimeout")
    state.get_by_role("button", name="もう一度生成").click()
    expect(state.locator(".badge")).to_have_text("完了")
    expect(state).to_contain_text("新しい問題 0 問")
    assert Generation.objects.filter(article=article).count() == 2


def test_a_new_version_from_the_article_page(live_server, page, log_in, screenshot_dir, tmp_path):
    make_user(username="sensei", instructor=True)
    article = make_article(text=SAMPLE_MARKDOWN)
    log_in("sensei", PASSWORD)
    path = tmp_path / "museum-v2.md"
    path.write_text(SAMPLE_MARKDOWN.replace("800時間", "900時間"), encoding="utf-8")

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    # The owner's errands are folded under 管理…, so that a phone opens nearer the text.
    page.set_viewport_size({"width": 390, "height": 844})
    expect(page.get_by_role("link", name="新しい版を取り込む")).to_be_hidden()
    page.screenshot(path=screenshot_dir / "article-owner-phone.png")
    page.get_by_text("管理…").click()
    page.screenshot(path=screenshot_dir / "article-owner-manage-phone.png")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("link", name="新しい版を取り込む").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("新しい版を取り込む")
    expect(page.locator("main")).to_contain_text("「港町の小さな博物館」を置き換えます")
    page.get_by_label("ファイル").set_input_files(path)
    page.get_by_role("button", name="プレビュー").click()
    page.locator("#preview").get_by_role("button", name="記事を置き換える").click()
    expect(page.locator(".message")).to_contain_text("新しい版を保存しました")
    expect(page.locator("#generation .badge")).to_have_text("完了")
    page.screenshot(path=screenshot_dir / "article-new-version-saved.png", full_page=False)
    article.refresh_from_db()
    assert "900時間" in article.original_text
