"""Server time of the study loop's requests as the deck and the history grow.

Decks of 100, 10,000 and 100,000 cards (the largest learner also has 1,000,000
review logs) are timed through Django's test client, with the whole middleware
stack, beside a bare view that only reads the logged-in user, measured in the
same run. POSTs are url-encoded, as htmx and a plain form send them. "answer (new
card)" is a learner's first answer to a card they never studied, and "next card (new
card)" the request that showed it: a new learner's card, asked for after opening the
deck's page as every htmx request is (the page starts the study session, which the
session row then holds). "next card (new card, long history)" is the deck's learner, with
every card of it, starting another article: choosing its new card asks whether they have met
its sentence, among all the cards they have. Goal: within 2× of the bare view and flat as
the deck grows.
Run: `uv run python bench/study.py` (about two minutes on SQLite; set
DATABASE_URL to measure PostgreSQL, with `--statistics none|stale|fresh` to fix
the state of its planner's statistics).
"""

import re
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import django_with_fresh_database, install_bare_view, report_figures, table

SIZES = ((100, 1_000), (10_000, 100_000), (100_000, 1_000_000))
REQUESTS = 40
ARTICLE = (
    "# 港の灯台\n\n## 歴史\n\n港の灯台は1890年に建てられた。灯台守の佐藤健は毎晩灯りをともした。\n"
)
# The article a learner with a long history starts next: none of its questions studied yet.
NEXT_ARTICLE = (
    "# 山の図書館\n\n## 歴史\n\n山の図書館は1950年に建てられた。司書の田中花子は本を集めた。"
    "村の人は週末に本を借りに来た。\n"
)
NEXT_QUESTIONS = 30


def build(*, cards: int, logs: int):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from content.importing.preview import prepare_article
    from content.models import Question, QuestionKind, QuestionStatus, Sentence
    from content.services import import_article
    from quizzes.models import CardState, LearnerCard, LearnerSettings, ReviewLog

    article = import_article(
        prepared=prepare_article(text=ARTICLE.replace("港の灯台", f"港の灯台 {cards}"))
    ).article
    sentence = article.sections.get(heading="歴史").sentences.first()
    user = get_user_model().objects.create_user(username=f"bench{cards}", password="x")
    LearnerSettings.objects.create(user=user, new_cards_per_day=0)
    now = timezone.now()
    batch = 5_000
    for start in range(0, cards, batch):
        size = min(batch, cards - start)
        questions = Question.objects.bulk_create(
            Question(
                article=article,
                section=sentence.section,
                sentence=sentence,
                source_text=sentence.text,
                kind=QuestionKind.CLOZE,
                prompt=f"港の灯台は［　？　］に建てられた。({start + n})",
                answer="1890年",
                generator="bench",
                fingerprint=f"bench-{start + n}",
                status=QuestionStatus.PUBLISHED,
            )
            for n in range(size)
        )
        created = LearnerCard.objects.bulk_create(
            LearnerCard(
                user=user,
                question=question,
                kind=QuestionKind.CLOZE,
                article=article,
                sentence=sentence,
                state=CardState.REVIEW,
                # A third mature (stability of 21 days or more), as a long-time learner's are.
                stability=30.0 if n % 3 == 0 else 8.0,
                difficulty=5.0,
                due=now + timedelta(days=(n % 2) * 5 - 1, seconds=n),
                last_review=now - timedelta(days=6),
                reps=logs // cards,
            )
            for n, question in enumerate(questions)
        )
        per_card = logs // cards
        ReviewLog.objects.bulk_create(
            (
                ReviewLog(
                    card=card,
                    user=user,
                    kind="cloze",
                    rating=3,
                    reviewed_at=now - timedelta(days=per_card - k),
                    study_day=(now - timedelta(days=per_card - k)).date(),
                    duration_ms=4000,
                    correct=True,
                    state_before=CardState.REVIEW,
                    card_before={},
                    shown_reps=k,
                )
                for card in created
                for k in range(per_card)
            ),
            batch_size=10_000,
        )
    next_article = import_article(
        prepared=prepare_article(text=NEXT_ARTICLE.replace("山の図書館", f"山の図書館 {cards}"))
    ).article
    sentences = list(Sentence.objects.filter(section__article=next_article))
    Question.objects.bulk_create(
        Question(
            article=next_article,
            section=sentences[n % len(sentences)].section,
            sentence=sentences[n % len(sentences)],
            source_text=sentences[n % len(sentences)].text,
            kind=QuestionKind.CLOZE,
            prompt=f"{sentences[n % len(sentences)].text}（{n}）",
            answer="1950年",
            generator="bench",
            fingerprint=f"bench-next-{n}",
            status=QuestionStatus.PUBLISHED,
        )
        for n in range(NEXT_QUESTIONS)
    )
    return user, article, next_article


def hidden_value(response, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]+)"', response.content.decode())
    assert match, f"no {name} in the response"
    return match.group(1)


def timed(function) -> float:
    started = time.perf_counter()
    response = function()
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    return elapsed


def htmx_post(client, url: str, data: dict):
    """A POST as htmx sends a form: url-encoded, with the HX-Request header."""
    return client.post(
        url,
        urlencode(data),
        content_type="application/x-www-form-urlencoded",
        headers={"HX-Request": "true"},
    )


