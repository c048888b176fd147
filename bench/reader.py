"""Server time of the reader for the seed article and for one ten times longer.

Both are read by a learner in the "only words I don't know" furigana mode with a
few hundred known words (the mode with the most work per word), through Django's
test client with the whole middleware stack, beside a bare view that only reads
the logged-in user, measured in the same run. Goal: under 100 ms warm for the
seed, and linear in length (the ten-times article within about ten times the seed).
Run: `uv run python bench/reader.py` (needs ../shared/seed; about a minute).
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import SEED, django_with_fresh_database, install_bare_view, table

REQUESTS = 20
COPIES = 10
KNOWN_WORDS = 300


def build():
    from django.contrib.auth import get_user_model

    from content.generation.corpus import analyse_sentences
    from content.importing.preview import prepare_article
    from content.models import Sentence
    from content.services import import_article
    from quizzes.models import KnownWord, LearnerSettings

    seed = import_article(prepared=prepare_article(text=SEED.read_text(encoding="utf-8"))).article
    # The same sections ten times over, each under a heading of its own.
    parts = [f"# {seed.title}（{COPIES}倍）"]
    for copy in range(1, COPIES + 1):
        for section in seed.sections.order_by("position"):
            parts.append(f"## {section.display_heading}（{copy}）\n\n{section.text}")
    longer = import_article(prepared=prepare_article(text="\n\n".join(parts), title="")).article
    for article in (seed, longer):
        analyse_sentences(list(Sentence.objects.filter(section__article=article)))

    user = get_user_model().objects.create_user(username="reader", password="x")
    LearnerSettings.objects.create(user=user)  # furigana: only words I don't know
    lemmas = {
        token["lemma"]
        for analysis in Sentence.objects.filter(section__article=seed).values_list(
            "analysis", flat=True
        )
        for token in analysis
    }
    KnownWord.objects.bulk_create(
        KnownWord(user=user, lemma=lemma) for lemma in sorted(lemmas)[:KNOWN_WORDS]
    )
    return user, seed, longer


def token_count(article) -> int:
    from content.models import Sentence

    return sum(
        len(analysis)
        for analysis in Sentence.objects.filter(section__article=article).values_list(
            "analysis", flat=True
        )
    )


def timed(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def main() -> None:
    if not SEED.exists():
        sys.exit(f"The seed article is not at {SEED}.")
    django_with_fresh_database()
    from django.conf import settings
    from django.test import Client
    from django.urls import reverse

    # Questions are not what is measured: keep the import from generating them.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    bare_url = install_bare_view()
    user, seed, longer = build()
    client = Client()
    client.force_login(user)
    urls = {
        "bare view": bare_url,
        "reader, seed": reverse("quizzes:reader", kwargs={"slug": seed.slug}),
        f"reader, {COPIES}× seed": reverse("quizzes:reader", kwargs={"slug": longer.slug}),
    }
    tokens = {"bare view": 0, "reader, seed": token_count(seed)}
    tokens[f"reader, {COPIES}× seed"] = token_count(longer)
    for url in urls.values():
        timed(client, url)  # warm: caches of furigana and vocabulary, templates
    results = {name: [] for name in urls}
    for _ in range(REQUESTS):
        for name, url in urls.items():
            results[name].append(timed(client, url))
    baseline = statistics.median(results["bare view"])
    seed_median = statistics.median(results["reader, seed"])
    rows = []
    for name, timings in results.items():
        median = statistics.median(timings)
        rows.append(
            (
                name,
                f"{tokens[name]:,}",
                f"{median * 1000:.2f} ms",
                f"{sorted(timings)[int(len(timings) * 0.95) - 1] * 1000:.2f} ms",
                f"{median / baseline:.1f}×",
                f"{median / seed_median:.2f}×",
            )
        )
    print(table(rows, ("request", "tokens", "median", "p95", "÷ bare view", "÷ seed")))
    print(
        f"\n{REQUESTS} warm requests each; {KNOWN_WORDS} known words; "
        f"database: {settings.DATABASES['default']['ENGINE']}"
    )


if __name__ == "__main__":
    main()
