"""Issue 9, blind round 154: a key alone in its roundness, days beyond their dates, a party
of the sentence before, and cards. Each text is our own."""

import re

import pytest

from content.analysis.glossary import has_several_readings, is_basic_word
from content.analysis.numerals import as_digits
from content.generation.builders import stands_alone
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _roundness(text: str) -> int:
    number = re.search(r"\d[\d,]*", as_digits(text)).group().replace(",", "")
    return len(number) - len(number.rstrip("0"))


FAIR = """# 城下町の秋祭り

## 屋台めぐり

最初に食べたのは名物の五平餅で、1本350円でした。
焼きそばは1皿500円、甘酒は1杯200円でした。
帰りに買った栗ようかんは、1本600円でした。

## 職人の町

市の調べでは、町の家具職人は1980年には約160人いたが、今は30人ほどに減った。
"""


@pytest.mark.parametrize(("opening", "figure"), [("最初", "350円"), ("市の", "1980年")])
def test_the_key_is_never_alone_in_its_roundness(opening, figure):
    # 350円 among 200円, 500円 and 600円; 1980年 among 1973年, 1974年 and 1977年 (154b).
    corpus = build_corpus(make_article(text=FAIR))
    item = sentence_starting(corpus, opening)
    options = pick_distractors(
        span_of(item, figure), corpus=corpus, sentence_text=item.sentence.text
    )
    assert len(options) == 3, options
    assert _roundness(figure) in {_roundness(option) for option in options}, options


SURVEY = """# 高山植物の調査

## 調査の方法

調査は2023年7月10日から8月25日までの延べ32日間にわたって行われた。
調査には、大学の研究者と学生あわせて12人が参加した。
"""


def test_no_count_of_days_beyond_the_dates_that_bound_it():
    # 「7月10日から8月25日までの延べ［32日間］」: 48 and 58 days do not fit in 47 (154b).
    corpus = build_corpus(make_article(text=SURVEY))
    options = options_of(corpus, "調査は", "32日間")
    assert len(options) == 3 and all(figure_value(option) <= 47 for option in options), options


POST_TOWN = """# 宿場町の記録

## 本陣と旅籠

町には本陣が1軒、旅籠が30軒あり、大名や旅人が泊まった。
旅籠の主人たちは、毎朝早くから客の出立を見送った。

## 大名行列

ある年、二つの大名行列が同じ日に着くことになった。
宿場の役人たちは寺や農家にも頼み込み、なんとか一行を迎えた。

## 明治の変化

鉄道が通ると、街道を歩く旅人は急に減っていった。
"""


def test_a_party_the_sentence_before_names_leaves_the_sentence_leaning_on_it():
    # 「…なんとか一行を迎えた」: whose party? Its which-section question failed (154a).
    corpus = build_corpus(make_article(text=POST_TOWN))
    assert not stands_alone(sentence_starting(corpus, "宿場の役人"), corpus)
    assert stands_alone(sentence_starting(corpus, "旅籠の主人"), corpus)


def test_cards_teachers_sent_back():
    # 足跡を残す is a trail left, そくせき as often as あしあと: the context reads it (154a).
    assert has_several_readings("足跡")
    # 坂道 is two words of the first levels (154b).
    assert is_basic_word("坂道")


TEMPLE = """# 山寺の七百年

## 開山

禅僧の寂庵宗円は、弘安5年（1282年）にこの寺を開いた。
宗円が正安2年（1300年）に亡くなると、弟子の月舟慧明が二世住職を継いだ。
慧明の後は、天岸周鼎が三世として寺を守った。

## 近代の再建

二十二世の石窓義天は、昭和3年（1928年）に山門を再建した。

## 現在の寺

松岡玄照は平成18年（2006年）に二十七世の住職となった。
"""


def test_people_the_article_dates_centuries_apart_are_no_options_for_one_another():
    # Round 153's left failure: the present abbot (平成18年) and a Shōwa one among the monks
    # of 1300 as options of 「弟子の［月舟慧明］が二世住職を継いだ」.
    corpus = build_corpus(make_article(text=TEMPLE))
    options = options_of(corpus, "宗円が", "月舟慧明")
    assert not {"松岡玄照", "石窓義天"} & set(options), options
    # People of one time still meet: the present abbot among his own time's people.
    assert corpus.person_times["松岡玄照"] == 2006
    assert abs(corpus.person_times["月舟慧明"] - corpus.person_times["天岸周鼎"]) < 100
