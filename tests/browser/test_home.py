import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from quizzes.demo import DEMO_ACCOUNTS

pytestmark = pytest.mark.django_db(transaction=True)


def test_demo_learner_sees_japanese_then_switches_to_english(
    live_server, page, log_in, screenshot_dir
):
    call_command("load_demo")
    learner = next(account for account in DEMO_ACCOUNTS if not account.instructor)
    csp_errors = []
    page.on(
        "console",
        lambda message: (
            csp_errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    log_in(learner.username, learner.password)
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "ようこそ"
    )  # no review yet: a welcome, not a welcome back
    expect(page.get_by_role("link", name="記事")).to_be_visible()
    page.screenshot(path=screenshot_dir / "home-ja.png", full_page=True)

    page.get_by_label("言語").select_option("en")
    page.wait_for_load_state("networkidle")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome, learner")
    page.screenshot(path=screenshot_dir / "home-en.png", full_page=True)
    assert csp_errors == []
