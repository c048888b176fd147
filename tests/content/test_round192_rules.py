"""Issue 9, rounds 192 and 193's articles: a town's leak detection, a textile town's history,
the tides, an easy-Japanese bus-card guide, a baking blog, a young fisherman, an aquarium
how-to, a food group's results, a marathon, a film review, a column on rural buses and one
on caffeine. Each case is one found reading their published questions."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_with, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FISHERMAN = """# 港の若い漁師

## 朝の漁

浜野さんは毎朝三時に船を出し、定置網を引き上げる。
港に戻ると、魚を大きさごとに選別して市場へ送る。
昼過ぎになって、ようやく一息つく。

## 浜の魅力を発信する

浜野さんは、漁の様子や珍しい魚の写真をインターネットで発信している。
地元の高校生を対象にした漁業体験の案内役も務めている。
都内の飲食店から、直接注文が舞い込むこともある。

## 次の世代へ

港に所属する漁師は現在42人で、平均年齢は60歳を超えている。
漁協は、このままでは10年後に港を維持できなくなると心配している。
"""


def test_young_people_ask_no_section_beside_a_heading_on_the_next_generation():
    # A high-school students' day on the boat fits 「次の世代へ」 as well as its own heading.
    corpus = build_corpus(make_article(text=FISHERMAN))
    assert build_section(sentence_with(corpus, "地元の高校生"), corpus) is None
    # Beside a heading on the port's figures, the same sentence is the online work's alone.
    figures = build_corpus(make_article(text=FISHERMAN.replace("次の世代へ", "港の現状")))
    assert build_section(sentence_with(figures, "地元の高校生"), figures) is not None


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("染め上がり", "そめあがり"),  # how the dyeing came out, not "being dyed"
    ],
)
def test_a_word_whose_only_gloss_misses_its_sense_gets_no_meaning(word, reading):
    assert word_senses(word, reading) == ""


def test_name_recognition_is_not_glossed_as_popularity():
    gloss = word_senses("知名度", "ちめいど")
    assert gloss and "popularity" not in gloss


# Round 193's reviewers (an aquarium how-to, a food group's results, a marathon; a film
# review, a column on rural buses, one on caffeine).


@pytest.mark.parametrize(
    ("word", "reading", "context"),
    [
        ("亜硝酸", "あしょうさん", ()),  # an aquarium's nitrite, not "nitrous acid"
        ("拍車", "はくしゃ", ()),  # 拍車をかける, not a rider's spur
        ("連結", "れんけつ", ("売上高",)),  # consolidated accounts, not a coupling
        ("縦割り", "たてわり", ("予算",)),  # departmental silos, not a vertical split
    ],
)
def test_a_word_whose_sense_here_the_dictionary_misses_gets_no_meaning(word, reading, context):
    assert word_senses(word, reading, context) == ""


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [
        ("自己資本比率", "じこしほんひりつ", "capital adequacy"),  # a company's equity ratio
        ("廃車", "はいしゃ", "deregister"),  # retired rolling stock
        ("鎮痛剤", "ちんつうざい", "sedative"),  # 鎮静剤's sense
        ("傾斜", "けいしゃ", "bevel"),
    ],
)
def test_a_gloss_of_another_sense_is_struck(word, reading, struck):
    gloss = word_senses(word, reading)
    assert gloss and struck not in gloss


def test_coupling_is_still_a_trains():
    assert "coupling" in word_senses("連結", "れんけつ", ("車両",))


RESULTS = """# 食品会社の決算

## 海外事業

海外事業が売上高に占める割合は27.5%まで高まり、5年前の約15%からほぼ倍増した。
国内事業が売上高に占める割合は72.5%となり、5年前の約85%から下がった。
"""


def test_a_figure_the_sentence_doubles_from_another_is_not_asked():
    corpus = build_corpus(make_article(text=RESULTS))
    doubled = sentence_with(corpus, "ほぼ倍増")
    assert build_choice(doubled, span_of(doubled, "27.5%"), corpus) is None
    # A figure that merely fell from another is still asked.
    fell = sentence_with(corpus, "国内事業")
    assert build_choice(fell, span_of(fell, "72.5%"), corpus) is not None


MARATHON = """# 市民マラソン

## 先頭集団

中間点では15人ほどの先頭集団ができていた。
30キロを過ぎると、集団は一気に6人に絞られた。
大会には約120人の招待選手と1万8000人の市民ランナーが参加した。
"""


def test_a_count_meets_counts_within_five_times_it():
    options = options_of(build_corpus(make_article(text=MARATHON)), "中間点では", "15人")
    assert options and all(3 <= int(option[:-1]) <= 75 for option in options), options
