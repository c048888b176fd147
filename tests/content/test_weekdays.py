"""Days of the week: a guide's day is a choice question among the other days (round 188's
easy-Japanese notice left three of its five sections without a question)."""

import pytest

from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from content.models import QuestionKind, QuestionStatus
from tests.content.sentences import sentence_with, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db

NOTICE = """# 公民館（こうみんかん）のお知（し）らせ

## 図書室

図書室（としょしつ）は、毎週火曜日（かようび）に休（やす）みます。本は、2週間（しゅうかん）借（か）りることができます。

## 教室（きょうしつ）

料理教室（りょうりきょうしつ）は、木曜日（もくようび）の夜（よる）に開（ひら）きます。\
書道教室（しょどうきょうしつ）は、土曜（どよう）の朝（あさ）に開きます。

## 説明会（せつめいかい）

3月15日（土曜日）に、説明会をします。受付（うけつけ）は、月曜日から金曜日の午前9時から午後5時までです。\
先週の日曜日には、多くの人が集（あつ）まりました。
"""


@pytest.fixture
def corpus():
    return build_corpus(make_article(text=NOTICE))


def test_a_day_of_the_week_is_one_word_and_a_day_of_a_hobby_is_not():
    assert span_types("資源ごみは、水曜日に出してください。")["水曜日"] == "weekday"
    assert span_types("毎週月曜と木曜に開く。") == {"月曜": "weekday", "木曜": "weekday"}
    assert "日曜" not in span_types("日曜大工が趣味です。")


def test_a_guides_day_is_asked_among_the_other_days(corpus):
    item = sentence_with(corpus, "図書室（としょしつ）は")
    draft = build_choice(item, span_of(item, "火曜日"), corpus)
    # Its printed reading goes with the blank, which it would give away.
    assert draft.prompt == "図書室（としょしつ）は、毎週［　？　］に休（やす）みます。"
    assert draft.answer == "火曜日"
    wrong = [choice for choice in draft.choices if choice != "火曜日"]
    assert len(wrong) == 3 and all(
        day.endswith("曜日") and day[0] in "月水木金土日" for day in wrong
    )
    # The article's own days first: the other classes' 木曜日 and the notice's 金曜日.
    assert "木曜日" in wrong


def test_options_are_written_as_the_answer_is_and_never_a_day_the_sentence_shows(corpus):
    item = sentence_with(corpus, "書道教室")
    draft = build_choice(item, span_of(item, "土曜"), corpus)
    assert all(choice.endswith("曜") and not choice.endswith("曜日") for choice in draft.choices)


def test_no_day_a_date_or_a_range_tells_nor_one_of_a_past_story(corpus):
    for opening, day in (("3月15日", "土曜日"), ("受付", "金曜日"), ("受付", "月曜日")):
        item = sentence_with(corpus, opening)
        assert build_choice(item, span_of(item, day), corpus) is None, day
    story = sentence_with(corpus, "先週の日曜日")
    assert build_choice(story, span_of(story, "日曜日"), corpus) is None


def test_a_guides_day_is_never_swapped_into_a_statement(corpus):
    # 「料理教室は、金曜日の夜に開きます」 tells the reader nothing false about a fact: it is the
    # guide's rule, stated as a rule.
    item = sentence_with(corpus, "料理教室")
    assert build_truefalse(item, span_of(item, "木曜日"), corpus) is None


def test_the_notices_sections_publish_their_days():
    article = make_article(text=NOTICE)
    published = article.questions.filter(
        kind=QuestionKind.CHOICE, status=QuestionStatus.PUBLISHED
    ).values_list("answer", flat=True)
    assert {"火曜日", "木曜日"} <= set(published)
