# Dokkai: `make run` serves the demo on $HOST:$PORT (127.0.0.1:8000); `make test` runs ruff and the whole suite.
SHELL := /bin/bash
# uv from PATH, or where `pip install --user` puts it (the `uv` target below).
UV := $(shell command -v uv 2>/dev/null || echo "$$(python3 -m site --user-base)/bin/uv")
RUN := $(UV) run --frozen
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint sync uv migrate demo browser-deps messages serve check-deploy bench load soak

uv:
	@test -x "$(UV)" || python3 -m pip install --user --quiet uv \
		|| python3 -m pip install --user --quiet --break-system-packages uv

sync: uv
	$(UV) sync --frozen

migrate: sync
	$(RUN) python manage.py migrate --no-input

# DEBUG on: the demo accounts may be reset to their public passwords (never with DEBUG off).
demo: migrate
	DEBUG=$${DEBUG:-1} $(RUN) python manage.py load_demo

# `make run PORT=8001` or `HOST=0.0.0.0 PORT=8001 make run`: where the server listens.
HOST ?= 127.0.0.1
PORT ?= 8000

# The server and, beside it, a db_worker that generates questions in the background;
# the worker stops when the server does (Ctrl-C or an error).
run: demo
	@export DEBUG=$${DEBUG:-1}; \
	.venv/bin/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(RUN) python manage.py runserver $(HOST):$(PORT)

lint: sync
	$(RUN) ruff check .
	$(RUN) ruff format --check .

# Browser tests need Debian's Chromium and a Japanese font; install them when missing.
browser-deps:
	@if [ ! -x $(CHROMIUM) ] || ! fc-list 2>/dev/null | grep -qiE "noto (sans|serif) cjk|ipagothic|ipaexgothic"; then \
		echo "Installing chromium and a Japanese font with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

test: lint browser-deps
	$(RUN) pytest

messages: sync
	$(RUN) python manage.py makemessages -l ja -l en --no-location --no-wrap --ignore=.venv --ignore=staticfiles
	$(RUN) python manage.py compilemessages --ignore=.venv

check-deploy: sync
	DEBUG=0 SECRET_KEY=$$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))') HTTPS=1 \
		ALLOWED_HOSTS=dokkai.example CSRF_TRUSTED_ORIGINS=https://dokkai.example \
		$(RUN) python manage.py check --deploy --fail-level WARNING

# Benchmarks: every bench/*.py, then one table of figures against same-run baselines.
bench: sync
	$(RUN) python bench/all.py

# Load test (root: it runs a throwaway PostgreSQL 15 as postgres, gunicorn and locust on 127.0.0.1).
load: sync
	$(RUN) python bench/load.py --seconds 60

soak: sync
	$(RUN) python bench/load.py --seconds 600 --memory
