import pytest
from playwright.sync_api import expect

from quizzes.models import ReviewLog
from quizzes.services import learner_settings_for
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)
NEW_CARDS = 5


def test_a_whole_session_with_the_keyboard_only(live_server, page, log_in, screenshot_dir):
    learner = make_user(username="hanako")
    settings = learner_settings_for(user=learner)
    settings.new_cards_per_day = NEW_CARDS
    settings.save()
    article = make_article()
    log_in("hanako", PASSWORD)
    page.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    stage = page.locator("#study-stage")

    kinds_seen = set()
    reviews = 0
    for step in range(4 * NEW_CARDS):
        if stage.locator(".summary").count():
            break
        card = stage.locator(".study-card")
        expect(card).to_be_visible()
        expect(card).not_to_have_class("study-card feedback")
        kinds_seen.add(card.locator(".badge").first.inner_text())
        if step == 0:
            page.screenshot(path=screenshot_dir / "study-card.png", full_page=True)
        typed = stage.locator("input[name=response]")
        if typed.count():
            expect(typed).to_be_focused()
            page.keyboard.type("わからない")
            page.keyboard.press("Enter")
        elif stage.locator("button.option").count():
            page.keyboard.press("1")
        else:
            page.keyboard.press("Space")
        feedback = stage.locator(".feedback")
        expect(feedback).to_be_visible()
        expect(feedback.locator(".source mark")).to_be_visible()
        if step == 0:
            page.screenshot(path=screenshot_dir / "study-feedback.png", full_page=True)
        # Enter takes the suggested rating (Again after a wrong answer, so the card comes back
        # within the session); 4 (Easy) sends the others days ahead.
        page.keyboard.press("Enter" if step == 0 else "4")
        expect(feedback).to_have_count(0)
        reviews += 1

    summary = stage.locator(".summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("セッション完了")
    expect(summary.locator("dd").first).to_have_text(str(reviews))
    page.screenshot(path=screenshot_dir / "study-summary.png", full_page=True)
    assert reviews > NEW_CARDS, "the card answered wrong came back in the same session"
    assert ReviewLog.objects.filter(user=learner).count() == reviews
    assert len(kinds_seen) >= 2

    page.keyboard.press("u")
    expect(stage.locator(".study-card").first).to_be_visible()
    expect(stage.locator(".summary")).to_have_count(0)
    assert ReviewLog.objects.filter(user=learner).count() == reviews - 1
