"""Locust users for `bench/load.py`: learners studying, instructors reviewing, one importer.

Learners log in, then loop: answer the shown card (an option, or a typed answer),
rate it, and get the next card in the rate response, as the htmx page does. The
number of rate posts that the server said it recorded is written to the file in
DOKKAI_LOAD_COUNTS, so that load.py can compare it with the reviews in the database.
Hosts: DOKKAI_LOAD_HOSTS (comma-separated) are used round-robin, request by request.
"""

import itertools
import json
import os
import random
import re
import threading
import time

from locust import HttpUser, between, events, task

HOSTS = os.environ.get("DOKKAI_LOAD_HOSTS", "").split(",")
_next_host = itertools.cycle(HOSTS).__next__
ARTICLE = os.environ.get("DOKKAI_LOAD_ARTICLE", "")
PASSWORD = os.environ.get("DOKKAI_LOAD_PASSWORD", "")
IMPORT_AFTER_S = float(os.environ.get("DOKKAI_LOAD_IMPORT_AFTER", "20"))
IMPORT_TEXT = os.environ.get("DOKKAI_LOAD_IMPORT_TEXT", "")
HTMX = {"HX-Request": "true"}
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_TOKEN = re.compile(r'name="token" value="([^"]+)"')
_GRADED = re.compile(r'name="graded" value="([^"]+)"')
_OPTION = re.compile(r'name="response" value="([^"]*)"')
_lock = threading.Lock()
# sent: rate posts sent; recorded: answered with "reviewRecorded"; failed: answered with an
# error. A post still in flight when the run stops is sent but neither recorded nor failed.
counts = {"sent": 0, "recorded": 0, "rate_posts": 0, "rate_failed": 0, "imports": 0}
_learner_numbers = itertools.count(1)
_instructor_numbers = itertools.count(1)
started_at = time.monotonic()


def _count(name: str) -> None:
    with _lock:
        counts[name] += 1


class DokkaiUser(HttpUser):
    abstract = True
    host = HOSTS[0] or None

    def url(self, path: str) -> str:
        # Round-robin over the hosts, request by request: nothing may live in one process.
        return _next_host() + path

    def log_in(self, username: str) -> None:
        page = self.client.get(self.url("/accounts/login/"), name="login page")
        csrf = _CSRF.search(page.text).group(1)
        self.client.post(
            self.url("/accounts/login/"),
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": csrf},
            headers={"Referer": self.url("/accounts/login/")},
            name="log in",
        )
        self.csrf = self.client.cookies.get("csrftoken")

    def post(self, path: str, data: dict, *, name: str, **kwargs):
        headers = {**HTMX, "X-CSRFToken": self.csrf}
        return self.client.post(self.url(path), data, headers=headers, name=name, **kwargs)


class Learner(DokkaiUser):
    fixed_count = 100
    # Reading a sentence and answering takes a learner a few seconds.
    wait_time = between(3, 8)

    def on_start(self) -> None:
        self.log_in(f"load-learner-{next(_learner_numbers)}")
        self.deck = f"/learn/study/article/{ARTICLE}/"
        self.card = ""

    @task
    def study(self) -> None:
        if not self.card:
            self.card = self.client.get(self.url(self.deck), headers=HTMX, name="next card").text
        token = _TOKEN.search(self.card)
        if token is None:  # nothing due: the deck's summary; look at the home page instead
            self.client.get(self.url("/learn/"), name="study home")
            self.card = ""
            return
        options = _OPTION.findall(self.card)
        response = random.choice(options) if options else "こたえ"
        feedback = self.post(
            self.deck + "answer/",
            {"token": token.group(1), "response": response},
            name="answer",
        ).text
        graded = _GRADED.search(feedback)
        if graded is None:
            self.card = ""
            return
        _count("sent")
        with self.post(
            self.deck + "rate/",
            {"graded": graded.group(1), "rating": random.choice("1334")},
            name="rate",
            catch_response=True,
        ) as rated:
            _count("rate_posts")
            if rated.status_code != 200:
                _count("rate_failed")
                rated.failure(f"rate answered {rated.status_code}")
                self.card = ""
                return
            if "reviewRecorded" in rated.headers.get("HX-Trigger", ""):
                _count("recorded")
            self.card = rated.text


class Instructor(DokkaiUser):
    fixed_count = 5
    wait_time = between(3, 8)

    def on_start(self) -> None:
        self.log_in(f"load-teacher-{next(_instructor_numbers)}")

    @task(3)
    def review_questions(self) -> None:
        self.client.get(self.url(f"/articles/{ARTICLE}/questions/"), name="question review")

    @task(1)
    def filtered_review(self) -> None:
        kind = random.choice(["cloze", "choice", "reading", "vocab"])
        self.client.get(
            self.url(f"/articles/{ARTICLE}/questions/?kind={kind}"), name="question review"
        )


class Importer(DokkaiUser):
    """Imports one new article once the run is under way, through the preview and save forms."""

    fixed_count = 1
    wait_time = between(3, 8)

    def on_start(self) -> None:
        self.log_in("load-teacher-importer")
        self.done = False

    @task
    def import_once(self) -> None:
        if self.done or time.monotonic() - started_at < IMPORT_AFTER_S:
            self.client.get(self.url("/articles/"), name="article list")
            return
        self.done = True
        preview = self.post(
            "/articles/import/",
            {"text": IMPORT_TEXT, "title": "", "source_format": "auto", "action": "preview"},
            name="import preview",
        )
        # Submit the preview's own save form, whatever hidden fields it carries.
        form = re.search(
            r"<form[^>]*>(?:(?!</form>).)*value=\"save\".*?</form>", preview.text, re.S
        )
        fields = dict(
            re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0))
        )
        fields = {name: _unescape(value) for name, value in fields.items()}
        fields["action"] = "save"
        saved = self.post("/articles/import/", fields, name="import save")
        if saved.status_code < 400:
            _count("imports")


def _unescape(value: str) -> str:
    import html

    return html.unescape(value)


class BareUser(DokkaiUser):
    """The baseline: the same number of logged-in users and think time, on a bare view."""

    fixed_count = 106
    wait_time = between(3, 8)

    def on_start(self) -> None:
        self.log_in(f"load-learner-{next(_learner_numbers)}")

    @task
    def bare(self) -> None:
        self.client.get(self.url("/bench-bare/"), name="bare view")


@events.test_stop.add_listener
def _write_counts(environment, **kwargs) -> None:
    path = os.environ.get("DOKKAI_LOAD_COUNTS")
    if path:
        with open(path, "w") as file:
            json.dump(counts, file)
