"""Benchmarks run against a throwaway SQLite database (or DATABASE_URL when given)."""

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_b2841ae653b59656.txt"


def django_with_fresh_database() -> None:
    sys.path.insert(0, str(ROOT))
    if "DATABASE_URL" not in os.environ:
        directory = tempfile.mkdtemp(prefix="dokkai-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{directory}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    from django.conf import settings

    # Benchmarks measure views, not collectstatic: serve static names as they are.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)


def best_of(function: Callable[[], object], *, repeat: int = 5) -> float:
    """The fastest of several runs, in seconds: the least disturbed by the rest of the machine."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def table(rows: list[tuple], headers: tuple) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [
        " | ".join(str(cell).ljust(width) for cell, width in zip(headers, widths, strict=True))
    ]
    lines.append("-|-".join("-" * width for width in widths))
    lines.extend(
        " | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    )
    return "\n".join(lines)


def bare(request):
    """The baseline: a view that only reads the logged-in user, behind the same middleware."""
    from django.http import HttpResponse

    return HttpResponse(f"ok {request.user.is_authenticated}")


def install_bare_view() -> str:
    """Route /bench-bare/ to the baseline view and accept the test client's host."""
    from django.conf import settings
    from django.urls import clear_url_caches, path

    import config.urls

    config.urls.urlpatterns.append(path("bench-bare/", bare))
    clear_url_caches()
    settings.ALLOWED_HOSTS = ["testserver"]
    return "/bench-bare/"


def report_figures(figures: dict[str, tuple[object, object]], *, prefix: str = "") -> None:
    """Hand figures to `make bench` (bench/all.py): name → (value, baseline from the same run).

    Appends JSON lines to the file named by DOKKAI_BENCH_FIGURES; does nothing without it.
    """
    import json

    path = os.environ.get("DOKKAI_BENCH_FIGURES")
    if not path:
        return
    with open(path, "a", encoding="utf-8") as file:
        for name, (value, baseline) in figures.items():
            line = {"figure": prefix + name, "value": value, "baseline": baseline}
            file.write(json.dumps(line, ensure_ascii=False) + "\n")
