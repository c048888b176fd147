"""URLs formatted from a remembered reversal are the ones reverse() builds, or its error."""

import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from config.url_formats import formatted_reverse

SLUGS = ["港の灯台-100", "a b", "50%off", "what?", "x#y", "é:@~!$&'()*+,;=", "ab", "-"]


def same(name: str, **kwargs) -> None:
    try:
        expected = reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        with pytest.raises(NoReverseMatch):
            formatted_reverse(name, **kwargs)
        return
    assert formatted_reverse(name, **kwargs) == expected


@pytest.mark.parametrize("slug", [*SLUGS, "", "a/b", "nul\x00"])
def test_a_slug_is_formatted_as_reverse_quotes_it(slug):
    same("quizzes:reader", slug=slug)
    same("quizzes:study", deck_kind="article", deck_key=slug)


@pytest.mark.parametrize("pk", [0, 7, 8_675_309_000, 10**12, -1])
def test_a_key_is_formatted_as_reverse_writes_it(pk):
    same("content:question_flag", pk=pk)
    same("quizzes:word", sentence_id=pk, index=3)


@given(st.text(max_size=12), st.integers(min_value=-5, max_value=10**9))
def test_any_value(text, number):
    same("quizzes:reader", slug=text)
    same("quizzes:study", deck_kind=text, deck_key=str(number))
    same("content:question_flag", pk=number)


def test_under_a_script_prefix_and_in_each_language():
    try:
        for prefix in ("/", "/sub/", "/日本/"):
            set_script_prefix(prefix)
            for language in ("ja", "en"):
                with translation.override(language):
                    for slug in SLUGS:
                        same("quizzes:reader", slug=slug)
                    same("content:question_flag", pk=12)
    finally:
        clear_script_prefix()


def test_values_of_other_types_go_through_reverse():
    same("content:question_flag", pk=True)
    same("content:question_flag", pk=2.0)
    with pytest.raises(NoReverseMatch):
        formatted_reverse("content:question_flag", pk="x")
    with pytest.raises(NoReverseMatch):
        formatted_reverse("content:question_flag")
