"""Issue 9, blind round 30: a wh-question that made an event the holder of itself
(「試乗会が…開催するのは」), and 当社 carried into a question. Each text is our own."""

import pytest

from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.clefts import cleft_question


def _span(text, answer):
    return next(span for span in find_spans(text, tokenize(text)) if span.text == answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("試乗会は、2025年11月20日に横浜市内のテストコースで開催します。", "2025年11月20日"),
        ("新工場は2027年に稼働しました。", "2027年"),
    ],
)
def test_a_topic_an_active_verb_of_action_takes_is_not_made_its_subject(text, answer):
    assert cleft_question(text, _span(text, answer)) is None


def test_a_passive_or_an_object_of_its_own_keeps_the_question():
    passive = "日本銀行は1882年に設立された。"
    assert (
        cleft_question(passive, _span(passive, "1882年"))
        == "日本銀行が設立されたのは、いつですか。"
    )
    with_object = "新工場は2027年に操業を開始した。"
    assert cleft_question(with_object, _span(with_object, "2027年")) == (
        "新工場が操業を開始したのは、いつですか。"
    )


def test_the_companys_own_word_for_itself_is_no_subject_of_a_question():
    text = "当社は2024年に新しい工場を建てた。"
    assert cleft_question(text, _span(text, "2024年")) is None
