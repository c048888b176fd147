"""gunicorn's settings for Dokkai, read from the working directory (`gunicorn config.wsgi`).

Threads, not only processes: a request spends part of its time waiting for
PostgreSQL (a review's commit waits for the disk), and a thread of the same worker
serves the next request meanwhile. Under `make load` on a 2-core machine (run
back to back, with other work on it), 2 sync workers saturated at 27 requests/s
with a p50 of 1.6 s, while 2 workers × 4 threads served the same learners at 43
requests/s with a p50 of 0.1 s. Each thread keeps its own
database connection (CONN_MAX_AGE): PostgreSQL needs hosts × workers × threads
connections, plus one per db_worker.

Set the number of workers with WEB_CONCURRENCY (about one per core) or --workers.
"""

worker_class = "gthread"
threads = 4
# Longer than a learner thinks between two requests (3–10 s), so that a browser or a
# load balancer reuses its connection rather than meeting one the server is closing.
keepalive = 75
timeout = 60
