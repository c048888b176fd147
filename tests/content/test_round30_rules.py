"""Issue 9, blind round 30: a wh-question that made an event the holder of itself
(「試乗会が…開催するのは」), 当社 carried into a question, and a count its heading spells in
kanji. Each text is our own."""

import pytest

from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice
from content.generation.clefts import cleft_question
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article


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


@pytest.mark.django_db
def test_a_count_its_heading_spells_in_kanji_is_not_asked():
    text = "# 地元の野菜\n\n## 十二軒の農家との約束\n\n店は、近くにある12軒の農家と契約している。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "店は")
    assert build_choice(item, span_of(item, "12軒"), corpus) is None


@pytest.mark.django_db
def test_an_eras_date_meets_dates_whose_years_are_spelt_alike():
    text = (
        "# 宿場\n\n## 終わり\n\n明治3年（1870年）に本陣が閉じた。\n明治4年（1871年）に問屋場が縮んだ。\n"
        "明治五年（1872年）に宿駅制度が廃止された。\n明治6年（1873年）に鉄道の計画が出た。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "明治五年")
    span = span_of(item, "明治五年（1872年）")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=6)
    assert not any(option[2].isdigit() for option in options), options
