"""Login and sign-up are throttled by django-axes: a lockout after repeated failures."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db
LIMIT = settings.AXES_FAILURE_LIMIT


def _login(client, username, password):
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_the_right_password_after_repeated_failures_is_refused_with_a_message(client):
    make_user(username="hanako")
    for _attempt in range(LIMIT - 1):
        assert _login(client, "hanako", "wrong-password").status_code == 200
    locked = _login(client, "hanako", "wrong-password")
    assert locked.status_code == 429
    assert "試行回数が多すぎます" in locked.content.decode()
    after = _login(client, "hanako", PASSWORD)
    assert after.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_message_is_in_english_when_chosen(client):
    client.cookies["django_language"] = "en"
    for _attempt in range(LIMIT):
        response = _login(client, "taro", "wrong-password")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def test_a_lockout_is_for_one_name_on_one_address(client):
    make_user(username="hanako")
    make_user(username="jiro")
    for _attempt in range(LIMIT):
        _login(client, "hanako", "wrong-password")
    assert _login(client, "jiro", PASSWORD).status_code == 302
    other_address = client.post(
        "/accounts/login/",
        {"username": "hanako", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.9",
    )
    assert other_address.status_code == 302


def test_a_success_before_the_limit_clears_the_failures(client):
    make_user(username="hanako")
    for _attempt in range(LIMIT - 1):
        _login(client, "hanako", "wrong-password")
    assert _login(client, "hanako", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="hanako", failures_since_start__gt=0).exists()


def test_failed_sign_ups_are_throttled_too(client):
    for _attempt in range(LIMIT):
        response = client.post(
            "/accounts/signup/", {"username": "taro", "password1": "1", "password2": "2"}
        )
    assert response.status_code == 429
    valid = client.post(
        "/accounts/signup/", {"username": "taro", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert valid.status_code == 429
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="taro").exists()


def test_a_login_without_a_request_still_checks_the_password(client):
    make_user(username="hanako")
    assert client.login(username="hanako", password=PASSWORD)
    assert not client.login(username="hanako", password="wrong-password")
