"""Load test: gunicorn and PostgreSQL on 127.0.0.1, driven by locust, headless and bounded.

Starts a throwaway PostgreSQL 15 cluster (Debian's binaries, run as the postgres
user), migrates, and makes a school (bench/load_data.py): 5 instructors, each with
an article of their own and a course of 20 learners, and an importer; every
article's questions are generated before the run. Starts gunicorn and a db_worker,
as in production, then runs locust (bench/locustfile.py) for --seconds: 100
learners studying, 5 instructors reviewing their questions and reading their
gradebooks, 1 instructor importing an article a third of the way in. Then the same
locust settings against a bare view, as the baseline. It prints throughput,
p50/p95/p99 and errors per request, the CPU each part used (locust runs on the
same machine), and compares, learner by learner, the rate posts sent and answered
"recorded" with the reviews in the database. Everything it starts is stopped on exit.
Inside gunicorn (bench/load_timing.py) it splits each view's time into the thread's
CPU, the waits for PostgreSQL, and the rest (runnable, waiting for the GIL or a core);
--statements adds PostgreSQL's own time per statement (pg_stat_statements).

    uv run python bench/load.py [--seconds 60] [--hosts 1] [--workers 2] [--memory]

--hosts 2 runs two gunicorn instances on two ports (one worker each), which locust
uses round-robin, request by request. --memory samples the workers' resident memory
every 30 s (the soak uses it) and reports its growth after the warm-up. To compare
settings: --threads, --worker-class, --keep-alive (gunicorn's),
--nice (the db_worker's, 10 as in production), --pg name=value (PostgreSQL's).
"""

import argparse
import csv
import json
import os
import resource
import runpy
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, report_figures, table

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PASSWORD = "load-test-" + secrets.token_hex(8)
P95_GOAL_MS = 100
USERS = 106  # 100 learners, 5 instructors, 1 importer; the baseline logs in as many
# Users arrive 5 a second (a class logging in over ~20 s, not at one instant); the
# statistics start once all have arrived, and run for --seconds from then.
SPAWN_RATE = 5
RAMP_S = -(-USERS // SPAWN_RATE)
PYTHON = sys.executable
BIN = Path(PYTHON).parent
TICKS = os.sysconf("SC_CLK_TCK")
IMMEDIATE_TASKS = "django.tasks.backends.immediate.ImmediateBackend"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_postgres(*command: str) -> None:
    subprocess.run(
        ["runuser", "-u", "postgres", "--", *command], check=True, stdout=subprocess.DEVNULL
    )


class Cluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1, removed on stop.

    Durability as in production (fsync and synchronous commit on): a review is
    recorded only once it is on disk.
    """

    def __init__(self, *settings: str) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="dokkai-load-pg-"))
        shutil.chown(self.directory, "postgres", "postgres")
        self.port = free_port()
        self.data = self.directory / "data"
        as_postgres(
            str(PG_BIN / "initdb"),
            *("-D", str(self.data), "-U", "postgres", "--auth=trust"),
            *("-E", "UTF8", "--locale=C.UTF-8"),
        )
        as_postgres(
            str(PG_BIN / "pg_ctl"),
            *("-D", str(self.data), "-l", str(self.directory / "log"), "-w"),
            *("-o", f"-h 127.0.0.1 -p {self.port} -k {self.directory} -c max_connections=200"),
            *(option for setting in settings for option in ("-o", f"-c {setting}")),
            "start",
        )
        as_postgres(
            str(PG_BIN / "createdb"),
            *("-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "dokkai"),
        )
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/dokkai"

    def sql(self, query: str) -> str:
        return subprocess.run(
            [
                *(str(PG_BIN / "psql"), "-h", "127.0.0.1", "-p", str(self.port)),
                *("-U", "postgres", "-d", "dokkai", "-X", "-q", "-c", query),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    @property
    def pid(self) -> int:
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def stop(self) -> None:
        pg_ctl = str(PG_BIN / "pg_ctl")
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                pg_ctl,
                "-D",
                str(self.data),
                "-m",
                "immediate",
                "stop",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


STATEMENTS = """
SELECT calls, round(mean_exec_time::numeric, 2) AS mean_ms,
       round(max_exec_time::numeric, 1) AS max_ms, jit_functions,
       round((jit_generation_time + jit_optimization_time + jit_emission_time)::numeric, 1)
           AS jit_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS statement
FROM pg_stat_statements ORDER BY calls DESC LIMIT 40
"""


def environment(database_url: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONDONTWRITEBYTECODE", "DJANGO_ALLOW_ASYNC_UNSAFE", "TASKS_BACKEND"}
    }
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="bench.load_settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONPATH=str(ROOT),
        DOKKAI_LOAD_PASSWORD=PASSWORD,
    )
    return env


def manage_json(env: dict, code: str) -> dict:
    """Run Python inside Django (`manage.py shell -c`) and read the JSON it prints last."""
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "shell", "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"manage.py shell failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def manage(env: dict, *args: str) -> None:
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")


# --- what each part costs: CPU from /proc, memory of the gunicorn workers -----------------


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def tree_cpu_seconds(pid: int) -> float:
    """CPU used by a process and its descendants, alive or exited (and waited for)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    # Fields after the command name: utime, stime, cutime, cstime are 14–17 (1-based).
    fields = stat.rsplit(")", 1)[1].split()
    own = sum(int(value) for value in fields[11:15]) / TICKS
    return own + sum(tree_cpu_seconds(child) for child in _children(pid))


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine spent busy, over all cores, since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values[:8]) - idle) / TICKS


