"""Locust users for `bench/load.py`: learners studying, instructors teaching, one importer.

Each user makes the requests the htmx pages make, with a person's pauses:

- a learner opens the article in the reader, then the study page; then thinks
  3–10 s per card: reads it (2–7 s), answers, reads the
  feedback (1–3 s) and rates it; the rate response carries the next card, and the
  header's due badge refreshes on the "reviewRecorded" event, as in the browser;
- an instructor opens the question review of the article they own, their
  course's gradebook and its page, 3–10 s apart;
- the importer, once a third of the run has passed, previews and saves an
  article, then follows the generation state every 3 s until the db_worker has
  made its questions, and opens their review.

The rate posts each learner sent and the ones the server said it recorded are
written to DOKKAI_LOAD_COUNTS, so that load.py can compare them, learner by
learner, with the reviews in the database. DOKKAI_LOAD_HOSTS (comma-separated)
are used round-robin, request by request: nothing may live in one process.
"""

import html
import itertools
import json
import os
import random
import re
import threading
import time
from collections import Counter

from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser

HOSTS = os.environ.get("DOKKAI_LOAD_HOSTS", "http://127.0.0.1:8000").split(",")
_next_host = itertools.cycle(HOSTS).__next__
PASSWORD = os.environ.get("DOKKAI_LOAD_PASSWORD", "")
SCHOOL = json.loads(os.environ.get("DOKKAI_LOAD_SCHOOL", '{"learners": {}, "instructors": {}}'))
IMPORT_AFTER_S = float(os.environ.get("DOKKAI_LOAD_IMPORT_AFTER", "20"))
IMPORT_TEXT = os.environ.get("DOKKAI_LOAD_IMPORT_TEXT", "")
HTMX = {"HX-Request": "true"}
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_TOKEN = re.compile(r'name="token" value="([^"]+)"')
_GRADED = re.compile(r'name="graded" value="([^"]+)"')
_OPTION = re.compile(r'name="response" value="([^"]*)"')
_SAVE_FORM = re.compile(r"<form[^>]*>(?:(?!</form>).)*value=\"save\".*?</form>", re.S)
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
_lock = threading.Lock()
# Per learner: rate posts sent, answered (any status), answered "reviewRecorded", failed.
sent: Counter = Counter()
answered: Counter = Counter()
recorded: Counter = Counter()
failed: Counter = Counter()
imports: Counter = Counter()
_accounts = {
    "learner": iter(sorted(SCHOOL["learners"], key=lambda name: int(name.rsplit("-", 1)[1]))),
    "instructor": iter(sorted(SCHOOL["instructors"])),
    "bare": iter(SCHOOL.get("bare", [])),
}
started_at = time.monotonic()


class DokkaiUser(FastHttpUser):
    abstract = True
    host = HOSTS[0]

    def url(self, path: str) -> str:
        return _next_host() + path

    def log_in(self, username: str) -> None:
        self.username = username
        page = self.client.get(self.url("/accounts/login/"), name="login page")
        self.client.post(
            self.url("/accounts/login/"),
            data={
                "username": username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": _CSRF.search(page.text).group(1),
            },
            headers={"Referer": HOSTS[0] + "/accounts/login/"},
            name="log in",
        )
        self.csrf = next(c.value for c in self.client.cookiejar if c.name == "csrftoken")

    def post(self, path: str, data: dict, *, name: str, **kwargs):
        headers = {**HTMX, "X-CSRFToken": self.csrf}
        return self.client.post(self.url(path), data=data, headers=headers, name=name, **kwargs)


def _take(kind: str) -> str:
    with _lock:
        return next(_accounts[kind])


