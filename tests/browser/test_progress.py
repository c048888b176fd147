import random
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from content.models import QuestionStatus
from quizzes.models import CardState, LearnerCard, ReviewLog
from quizzes.services import learner_settings_for
from quizzes.study_day import study_day_of
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def some_history(user, article):
    """Three months of made-up study so that every chart has something to show."""
    rng = random.Random(3)
    now = timezone.now()
    learner = learner_settings_for(user=user)
    for index, question in enumerate(article.questions.filter(status=QuestionStatus.PUBLISHED)):
        last = now - timedelta(days=rng.randint(0, 20))
        stability = rng.choice([2.0, 6.0, 15.0, 40.0])
        card = LearnerCard.objects.create(
            user=user,
            question=question,
            state=CardState.REVIEW,
            stability=stability,
            difficulty=5.0,
            due=last + timedelta(days=stability),
            last_review=last,
            reps=4,
            leech=index == 3,
            lapses=8 if index == 3 else 0,
        )
        moments = [
            now - timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 5)) for _ in range(6)
        ]
        ReviewLog.objects.bulk_create(
            ReviewLog(
                card=card,
                user=user,
                kind=question.kind,
                rating=rng.choice([1, 3, 3, 3, 4]),
                reviewed_at=moments[k],
                study_day=study_day_of(learner, moments[k]),
                duration_ms=rng.randint(2000, 15000),
                correct=rng.random() < 0.8,
                state_before=CardState.REVIEW,
                card_before={},
                shown_reps=k,
            )
            for k in range(6)
        )


def test_dashboard_shows_figures_and_charts(live_server, page, log_in, screenshot_dir):
    user = make_user(username="hanako")
    some_history(user, make_article())
    log_in("hanako", PASSWORD)
    page.get_by_role("navigation").get_by_role("link", name="進捗").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("あなたの進捗")
    expect(page.get_by_role("img", name="過去1年の復習")).to_be_visible()
    expect(page.locator(".heatmap rect")).not_to_have_count(0)
    expect(page.get_by_role("img", name="今後30日の復習予定")).to_be_visible()
    expect(page.get_by_role("heading", name="習得度")).to_be_visible()
    expect(page.locator("meter").first).to_be_visible()
    page.screenshot(path=screenshot_dir / "dashboard.png", full_page=True)


def test_settings_show_projected_reviews_before_saving(live_server, page, log_in, screenshot_dir):
    make_user(username="hanako")
    make_article()
    log_in("hanako", PASSWORD)
    page.goto(f"{live_server.url}/learn/settings/")
    retention = page.get_by_label("目標記憶率")
    retention.fill("93")
    expect(page.locator("#projection tr.chosen")).to_contain_text("93%")
    page.screenshot(path=screenshot_dir / "settings.png", full_page=True)
    page.get_by_role("button", name="保存").click()
    expect(page.locator(".message")).to_contain_text("保存しました")
    expect(page.get_by_label("目標記憶率")).to_have_value("93")


def test_decks_and_leeches(live_server, page, log_in, screenshot_dir):
    user = make_user(username="hanako")
    article = make_article()
    some_history(user, article)
    LearnerCard.objects.filter(user=user, leech=True).update(suspended=True)
    log_in("hanako", PASSWORD)
    page.get_by_role("navigation").get_by_role("link", name="学習", exact=True).click()
    expect(page.get_by_role("link", name=article.title).first).to_be_visible()
    page.screenshot(path=screenshot_dir / "decks.png", full_page=True)
    page.get_by_role("link", name="苦手カード").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    page.screenshot(path=screenshot_dir / "leeches.png", full_page=True)
    page.get_by_role("button", name="復習に戻す").click()
    expect(page.locator(".message")).to_contain_text("復習に戻しました")
    assert not LearnerCard.objects.filter(user=user, suspended=True).exists()


def test_dashboard_and_settings_on_a_phone(live_server, browser, screenshot_dir):
    user = make_user(username="hanako")
    some_history(user, make_article())
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        timezone_id="Europe/Paris",
    )
    phone = context.new_page()
    phone.goto(f"{live_server.url}/accounts/login/")
    phone.locator("#id_username").fill("hanako")
    phone.locator("#id_password").fill(PASSWORD)
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{live_server.url}/")
    phone.goto(f"{live_server.url}/learn/progress/")
    heading = phone.locator("table.mastery thead th").first
    expect(heading).to_be_visible()
    box = heading.bounding_box()
    assert box["height"] < 60, "the heading stays on one or two lines, not a character per line"
    # The year's heatmap keeps its size and scrolls, opened at today's end (its month labels
    # were 5 px high, scaled to the phone's width: a walker).
    label = phone.locator(".heatmap .axis").last.bounding_box()
    assert label["height"] >= 8
    today = phone.locator(".heatmap rect").last.bounding_box()
    assert today["x"] >= 0 and today["x"] + today["width"] <= 390
    phone.screenshot(path=screenshot_dir / "dashboard-phone.png", full_page=True)
    phone.goto(f"{live_server.url}/learn/settings/")
    zone = phone.locator("select[name=time_zone]")
    expect(zone.locator("optgroup").first).to_have_attribute("label", "ブラウザのタイムゾーン")
    expect(zone.locator("option").first).to_have_text("Europe/Paris")
    phone.screenshot(path=screenshot_dir / "settings-phone.png", full_page=True)
    context.close()
