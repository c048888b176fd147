"""Issue 9, rounds 194 and 195's articles: a robot fair, a surveyor's life, how plants fight
disease, an easy-Japanese guide to large rubbish, a hot-spring trip, a translator's
interview, home-made miso, a railway's quarter, a baseball final, a novel's review, an
editorial on empty houses and one on eye strain. Each case is one found reading their
published questions."""

import re

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import (
    _one_of_a_pair,
    build_choice,
    build_section,
    build_truefalse,
    build_wh,
)
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_with, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _choice(text: str, sentence: str, answer: str):
    corpus = build_corpus(make_article(text=text))
    item = sentence_with(corpus, sentence)
    return build_choice(item, span_of(item, answer), corpus)


OFFICE_HOURS = """# 粗大ごみの申し込み

## 電話で申し込む

申し込みは、受付センターに電話してください。
受付は、月曜日から金曜日の午前9時から午後5時までで、土曜日と日曜日は休みです。
資源ごみは、毎週水曜日に出してください。
"""


def test_a_weekday_the_sentences_own_range_rules_in_is_not_asked():
    # Mon to Fri open: 火曜日, 水曜日 and 木曜日 are ruled out by the sentence (round 194).
    assert _choice(OFFICE_HOURS, "受付は", "土曜日") is None
    assert _choice(OFFICE_HOURS, "資源ごみは", "水曜日") is not None


LIFE = """# 川を治めた測量家　早瀬清臣の生涯

## 江戸での修業

早瀬清臣は天保3年、城下の町医者・早瀬伝右衛門の長男として生まれた。
江戸では蘭方医の柴田了庵に学び、測量術を身につけた。
同じ塾では、のちの技師・木村宗平と机を並べた。

## 新政府のもとで

明治の世になると、清臣は新政府の土木の役所に招かれた。
東京では久我俊輔とも再会し、二人は治水について夜更けまで語り合った。
"""


def test_the_person_a_life_story_is_about_is_no_option_for_another():
    options = options_of(build_corpus(make_article(text=LIFE)), "東京では", "久我俊輔")
    assert options and "早瀬清臣" not in options, options


@pytest.mark.parametrize(
    ("word", "reading", "context", "struck"),
    [
        ("気孔", "きこう", (), "stigma"),  # a leaf's stoma, not a flower's stigma
        ("謝辞", "しゃじ", (), "apology"),  # a book's acknowledgements
    ],
)
def test_a_gloss_of_another_sense_is_struck(word, reading, context, struck):
    gloss = word_senses(word, reading, context)
    assert gloss and struck not in gloss


@pytest.mark.parametrize(
    ("word", "reading", "context"),
    [
        ("差し水", "さしみず", ()),  # water added to a pot, not to a plant
        ("表示", "ひょうじ", ("袋",)),  # a bag's directions, not a display
        ("稼働率", "かどうりつ", ("オフィスビル",)),  # an office building's occupancy
        ("一死", "いっし", ("満塁",)),  # one out, not dying
    ],
)
def test_a_word_whose_sense_here_the_dictionary_misses_gets_no_meaning(word, reading, context):
    assert word_senses(word, reading, context) == ""


def test_a_display_on_a_screen_keeps_its_meaning():
    assert "display" in word_senses("表示", "ひょうじ", ("画面",))


MISO = """# 自家製みその作り方

## 手作りみその魅力

みそは、大豆と米こうじ、塩があれば家庭で作ることができる。
仕込みに適しているのは、気温が低く雑菌が繁殖しにくい1月から3月ごろである。
自分で作ったみそは、香りがよく、塩の量も好みで決められる。

## こうじと混ぜて仕込む

つぶした大豆に、塩と混ぜたこうじを加えて、よく混ぜ合わせる。
丸めた団子を容器に投げ入れ、空気を抜く。
"""


def test_a_noun_of_another_headings_verb_asks_no_section():
    # 仕込み beside 「こうじと混ぜて仕込む」 (round 195).
    corpus = build_corpus(make_article(text=MISO))
    assert build_section(sentence_with(corpus, "仕込みに適している"), corpus) is None
    other = build_corpus(make_article(text=MISO.replace("こうじと混ぜて仕込む", "材料を混ぜる")))
    assert build_section(sentence_with(other, "仕込みに適している"), other) is not None


HOUSES = """# 空き家対策

## 増え続ける空き家

県内の空き家は約12万戸で、5年前より1万戸増えた。
住宅総数に占める割合は17.2％に達し、調査を始めてから最も高くなった。
県の推計では、人口減少がこのまま進めば、10年後には住宅の4軒に1軒が空き家になるという。
"""


def test_a_forecasts_round_horizon_meets_round_options():
    corpus = build_corpus(make_article(text=HOUSES))
    options = options_of(corpus, "県の推計", "10年後")
    assert options and all(re.fullmatch(r"[1-9]0年後", option) for option in options), options


EYES = """# 目の健康

## 毎日の習慣

目は一生使い続ける大切な器官である。
日々の小さな心がけの積み重ねが、10年後、20年後の見え方を守ることにつながる。
40年後の暮らしを考えて、今から習慣を見直したい。
"""


def test_one_of_a_pair_of_one_unit_is_not_asked():
    # 「10年後、［20年後］」: the pair's step gives it away (round 195).
    corpus = build_corpus(make_article(text=EYES))
    pair, alone = sentence_with(corpus, "日々の小さな"), sentence_with(corpus, "40年後の")
    text = pair.sentence.text
    assert _one_of_a_pair(text, span_of(pair, "20年後"))
    assert _one_of_a_pair(text, span_of(pair, "10年後"))
    assert not _one_of_a_pair(alone.sentence.text, span_of(alone, "40年後"))


def test_a_share_whose_part_the_question_does_not_name_asks_no_wh():
    corpus = build_corpus(make_article(text=HOUSES))
    item = sentence_with(corpus, "住宅総数に占める")
    assert build_wh(item, span_of(item, "17.2％"), corpus) is None


FINAL = """# 高校野球決勝

## 投手戦

先発の村瀬は、立ち上がりから直球が走り、三回までを無安打に抑えた。
村瀬は七回に1点を失ったが、その後は立ち直った。
九回は両投手がともに三者凡退に抑え、試合は延長タイブレークに突入した。
"""


def test_an_inning_of_no_hits_until_is_not_asked():
    # 二回 is as true as 三回 of 「三回までを無安打に」 (round 195).
    assert _choice(FINAL, "先発の村瀬", "三回") is None


def test_an_inning_of_the_play_by_play_is_not_swapped():
    # 三回 for 九回 before extra innings is false by the game's logic (round 195).
    corpus = build_corpus(make_article(text=FINAL))
    item = sentence_with(corpus, "九回は")
    assert build_truefalse(item, span_of(item, "九回"), corpus) is None
