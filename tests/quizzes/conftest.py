from datetime import UTC, datetime

import pytest
from django.utils import timezone

from tests.factories import make_article, make_user, publish_typed_blanks


class Clock:
    """A controllable `timezone.now()` for views and services that read the time."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock(datetime(2026, 11, 2, 3, 0, tzinfo=UTC))  # 12:00 in Tokyo
    monkeypatch.setattr(timezone, "now", clock)
    return clock


@pytest.fixture
def article():
    """The sample article, imported with its questions generated, and its typed blanks
    published by an instructor (generation keeps them as drafts)."""
    return publish_typed_blanks(make_article())


@pytest.fixture
def learner(client):
    """A new learner, logged in on `client`."""
    user = make_user()
    client.force_login(user)
    return user
