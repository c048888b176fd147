"""Server time of the progress dashboard for a learner with 10,000 cards and 100,000 reviews.

Beside it, measured in the same run: a bare view that only reads the logged-in
user. Goal: under 150 ms on this machine, with a constant number of queries.
Run: `uv run python bench/dashboard.py` (about 20 s on SQLite; set DATABASE_URL
to measure PostgreSQL).
"""

import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import django_with_fresh_database, install_bare_view, report_figures, table
from bench.study import build

REQUESTS = 20


def spread_history(user) -> None:
    """Give the benchmark learner's cards and reviews a year of varied dates and outcomes."""
    from django.utils import timezone

    from quizzes.models import LearnerCard, ReviewLog
    from quizzes.services import learner_settings_for
    from quizzes.study_day import study_day_of

    rng = random.Random(11)
    now = timezone.now()
    cards = list(LearnerCard.objects.filter(user=user))
    for card in cards:
        card.stability = rng.choice([1.5, 4.0, 12.0, 40.0])
        card.last_review = now - timedelta(days=rng.randint(0, 30))
        card.due = card.last_review + timedelta(days=card.stability)
    LearnerCard.objects.bulk_update(cards, ["stability", "last_review", "due"], batch_size=2000)
    learner = learner_settings_for(user=user)
    logs = list(ReviewLog.objects.filter(user=user).only("pk"))
    for log in logs:
        log.reviewed_at = now - timedelta(minutes=rng.randint(0, 365 * 24 * 60))
        log.study_day = study_day_of(learner, log.reviewed_at)
        log.rating = rng.choice([1, 2, 3, 3, 3, 4])
    ReviewLog.objects.bulk_update(logs, ["reviewed_at", "study_day", "rating"], batch_size=5000)


def main() -> None:
    django_with_fresh_database()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    bare_url = install_bare_view()

    rows = []
    for cards, logs in ((1_000, 10_000), (10_000, 100_000)):
        user, _article, _next_article = build(cards=cards, logs=logs)
        spread_history(user)
        client = Client()
        client.force_login(user)
        client.get("/learn/progress/")
        queries: list[str] = []

        def count(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        # Counted with an execute wrapper: request_started resets Django's own query log.
        with connection.execute_wrapper(count):
            client.get("/learn/progress/")
        timings = {"bare view": [], "dashboard": []}
        for _ in range(REQUESTS):
            for name, url in (("bare view", bare_url), ("dashboard", "/learn/progress/")):
                started = time.perf_counter()
                response = client.get(url)
                timings[name].append(time.perf_counter() - started)
                assert response.status_code == 200
        baseline = statistics.median(timings["bare view"])
        for name, values in timings.items():
            median = statistics.median(values)
            if name == "dashboard":
                report_figures(
                    {f"dashboard, {logs:,} reviews (ms)": (median * 1000, baseline * 1000)}
                )
            rows.append(
                (
                    f"{cards:,}",
                    f"{logs:,}",
                    name,
                    f"{median * 1000:.1f} ms",
                    f"{max(values) * 1000:.1f} ms",
                    f"{median / baseline:.1f}×",
                    len(queries) if name == "dashboard" else "",
                )
            )
    print(
        table(rows, ("cards", "review logs", "request", "median", "max", "÷ bare view", "queries"))
    )
    print(
        f"\n{REQUESTS} requests each; goal: dashboard under 150 ms; database: {settings.DATABASES['default']['ENGINE']}"
    )


if __name__ == "__main__":
    main()
