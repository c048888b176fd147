"""Issue 9, blind round 40: a name cut before its last kanji, 自身も, the years a range spans,
a double negative with ほとんど, 南向き, and a struck gloss. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import _LEANS_BACK, _converted_in_sentence
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article


def test_a_one_kanji_given_name_keeps_its_shi():
    assert span_types("鎌倉公方の足利基氏は寺に田地を寄進した。")["足利基氏"] == SpanType.PERSON
    # 氏 after a given name of two kanji is "Mr".
    assert span_types("山田太郎氏は語った。")["山田太郎"] == SpanType.PERSON


def test_himself_too_leans_back():
    assert _LEANS_BACK.search("覚山自身も一時は伊豆の末寺に身を寄せた。")


@pytest.mark.django_db
def test_the_years_a_range_spans_are_not_asked():
    text = """# 台風の記録

## 平年の数

1991年から2020年までの30年間の平均は、年に25.1個だった。
観測は2020年に気象台が始めた。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "1991年から")
    assert _converted_in_sentence(item, span_of(item, "30年間"))


def test_a_double_negative_with_hotondo_is_not_made():
    assert negated("カードが使えない場所がほとんどです。") is None


def test_a_direction_and_muki_is_basic():
    assert is_basic_word("南向き") and is_basic_word("東向き")


def test_a_struck_gloss_stays_off_the_card():
    senses = word_senses("配合", "はいごう")
    assert "combination" in senses and "marrying off" not in senses
