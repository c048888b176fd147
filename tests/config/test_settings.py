import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.csp import CSP

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # The test run's own async escape hatch (see conftest) is not part of a deployment.
    base = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_japanese_is_the_default_language_and_english_the_second():
    assert settings.LANGUAGE_CODE == "ja"
    assert [code for code, _name in settings.LANGUAGES] == ["ja", "en"]
    assert settings.TIME_ZONE == "Asia/Tokyo"
    assert settings.USE_TZ


def test_check_deploy_passes_with_production_variables():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "HTTPS": "1",
            "ALLOWED_HOSTS": "dokkai.example",
            "CSRF_TRUSTED_ORIGINS": "https://dokkai.example",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_flags_the_development_key():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env={"DEBUG": "0", "SECRET_KEY": ""}
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("url", ["notaurl", "postgres://"])
def test_a_malformed_database_url_is_one_line_naming_the_variable(url):
    result = run_manage("check", env={"DATABASE_URL": url})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("DATABASE_URL is malformed")
    assert "Traceback" not in result.stderr


def test_database_url_switches_the_engine(monkeypatch):
    from config import settings as project_settings

    monkeypatch.setenv("DATABASE_URL", "postgres://dokkai:secret@db.example:5432/dokkai")
    config = project_settings.database_from_env()
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "dokkai"
    monkeypatch.delenv("DATABASE_URL")
    assert project_settings.database_from_env()["ENGINE"] == "django.db.backends.sqlite3"


def test_a_sqlite_database_url_gets_wal_and_immediate_transactions(monkeypatch, tmp_path):
    from config import settings as project_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/dokkai.sqlite3")
    options = project_settings.database_from_env()["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
    assert "synchronous=NORMAL" in options["init_command"]


@pytest.mark.django_db
def test_pages_carry_a_nonce_csp_and_no_inline_script(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy
    html = response.content.decode()
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert html.count("<script") == html.count(f'nonce="{nonce}"')
    assert '"includeIndicatorStyles": false' in html
    assert "/static/django_htmx/htmx" in html


@pytest.mark.django_db
def test_debug_leaves_the_htmx_error_partials_in_their_card(client, settings):
    # django-htmx's debug helper (added by {% htmx_script %} with DEBUG on) put a 403 or 400
    # response in place of the whole page under `make run` (a walker): the page leaves it out.
    settings.DEBUG = True
    html = client.get("/").content.decode()
    assert "/static/django_htmx/htmx-2.min.js" in html
    assert "django-htmx.js" not in html


def test_a_static_host_serves_static_urls_and_the_csp_allows_it():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.STATIC_URL); print(' '.join(settings.SECURE_CSP['script-src'])); "
        "print(' '.join(settings.SECURE_CSP['style-src'])); print(settings.SECURE_CSP['connect-src'])",
        env={"STATIC_HOST": "https://cdn.dokkai.example/"},
    )
    assert result.returncode == 0, result.stderr
    static_url, scripts, styles, connect = result.stdout.strip().splitlines()[-4:]
    assert static_url == "https://cdn.dokkai.example/static/"
    assert "https://cdn.dokkai.example" in scripts.split()
    assert "https://cdn.dokkai.example" in styles.split()
    # Only files come from the CDN: requests still go to the site itself.
    assert "cdn.dokkai.example" not in connect


def test_without_a_static_host_static_files_come_from_the_site():
    assert settings.STATIC_URL == "/static/"
    assert settings.SECURE_CSP["script-src"] == [CSP.SELF, CSP.NONCE]
