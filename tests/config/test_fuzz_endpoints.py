"""Every URL of the project, fuzzed: arbitrary ids and slugs in the path, arbitrary text in
every form field, as an anonymous visitor, a learner and an instructor, by GET and by POST.

Never a 500 (the test client re-raises a view's exception), and a refusal (4xx) writes
nothing. The URLconf is walked, so a view added later is fuzzed without touching this file.
"""

import re
from collections import Counter

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db
EXAMPLES_PER_URL = 12

# Every field name a form or view of ours reads, so that the fuzz reaches past "missing field".
FIELDS = [
    "username", "password", "password1", "password2", "old_password", "new_password1",
    "new_password2", "language", "next", "action", "text", "title", "source_format",
    "article_text", "prompt", "answer", "accepted_answers", "choices", "explanation", "status",
    "reason", "comment", "token", "response", "graded", "rating", "desired_retention",
    "new_cards_per_day", "day_starts_at", "time_zone", "kinds", "kind", "cancel",
]  # fmt: skip
# Arbitrary text, with the characters that break things most often mixed in.
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "0", "-1", "1e309", "nan", "\x00", "../", "%00", "1" * 30, "ja", "3"]),
)


def _patterns(resolver: URLResolver = None, prefix: str = "", namespace: str = ""):
    """(name to reverse, converters by keyword) of every named pattern outside the admin."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("admin"):
                continue
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            yield from _patterns(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, dict(entry.pattern.converters)


PATTERNS = sorted(dict(_patterns()).items())


def _path_value(converter):
    if type(converter).__name__ == "IntConverter":
        return st.one_of(st.integers(min_value=0, max_value=2**63 - 1), st.integers(1, 50))
    # Any text the URL's own converter accepts (a NUL is no slug: see test_a_nul_in_a_path).
    return st.text(
        alphabet=st.characters(blacklist_characters="/", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=20,
    ).filter(lambda value: re.fullmatch(converter.regex, value))


def _snapshot() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in ("content", "quizzes", "auth")
        for model in apps.get_app_config(app).get_models()
    }


@pytest.fixture
def people(db):
    instructor = make_user(instructor=True)
    learner = make_user()
    article = make_article(user=instructor)
    return {"anonymous": None, "learner": learner, "instructor": instructor, "article": article}


def test_fuzz_every_url(client, people):
    article = people["article"]
    question_ids = list(article.questions.values_list("pk", flat=True)[:3])
    cases: Counter[str] = Counter()

    def path_kwargs(converters):
        return st.fixed_dictionaries(
            {
                key: st.one_of(
                    _path_value(converter),
                    # Real values too, so that the fuzz reaches the view's own checks.
                    st.sampled_from([article.pk, *question_ids])
                    if type(converter).__name__ == "IntConverter"
                    else st.sampled_from([article.slug, "article", "section", str(article.pk)]),
                )
                for key, converter in converters.items()
            }
        )

    def fuzz(name, converters):
        @settings(
            max_examples=EXAMPLES_PER_URL,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(
            kwargs=path_kwargs(converters),
            role=st.sampled_from(["anonymous", "learner", "instructor"]),
            method=st.sampled_from(["get", "post"]),
            data=st.dictionaries(st.sampled_from(FIELDS), TEXT, max_size=8),
        )
        def run(kwargs, role, method, data):
            cases[name] += 1
            user = people[role]
            client.logout()
            if user is not None:
                client.force_login(user)
            url = reverse(name, kwargs=kwargs)
            before = _snapshot()
            send = getattr(client, method)
            response = send(url, data, headers={"HX-Request": "true"} if len(data) % 2 else {})
            assert response.status_code < 500, (method, url, data)
            if 400 <= response.status_code < 500 and response.status_code != 429:
                assert _snapshot() == before, (method, url, data, response.status_code)

        run()

    for name, converters in PATTERNS:
        fuzz(name, converters)
    print(f"fuzzed {sum(cases.values())} requests over {len(PATTERNS)} URLs:", dict(cases))
    assert all(cases[name] >= EXAMPLES_PER_URL // 2 for name, _ in PATTERNS), cases


@pytest.mark.parametrize("role", ["anonymous", "learner", "instructor"])
def test_a_nul_in_a_path_names_no_page(client, people, role):
    # PostgreSQL refuses NUL in text: a slug with one reached a query and answered 500.
    if people[role] is not None:
        client.force_login(people[role])
    slug = people["article"].slug
    for url in (
        f"/articles/{slug}%00/",
        "/articles/a%00b/new-version/",
        f"/learn/read/{slug}%00/",
        "/learn/study/article/a%00/",
        "/courses/join/ab%00cd/",
    ):
        assert client.get(url).status_code == 404, url
