"""Issue 9, blind round 50: a clock time without 午前, a plain read as a person, round
hundreds, a figure of two magnitudes, a total of the counts before it, 必要はありません
turned, words of a basic word and a suffix, glosses of 傷み and 谷あい, 3割増, and a line that
introduces a list below. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_section, build_vocab
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors, same_format
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TOWN = """# 川沿いの町の暮らし

## 原野の開拓

那須の北に広がる大沢原は、江戸時代まで水の乏しい原野だった。
町の商店は、栃木県に2店、茨城県と群馬県に各1店の計4店を新たに出した。
設備投資は前期比約3割増の62億円を計画する。

## ごみの出し方

ごみは、収集日の朝8時30分までに出してください。
10枚入りで、大きい袋は400円、小さい袋は200円で売られている。
下（した）は、東地区と西地区で集める曜日の例です。
粗大ごみの受付時間は、平日の午前9時から午後5時までとなっている。

## 町のこれから

町は来年、新しい集会所を川沿いに建てる予定だ。
"""


@pytest.fixture
def town():
    return build_corpus(make_article(text=TOWN))


def test_a_clock_time_without_am_or_pm_is_one_figure():
    text = "ごみは、収集日の朝8時30分までに出してください。"
    spans = find_spans(text, tokenize(text))
    assert [(span.text, span.type) for span in spans if "時" in span.text] == [
        ("8時30分", SpanType.TIME)
    ]
    assert not any(span.text == "30分" for span in spans)


def test_a_clock_time_is_asked_among_clock_times(town):
    item = sentence_starting(town, "ごみは、収集日")
    draft = build_choice(item, span_of(item, "8時30分"), town)
    assert draft is not None
    assert all(option.endswith("時30分") for option in draft.choices), draft.choices


def test_a_family_name_and_a_landform_is_a_place(town):
    item = sentence_starting(town, "那須の北")
    assert span_of(item, "大沢原").type == SpanType.PLACE


def test_a_round_price_has_round_neighbours(town):
    item = sentence_starting(town, "10枚入り")
    options = pick_distractors(
        span_of(item, "200円"), corpus=town, sentence_text=item.sentence.text
    )
    # Whole hundreds only; 90円 beside 200円 stood out (round 50).
    assert all(int(option.removesuffix("円")) % 100 == 0 for option in options)


def test_a_figure_of_two_magnitudes_is_not_beside_one_of_one():
    assert not same_format("22億2000万円", "38億円")
    assert not same_format("38億円", "22億2000万円")
    assert same_format("611億3,000万円", "612億3,000万円")
    assert same_format("62億円", "38億円")


def test_a_total_of_the_counts_before_it_is_not_asked(town):
    item = sentence_starting(town, "町の商店は")
    assert build_choice(item, span_of(item, "4店"), town) is None


def test_no_need_turned_reads_as_a_need():
    turned = negated("最初から高価な道具をそろえる必要はありません。")
    assert turned is not None
    assert turned.flipped == "があります"
    assert "必要があります" in (
        "最初から高価な道具をそろえる必要はありません。"[: turned.start] + turned.flipped
    )


@pytest.mark.parametrize("word", ["注意点", "電気代", "問題点"])
def test_a_basic_word_and_a_suffix_is_basic(word):
    assert is_basic_word(word)


def test_a_word_of_its_own_before_such_a_suffix_is_not_basic():
    assert not is_basic_word("利点")


def test_wear_of_a_canal_is_no_pain():
    senses = word_senses("傷み", "いたみ")
    assert "damage" in senses and "pain" not in senses


def test_a_valley_is_no_slum_or_cleavage():
    senses = word_senses("谷あい", "たにあい")
    assert "valley" in senses
    assert "slum" not in senses and "cleavage" not in senses


def test_a_counter_after_a_figure_is_no_word_card(town):
    item = sentence_starting(town, "設備投資は")
    assert build_vocab(item, token_of(item, "割増"), town) is None


def test_a_line_introducing_a_list_below_is_not_asked_as_a_section(town):
    assert build_section(sentence_starting(town, "下（した）は"), town) is None
