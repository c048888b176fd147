"""Signed tokens that travel with a shown card and with a graded answer.

A token names the question and the number of reviews its card had when it was
shown; a review is recorded only while that number still matches, so a
replayed, double-clicked or stale POST records nothing twice.
"""

from dataclasses import asdict, dataclass
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


def sign_shown(shown: ShownCard) -> str:
    return signing.dumps(asdict(shown), salt=SHOWN_SALT, compress=True)


def read_shown(token: str, *, user_id: int) -> ShownCard:
    try:
        shown = ShownCard(**signing.loads(token, salt=SHOWN_SALT))
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise BadToken from error
    if shown.user_id != user_id:
        raise BadToken
    return shown


def sign_graded(answer: GradedAnswer) -> str:
    return signing.dumps(asdict(answer), salt=GRADED_SALT, compress=True)


def read_graded(token: str, *, user_id: int) -> GradedAnswer:
    try:
        data = signing.loads(token, salt=GRADED_SALT)
        answer = GradedAnswer(**{**data, "shown": ShownCard(**data["shown"])})
    except (signing.BadSignature, TypeError, ValueError, KeyError) as error:
        raise BadToken from error
    if answer.shown.user_id != user_id:
        raise BadToken
    return answer
