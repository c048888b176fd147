"""Grading a learner's response on the server, and the rating it suggests."""

from dataclasses import dataclass

from content.analysis.normalize import normalize_answer
from content.models import Question, QuestionKind
from quizzes.models import Rating

MAX_RESPONSE_CHARS = 300
# A right answer slower than this suggests Hard rather than Good.
SLOW_ANSWER_MS = 20_000


class InvalidResponse(ValueError):
    """A response that cannot be graded: empty, too long, or not one of the options."""


@dataclass(frozen=True)
class Grade:
    correct: bool
    response: str


def grade(question: Question, response: str) -> Grade:
    response = response.strip()
    if not response:
        raise InvalidResponse("empty")
    if len(response) > MAX_RESPONSE_CHARS:
        raise InvalidResponse("too long")
    if question.choices and _must_choose(question):
        if response not in question.choices:
            raise InvalidResponse("not an option")
        return Grade(correct=response == question.answer, response=response)
    reading = question.kind == QuestionKind.READING
    typed = normalize_answer(response, reading=reading)
    accepted = {
        normalize_answer(answer, reading=reading)
        for answer in [question.answer, *question.accepted_answers]
    }
    return Grade(correct=typed in accepted, response=response)


def _must_choose(question: Question) -> bool:
    # Choice, true/false and which-section questions are answered by an option;
    # reading and wh questions with options also accept a typed answer.
    return question.kind in {QuestionKind.CHOICE, QuestionKind.TRUEFALSE, QuestionKind.SECTION}


def suggested_rating(*, correct: bool, duration_ms: int) -> Rating:
    if not correct:
        return Rating.AGAIN
    return Rating.HARD if duration_ms > SLOW_ANSWER_MS else Rating.GOOD
