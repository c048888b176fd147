"""Issue 9, blind round 73: a blank's prompt never cut inside a quotation, and three words
too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import _blank_prompt


def test_a_blank_before_a_quotation_is_shown_with_the_whole_quotation():
    # A long sentence's prompt was cut after the quotation's first sentence, its 「 left
    # open (73a): the prompt is then the whole sentence.
    text = (
        "昨年、練習中の生徒2人が救急車で運ばれた県立北原高校の佐々木校長は、「これまでは、"
        "練習を続けるかどうかを顧問の経験と勘に頼るところが大きかった。数値で基準が示されれば、"
        "現場で迷うことは確実に減るはずだ」と話す。"
    )
    span = next(s for s in find_spans(text, tokenize(text)) if s.text == "2人")
    prompt = _blank_prompt(text, span)
    assert prompt.count("「") == prompt.count("」") and prompt.endswith("と話す。")
    # An interview answer's own sentence still goes alone.
    text = (
        "「最初の年は2人で始めました。それから少しずつ仲間が増えて、今では近所の十数人が毎朝この畑に"
        "集まって、草取りや水やり、収穫の作業を一緒にしています。本当にありがたいことだと思っています」"
    )
    span = next(s for s in find_spans(text, tokenize(text)) if s.text == "2人")
    assert _blank_prompt(text, span).startswith("最初の年は")


@pytest.mark.parametrize("word", ["体育館", "向かう", "玄関"])
def test_words_round_73_called_too_easy(word):
    assert is_basic_word(word)
