"""Settings for the load test: the project's own, with the baseline view routed."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.load_urls"
# whitenoise serves what collectstatic would write; the load test requests no static files.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# 106 users log in within seconds of the start: a fast hasher keeps that burst from
# measuring PBKDF2 instead of the study loop. Never use it outside this benchmark.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Where each request's time goes (bench/load_timing.py); off unless load.py names a folder.
MIDDLEWARE = ["bench.load_timing.request_timing", *MIDDLEWARE]  # noqa: F405
