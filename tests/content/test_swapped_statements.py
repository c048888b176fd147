"""A false statement swaps a figure, date, name or place for another the article mentions."""

import pytest

from content.analysis.normalize import normalize_answer
from content.analysis.spans import Span, SpanType
from content.generation.builders import _in_range, statement_swap
from content.generation.corpus import build_corpus
from content.models import QuestionKind
from tests.factories import make_article

NOTICE = """# 防災訓練のお知らせ

## 日時と場所

訓練は9月6日の午前8時に始まります。受付は公民館の入り口で行います。
参加者は午前9時30分に中央公園へ移動します。解散は正午の予定です。参加費は500円です。

## 当日の流れ

最初に、消防署の職員が消火器の使い方を説明します。
次に、参加者は煙の中を歩く体験をします。
昨年の訓練には町民約120人が参加しました。今年の定員は150人です。
"""


@pytest.mark.django_db
def test_a_false_statement_swaps_in_only_what_the_article_itself_mentions():
    article = make_article(text=NOTICE)
    body = normalize_answer(NOTICE)
    corpus = build_corpus(article)
    swaps = {
        span.text: statement_swap(item, span, corpus)
        for item in corpus.sentences
        for span in item.spans
    }
    # 午前8時 → 午前9時30分, a time the notice gives; never an invented 午後5時15分.
    assert swaps["午前8時"] == "午前9時30分"
    # 500円 is the notice's only fee: nothing of its class to swap it for.
    assert swaps["500円"] == ""
    for original, swapped in swaps.items():
        assert not swapped or normalize_answer(swapped) in body
        assert swapped != original
    statements = article.questions.filter(kind=QuestionKind.TRUEFALSE)
    for question in statements:
        if question.extra.get("swapped") and not question.extra.get("negation"):
            assert normalize_answer(question.extra["swapped"]) in body


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("寛文年間（1661〜1673年）に町割りが定められた。", "1673年"),
        ("受付は午前8時〜9時です。", "午前8時"),
    ],
)
def test_no_swap_of_a_figure_that_bounds_a_range(sentence, figure):
    start = sentence.index(figure)
    span = Span(figure, start, start + len(figure), SpanType.YEAR)
    assert _in_range(sentence, span)


STORY = """# 近江の商家

## 創業

森川甚右衛門は近江で小さな店を開いた。甚右衛門は麻布を仕入れて行商した。
やがて息子の森川重兵衛が店を継いだ。重兵衛は江戸に出店を構えた。
"""


@pytest.mark.django_db
def test_a_person_called_by_a_short_name_is_swapped_for_another_so_called():
    article = make_article(text=STORY)
    corpus = build_corpus(article)
    swaps = {
        span.text: statement_swap(item, span, corpus)
        for item in corpus.sentences
        for span in item.spans
        if span.type == SpanType.PERSON and span.text in corpus.fragments
    }
    # 甚右衛門 (of 森川甚右衛門) → 重兵衛 (of 森川重兵衛): a given name for a given name.
    assert swaps == {"甚右衛門": "重兵衛", "重兵衛": "甚右衛門"}
