"""Why a gunicorn worker's threads wait for the GIL after each PostgreSQL round trip.

A model of one worker under `make load`, without Django: 4 threads, each with its own
connection to a throwaway PostgreSQL 15 (bench/load.py's), serve "requests" shaped
like a rating: 15 round trips (SELECT 1) with 0.7 ms of Python between them, then
10 ms of Python in one piece (the rendering), with exponential pauses between
requests so that the process is busy about a third of the time, as each of the 2
workers was. It alternates Python's default switch interval (5 ms) with gunicorn.conf.py's
(0.5 ms), several rounds each, so that both meet the same machine, and prints the
requests' p50 / p95 and the time their round trips took.

First, the mechanism alone, without PostgreSQL: a 0.2 ms sleep (a round trip that
releases the GIL) timed alone and beside one thread running Python.

    uv run python bench/load_gil.py [--rounds 4] [--seconds 8]   (root, like load.py)
"""

import argparse
import os
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg

from bench.load import PG_BIN, Cluster, _percentile
from bench.setup import report_figures, table

THREADS = 4
ROUND_TRIPS = 15
BETWEEN_MS = 0.7
RENDER_MS = 10.0
PAUSE_MS = 180.0  # mean pause per thread: 4 threads × ~22 ms of work ≈ a third of a core


def spin(milliseconds: float) -> None:
    """Hold the GIL doing Python work for about this long."""
    until = time.thread_time() + milliseconds / 1000
    while time.thread_time() < until:
        sum(range(50))


def _running_python(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(range(50))


def wake_ups(interval_ms: float, *, beside_python: bool, times: int = 300) -> list[float]:
    """How long a 0.2 ms sleep takes, in ms, until the thread runs Python again."""
    sys.setswitchinterval(interval_ms / 1000)
    stop = threading.Event()
    other = threading.Thread(target=_running_python, args=(stop,))
    if beside_python:
        other.start()
    taken = []
    for _ in range(times):
        started = time.perf_counter()
        time.sleep(0.0002)
        taken.append((time.perf_counter() - started) * 1000)
    stop.set()
    if beside_python:
        other.join()
    return taken


def serve(url: str, until: float, requests: list, round_trips: list, seed: int) -> None:
    pause = random.Random(seed)
    with psycopg.connect(url, autocommit=True) as connection:
        while time.monotonic() < until:
            time.sleep(pause.expovariate(1000 / PAUSE_MS))
            started = time.perf_counter()
            waited = 0.0
            for _trip in range(ROUND_TRIPS):
                sent = time.perf_counter()
                connection.execute("SELECT 1").fetchone()
                waited += time.perf_counter() - sent
                spin(BETWEEN_MS)
            spin(RENDER_MS)
            requests.append((time.perf_counter() - started) * 1000)
            round_trips.append(waited * 1000)


def measure(url: str, interval_ms: float, seconds: float) -> tuple[list, list]:
    sys.setswitchinterval(interval_ms / 1000)
    requests: list[float] = []
    round_trips: list[float] = []
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=serve, args=(url, until, requests, round_trips, n))
        for n in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return requests, round_trips


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=8)
    options = parser.parse_args()
    if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
        sys.exit("bench/load_gil.py needs root (to run PostgreSQL as postgres) and postgresql-15")
    default = sys.getswitchinterval() * 1000
    wakes: dict[tuple[float, bool], list[float]] = {}
    for _round in range(options.rounds):
        for interval in (default, 0.5):
            for beside in (False, True):
                wakes.setdefault((interval, beside), []).extend(
                    wake_ups(interval, beside_python=beside)
                )
    print("A 0.2 ms sleep (releases the GIL), then Python again, p50 / p95 ms:")
    print(
        table(
            [
                (
                    f"{interval:g} ms",
                    "beside a thread running Python" if beside else "alone",
                    f"{_percentile(taken, 0.5):.2f} / {_percentile(taken, 0.95):.2f}",
                )
                for (interval, beside), taken in wakes.items()
            ],
            ("switch interval", "thread", "sleep p50 / p95"),
        )
    )
    cluster = Cluster()
    try:
        url = cluster.url
        results = {default: ([], []), 0.5: ([], [])}
        for _round in range(options.rounds):
            for interval in results:
                requests, round_trips = measure(url, interval, options.seconds)
                results[interval][0].extend(requests)
                results[interval][1].extend(round_trips)
        rows = []
        for interval, (requests, round_trips) in results.items():
            rows.append(
                (
                    f"{interval:g} ms",
                    len(requests),
                    f"{_percentile(requests, 0.5):.1f} / {_percentile(requests, 0.95):.1f}",
                    f"{_percentile(round_trips, 0.5):.1f} / {_percentile(round_trips, 0.95):.1f}",
                )
            )
        print(
            f"One worker modelled: {THREADS} threads, requests of {ROUND_TRIPS} round trips "
            f"to PostgreSQL with {BETWEEN_MS} ms of Python between and {RENDER_MS:g} ms after; "
            f"{options.rounds} rounds of {options.seconds:g} s per switch interval, alternating."
        )
        print(
            table(
                rows,
                ("switch interval", "requests", "request p50 / p95 ms", "round trips p50 / p95"),
            )
        )
        (ours, _), (python, _) = results[0.5], results[default]
        report_figures(
            {
                "modelled worker request p95 ms, 0.5 ms switch": (
                    round(_percentile(ours, 0.95), 1),
                    round(_percentile(python, 0.95), 1),
                ),
                "modelled worker request p50 ms, 0.5 ms switch": (
                    round(_percentile(ours, 0.5), 1),
                    round(_percentile(python, 0.5), 1),
                ),
            }
        )
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
