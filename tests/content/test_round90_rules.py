"""Issue 9, blind round 90: a range turned around, a way without its route, a time beside いつ,
and words read off their parts. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_truefalse, build_wh
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ARTICLE = (
    "# 寺の駐車場と観光バス\n\n"
    "## 予約のないバスは止められない\n\n"
    "市が昨年秋に行った調査では、ピーク時の午前10時から正午までに着いたバスのうち、"
    "約6割が周辺の道路で空きを待っていた。\n"
    "予約は、利用日の60日前から前日の午後5時まで受け付ける。\n"
    "駐車場は午前8時に開き、観光バスは1日に最大120台まで止められる。\n\n"
    "## 路線を守る運転士\n\n"
    "村山さんは1987年、27歳のときに、地元のバス会社の試験を受けた。\n"
)


def test_no_statement_swaps_an_end_of_a_range():
    # 「ピーク時の午後5時から正午までに到着したバス」 (false): a range turned around (90b).
    corpus = build_corpus(make_article(text=ARTICLE))
    opening = sentence_starting(corpus, "市が昨年秋")
    assert build_truefalse(opening, span_of(opening, "午前10時"), corpus) is None
    closing = sentence_starting(corpus, "予約は")
    assert build_truefalse(closing, span_of(closing, "午後5時"), corpus) is None
    # A time that ends no range still swaps.
    alone = sentence_starting(corpus, "駐車場は")
    assert build_truefalse(alone, span_of(alone, "午前8時"), corpus)


def test_no_when_question_beside_another_time():
    # 「27歳のときに、…試験を受けたのは、いつですか。」 (90b).
    corpus = build_corpus(make_article(text=ARTICLE))
    item = sentence_starting(corpus, "村山さんは1987年")
    assert build_wh(item, span_of(item, "1987年"), corpus) is None


def test_words_read_off_their_parts_of_round_90():
    # 実験室, 運転席 and 予約制: a basic word and a room, a seat, a system; 手袋 (90b).
    assert all(map(is_basic_word, ("実験室", "運転席", "予約制", "手袋")))
