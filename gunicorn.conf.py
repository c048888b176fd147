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
"""

worker_class = "gthread"
threads = 4
# Longer than a learner thinks between two requests (3–10 s), so that a browser or a
# load balancer reuses its connection rather than meeting one the server is closing.
keepalive = 75
timeout = 60
