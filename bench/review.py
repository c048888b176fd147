"""Server time of the question review: one page of it, beside the whole list on one page
(as it was before it was paged) and a bare view, all measured in the same run.

The article has 150 questions (about what an article generates, in 6 sections,
several kinds, a few open reports), written directly rather than generated. The
queries are counted too: a page must make the same queries for 150 questions as for 15.
Run: `uv run python bench/review.py` (SQLite; set DATABASE_URL to measure PostgreSQL).
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import django_with_fresh_database, install_bare_view, report_figures, table

REQUESTS = 30
KINDS = ("cloze", "choice", "reading", "truefalse", "wh", "section")


def build_article(tag: str, questions: int):
    """An article of 6 sections and `questions` questions of several kinds, 3 of them reported."""
    from django.contrib.auth import get_user_model

    from content.models import Article, Question, QuestionFlag, QuestionStatus, Section

    owner = get_user_model().objects.create_user(username=f"owner-{tag}")
    article = Article.objects.create(
        title=f"bench {tag}",
        slug=f"bench-{tag}",
        source_format="text",
        original_text="x",
        checksum=f"bench-{tag}",
        owner=owner,
    )
    sections = Section.objects.bulk_create(
        Section(article=article, position=i, heading=f"節{i}", text="本文。" * 200)
        for i in range(6)
    )
    made = Question.objects.bulk_create(
        Question(
            article=article,
            section=sections[i % 6],
            source_text="港町の博物館は1987年に開館した。",
            answer_start=7,
            answer_end=12,
            kind=KINDS[i % len(KINDS)],
            prompt=f"問{i}：港町の博物館は［　？　］に開館した。",
            answer="1987年",
            choices=["1987年", "1978年", "1997年", "2001年"] if i % 2 else [],
            generator="bench",
            fingerprint=f"{tag}-{i}",
            status=QuestionStatus.PUBLISHED if i % 3 else QuestionStatus.DRAFT,
            quality=(i % 10) / 10,
        )
        for i in range(questions)
    )
    reporters = get_user_model().objects.bulk_create(
        get_user_model()(username=f"{tag}-reporter-{i}") for i in range(3)
    )
    QuestionFlag.objects.bulk_create(
        QuestionFlag(question=made[i * 7], user=user, reason="ambiguous")
        for i, user in enumerate(reporters)
    )
    return owner, article


def measure(client, url: str, bare_url: str) -> tuple[list[float], list[float], int]:
    from django.db import connection

    queries: list[str] = []

    def count(execute, sql, *args):
        queries.append(sql)
        return execute(sql, *args)

    client.get(url)
    with connection.execute_wrapper(count):
        assert client.get(url).status_code == 200
    timings, bare = [], []
    for _ in range(REQUESTS):
        for bucket, target in ((bare, bare_url), (timings, url)):
            started = time.perf_counter()
            response = client.get(target)
            bucket.append(time.perf_counter() - started)
            assert response.status_code == 200
    return timings, bare, len(queries)


def main() -> None:
    django_with_fresh_database()
    from django.conf import settings
    from django.test import Client

    from content.views import review
    from quizzes.roles import make_instructor

    bare_url = install_bare_view()
    rows, figures = [], {}
    for tag, questions in (("small", 15), ("full", 150)):
        owner, article = build_article(tag, questions)
        make_instructor(user=owner)
        client = Client()
        client.force_login(owner)
        url = f"/articles/{article.slug}/questions/"
        page_size = review.PAGE_SIZE
        cases = [(f"one page of {page_size}", page_size)]
        if questions > page_size:
            cases.append(("the whole list on one page (before paging)", questions))
        for name, size in cases:
            review.PAGE_SIZE = size
            try:
                timings, bare, queries = measure(client, url, bare_url)
            finally:
                review.PAGE_SIZE = page_size
            median, baseline = statistics.median(timings), statistics.median(bare)
            rows.append(
                (
                    f"{questions} questions",
                    name,
                    f"{median * 1000:.1f} ms",
                    f"{max(timings) * 1000:.1f} ms",
                    f"{baseline * 1000:.1f} ms",
                    f"{median / baseline:.1f}×",
                    queries,
                )
            )
            if questions == 150:
                label = "page" if size == page_size else "whole list"
                figures[f"question review, 150 questions, {label} (ms)"] = (
                    round(median * 1000, 1),
                    round(baseline * 1000, 1),
                )
    headers = ("article", "rendered", "median", "max", "bare median", "÷ bare", "queries")
    print(table(rows, headers))
    print(f"\n{REQUESTS} requests each; database: {settings.DATABASES['default']['ENGINE']}")
    report_figures(figures)


if __name__ == "__main__":
    main()
