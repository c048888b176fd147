"""gunicorn.conf.py: what each worker sets up after the fork."""

import runpy
import sys
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@pytest.fixture
def restore_switch_interval():
    interval = sys.getswitchinterval()
    yield
    sys.setswitchinterval(interval)


def test_each_worker_hands_the_gil_over_within_half_a_millisecond(
    monkeypatch, restore_switch_interval
):
    monkeypatch.delenv("DOKKAI_SWITCH_INTERVAL_MS", raising=False)
    config = runpy.run_path(str(CONFIG))
    config["post_fork"](server=None, worker=None)
    assert sys.getswitchinterval() == pytest.approx(0.0005)


def test_the_switch_interval_can_be_set_from_the_environment(monkeypatch, restore_switch_interval):
    monkeypatch.setenv("DOKKAI_SWITCH_INTERVAL_MS", "5")
    config = runpy.run_path(str(CONFIG))
    config["post_fork"](server=None, worker=None)
    assert sys.getswitchinterval() == pytest.approx(0.005)
