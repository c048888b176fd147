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

Python's GIL switch interval stays at its default (5 ms). Cutting it to 0.5 ms in
each worker, so that a thread back from PostgreSQL gets the GIL sooner, measured
worse on a quiet machine: `make load` p95 110 and 120 ms against 99 and 100 ms at
5 ms, alternated (the closing note of the session that tried it).
"""

worker_class = "gthread"
threads = 4
# Longer than a learner thinks between two requests (3–10 s), so that a browser or a
# load balancer reuses its connection rather than meeting one the server is closing.
keepalive = 75
timeout = 60
