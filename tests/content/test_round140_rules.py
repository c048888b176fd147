"""Issue 9, blind round 140: an easy-Japanese guide's worked-out sum and its rate, and cards.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

WATER = """# 台風（たいふう）の 準備（じゅんび）

## 水（みず）と 食（た）べ物（もの）

水（みず）は 1人（ひとり） 1日（いちにち） 3リットルが 必要（ひつよう）です。
家族（かぞく）が 3人（さんにん）なら、3日分（みっかぶん）で 27リットルに なります。
食（た）べ物（もの）は 3日分（みっかぶん） 用意（ようい）します。
市（し）の 倉庫（そうこ）には 水（みず）が 5,000リットル あります。
"""


def test_no_statement_on_a_sum_the_sentence_works_out_nor_on_the_rate_it_comes_from():
    # 「家族が3人なら、3日分で［27リットル］になります」 as 3リットル, and 「1人1日［3リットル］」
    # as 27リットル: false by arithmetic or by sense, not by reading (140a).
    corpus = build_corpus(make_article(text=WATER))
    family = sentence_starting(corpus, "家族（かぞく）")
    assert build_truefalse(family, span_of(family, "27リットル"), corpus) is None
    rate = sentence_starting(corpus, "水（みず）は")
    assert build_truefalse(rate, span_of(rate, "3リットル"), corpus) is None


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [
        ("送風機", "そうふうき", "ventilator"),
        ("植え替え", "うえかえ", "transplanting"),
        ("税込", "ぜいこみ", "before tax"),
        ("台数", "だいすう", "large objects"),
        ("朱印状", "しゅいんじょう", "license to trade"),
        ("探査", "たんさ", "probe"),
    ],
)
def test_glosses_teachers_struck(word, reading, struck):
    assert struck not in word_senses(word, reading)


@pytest.mark.parametrize("word", ["増える", "ごみ箱"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)