class Learner(DokkaiUser):
    fixed_count = 100
    # Reading the card; the feedback's 1–3 s are inside the task: 3–10 s a card in all.
    wait_time = between(2, 7)

    def on_start(self) -> None:
        self.log_in(_take("learner"))
        article = SCHOOL["learners"][self.username]["article"]
        self.client.get(self.url(f"/learn/read/{article}/"), name="reader")
        self.deck = f"/learn/study/article/{article}/"
        # The study page, then the first card's thinking time (locust runs the first task at once).
        self.card = self.client.get(self.url(self.deck), name="study page").text
        time.sleep(self.wait_time())

    @task
    def study(self) -> None:
        if not self.card:
            self.card = self.client.get(self.url(self.deck), headers=HTMX, name="next card").text
        token = _TOKEN.search(self.card)
        if token is None and "ahead=1" in self.card:
            # The summary's "Continue now": learning cards that wait for a later step, early.
            self.card = self.client.get(
                self.url(self.deck + "?ahead=1"), headers=HTMX, name="next card (ahead)"
            ).text
            token = _TOKEN.search(self.card)
        if token is None:  # nothing left in the deck: the study home instead
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
        time.sleep(random.uniform(1, 3))  # gevent's sleep: reading the feedback
        with _lock:
            sent[self.username] += 1
        with self.post(
            self.deck + "rate/",
            {"graded": graded.group(1), "rating": random.choice("1334")},
            name="rate",
            catch_response=True,
        ) as rated:
            with _lock:
                answered[self.username] += 1
            if rated.status_code != 200:
                with _lock:
                    failed[self.username] += 1
                rated.failure(f"rate answered {rated.status_code}")
                self.card = ""
                return
            if "reviewRecorded" in (rated.headers.get("HX-Trigger") or ""):
                with _lock:
                    recorded[self.username] += 1
                self.client.get(self.url("/learn/due/"), headers=HTMX, name="due badge")
            self.card = rated.text


class Instructor(DokkaiUser):
    fixed_count = 5
    wait_time = between(3, 10)

    def on_start(self) -> None:
        self.log_in(_take("instructor"))
        own = SCHOOL["instructors"][self.username]
        self.review = f"/articles/{own['article']}/questions/"
        self.course = f"/courses/{own['course']}/"
        time.sleep(self.wait_time())

    @task(3)
    def review_questions(self) -> None:
        # The first page, the next one, or the first page of one kind (25 questions a page).
        query = random.choice(
            ["", "?page=2", "?kind=cloze", "?kind=choice", "?kind=reading", "?kind=vocab"]
        )
        self.client.get(self.url(self.review + query), name="question review")

    @task(2)
    def gradebook(self) -> None:
        self.client.get(self.url(self.course + "gradebook/"), name="gradebook")

    @task(1)
    def course_page(self) -> None:
        self.client.get(self.url(self.course), name="course page")


class Importer(DokkaiUser):
    """Imports one new article once the run is under way, through the preview and save forms."""

    fixed_count = 1
    wait_time = between(3, 10)

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
            {
                "text": IMPORT_TEXT,
                "title": "",
                "source_format": "auto",
                "visibility": "courses",
                "action": "preview",
            },
            name="import preview",
        )
        # Submit the preview's own save form, whatever hidden fields it carries.
        form = _SAVE_FORM.search(preview.text).group(0)
        fields = {name: html.unescape(value) for name, value in _HIDDEN.findall(form)}
        fields["action"] = "save"
        saved = self.post("/articles/import/", fields, name="import save")
        article = saved.headers.get("HX-Redirect")
        if saved.status_code != 204 or not article:
            return
        imports["saved"] += 1
        self.client.get(self.url(article), name="reader (new article)")
        slug = article.rstrip("/").rsplit("/", 1)[1]
        # The reader polls the generation state every 3 s while the db_worker works.
        for _poll in range(100):
            time.sleep(3)
            state = self.client.get(
                self.url(f"/articles/{slug}/"), headers=HTMX, name="generation state"
            ).text
            if "every 3s" not in state:
                imports["generated" if "generation done" in state else "ended"] += 1
                break
        self.client.get(self.url(f"/articles/{slug}/questions/"), name="question review")


class BareUser(DokkaiUser):
    """The baseline: as many logged-in users as the study run, the same pauses, a bare view."""

    fixed_count = 106
    wait_time = between(3, 10)

    def on_start(self) -> None:
        self.log_in(_take("bare"))
        time.sleep(self.wait_time())

    @task
    def bare(self) -> None:
        self.client.get(self.url("/bench-bare/"), name="bare view")


@events.test_stop.add_listener
def _write_counts(environment, **kwargs) -> None:
    path = os.environ.get("DOKKAI_LOAD_COUNTS")
    if path:
        with open(path, "w") as file:
            json.dump(
                {
                    "sent": sent,
                    "answered": answered,
                    "recorded": recorded,
                    "failed": failed,
                    "imports": imports,
                },
                file,
            )
