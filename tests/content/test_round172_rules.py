"""Issue 9, blind round 172: figures a heading, a timeline or the options' shapes give away,
and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.numerals import as_digits
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, year_of
from tests.content.sentences import options_of, sentence_with, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


SENSORS = """# 街の暑さを測る

## 街に置いた二百台のセンサー

研究班はまず、市内の電柱や学校の屋上など212か所に小型の気温センサーを取り付けた。
観測は2022年の夏に始まり、2023年の夏には2回目の観測を終えた。

## これからの観測

研究班は、センサーの観測を少なくとも2030年まで続け、緑化の効果を確かめるという。
"""


def test_a_figure_the_heading_counts_in_another_unit_is_not_asked():
    # 「…など［212か所］に…センサーを取り付けた」 under 「街に置いた二百台のセンサー」 (172b).
    corpus = build_corpus(make_article(text=SENSORS))
    item = sentence_with(corpus, "212か所")
    assert build_choice(item, span_of(item, "212か所"), corpus) is None


def test_a_work_going_on_until_a_year_has_no_option_the_article_tells_as_done():
    # 「…少なくとも［2030年］まで続け…という」 offered 2022年 and 2023年 (172b).
    corpus = build_corpus(make_article(text=SENSORS))
    wrong = options_of(corpus, "研究班は、センサー", "2030年")
    assert wrong
    assert all(year_of(option) > 2023 for option in wrong), wrong


MARKET = """# 陶器市を歩く

## 会場の様子

案内図によると、今年の出店数はおよそ二百二十軒だそうです。
結局この日に買ったのは、小鉢一つとマグカップ二つで、合計七千四百円でした。
"""


@pytest.mark.parametrize(("opening", "key"), [("案内図", "二百二十軒"), ("結局", "七千四百円")])
def test_options_in_kanji_are_as_exact_as_the_key(opening, key):
    # 四百軒 beside 二百二十軒, 三千円 among 四千四百円 and 七千四百円: the round one stands out
    # by its shorter spelling (172b).
    corpus = build_corpus(make_article(text=MARKET))
    wrong = options_of(corpus, opening, key)
    assert wrong
    exact = {len(f"{figure_value(option):.15g}".strip("0")) for option in wrong}
    assert exact == {2}, wrong


RESULTS = """# 鉄道会社の中間決算

## ホテル事業

一方、ホテル事業は人件費の上昇が響き、営業利益は同8.1％減の1億4,000万円となった。
"""


def test_a_figure_of_two_parts_is_not_the_hub_of_its_options():
    # 1億4,000万円 among 1億6,000万円, 1億8,000万円 and 2億4,000万円: it shares a part with
    # every other option, which no other does (172a).
    corpus = build_corpus(make_article(text=RESULTS))
    wrong = options_of(corpus, "一方、ホテル事業", "1億4,000万円")
    leading = {as_digits(option).split("億")[0] == "1" for option in wrong}
    assert len(leading) <= 1, wrong


def test_cards_teachers_sent_back():
    # A cooper makes no wells, a brewery's 平屋 is no bungalow (172b); a station's 改装 is no
    # reorganization, a firefighter's 放水 no drainage (172a).
    assert "well maker" not in word_senses("桶屋", "おけや")
    assert "bungalow" not in word_senses("平屋", "ひらや")
    assert "reorganization" not in word_senses("改装", "かいそう")
    assert "drainage" not in word_senses("放水", "ほうすい")
    # 「仕込みだけは木桶で…熟成させる」: a brew's setting, which "preparation" misses (172b).
    assert word_senses("仕込み", "しこみ", ("木桶", "熟成")) == ""
    # 中部 (172b) and 積み上げ (172a) are too easy.
    assert is_basic_word("中部")
    assert is_basic_word("積み上げ")


BREWERY = """# 醤油蔵の百年

## 戦争の時代

しかし、昭和十六年（1941年）に戦争が始まると、大豆の配給が減り、生産量は三分の一ほどに落ち込んだ。
三代目が蔵を継いだのは、昭和三十八年（1963年）のことだった。
"""


def test_the_war_s_start_has_no_option_after_its_end():
    # 昭和十六年 for the war's start among 昭和二十一年 (1946) and 昭和三十八年 (172b).
    corpus = build_corpus(make_article(text=BREWERY))
    wrong = options_of(corpus, "しかし、昭和十六年", "昭和十六年（1941年）")
    assert wrong
    assert all(1937 <= year_of(option) <= 1945 for option in wrong), wrong