def worker_memory_kb(masters: list[subprocess.Popen]) -> int:
    """Resident memory of all gunicorn workers (children of the masters), in kB."""
    total = 0
    for master in masters:
        for child in _children(master.pid):
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


class MemorySampler:
    """Samples the workers' resident memory every ``every`` seconds in a thread."""

    def __init__(self, masters: list[subprocess.Popen], every: float = 30) -> None:
        self.masters, self.every = masters, every
        self.samples: list[tuple[float, int]] = []
        self.started = time.monotonic()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        self.samples.append((time.monotonic() - self.started, worker_memory_kb(self.masters)))

    def _run(self) -> None:
        while not self.stopped.wait(self.every):
            self._sample()

    def stop(self) -> list[tuple[float, int]]:
        self.stopped.set()
        self.thread.join()
        self._sample()
        return self.samples


class Usage:
    """CPU used by each part between start() and stop(), in cores (CPU seconds / wall)."""

    def __init__(self, parts: dict[str, list[int]]) -> None:
        self.parts = parts

    def _read(self) -> dict[str, float]:
        now = {
            name: sum(tree_cpu_seconds(pid) for pid in pids) for name, pids in self.parts.items()
        }
        now["locust"] = sum(
            getattr(resource.getrusage(resource.RUSAGE_CHILDREN), field)
            for field in ("ru_utime", "ru_stime")
        )
        now["machine"] = machine_busy_seconds()
        now["_wall"] = time.monotonic()
        return now

    def start(self) -> None:
        self.before = self._read()

    def stop(self) -> dict[str, float]:
        after = self._read()
        wall = after["_wall"] - self.before["_wall"]
        cores = {
            name: (after[name] - self.before[name]) / wall
            for name in after
            if not name.startswith("_")
        }
        cores["other"] = max(
            0.0, cores["machine"] - sum(v for k, v in cores.items() if k != "machine")
        )
        return cores


# --- gunicorn, the db_worker and locust ----------------------------------------------------


def start_gunicorn(env: dict, port: int, options) -> subprocess.Popen:
    """gunicorn as production runs it (gunicorn.conf.py), on one port of 127.0.0.1."""
    command = [str(BIN / "gunicorn"), "config.wsgi", "-c", str(ROOT / "gunicorn.conf.py")]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", str(options.workers)]
    if options.worker_class:
        command += ["--worker-class", options.worker_class]
    if options.threads:
        command += ["--threads", str(options.threads)]
    if options.keep_alive is not None:
        command += ["--keep-alive", str(options.keep_alive)]
    command += ["--log-level", "warning"]
    return subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=(options.work / f"gunicorn-{port}.log").open("w"),
        start_new_session=True,
    )


