"""Fuzzing the answer normalizer, the grader and the study loop's answer and rate posts."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.analysis.normalize import normalize_answer
from content.models import Question, QuestionKind
from quizzes.grading import BIDI_CONTROLS, MAX_RESPONSE_CHARS, InvalidResponse, grade
from quizzes.models import ReviewLog
from tests.factories import make_article, make_user
from tests.quizzes.study_helpers import HTMX, deck_url

# Keys as an article holds them: no surrogates, and no control characters, which the
# importer never stores and the grader refuses in a response.
ANSWERS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda text: text.strip() and normalize_answer(text) and not BIDI_CONTROLS & set(text))


@settings(max_examples=500)
@given(text=st.text(), reading=st.booleans())
def test_fuzz_normalize_never_fails_and_is_stable(text, reading):
    normalized = normalize_answer(text, reading=reading)
    assert isinstance(normalized, str)
    assert not any(char.isspace() for char in normalized)
    assert normalize_answer(normalized, reading=reading) == normalized


@settings(max_examples=300)
@given(
    answer=ANSWERS,
    response=st.text(max_size=MAX_RESPONSE_CHARS + 20),
    kind=st.sampled_from([QuestionKind.CLOZE, QuestionKind.READING]),
)
def test_fuzz_grading_accepts_the_answer_and_never_fails(answer, response, kind):
    question = Question(kind=kind, answer=answer, accepted_answers=[], choices=[])
    assert grade(question, answer).correct
    assert grade(question, f" {answer}\u3000").correct
    try:
        result = grade(question, response)
    except InvalidResponse:
        return
    assert result.correct == (
        normalize_answer(response, reading=kind == QuestionKind.READING)
        == normalize_answer(answer, reading=kind == QuestionKind.READING)
    )


@pytest.mark.django_db
def test_fuzz_answer_and_rate_with_a_real_token(client):
    learner = make_user()
    article = make_article()
    client.force_login(learner)
    url = deck_url(article)
    shown = client.get(url, headers=HTMX).context

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(response=st.text(max_size=60), rating=st.one_of(st.integers(-2, 6), st.text(max_size=3)))
    def run(response, rating):
        before = ReviewLog.objects.count()
        answered = client.post(
            url + "answer/", {"token": shown["token"], "response": response}, headers=HTMX
        )
        assert answered.status_code < 500
        graded = (answered.context or {}).get("graded_token")
        if graded is None:
            assert ReviewLog.objects.count() == before
            return
        rated = client.post(url + "rate/", {"graded": graded, "rating": rating}, headers=HTMX)
        assert rated.status_code < 500
        # One shown card records at most one review, whatever is posted after it.
        assert ReviewLog.objects.count() - before in (0, 1)
        assert ReviewLog.objects.filter(card__user=learner).count() <= 1

    run()
