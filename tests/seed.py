"""The seed article lives outside the repository (its text is not ours); tests skip without it."""

from pathlib import Path

import pytest

SEED_PATH = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_b2841ae653b59656.txt"


def seed_text() -> str:
    if not SEED_PATH.exists():
        pytest.skip(
            f"the seed article is not at {SEED_PATH} (CI copies ../shared beside the clone)"
        )
    return SEED_PATH.read_text(encoding="utf-8")
