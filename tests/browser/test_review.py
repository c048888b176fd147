import re

import pytest
from playwright.sync_api import expect

from content.models import QuestionKind, QuestionStatus
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_instructor_edits_and_publishes_a_question(live_server, page, log_in, screenshot_dir):
    make_user(username="sensei", instructor=True)
    article = make_article()
    question = article.questions.filter(
        status=QuestionStatus.DRAFT, kind=QuestionKind.CLOZE
    ).first()
    question = question or article.questions.filter(status=QuestionStatus.DRAFT).first()
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("link", name="問題を確認").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("問題を確認")

    page.get_by_label("状態").select_option("draft")
    expect(page).to_have_url(re.compile(r"/questions/\?kind=&status=draft$"))
    row = page.locator(f"#question-{question.pk}")
    row.get_by_role("button", name="編集").click()
    row.get_by_label("問題文").fill("講師が書き直した問題文です。")
    row.get_by_role("button", name="保存").click()
    expect(row).to_contain_text("講師が書き直した問題文です。")
    expect(row).to_contain_text("編集済み")
    row.get_by_role("button", name="公開する").click()
    expect(row.locator(".badge.published")).to_have_text("公開中")
    page.screenshot(path=screenshot_dir / "question-review.png", full_page=False)

    question.refresh_from_db()
    assert question.prompt == "講師が書き直した問題文です。"
    assert question.status == QuestionStatus.PUBLISHED
