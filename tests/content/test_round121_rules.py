"""Issue 9, blind round 121: a heading's own verb, a survey's year swapped, and cards. Each
text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_reading, build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_121():
    assert "gay" not in word_senses("派手", "はで").split(", ")  # 派手な色
    assert is_basic_word("鉛筆") and is_basic_word("算数")


UDON = (
    "# 手打ちうどんの作り方\n\n"
    "## 1. 粉と塩水を混ぜる\n\n"
    "大きなボウルに中力粉500グラムを入れる。\n"
    "塩25グラムを水230ミリリットルに溶かして、少しずつ加える。\n"
    "指先で粉全体に水を行き渡らせる。\n"
    "ぽろぽろのそぼろ状になれば、次の工程へ進む。\n\n"
    "## 2. 生地を踏む\n\n"
    "生地を厚手の袋に入れ、かかとで体重をかけて踏んでいく。\n"
    "平らになったら折りたたみ、また踏む。\n"
    "これを4回ほど繰り返すと、表面がなめらかになる。\n"
    "生地は袋のまま2時間ほど寝かせる。\n\n"
    "## 3. 同じ太さに切る\n\n"
    "打ち粉をした台に生地をのせ、めん棒で3ミリの厚さにのばす。\n"
    "のばした帯を三つにたたみ、包丁で端から4ミリ幅に切っていく。\n"
    "切り終えたうどんは、打ち粉をまぶしてほぐしておく。\n"
    "太さがそろうと、ゆで上がりの時間もそろう。\n\n"
    "## 4. たっぷりの湯でゆでる\n\n"
    "大きな鍋に湯を沸かし、うどんを入れて12分ほどゆでる。\n"
    "ゆで上がったら冷水でよく洗い、ぬめりを取る。\n"
    "町の調べでは、2023年の時点でうどん店は市内に41軒あった。\n"
    "店の数は、2015年をピークに少しずつ減っている。\n"
)


def test_no_which_section_of_a_sentence_with_the_headings_verb():
    # 「…包丁を板に沿わせて手前から切っていく」 under 「4. 同じ太さに切る」 (121b).
    corpus = build_corpus(make_article(text=UDON))
    assert build_section(sentence_starting(corpus, "のばした帯を"), corpus) is None


def test_no_swap_of_the_year_a_count_was_taken():
    # 「2018年の時点で…農家はわずか11戸だった」 for 2023年: unstated, not false (121a).
    corpus = build_corpus(make_article(text=UDON))
    survey = sentence_starting(corpus, "町の調べでは")
    assert build_truefalse(survey, span_of(survey, "2023年"), corpus) is None


FLOWERS = (
    "# 桜の開花\n\n"
    "## 冬の準備\n\n"
    "桜は夏のうちに翌年の花芽を作る。\n"
    "秋になると、花芽は休眠という状態に入る。\n"
    "冬の寒さにしばらくさらされると、眠りから覚める。\n"
    "春の暖かさで、つぼみは一気にふくらむ。\n"
)


def test_no_typed_reading_that_refuses_an_everyday_reading_jmdict_lacks():
    # 「花芽」 typed as かが only, where はなめ is as right (rounds 87 and 122).
    corpus = build_corpus(make_article(text=FLOWERS))
    summer = sentence_starting(corpus, "桜は夏のうちに")
    token = next(token for token in summer.tokens if token.surface == "花芽")
    question = build_reading(summer, token, corpus)
    assert question is None or (question.choices and "はなめ" not in question.choices)
