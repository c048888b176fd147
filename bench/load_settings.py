"""Settings for the load test: the project's own, with the baseline view routed."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.load_urls"
# whitenoise serves what collectstatic would write; the load test requests no static files.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
