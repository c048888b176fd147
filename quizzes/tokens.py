"""Signed tokens that travel with a shown card and with a graded answer.

A token names the question and the number of reviews its card had when it was
shown; a review is recorded only while that number still matches, so a
replayed, double-clicked or stale POST records nothing twice.

A token is its values as a JSON list, signed by Django's `Signer` (HMAC-SHA256 with a key
salted for each kind of token): no timestamp, which nothing read, and no compression,
which such a short list does not need; 11 µs to sign or read instead of 20 to 30.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core import signing

SHOWN_SALT = "dokkai.study.shown"
GRADED_SALT = "dokkai.study.graded"
# A card left on screen longer than this still counts, but its duration is capped.
MAX_DURATION_MS = 10 * 60 * 1000


class BadToken(ValueError):
    pass


@dataclass(frozen=True)
class ShownCard:
    user_id: int
    question_id: int
    reps: int
    shown_at: float  # POSIX seconds

    def duration_ms(self, now: datetime) -> int:
        return max(0, min(MAX_DURATION_MS, int((now.timestamp() - self.shown_at) * 1000)))


@dataclass(frozen=True)
class GradedAnswer:
    shown: ShownCard
    response: str
    correct: bool | None
    duration_ms: int


def _sign(values: tuple, *, salt: str) -> str:
    return signing.Signer(salt=salt).sign_object(values)


def _read(token: str, *, salt: str) -> list:
    try:
        values = signing.Signer(salt=salt).unsign_object(token)
    except (signing.BadSignature, ValueError) as error:  # a bad signature, or no JSON
        raise BadToken from error
    if not isinstance(values, list):
        raise BadToken
    return values


def _shown_values(shown: ShownCard) -> tuple:
    return (shown.user_id, shown.question_id, shown.reps, shown.shown_at)


def sign_shown(shown: ShownCard) -> str:
    return _sign(_shown_values(shown), salt=SHOWN_SALT)


def read_shown(token: str, *, user_id: int) -> ShownCard:
    try:
        shown = ShownCard(*_read(token, salt=SHOWN_SALT))
    except TypeError as error:
        raise BadToken from error
    if shown.user_id != user_id:
        raise BadToken
    return shown


def sign_graded(answer: GradedAnswer) -> str:
    values = (_shown_values(answer.shown), answer.response, answer.correct, answer.duration_ms)
    return _sign(values, salt=GRADED_SALT)


def read_graded(token: str, *, user_id: int) -> GradedAnswer:
    try:
        shown, *rest = _read(token, salt=GRADED_SALT)
        answer = GradedAnswer(ShownCard(*shown), *rest)
    except (TypeError, ValueError) as error:
        raise BadToken from error
    if answer.shown.user_id != user_id:
        raise BadToken
    return answer