def newcomer_client(cards: int, n: int, bare_url: str, deck_url: str):
    """A learner with no cards yet, free to start new ones, logged in: a new one for each
    request, so that every "answer (new card)" is the first answer to a card never studied
    (rating it would bury the deck's other questions, which share one sentence)."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from quizzes.models import LearnerSettings

    user = get_user_model().objects.create_user(username=f"newcomer{cards}-{n}")
    LearnerSettings.objects.create(user=user, new_cards_per_day=1_000)
    client = Client()
    client.force_login(user)
    # A test client's first request builds its middleware chain, which a server does once.
    client.get(bare_url)
    # The deck's page starts the session, as it does before any learner's htmx request (the
    # other learner's first request, in `measure`, did the same).
    client.get(deck_url)
    return client


def measure(client, user, article, next_article, bare_url: str, cards: int) -> dict:
    from quizzes.models import LearnerSettings

    url = f"/learn/study/article/{article.slug}/"
    next_url = f"/learn/study/article/{next_article.slug}/"
    htmx = {"HX-Request": "true"}
    results = {
        "bare view": [],
        "next card": [],
        "answer": [],
        "answer (new card)": [],
        "rate + next": [],
        "next card (new card)": [],
        "next card (new card, long history)": [],
    }
    client.get(url, headers=htmx)
    client.get(next_url)  # the next article's page starts its session
    settings = LearnerSettings.objects.filter(user=user)
    for n in range(REQUESTS):
        results["bare view"].append(timed(lambda: client.get(bare_url)))
        holder = {}

        def next_card(holder=holder):
            holder["response"] = client.get(url, headers=htmx)
            return holder["response"]

        results["next card"].append(timed(next_card))
        token = hidden_value(holder["response"], "token")

        def answer(token=token, holder=holder):
            holder["feedback"] = htmx_post(
                client, url + "answer/", {"token": token, "response": "1890年"}
            )
            return holder["feedback"]

        results["answer"].append(timed(answer))
        graded = hidden_value(holder["feedback"], "graded")
        new_client = newcomer_client(cards, n, bare_url, url)
        new_holder = {}

        def new_card(new_client=new_client, holder=new_holder):
            holder["response"] = new_client.get(url, headers=htmx)
            return holder["response"]

        results["next card (new card)"].append(timed(new_card))
        new_token = hidden_value(new_holder["response"], "token")
        results["answer (new card)"].append(
            timed(
                lambda new_client=new_client, new_token=new_token: htmx_post(
                    new_client, url + "answer/", {"token": new_token, "response": "1890年"}
                )
            )
        )
        results["rate + next"].append(
            timed(
                lambda graded=graded: htmx_post(
                    client, url + "rate/", {"graded": graded, "rating": 3}
                )
            )
        )
        # The learner with every card of this deck starts the next article: a new card, chosen
        # with whether they have met its sentence, among all the cards they have.
        settings.update(new_cards_per_day=20)
        results["next card (new card, long history)"].append(
            timed(lambda: client.get(next_url, headers=htmx))
        )
        settings.update(new_cards_per_day=0)
    return results


def analyze(tables: tuple[str, ...]) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for name in tables:
            cursor.execute(f"ANALYZE {name}")


def main() -> None:
    # `--max-cards 10000` skips the largest deck (its build takes minutes on a busy machine).
    max_cards = (
        int(sys.argv[sys.argv.index("--max-cards") + 1]) if "--max-cards" in sys.argv else None
    )
    # PostgreSQL's plans depend on its statistics, which autovacuum takes when it likes.
    # `--statistics none` keeps them from being taken, `stale` takes them before each deck
    # is built (its learner is unknown to them), `fresh` after; by default autovacuum decides.
    planner_statistics = (
        sys.argv[sys.argv.index("--statistics") + 1] if "--statistics" in sys.argv else None
    )
    django_with_fresh_database()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    bare_url = install_bare_view()
    tables = ("content_question", "quizzes_learnercard", "quizzes_reviewlog")
    if planner_statistics and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for name in tables:
                cursor.execute(f"ALTER TABLE {name} SET (autovacuum_enabled = false)")

    rows = []
    for cards, logs in SIZES:
        if max_cards is not None and cards > max_cards:
            continue
        if planner_statistics == "stale":
            analyze(tables)
        started = time.perf_counter()
        user, article, next_article = build(cards=cards, logs=logs)
        built = time.perf_counter() - started
        if planner_statistics == "fresh":
            analyze(tables)
        client = Client()
        client.force_login(user)
        results = measure(client, user, article, next_article, bare_url, cards)
        baseline = statistics.median(results["bare view"])
        for name, timings in results.items():
            median = statistics.median(timings)
            if name != "bare view":
                report_figures(
                    {f"study {name}, {cards:,} cards (ms)": (median * 1000, baseline * 1000)}
                )
            rows.append(
                (
                    f"{cards:,}",
                    f"{logs:,}",
                    name,
                    f"{median * 1000:.2f} ms",
                    f"{sorted(timings)[int(len(timings) * 0.95) - 1] * 1000:.2f} ms",
                    f"{median / baseline:.2f}×",
                )
            )
        print(f"built {cards:,} cards and {logs:,} logs in {built:.0f} s", file=sys.stderr)
    print(table(rows, ("cards", "review logs", "request", "median", "p95", "÷ bare view")))
    print(
        f"\n{REQUESTS} requests of each kind per deck; database: {settings.DATABASES['default']['ENGINE']}"
        + (f"; statistics: {planner_statistics}" if planner_statistics else "")
    )


if __name__ == "__main__":
    main()
