import pytest

from content.models import Question, QuestionKind
from quizzes.grading import InvalidResponse, grade, suggested_rating
from quizzes.models import Rating


def question(kind=QuestionKind.CLOZE, answer="LLaMA 4", accepted=(), choices=()):
    return Question(
        kind=kind, answer=answer, accepted_answers=list(accepted), choices=list(choices)
    )


@pytest.mark.parametrize("typed", ["LLaMA 4", "llama 4", "ＬＬａＭＡ　４", " LLaMA4 ", "LLaMA 4。"])
def test_typed_answers_are_normalized(typed):
    assert grade(question(), typed).correct


def test_wrong_typed_answer():
    assert not grade(question(), "LLaMA 3").correct


def test_accepted_variants_count():
    assert grade(question(answer="2025年", accepted=["2025"]), "２０２５").correct


def test_readings_accept_katakana_for_hiragana():
    q = question(kind=QuestionKind.READING, answer="としょかん")
    assert grade(q, "トショカン").correct
    assert grade(q, "としょかん").correct
    assert not grade(q, "としょがん").correct
    assert not grade(question(answer="とし"), "トシ").correct, "only readings fold katakana"


def test_choices_must_be_one_of_the_options():
    q = question(
        kind=QuestionKind.CHOICE, answer="Meta", choices=["Meta", "OpenAI", "Android", "iOS"]
    )
    assert grade(q, "Meta").correct
    assert not grade(q, "OpenAI").correct
    with pytest.raises(InvalidResponse):
        grade(q, "Google")


@pytest.mark.parametrize("bad", ["", "   ", "あ" * 301])
def test_empty_and_absurdly_long_answers_are_refused(bad):
    with pytest.raises(InvalidResponse):
        grade(question(), bad)


def test_suggested_rating():
    assert suggested_rating(correct=False, duration_ms=1000) == Rating.AGAIN
    assert suggested_rating(correct=True, duration_ms=5000) == Rating.GOOD
    assert suggested_rating(correct=True, duration_ms=60_000) == Rating.HARD
