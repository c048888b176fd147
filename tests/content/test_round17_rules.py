"""Issue 9, blind round 17: a swap inside a list of examples, a denial after a chain of
actions, an era whose Western year follows in brackets, a count its list shows, a price of
one beside its total, a heading's compound piece, ungrouped options beside grouped prices,
and obsolete kana accepted. Each text is our own."""

import re

import pytest

from content.analysis.glossary import dictionary_readings
from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_place_in_a_list_of_examples_is_not_swapped():
    text = """# 海藻の町

## 広がる販路

組合の干し海藻は、関東や関西の百貨店で売られている。
町は九州の商社とも取引を始めた。
東北の市場には、まだ出荷していない。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "組合の干し海藻は")
    # 「九州や関西の百貨店」 is not contradicted by 「関東や関西」: it is merely unstated.
    assert build_truefalse(item, span_of(item, "関東"), corpus) is None
    assert build_truefalse(item, span_of(item, "関西"), corpus) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "回収した電池は、安全のために放電させて電気をほぼ空にする。",
        "職人は粘土をこねて、ろくろで形を整える。",
    ],
)
def test_a_chain_of_actions_is_not_denied(sentence):
    assert negated(sentence) is None


def test_a_means_before_the_action_is_still_denied():
    assert negated("深海魚は光を使って仲間を探す。") is not None
    assert negated("研究者は衛星を利用して海の温度を測る。") is not None


HIGHWAY = """# 街道の宿場

## 宿場の終わり

宿の帳面には、寛文元年（一六六一）から明治三年（一八七〇）までの記録が残る。
明治五年（一八七二）、伝馬の制度が廃止された。
宿場はその年に役目を終え、旅人の数も減った。
明治二十二年には、町の近くに鉄道の駅が開いた。
"""


def test_an_era_year_with_its_western_year_in_brackets_is_never_asked_alone():
    corpus = build_corpus(make_article(text=HIGHWAY))
    item = sentence_starting(corpus, "明治五年")
    assert [span.text for span in item.spans if "明治" in span.text] == ["明治五年（一八七二）"]
    # Asked whole, among dates spelt as it is: the era's year grouped, the Western one digit
    # by digit (one spelling for both would write 明治三年（千八百七十）).
    draft = build_choice(item, span_of(item, "明治五年（一八七二）"), corpus)
    assert draft is not None and len(draft.choices) == 4
    for option in draft.choices:
        assert re.fullmatch(
            r"明治[一二三四五六七八九十]+年（[一八〇二三四五六七九]{4}）", option
        ), option


def test_a_count_its_list_shows_is_not_asked():
    text = """# 海藻の町

## 新しい商品

組合は冷凍パックと乾燥品の二種類を用意し、来年からネットで売る。
商品の名前は、町の小学生から募集した。
売り上げの一部は、海の清掃活動に使われる。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "組合は冷凍パック")
    assert build_choice(item, span_of(item, "二種類"), corpus) is None


def test_a_price_of_one_beside_its_total_is_not_asked():
    text = """# 料理教室に通って

## 教室のこと

料金は1回4,500円で、全8回のコースをまとめて申し込むと32,000円になる。
教室は駅から歩いて5分ほどの町家にある。
先生は京都で三十年、料理を教えてきた人だ。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "料金は")
    assert build_choice(item, span_of(item, "4,500円"), corpus) is None


def test_a_sentence_sharing_a_compound_piece_with_its_heading_is_not_placed():
    text = """# 海藻の町

## 研究者が支えた種づくり

技術面で協力したのは、県の水産センターの主任研究員である森下さんだ。
種の付いた糸は、冬の間に水槽で育てられる。
育った種は、春に沖の養殖場へ運ばれる。
水温が二十度を超えると、成長が止まってしまう。

## 町の暮らし

養殖場では、町の若者が十人ほど働いている。
漁の少ない冬にも、仕事があるのは大きい。
"""
    corpus = build_corpus(make_article(text=text))
    # 研究 of 主任研究員 is the heading's 研究者: the sentence points at its heading.
    assert build_section(sentence_starting(corpus, "技術面で"), corpus) is None


def test_a_figure_of_three_meets_no_ungrouped_figure_of_four():
    text = """# 料理教室に通って

## 市場で

錦市場で買った小鯛は一匹780円で、とても新しかった。
教室の料金は、一回4,500円だった。
帰りに買った包丁は、12,000円もした。
"""
    corpus = build_corpus(make_article(text=text))
    # 1400円 beside 780円 stood out as the one ungrouped figure of four (round 17); since
    # round 71 a figure of three meets only figures of three.
    options = options_of(corpus, "錦市場で", "780円")
    assert options and all(len(option.removesuffix("円")) == 3 for option in options)


def test_an_obsolete_kana_spelling_is_no_accepted_reading():
    assert "にんず" not in dictionary_readings("人数", "にんずう")
    assert "にんじゅ" not in dictionary_readings("人数", "にんずう")
