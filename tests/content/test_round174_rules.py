"""Issue 9, blind round 174: a surname Sudachi reads as a numeral, a law read as a name, an
hour the sentence tells beside its key, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.factories import make_article


def _spans(text: str) -> list[tuple[str, str]]:
    return [(span.text, span.type) for span in find_spans(text, tokenize(text))]


def test_a_surname_opening_on_a_numeral_is_one_name():
    # 「義久の子の三好田義光」: the blank cut 三 off and asked 好田義光 (174a).
    spans = _spans("義久の子の三好田義光は城にこもって抵抗した。")
    assert ("三好田義光", SpanType.PERSON) in spans
    assert ("好田義光", SpanType.PERSON) not in spans


def test_a_count_before_a_name_stays_a_count():
    # Control (passes before and after): 三人 is a count, and 田中一郎 a person.
    spans = _spans("兵は三人で、田中一郎が率いた。")
    assert ("田中一郎", SpanType.PERSON) in spans


def test_a_law_is_no_person():
    # 一国一城令 (一国 a surname, 一城 a given name, 令 a suffix to Sudachi) was offered among
    # the lords (174a).
    spans = _spans("1615年、幕府が一国一城令を出すと、城は取り壊された。")
    assert not any(span_type == SpanType.PERSON for _, span_type in spans), spans


CAMP = """# 高原で初めてのキャンプ

## 受付と設営

キャンプ場の受付は午後一時からで、私たちは一時半に着きました。
"""


@pytest.mark.django_db
def test_a_time_whose_hour_the_sentence_tells_beside_it_is_not_asked():
    # 「受付は［午後一時］からで、私たちは一時半に着きました」: 一時半 points at 一時 (174b).
    corpus = build_corpus(make_article(text=CAMP))
    item = corpus.sentences[0]
    start = item.sentence.text.index("午後一時")
    span = next(span for span in item.spans if span.start == start)
    assert build_choice(item, span, corpus) is None


def test_cards_teachers_sent_back():
    # A line's 廃止 is its closure, a Sengoku 隣国 a province, a school's 面談 a meeting (174a).
    assert word_senses("廃止", "はいし", ("路線", "決める")) == ""
    assert word_senses("隣国", "りんごく", ("大名",)) == ""
    assert word_senses("面談", "めんだん", ("学校",)) == ""
    # 商人, 払う and 見返り are too easy (174a).
    for word in ("商人", "払う", "見返り"):
        assert is_basic_word(word), word


def test_a_law_s_abolition_keeps_its_card():
    # Control (passes before and after): beside 法律 the gloss is the word's.
    assert "abolition" in word_senses("廃止", "はいし", ("法律",))
