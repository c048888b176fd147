"""A study token reads back as signed, for its learner only; any change to it is refused."""

import pytest
from django.core import signing
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from quizzes.tokens import (
    GRADED_SALT,
    SHOWN_SALT,
    BadToken,
    GradedAnswer,
    ShownCard,
    read_graded,
    read_shown,
    sign_graded,
    sign_shown,
)

SHOWN = ShownCard(user_id=12, question_id=3456, reps=10, shown_at=1764437000.123456)
GRADED = GradedAnswer(shown=SHOWN, response="1890年", correct=True, duration_ms=4000)


@given(
    st.builds(
        GradedAnswer,
        shown=st.builds(
            ShownCard,
            user_id=st.integers(1, 2**40),
            question_id=st.integers(1, 2**40),
            reps=st.integers(0, 10_000),
            shown_at=st.floats(0, 4e9),
        ),
        response=st.text(max_size=300),
        correct=st.sampled_from([True, False, None]),
        duration_ms=st.integers(0, 600_000),
    )
)
def test_tokens_read_back_as_signed(graded):
    user_id = graded.shown.user_id
    assert read_shown(sign_shown(graded.shown), user_id=user_id) == graded.shown
    assert read_graded(sign_graded(graded), user_id=user_id) == graded


def test_another_learners_token_is_refused():
    with pytest.raises(BadToken):
        read_shown(sign_shown(SHOWN), user_id=13)
    with pytest.raises(BadToken):
        read_graded(sign_graded(GRADED), user_id=13)


def test_a_shown_cards_token_is_no_graded_answer_and_the_reverse():
    with pytest.raises(BadToken):
        read_graded(sign_shown(SHOWN), user_id=12)
    with pytest.raises(BadToken):
        read_shown(sign_graded(GRADED), user_id=12)


@pytest.mark.parametrize("sign, read", [(sign_shown, read_shown), (sign_graded, read_graded)])
def test_every_changed_character_is_refused(sign, read):
    value = SHOWN if sign is sign_shown else GRADED
    token = sign(value)
    for position, character in enumerate(token):
        for other in {"A", "a", "0", "_", ":"} - {character}:
            with pytest.raises(BadToken):
                read(token[:position] + other + token[position + 1 :], user_id=12)
    for broken in ("", ":", token + "x", token[:-1], token.split(":")[0], "not-a-token"):
        with pytest.raises(BadToken):
            read(broken, user_id=12)


def test_a_token_of_the_former_format_is_refused():
    """Tokens were signing.dumps of a dict before: a card shown across a deploy has expired."""
    shown = {"user_id": 12, "question_id": 3456, "reps": 10, "shown_at": 1.0}
    with pytest.raises(BadToken):
        read_shown(signing.dumps(shown, salt=SHOWN_SALT, compress=True), user_id=12)
    graded = {"shown": shown, "response": "x", "correct": True, "duration_ms": 1}
    with pytest.raises(BadToken):
        read_graded(signing.dumps(graded, salt=GRADED_SALT, compress=True), user_id=12)


def test_a_token_signed_with_another_key_is_refused():
    with override_settings(SECRET_KEY="another key of at least fifty characters, for the test"):
        token = sign_graded(GRADED)
    with pytest.raises(BadToken):
        read_graded(token, user_id=12)


@pytest.mark.parametrize(
    "salt, values",
    [
        (SHOWN_SALT, [12, 3456]),
        (SHOWN_SALT, {"user_id": 12}),
        (SHOWN_SALT, [12, 3456, 10, 1.0, "extra"]),
        (GRADED_SALT, []),
        (GRADED_SALT, [12, "1890年", True, 4000]),
        (GRADED_SALT, [[12, 3456, 10, 1.0], "x"]),
    ],
)
def test_a_signed_token_of_the_wrong_shape_is_refused(salt, values):
    token = signing.Signer(salt=salt).sign_object(values)
    read = read_shown if salt == SHOWN_SALT else read_graded
    with pytest.raises(BadToken):
        read(token, user_id=12)
