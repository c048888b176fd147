"""Load test: gunicorn and PostgreSQL on 127.0.0.1, driven by locust, headless and bounded.

Starts a throwaway PostgreSQL 15 cluster (Debian's binaries, run as the postgres
user), migrates, creates 100 learners, 5 instructors and an importer and imports
the demo article; starts gunicorn; runs locust (100 learners studying, 5
instructors reviewing questions, 1 instructor importing an article a third of the
way in); then the same locust settings against a bare view as the baseline. It
prints throughput, p50/p95/p99 and errors, and compares the reviews in the
database with the rate posts the server said it recorded. Everything it starts
is stopped on exit.

    uv run python bench/load.py [--seconds 60] [--hosts 1] [--workers 2] [--memory]

--hosts 2 runs two gunicorn instances on two ports (one worker each), which
locust uses round-robin request by request. --memory samples the workers' resident
memory after a minute and at the end (the soak uses it).
"""

import argparse
import csv
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, report_figures, table

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PASSWORD = "load-test-" + secrets.token_hex(8)
P95_GOAL_MS = 100
PYTHON = sys.executable
BIN = Path(PYTHON).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_postgres(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, **kwargs)


class Cluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1, removed on stop."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="dokkai-load-pg-"))
        shutil.chown(self.directory, "postgres", "postgres")
        self.port = free_port()
        data = self.directory / "data"
        quiet = {"stdout": subprocess.DEVNULL}
        as_postgres(
            str(PG_BIN / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            **quiet,
        )
        as_postgres(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(self.directory / "log"),
            "-w",
            "-o",
            f"-h 127.0.0.1 -p {self.port} -k {self.directory} -F -c max_connections=200",
            "start",
            **quiet,
        )
        as_postgres(
            str(PG_BIN / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "dokkai",
        )
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/dokkai"

    def stop(self) -> None:
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.directory / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def environment(database_url: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONDONTWRITEBYTECODE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="bench.load_settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONPATH=str(ROOT),
    )
    return env


SEED_DATA = """
from django.contrib.auth import get_user_model
from content.importing.preview import prepare_article
from content.services import import_article
from quizzes.demo import DEMO_ARTICLE
from quizzes.models import LearnerSettings
from quizzes.roles import make_instructor
from django.test import TestCase
import os, sys
User = get_user_model()
password = os.environ["DOKKAI_LOAD_PASSWORD"]
teachers = [User.objects.create_user(f"load-teacher-{n}", password=password) for n in range(1, 6)]
teachers.append(User.objects.create_user("load-teacher-importer", password=password))
for teacher in teachers:
    make_instructor(user=teacher)
learners = [User.objects.create_user(f"load-learner-{n}", password=password) for n in range(1, 107)]
for learner in learners:
    # Enough new cards a day that no learner runs out during the run.
    LearnerSettings.objects.update_or_create(user=learner, defaults={"new_cards_per_day": 1000})
prepared = prepare_article(text=DEMO_ARTICLE.read_text(encoding="utf-8"))
outcome = import_article(prepared=prepared, user=teachers[0])
print(outcome.article.slug, outcome.article.questions.filter(status="published").count())
"""

COUNT_REVIEWS = """
from django.db.models import Count
from quizzes.models import ReviewLog
from content.models import Article
doubled = ReviewLog.objects.values("card_id", "shown_reps").annotate(n=Count("id")).filter(n__gt=1).count()
print(ReviewLog.objects.count(), doubled, Article.objects.count())
"""


def manage(env: dict, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def worker_memory_kb(masters: list[subprocess.Popen]) -> int:
    """Resident memory of all gunicorn workers (children of the masters), in kB."""
    total = 0
    for master in masters:
        children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
        for child in children:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


def run_locust(
    env: dict,
    hosts: list[str],
    classes: list[str],
    seconds: int,
    users: int,
    prefix: Path,
    extra_env: dict,
) -> dict:
    command = [
        str(BIN / "locust"),
        "-f",
        str(ROOT / "bench" / "locustfile.py"),
        "--headless",
        "-u",
        str(users),
        "-r",
        "20",
        "-t",
        f"{seconds}s",
        "--csv",
        str(prefix),
        "--only-summary",
        "--reset-stats",
        "--stop-timeout",
        "10",
        "--loglevel",
        "WARNING",
        *classes,
    ]
    result = subprocess.run(
        command,
        env={**env, **extra_env, "DOKKAI_LOAD_HOSTS": ",".join(hosts)},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=seconds + 120,
    )
    (prefix.parent / f"{prefix.name}.log").write_text(result.stderr)
    if "Traceback" in result.stderr:
        print(f"locust reported errors:\n{result.stderr[-2000:]}", file=sys.stderr)
    with open(f"{prefix}_stats.csv") as file:
        rows = {row["Name"]: row for row in csv.DictReader(file)}
    return rows


def p95_value(row: dict) -> float | None:
    return float(row["95%"]) if row.get("95%") not in (None, "", "N/A") else None


def summary(rows: dict, seconds: int) -> list[tuple]:
    out = []
    for name, row in rows.items():
        out.append(
            (
                name,
                row["Request Count"],
                row["Failure Count"],
                f"{float(row['Requests/s']):.1f}",
                row["50%"],
                row["95%"],
                row["99%"],
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--hosts", type=int, choices=[1, 2], default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    options = parser.parse_args()
    if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
        sys.exit("bench/load.py needs root (to run PostgreSQL as postgres) and postgresql-15")

    work = Path(tempfile.mkdtemp(prefix="dokkai-load-"))
    cluster = Cluster()
    masters: list[subprocess.Popen] = []
    try:
        env = environment(cluster.url)
        env["DOKKAI_LOAD_PASSWORD"] = PASSWORD
        manage(env, "migrate", "--no-input", "-v", "0")
        slug, published = manage(env, "shell", "-c", SEED_DATA).split()[-2:]
        ports = [free_port() for _ in range(options.hosts)]
        workers = options.workers if options.hosts == 1 else 1
        log = (work / "gunicorn.log").open("w")
        for port in ports:
            masters.append(
                subprocess.Popen(
                    [
                        str(BIN / "gunicorn"),
                        "config.wsgi",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        str(workers),
                        "--timeout",
                        "60",
                        "--log-level",
                        "warning",
                    ],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                    start_new_session=True,
                )
            )
        hosts = [f"http://127.0.0.1:{port}" for port in ports]
        _wait_for(hosts)
        import_text = (
            (ROOT / "content" / "demo" / "minato_library.md")
            .read_text(encoding="utf-8")
            .replace("# ", "# 負荷試験の記事：", 1)
        )
        extra = {
            "DOKKAI_LOAD_ARTICLE": slug,
            "DOKKAI_LOAD_COUNTS": str(work / "counts.json"),
            "DOKKAI_LOAD_IMPORT_AFTER": str(options.seconds // 3),
            "DOKKAI_LOAD_IMPORT_TEXT": import_text,
        }
        memory_samples = []
        sampler = None
        if options.memory:
            sampler = _MemorySampler(masters, first_after=60)
        started = time.perf_counter()
        rows = run_locust(
            env,
            hosts,
            ["Learner", "Instructor", "Importer"],
            options.seconds,
            106,
            work / "dokkai",
            extra,
        )
        elapsed = time.perf_counter() - started
        if sampler:
            memory_samples = sampler.stop()
        counts = json.loads((work / "counts.json").read_text())
        reviews, doubled, articles = (
            int(x) for x in manage(env, "shell", "-c", COUNT_REVIEWS).split()[-3:]
        )
        baseline = {}
        if not options.no_baseline:
            baseline = run_locust(
                env, hosts, ["BareUser"], min(options.seconds, 60), 106, work / "bare", extra
            )
        total = rows.get("Aggregated", {})
        print(
            f"Load test: {len(hosts)} gunicorn host(s) × {workers} worker(s), PostgreSQL 15 on "
            f"127.0.0.1, {options.seconds} s, 100 learners + 5 instructors + 1 importer "
            f"(think time 3–8 s); the demo article with {published} published questions."
        )
        headers = ("request", "count", "failures", "req/s", "p50 ms", "p95 ms", "p99 ms")
        body = summary(rows, options.seconds)
        if baseline:
            bare = baseline.get("Aggregated", {})
            body.append(
                (
                    "bare view (baseline, same settings)",
                    bare.get("Request Count"),
                    bare.get("Failure Count"),
                    f"{float(bare.get('Requests/s', 0)):.1f}",
                    bare.get("50%"),
                    bare.get("95%"),
                    bare.get("99%"),
                )
            )
        print(table(body, headers))
        # Every post answered "recorded" must be in the database (else lost); the database
        # may not hold more reviews than posts sent (else doubled). Posts in flight when
        # locust stopped are the difference between the two bounds.
        lost = max(0, counts["recorded"] - reviews)
        doubled_reviews = max(0, reviews - counts["sent"]) + doubled
        in_flight = counts["sent"] - counts["rate_posts"]
        print(
            f"reviews: {counts['sent']} rate posts sent, {counts['recorded']} answered "
            f"'recorded', {counts['rate_failed']} failed, {in_flight} in flight at the stop; "
            f"{reviews} reviews in the database: {lost} lost, {doubled_reviews} doubled "
            f"({doubled} duplicate card/shown-count pairs); articles imported mid-run: "
            f"{counts['imports']} (articles now {articles})"
        )
        figures = {
            "load p95 ms": (p95_value(total), p95_value(baseline.get("Aggregated", {}))),
            "load errors": (int(total.get("Failure Count") or 0), 0),
            "load reviews lost": (lost, 0),
            "load reviews doubled": (doubled_reviews, 0),
        }
        report_figures(figures, prefix=f"{len(hosts)} host(s), {options.seconds} s: ")
        p95 = float(total.get("95%") or 0)
        failures = int(total.get("Failure Count") or 0)
        print(
            f"goal p95 < {P95_GOAL_MS} ms: {'met' if p95 < P95_GOAL_MS else 'NOT met'} "
            f"({p95:.0f} ms); errors: {failures}; wall {elapsed:.0f} s"
        )
        if memory_samples:
            # The mid-run import loads the Japanese analyser (~200 MB) into the worker that
            # serves it: growth is measured from the first sample after it.
            settled = min(len(memory_samples) - 1, max(0, (options.seconds // 3) // 30))
            first, last = memory_samples[settled], memory_samples[-1]
            growth = (last - first) / first * 100
            report_figures({"soak worker memory growth %": (round(growth, 1), None)})
            print(
                f"worker memory: {memory_samples[0] / 1024:.0f} MB after 60 s, "
                f"{first / 1024:.0f} MB after the import, {last / 1024:.0f} MB at the "
                f"end ({growth:+.1f} % since the import; goal < 10 %); samples every 30 s: "
                + ", ".join(f"{sample / 1024:.0f}" for sample in memory_samples)
            )
    finally:
        for master in masters:
            try:
                os.killpg(master.pid, signal.SIGTERM)
                master.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(master.pid, signal.SIGKILL)
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


class _MemorySampler:
    """Samples worker memory every 30 s in a thread, starting after ``first_after`` seconds."""

    def __init__(self, masters, first_after: int) -> None:
        import threading

        self.masters, self.samples = masters, []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(first_after,), daemon=True)
        self.thread.start()

    def _run(self, first_after: int) -> None:
        if self.stopped.wait(first_after):
            return
        while True:
            self.samples.append(worker_memory_kb(self.masters))
            if self.stopped.wait(30):
                break

    def stop(self) -> list[int]:
        self.samples.append(worker_memory_kb(self.masters))
        self.stopped.set()
        self.thread.join()
        return self.samples


def _wait_for(hosts: list[str]) -> None:
    import urllib.request

    for host in hosts:
        for _attempt in range(120):
            try:
                urllib.request.urlopen(host + "/accounts/login/", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            sys.exit(f"gunicorn did not answer on {host}")


if __name__ == "__main__":
    main()
