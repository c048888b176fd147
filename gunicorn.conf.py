"""gunicorn's settings for Dokkai, read from the working directory (`gunicorn config.wsgi`).

Threads, not only processes: a request spends part of its time waiting for
PostgreSQL, and another thread of the same worker serves the next request
meanwhile. Under `make load` with the 2 cores also busy with other work, 2 sync
workers saturated at 27 requests/s (p50 1.6 s) where 2 workers × 4 threads served
the same learners at 43 requests/s (p50 0.1 s). With the cores less busy the two
were within the run-to-run noise; threads also keep idle connections open cheaply.
Each thread keeps its own database connection (CONN_MAX_AGE): PostgreSQL needs
hosts × workers × threads connections, plus one per db_worker.

Set the number of workers with WEB_CONCURRENCY (about one per core) or --workers.

The GIL's switch interval is cut from Python's 5 ms to 0.5 ms in each worker. A
study request makes 10–18 round trips to PostgreSQL; PostgreSQL answers each in
well under a millisecond (pg_stat_statements during `make load`), but the thread
then needs its process's GIL back, and while another thread of the worker is
rendering a page it waited up to the whole interval, every round trip. Under
`make load` (2 workers × 4 threads) waiting, for the GIL or on a busy machine for
a core, made most of a rating's time, not PostgreSQL nor the view's own CPU
(20–35 ms): see bench/load.py's "inside gunicorn" table and bench/load_gil.py.
DOKKAI_SWITCH_INTERVAL_MS changes it.
"""

import os
import sys

worker_class = "gthread"
threads = 4
# Longer than a learner thinks between two requests (3–10 s), so that a browser or a
# load balancer reuses its connection rather than meeting one the server is closing.
keepalive = 75
timeout = 60


# Not a gunicorn setting (gunicorn skips unknown names): post_fork applies it.
SWITCH_INTERVAL_MS = float(os.environ.get("DOKKAI_SWITCH_INTERVAL_MS", "0.5"))


def post_fork(server, worker) -> None:
    """In each worker: a thread back from PostgreSQL gets the GIL within the interval."""
    sys.setswitchinterval(SWITCH_INTERVAL_MS / 1000)
