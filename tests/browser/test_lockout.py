import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(("width", "height", "name"), [(1280, 800, "desktop"), (390, 844, "phone")])
def test_repeated_wrong_passwords_show_the_lockout_page(
    live_server, page, screenshot_dir, width, height, name
):
    make_user(username="hanako")
    page.set_viewport_size({"width": width, "height": height})
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        page.goto(f"{live_server.url}/accounts/login/")
        page.locator("#id_username").fill("hanako")
        page.locator("#id_password").fill("wrong-password")
        page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("試行回数が多すぎます")
    expect(page.get_by_role("alert")).to_contain_text("5 回失敗")
    page.screenshot(path=screenshot_dir / f"lockout-{name}.png", full_page=True)
