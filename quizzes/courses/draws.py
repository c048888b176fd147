"""Reproducible draws: the same seed over the same pool always gives the same questions."""

import random
import secrets

SEED_BITS = 62

# A pool's question: its id and its sentence's (None for a question written with none).
PoolQuestion = tuple[int, int | None]


def new_seed() -> int:
    return secrets.randbits(SEED_BITS)


def draw(*, pool: list[PoolQuestion], seed: int, count: int) -> list[int]:
    """`count` question ids from the pool, in the order shown, determined by the seed alone,
    at most one of a sentence.

    Two questions of one sentence give each other away in a quiz, as siblings would in the
    study loop: a reading question shows the sentence whose year another blanks (a walker,
    session 38). The pool is sorted first, so the draw does not depend on the order the
    database happens to return rows in.
    """
    ordered = sorted(set(pool), key=lambda question: question[0])
    drawn: list[int] = []
    sentences: set[int] = set()
    for question_id, sentence_id in random.Random(seed).sample(ordered, len(ordered)):
        if sentence_id is not None:
            if sentence_id in sentences:
                continue
            sentences.add(sentence_id)
        drawn.append(question_id)
        if len(drawn) == count:
            break
    return drawn


def most_drawn(pool: list[PoolQuestion]) -> int:
    """How many questions a draw can give: one a sentence, and each written without one."""
    return len({sentence_id for _id, sentence_id in pool if sentence_id is not None}) + sum(
        sentence_id is None for _id, sentence_id in pool
    )
