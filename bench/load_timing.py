"""Where a request's time goes inside gunicorn, for `bench/load.py` (bench only).

A middleware that writes one line per request to DOKKAI_LOAD_TIMINGS/<pid>.tsv:
the view, its wall time, the CPU its thread used (time.thread_time), and the time
spent waiting for PostgreSQL (every query through an execute wrapper). What is
left, wall − CPU − database, is time the request was runnable but not running:
waiting for its process's GIL (another thread of the worker was running) or for a
core (the machine was busy). Locust's figures add the time a request waited to be
accepted and read, before the middleware saw it.
"""

import os
import time
from pathlib import Path

from django.db import connection

_DIRECTORY = os.environ.get("DOKKAI_LOAD_TIMINGS", "")


def _database_timer(spent: list[int]):
    def wrapper(execute, sql, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            spent[0] += time.perf_counter_ns() - started
            spent[1] += 1

    return wrapper


def request_timing(get_response):
    """Outermost middleware: the whole of Django's work on a request is inside it."""
    if not _DIRECTORY:
        return get_response
    descriptor = os.open(
        Path(_DIRECTORY) / f"{os.getpid()}.tsv", os.O_WRONLY | os.O_CREAT | os.O_APPEND
    )

    def middleware(request):
        spent = [0, 0]  # database ns, queries
        wall, cpu = time.perf_counter_ns(), time.thread_time_ns()
        with connection.execute_wrapper(_database_timer(spent)):
            response = get_response(request)
        cpu, wall = time.thread_time_ns() - cpu, time.perf_counter_ns() - wall
        match = request.resolver_match
        name = match.view_name if match else request.path
        line = f"{name}\t{wall / 1e6:.2f}\t{cpu / 1e6:.2f}\t{spent[0] / 1e6:.2f}\t{spent[1]}\n"
        os.write(descriptor, line.encode())
        return response

    return middleware
