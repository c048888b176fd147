"""A cleft where a topic follows the opening time, or a phrase of place or means ends at a
comma, and a figure after its change on the year before: more sentences ask 「…のは、いつ
ですか。」 or 「…は、いくらでしたか。」 and state the fact in other words (issue 9: true
statements in other words were too few for every section to have four kinds). Each text is
our own."""

import pytest

from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.clefts import (
    TIME_TYPES,
    cleft_question,
    cleft_statement,
    measure_question,
    measure_statement,
)


def _year(text: str):
    return next(s for s in find_spans(text, tokenize(text)) if s.type in TIME_TYPES)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # The topic after the opening time is the subject, and the first of its events is dated.
        (
            "1978年、組合は新しい魚市場を開き、漁獲の半分を町で売った。",
            "組合が新しい魚市場を開いたのは、いつですか。",
        ),
        (
            "町の人口は1985年に1万人を割り込み、駅前の店は次々と閉じた。",
            "町の人口が1万人を割り込んだのは、いつですか。",
        ),
        # A comma after a means, no verb in it, leaves one clause.
        (
            "2005年、研究班は小型のレーダーで、巣を出たハチの経路を追った。",
            "研究班が小型のレーダーで、巣を出たハチの経路を追ったのは、いつですか。",
        ),
    ],
)
def test_a_cleft_reaches_past_the_topic_and_a_phrase_of_means(text, question):
    assert cleft_question(text, _year(text)) == question


def test_the_same_cleft_states_the_fact_true_or_false():
    text = "1978年、組合は新しい魚市場を開き、漁獲の半分を町で売った。"
    assert (
        cleft_statement(text, _year(text), "1978年")
        == "組合が新しい魚市場を開いたのは、1978年です。"
    )


@pytest.mark.parametrize(
    "text",
    [
        # The time dates the clause before the comma (the store's opening), not the drop.
        "2003年に郊外に大きな店ができてから、目に見えて客が減った。",
        # What became a cultural property? The sentence before says.
        "2019年には、明治期の灯台として貴重であることから、国の文化財となった。",
        # Who, he and the two? The sentence before says.
        "彼は1940年代、砂糖水の皿を巣から離れた場所に置いた。",
        "二人は1924年、学生に短い音節の並びを覚えさせた。",
        # The first clause is the plan's content: announced in 1891, not dug then (session 24).
        "技師の森は1891年、川の下に水路を掘り、町に水を引くという計画を発表した。",
    ],
)
def test_no_cleft_where_the_time_or_the_subject_is_another_clauses(text):
    assert cleft_question(text, _year(text)) is None


def test_a_figure_after_its_change_is_still_its_topics():
    text = "預金残高は前期比1.9%増の4兆2350億円だった。"
    span = next(s for s in find_spans(text, tokenize(text)) if s.type == SpanType.AMOUNT)
    assert measure_question(text, span) == "預金残高は、いくらでしたか。"
    assert measure_statement(text, span, "3兆9000億円") == "預金残高は、3兆9000億円でした。"
    # A change of another kind is no attribute of the topic: no question.
    text = "預金残高は前期比1.9%の伸びの4兆2350億円だった。"
    span = next(s for s in find_spans(text, tokenize(text)) if s.type == SpanType.AMOUNT)
    assert measure_question(text, span) is None


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("回収したごみは約2.4トンで、昨年より3割少なかった。", "回収したごみは、何トンですか。"),
        ("新しい橋は全長320メートルだ。", "新しい橋の全長は、何メートルですか。"),
        ("台風による欠航は6日間に上った。", "台風による欠航は、何日間でしたか。"),
        ("寄贈された本は1,500冊だった。", "寄贈された本は、何冊でしたか。"),
    ],
)
def test_a_measure_of_length_weight_time_or_things_is_asked_with_its_counter(text, question):
    # More wh-questions for sections of four kinds: a measure any unit counts (session 21).
    span = next(s for s in find_spans(text, tokenize(text)) if s.type == SpanType.COUNT)
    assert measure_question(text, span) == question


@pytest.mark.parametrize(
    ("text", "asked", "question"),
    [
        (
            "設計を担当したのは、東京の建築家の森川沙織さん（48）だ。",
            "森川沙織",
            "設計を担当したのは、誰ですか。",
        ),
        (
            "県が航空会社への働きかけを始めたのは、2018年のことだった。",
            "2018年",
            "県が航空会社への働きかけを始めたのは、いつですか。",
        ),
        # Two people, one asked; a time the focus goes on from: no question.
        ("店を営むのは、三代目の竹内修さんと妻の由紀子さんです。", "由紀子", None),
        ("全30基がそろうのは2031年3月になる見通しである。", "2031年3月", None),
    ],
)
def test_a_sentence_written_as_a_cleft_asks_its_focus(text, asked, question):
    # More wh-questions for sections of four kinds (session 21).
    span = next(s for s in find_spans(text, tokenize(text)) if s.text == asked)
    assert cleft_question(text, span) == question


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "天平13年（741年）、聖武天皇は全国に国分寺を建てるよう命じた。",
            "聖武天皇が全国に国分寺を建てるよう命じたのは、いつですか。",
        ),
        (
            "高森ハルは、明治32年（1899年）、長野県の小さな農村に生まれた。",
            "高森ハルが長野県の小さな農村に生まれたのは、いつですか。",
        ),
    ],
)
def test_an_eras_date_with_its_western_year_in_brackets_is_asked_whole(text, question):
    # The brackets are the date's own, and go with it (session 22: more wh-questions for
    # sections of four kinds; before, any bracket in the sentence ruled the cleft out).
    assert cleft_question(text, _year(text)) == question


def test_a_bracket_outside_the_date_still_rules_the_cleft_out():
    text = "天平13年（741年）、聖武天皇は国分寺（こくぶんじ）を建てるよう命じた。"
    assert cleft_question(text, _year(text)) is None
