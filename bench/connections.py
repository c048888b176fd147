"""What a persistent database connection saves: opening a PostgreSQL connection for a
request, beside a round trip on one already open, on a throwaway PostgreSQL 15 on 127.0.0.1.

Each of 200 rounds opens a connection, runs `SELECT 1` and closes it, then runs
`SELECT 1` on a connection kept open (as each gunicorn thread keeps one, CONN_MAX_AGE).
Run as root, like bench/load.py: `uv run python bench/connections.py`.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import PG_BIN, Cluster
from bench.setup import report_figures, table

ROUNDS = 200


def percentile(values: list[float], fraction: float) -> float:
    return sorted(values)[max(0, round(len(values) * fraction) - 1)] * 1000


def main() -> None:
    if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
        sys.exit(
            "bench/connections.py needs root (to run PostgreSQL as postgres) and postgresql-15"
        )
    import psycopg

    cluster = Cluster()
    try:
        opened, reused = [], []
        with psycopg.connect(cluster.url) as kept:
            for _ in range(ROUNDS):
                started = time.perf_counter()
                with psycopg.connect(cluster.url) as fresh:
                    fresh.execute("SELECT 1").fetchone()
                opened.append(time.perf_counter() - started)
                started = time.perf_counter()
                kept.execute("SELECT 1").fetchone()
                reused.append(time.perf_counter() - started)
    finally:
        cluster.stop()
    rows = [
        (name, f"{percentile(values, 0.5):.2f} ms", f"{percentile(values, 0.95):.2f} ms")
        for name, values in (
            ("new connection + SELECT 1 + close", opened),
            ("SELECT 1 on an open connection", reused),
        )
    ]
    print(table(rows, ("per request", "p50", "p95")))
    print(f"\n{ROUNDS} rounds; load average {os.getloadavg()[0]:.2f}")
    report_figures(
        {
            "new PostgreSQL connection, p50 (ms)": (
                round(percentile(opened, 0.5), 2),
                round(percentile(reused, 0.5), 2),
            )
        }
    )


if __name__ == "__main__":
    main()