def start_db_worker(env: dict, work: Path, niceness: int) -> subprocess.Popen:
    """A db_worker as production runs it: below the web workers' CPU priority, so that a
    generation (seconds of CPU for a long article) takes the cores they leave."""
    nice = ["nice", "-n", str(niceness)] if niceness else []
    return subprocess.Popen(
        [*nice, PYTHON, str(ROOT / "manage.py"), "db_worker", "--no-reload"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=(work / "db_worker.log").open("w"),
        start_new_session=True,
    )


def gunicorn_summary(options) -> str:
    """The worker class and threads gunicorn runs with: the options, else gunicorn.conf.py's."""
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    worker_class = options.worker_class or config.get("worker_class", "sync")
    threads = options.threads or config.get("threads", 1)
    keep_alive = (
        options.keep_alive if options.keep_alive is not None else config.get("keepalive", 2)
    )
    if worker_class != "gthread":
        return worker_class
    return f"{worker_class}, {threads} thread(s), keep-alive {keep_alive} s"


def wait_for(hosts: list[str]) -> None:
    for host in hosts:
        for _attempt in range(120):
            try:
                urllib.request.urlopen(host + "/accounts/login/", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            sys.exit(f"gunicorn did not answer on {host}")


def run_locust(env: dict, classes: list[str], seconds: int, prefix: Path) -> dict[str, dict]:
    command = [str(BIN / "locust"), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless"]
    command += ["-u", str(USERS), "-r", str(SPAWN_RATE), "-t", f"{seconds + RAMP_S}s"]
    command += ["--csv", str(prefix)]
    command += ["--only-summary", "--reset-stats", "--stop-timeout", "15"]
    command += ["--loglevel", "WARNING", *classes]
    result = subprocess.run(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=seconds + RAMP_S + 180,
    )
    (prefix.parent / f"{prefix.name}.log").write_text(result.stderr)
    if "Traceback" in result.stderr or "Error" in result.stderr:
        print(f"locust reported errors:\n{result.stderr[-3000:]}", file=sys.stderr)
    with open(f"{prefix}_stats.csv") as file:
        return {row["Name"]: row for row in csv.DictReader(file)}


def stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


# --- the report ---------------------------------------------------------------------------


def _ms(row: dict, column: str) -> float | None:
    value = row.get(column)
    return float(value) if value not in (None, "", "N/A") else None


def request_rows(rows: dict[str, dict]) -> list[tuple]:
    return [
        (
            name,
            row["Request Count"],
            row["Failure Count"],
            f"{float(row['Requests/s']):.1f}",
            row["50%"],
            row["95%"],
            row["99%"],
        )
        for name, row in rows.items()
    ]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timing_rows(directory: Path) -> list[tuple]:
    """Per view, inside gunicorn (bench/load_timing.py): wall, thread CPU, PostgreSQL, and
    the rest (runnable but waiting for the GIL or a core), p50 / p95 in ms."""
    views: dict[str, list[tuple[float, ...]]] = {}
    for path in directory.glob("*.tsv"):
        for line in path.read_text().splitlines():
            name, *numbers = line.split("\t")
            wall, cpu, database, queries = (float(n) for n in numbers)
            views.setdefault(name, []).append(
                (wall, cpu, database, max(0.0, wall - cpu - database), queries)
            )
        path.unlink()
    rows = []
    for name, samples in sorted(views.items(), key=lambda item: -len(item[1])):
        columns = list(zip(*samples, strict=True))
        cells = [
            f"{_percentile(column, 0.5):.0f} / {_percentile(column, 0.95):.0f}"
            for column in columns[:4]
        ]
        rows.append((name, len(samples), *cells, f"{_percentile(columns[4], 0.5):.0f}"))
    return rows


def review_check(counts: dict, in_db: dict) -> dict[str, int]:
    """Learner by learner: every post answered "recorded" is in the database (else lost),
    and the database holds no more reviews than posts sent (else doubled)."""
    learners = set(counts["sent"]) | set(in_db["reviews"])
    lost = doubled = 0
    for name in learners:
        stored = in_db["reviews"].get(name, 0)
        lost += max(0, counts["recorded"].get(name, 0) - stored)
        doubled += max(0, stored - counts["sent"].get(name, 0))
    return {
        "sent": sum(counts["sent"].values()),
        "answered": sum(counts["answered"].values()),
        "recorded": sum(counts["recorded"].values()),
        "failed": sum(counts["failed"].values()),
        "stored": sum(in_db["reviews"].values()),
        "lost": lost,
        "doubled": doubled + in_db["doubled_pairs"],
    }


def memory_report(samples: list[tuple[float, int]], warm_up: float) -> tuple[float, str]:
    """Growth from the first sample after the warm-up to the last, and every sample."""
    settled = next((s for s in samples if s[0] >= warm_up), samples[0])
    growth = (samples[-1][1] - settled[1]) / settled[1] * 100
    every = ", ".join(f"{t:.0f} s {kb / 1024:.0f}" for t, kb in samples)
    text = (
        f"worker memory (RSS of all gunicorn workers, MB): {settled[1] / 1024:.0f} at "
        f"{settled[0]:.0f} s (after the warm-up), {samples[-1][1] / 1024:.0f} at the end: "
        f"{growth:+.1f} % (goal < 10 %); first sample {samples[0][1] / 1024:.0f}. Samples: {every}"
    )
    return growth, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--hosts", type=int, choices=[1, 2], default=1)
    parser.add_argument("--workers", type=int, default=2, help="per host when --hosts 1")
    parser.add_argument(
        "--worker-class", choices=["sync", "gthread"], help="default: gunicorn.conf.py's"
    )
    parser.add_argument("--threads", type=int, help="per worker; default: gunicorn.conf.py's")
    parser.add_argument("--keep-alive", type=int, help="seconds; default: gunicorn.conf.py's")
    parser.add_argument(
        "--nice", type=int, default=10, help="the db_worker's niceness (as the README runs it)"
    )
    parser.add_argument(
        "--pg", action="append", default=[], help="a PostgreSQL setting, e.g. --pg jit=off"
    )
    parser.add_argument(
        "--statements", action="store_true", help="print PostgreSQL's time per statement"
    )
    parser.add_argument("--memory", action="store_true", help="sample worker memory")
    parser.add_argument(
        "--warm-up", type=int, help="seconds before the memory baseline (default 120)"
    )
    parser.add_argument("--no-baseline", action="store_true")
    options = parser.parse_args()
    if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
        sys.exit("bench/load.py needs root (to run PostgreSQL as postgres) and postgresql-15")
    if options.hosts == 2:
        options.workers = 1  # two instances of one worker: the same 2 workers in all

    options.work = work = Path(tempfile.mkdtemp(prefix="dokkai-load-"))
    preload = ["shared_preload_libraries=pg_stat_statements"] if options.statements else []
    cluster = Cluster(*preload, *options.pg)
    processes: list[subprocess.Popen] = []
    try:
        env = environment(cluster.url)
        manage(env, "migrate", "--no-input", "-v", "0")
        if options.statements:
            cluster.sql("CREATE EXTENSION pg_stat_statements")
        setup_started = time.perf_counter()
        school = manage_json(
            {**env, "TASKS_BACKEND": IMMEDIATE_TASKS},
            "from bench import load_data as d; "
            "d.print_json(d.seed(password=__import__('os').environ['DOKKAI_LOAD_PASSWORD']))",
        )
        setup_seconds = time.perf_counter() - setup_started
        ports = [free_port() for _ in range(options.hosts)]
        timings = work / "timings"
        timings.mkdir()
        gunicorn_env = {**env, "DOKKAI_LOAD_TIMINGS": str(timings)}
        masters = [start_gunicorn(gunicorn_env, port, options) for port in ports]
        worker = start_db_worker(env, work, options.nice)
        processes += [*masters, worker]
        hosts = [f"http://127.0.0.1:{port}" for port in ports]
        wait_for(hosts)
        import_text = (
            (ROOT / "content" / "demo" / "minato_library.md")
            .read_text(encoding="utf-8")
            .replace("# ", "# 負荷試験の記事：", 1)
        )
        locust_env = {
            **env,
            "DOKKAI_LOAD_HOSTS": ",".join(hosts),
            "DOKKAI_LOAD_SCHOOL": json.dumps(school),
            "DOKKAI_LOAD_COUNTS": str(work / "counts.json"),
            "DOKKAI_LOAD_IMPORT_AFTER": str(RAMP_S + options.seconds // 3),
            "DOKKAI_LOAD_IMPORT_TEXT": import_text,
        }
        usage = Usage(
            {
                "gunicorn": [m.pid for m in masters],
                "db_worker": [worker.pid],
                "PostgreSQL": [cluster.pid],
            }
        )
        sampler = MemorySampler(masters) if options.memory else None
        load_before = os.getloadavg()
        usage.start()
        started = time.perf_counter()
        rows = run_locust(
            locust_env, ["Learner", "Instructor", "Importer"], options.seconds, work / "dokkai"
        )
        elapsed = time.perf_counter() - started
        cores = usage.stop()
        load_after = os.getloadavg()
        samples = sampler.stop() if sampler else []
        statements = cluster.sql(STATEMENTS) if options.statements else ""
        inside = timing_rows(timings)  # before the baseline's requests add to the files
        counts = json.loads((work / "counts.json").read_text())
        in_db = manage_json(
            env, "from bench import load_data as d; d.print_json(d.count_reviews())"
        )
        baseline: dict = {}
        if not options.no_baseline:
            baseline = run_locust(
                locust_env, ["BareUser"], min(options.seconds, 60), work / "bare"
            ).get("Aggregated", {})

        total = rows.get("Aggregated", {})
        workers = f"{options.workers} worker(s) ({gunicorn_summary(options)})"
        print(
            f"Load test: {len(hosts)} gunicorn host(s) × {workers}, a db_worker, PostgreSQL 15 "
            f"on 127.0.0.1; locust FastHttpUser on the same machine; users arrive over {RAMP_S} s, "
            f"then {options.seconds} s measured; "
            f"{USERS - 6} learners (3–10 s a card), 5 instructors, 1 importer. Setup "
            f"{setup_seconds:.0f} s: 5 articles with {school['published']} published questions."
        )
        body = request_rows(rows)
        if baseline:
            body.append(
                ("bare view (baseline, same settings)", *request_rows({"": baseline})[0][1:])
            )
        print(table(body, ("request", "count", "failures", "req/s", "p50 ms", "p95 ms", "p99 ms")))
        print("Inside gunicorn, per view (p50 / p95 ms; 'waiting' = wall − CPU − PostgreSQL):")
        print(
            table(
                inside,
                ("view", "count", "wall", "thread CPU", "PostgreSQL", "waiting", "queries"),
            )
        )
        if statements:
            print(f"PostgreSQL's statements during the load, most called first:\n{statements}")
        reviews = review_check(counts, in_db)
        print(
            f"reviews: {reviews['sent']} rate posts sent, {reviews['answered']} answered, "
            f"{reviews['recorded']} 'recorded', {reviews['failed']} failed; {reviews['stored']} "
            f"reviews in the database: {reviews['lost']} lost, {reviews['doubled']} doubled "
            "(counted learner by learner)."
        )
        print(
            f"mid-run import: {counts['imports'].get('saved', 0)} saved; its generation in the "
            f"db_worker: {in_db['import_generation']}, {in_db['import_published']} questions "
            f"published; articles now {in_db['articles']}."
        )
        print(
            "CPU during the run, in cores (of 2): "
            + ", ".join(f"{name} {value:.2f}" for name, value in cores.items() if name != "machine")
            + f"; machine busy {cores['machine']:.2f}. Load average "
            f"{load_before[0]:.2f} before, {load_after[0]:.2f} after."
        )
        p95 = _ms(total, "95%") or 0
        failures = int(total.get("Failure Count") or 0)
        print(
            f"goal p95 < {P95_GOAL_MS} ms: {'met' if p95 < P95_GOAL_MS else 'NOT met'} "
            f"({p95:.0f} ms); errors: {failures}; {float(total.get('Requests/s') or 0):.1f} "
            f"requests/s; wall {elapsed:.0f} s"
        )
        figures = {
            "load p95 ms": (p95, _ms(baseline, "95%")),
            "load p50 ms": (_ms(total, "50%"), _ms(baseline, "50%")),
            "load requests/s": (
                round(float(total.get("Requests/s") or 0), 1),
                round(float(baseline.get("Requests/s") or 0), 1) if baseline else None,
            ),
            "load errors": (failures, 0),
            "load reviews lost": (reviews["lost"], 0),
            "load reviews doubled": (reviews["doubled"], 0),
        }
        if samples:
            # The warm-up: logins, the first cards, templates and caches filling. The
            # import a third of the way in falls after it in the soak, so it counts.
            warm_up = (
                options.warm_up if options.warm_up is not None else min(120, options.seconds // 3)
            )
            growth, text = memory_report(samples, warm_up)
            figures["worker memory growth %"] = (round(growth, 1), None)
            print(text)
        report_figures(figures, prefix=f"{len(hosts)} host(s), {options.seconds} s: ")
    finally:
        for process in processes:
            stop(process)
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
