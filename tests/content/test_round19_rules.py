"""Issue 9, blind round 19: figures that are no fact to ask (a passing measure, a speed, an
estimate on the way, a percent the sentence computes, a total beside its price of one),
uncommon readings accepted, a statement about the period or price of something unnamed, a
sentence that opens with つまり taken for a definition, and a pointer to a list. Each text is
our own."""

import pytest

from content.analysis.glossary import dictionary_readings
from content.generation.builders import build_choice, build_section, stands_alone
from content.generation.corpus import build_corpus
from content.generation.definitions import article_definitions
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TRIP = """# 島を自転車で一周した一週間

## 走った道

3日目は全長3,540メートルの大橋に挑戦した。
5日目は、風速8メートルの向かい風で、たった20キロしか進めなかった。
列車は時速15キロほどでゆっくり進み、片道35分かけて谷を走る。
入浴料は400円ほどで、熱めのお湯が疲れた足にしみた。
島の観光客は2019年の約31万人から2023年には約24万人へと約23%減った。
料金は1日2,000円ですが、7日間のプランだと9,800円です。
年間配当は1株当たり48円とし、前期より6円の増配を予定している。
結局、1週間の走行距離は合計で約210キロになった。
"""


@pytest.mark.parametrize(
    ("opening", "figure"),
    [
        ("3日目は", "3,540メートル"),  # a measure of a thing in passing
        ("5日目は", "8メートル"),  # the wind's speed
        ("列車は", "15キロ"),  # how fast
        ("入浴料は", "400円"),  # an estimate on the way to the sentence's point
        ("島の観光客は", "23%"),  # computed from 31万人 and 24万人
        ("料金は1日", "9,800円"),  # a total beside its price of one
    ],
)
def test_a_figure_that_is_no_fact_to_ask_gets_no_choice_question(opening, figure):
    corpus = build_corpus(make_article(text=TRIP))
    item = sentence_starting(corpus, opening)
    assert build_choice(item, span_of(item, figure), corpus) is None


def test_a_sum_of_the_trip_and_a_difference_beside_a_price_of_one_are_still_asked():
    corpus = build_corpus(make_article(text=TRIP))
    item = sentence_starting(corpus, "結局")
    assert build_choice(item, span_of(item, "210キロ"), corpus) is not None
    item = sentence_starting(corpus, "年間配当は")
    assert build_choice(item, span_of(item, "48円"), corpus) is not None


def test_only_a_common_reading_is_accepted_beside_the_texts():
    assert dictionary_readings("復旧", "ふっきゅう") == ()  # not ふくきゅう
    assert dictionary_readings("土砂", "どしゃ") == ()  # not どさ
    assert dictionary_readings("今日", "きょう") == ("こんにち",)


def test_a_statement_about_the_period_or_price_of_something_unnamed_does_not_stand():
    text = """# 図書館の使い方

## 借りる

本は、1人10冊まで借りられます。
期間は 2週間です。
CDは 3枚まで借りられます。
"""
    corpus = build_corpus(make_article(text=text))
    assert not stands_alone(sentence_starting(corpus, "期間は"), corpus)
    assert stands_alone(sentence_starting(corpus, "本は"), corpus)


def test_a_sentence_opening_with_tsumari_defines_nothing():
    text = """# 城下町の上水

## 水を引く

藩は川から町まで水路を掘り、木の管で水を配った。
町の人々も、水路の掃除を交代で受け持った。
つまり上水は、藩の事業として始まり、町全体で支える仕組みになった。
円柱状の氷、つまり氷床コアを分析すると、昔の空気がわかる。
"""
    corpus = build_corpus(make_article(text=text))
    terms = {found.term for found in article_definitions(corpus)}
    assert "上水" not in terms
    assert "氷床コア" in terms


def test_a_sentence_pointing_at_a_list_is_placed_in_no_section():
    text = """# 酒蔵を継ぐ

## これからの計画

蔵の改装には、およそ三千五百万円をかける予定です。
具体的には、次の三つを柱にしているという。
見学と試飲のスペースは、来年の秋に開く予定です。
海外への出荷も、少しずつ増やしていきます。

## 蔵の歴史

酒蔵は、江戸時代の終わりに創業した。
今の建物は、明治の初めに建てられた。
"""
    corpus = build_corpus(make_article(text=text))
    assert build_section(sentence_starting(corpus, "具体的には"), corpus) is None


SALIENCE = """# トロッコ列車の再開

## 沿線の人々

8月に開かれた住民説明会には約120人が集まり、賛成の声が多く聞かれた。
町が支払う改修費は約3億5,000万円に上る。
沿線の農家は、列車の見える畑にひまわりを植えた。
駅前の商店街では、記念の切符を300枚用意した。
"""


def test_a_figure_in_passing_is_not_asked_but_a_stated_or_large_one_is():
    corpus = build_corpus(make_article(text=SALIENCE))
    # A meeting's headcount, in a sentence about nothing the heading or title names.
    item = sentence_starting(corpus, "8月に開かれた")
    assert build_choice(item, span_of(item, "120人"), corpus) is None
    item = sentence_starting(corpus, "町が支払う")
    assert build_choice(item, span_of(item, "3億5,000万円"), corpus) is not None
