"""Grading a learner's response on the server, and the rating it suggests.

A typed answer is right when it matches the answer or one of the question's
accepted answers once both are folded the same way: NFKC, width and case, range
marks (~ 〜 ～ － –) and a unit written once for both ends of a range
(600〜650億ドル is 600億~650億ドル). A Latin name also matches its katakana form
when JMdict glosses that form with the name (Android ↔ アンドロイド), and the reverse.
A reading typed in romaji is read as kana (roukyuuka is ろうきゅうか): the learner knew it.
"""

import re
import unicodedata
from dataclasses import dataclass

import jaconv

from content.analysis.glossary import lookup_gloss
from content.analysis.normalize import normalize_answer
from content.models import Question, QuestionKind
from quizzes.models import Rating

MAX_RESPONSE_CHARS = 300
# A right answer slower than this suggests Hard rather than Good.
SLOW_ANSWER_MS = 20_000

_RANGE_MARKS = re.compile(r"[~〜～－–—−-]")
# "600億~650億ドル" → "600~650億ドル": a unit repeated after both numbers of a range is written once.
_REPEATED_UNIT = re.compile(r"(\d[\d.,]*)([^\d~.,]+)~(\d[\d.,]*)\2")
_LATIN = re.compile(r"^[a-z0-9 .&'+-]+$")
_KATAKANA = re.compile(r"^[\u30a0-\u30ffー・]+$")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
# Bidirectional overrides and isolates: invisible, and they reorder what is shown.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class InvalidResponse(ValueError):
    """A response that cannot be graded: empty, too long, control characters, or not an option."""


@dataclass(frozen=True)
class Grade:
    correct: bool
    response: str
    # The accepted spelling the response matched, when it is not the answer as written.
    accepted: str = ""


def grade(question: Question, response: str) -> Grade:
    response = response.strip()
    if not response:
        raise InvalidResponse("empty")
    if len(response) > MAX_RESPONSE_CHARS:
        raise InvalidResponse("too long")
    if any(unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS for char in response):
        raise InvalidResponse("control characters")
    if question.choices and _must_choose(question):
        if response not in question.choices:
            raise InvalidResponse("not an option")
        return Grade(correct=response == question.answer, response=response)
    reading = question.kind == QuestionKind.READING
    typed = fold(response, reading=reading)
    # As typed, and for a reading typed in romaji, as the kana it spells.
    forms = {typed, fold(_romaji_as_kana(response), reading=True)} if reading else {typed}
    for answer in [question.answer, *question.accepted_answers]:
        if fold(answer, reading=reading) in forms or _same_name(typed, fold(answer)):
            accepted = "" if response == answer else answer
            return Grade(correct=True, response=response, accepted=accepted)
    return Grade(correct=False, response=response)


def fold(text: str, *, reading: bool = False) -> str:
    """The form in which a typed answer and an accepted one are compared."""
    text = _RANGE_MARKS.sub("~", normalize_answer(text, reading=reading))
    previous = None
    while previous != text:
        previous, text = text, _REPEATED_UNIT.sub(r"\1~\3\2", text)
    return text


_ROMAJI = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ' -]+$")


def _romaji_as_kana(response: str) -> str:
    """A reading typed in Latin letters, as hiragana (Hepburn, shimbun or shinbun alike)."""
    if not _ROMAJI.match(response):
        return response
    return jaconv.alphabet2kana(unicodedata.normalize("NFKC", response).lower().replace(" ", ""))


def _same_name(typed: str, answer: str) -> bool:
    """A Latin name and a katakana word that JMdict glosses with that name."""
    if _LATIN.match(typed) and _KATAKANA.match(answer):
        latin, katakana = typed, answer
    elif _KATAKANA.match(typed) and _LATIN.match(answer):
        latin, katakana = answer, typed
    else:
        return False
    glosses = lookup_gloss(katakana).split("; ")
    return any(
        _PARENTHESES.sub("", gloss).casefold().replace(" ", "") == latin for gloss in glosses
    )


def _must_choose(question: Question) -> bool:
    # Choice, true/false and which-section questions are answered by an option;
    # reading and wh questions with options also accept a typed answer.
    return question.kind in {QuestionKind.CHOICE, QuestionKind.TRUEFALSE, QuestionKind.SECTION}


def suggested_rating(*, correct: bool, duration_ms: int) -> Rating:
    if not correct:
        return Rating.AGAIN
    return Rating.HARD if duration_ms > SLOW_ANSWER_MS else Rating.GOOD
