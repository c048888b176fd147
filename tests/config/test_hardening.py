"""Production refuses the development key; HSTS preload only on request."""

import secrets

import pytest

from tests.config.test_settings import run_manage

PRODUCTION = {
    "HTTPS": "1",
    "ALLOWED_HOSTS": "dokkai.example",
    "CSRF_TRUSTED_ORIGINS": "https://dokkai.example",
}


@pytest.mark.parametrize(
    "env", [{"DEBUG": "0", "SECRET_KEY": ""}, {"HTTPS": "1", "SECRET_KEY": ""}]
)
def test_production_without_a_secret_key_refuses_to_start(env):
    result = run_manage("check", env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("SECRET_KEY is not set.")


def _printed(setting: str, env: dict[str, str]) -> str:
    code = f"from django.conf import settings; print(settings.{setting})"
    result = run_manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_hsts_preload_only_when_asked_for():
    env = {**PRODUCTION, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50)}
    assert _printed("SECURE_HSTS_PRELOAD", env) == "False"
    assert _printed("SECURE_HSTS_PRELOAD", {**env, "HSTS_PRELOAD": "1"}) == "True"
