"""Reproducible draws: the same seed over the same pool always gives the same questions."""

import random
import secrets

SEED_BITS = 62


def new_seed() -> int:
    return secrets.randbits(SEED_BITS)


def draw(*, pool: list[int], seed: int, count: int) -> list[int]:
    """`count` question ids from the pool, in the order shown, determined by the seed alone.

    The pool is sorted first, so the draw does not depend on the order the
    database happens to return rows in.
    """
    ordered = sorted(set(pool))
    return random.Random(seed).sample(ordered, min(count, len(ordered)))
