"""Issue 9, blind round 111: a list after a topic's clause, a compass point and a trip's day
that give the heading away, a caveat that leans back, and senses. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_111():
    assert "exclusive" not in word_senses("専門的", "せんもんてき")  # 専門的な治療
    assert "malva" not in word_senses("莫大", "ばくだい")  # 莫大な費用
    assert "gorge" not in word_senses("山あい", "やまあい")  # 山あいの城跡
    assert word_senses("車いす", "くるまいす") == "wheelchair"


def test_senses_struck_in_round_112():
    assert "plan" not in word_senses("規模", "きぼ")  # 約2倍の規模に拡大
    assert "rewind" not in word_senses("巻き返し", "まきかえし")  # 巻き返しを図る


VOLCANO = (
    "# 火山を見張る\n\n"
    "## 監視の仕組み\n\n"
    "監視の中心となっているのは、札幌、仙台、東京、福岡の4か所にある火山の監視センターだ。\n"
    "全国の111の活火山のうち、50の火山は24時間体制で見張られている。\n"
    "気象庁の職員は、地震計や傾斜計のデータを交代で確かめる。\n"
)


def test_no_choice_of_a_count_a_list_after_a_topic_shows():
    # 「…中心となっているのは、札幌、仙台、東京、福岡の［4か所］」: its と is the topic's (111b).
    corpus = build_corpus(make_article(text=VOLCANO))
    centres = sentence_starting(corpus, "監視の中心")
    assert build_choice(centres, span_of(centres, "4か所"), corpus) is None


TRIP = (
    "# 湖を自転車で一周\n\n"
    "## 1日目：西岸を北へ\n\n"
    "朝8時に駅前の店で自転車を借りて、湖岸の道を走り出した。\n"
    "湖の西側は山が水辺まで迫り、道はゆるやかに上り下りを繰り返す。\n"
    "昼は、漁港の食堂で焼き魚の定食を食べた。\n"
    "夕方、北の温泉街の宿に着いた。\n\n"
    "## 2日目：雨の北岸\n\n"
    "朝から雨が降り、資料館で湖の成り立ちを学んだ。\n"
    "午後は雨の中を30キロ走り、東の港町に泊まった。\n\n"
    "## 3日目：東岸を南へ\n\n"
    "最終日は朝から晴れ、湖面に青空が映った。\n"
    "昼過ぎに駅前に戻り、自転車を返した。\n"
    "ただ、残りの道のりは長く、脚の疲れは重かった。\n"
)


def test_no_which_section_matched_by_a_compass_point():
    # 「湖の西側は…」 under 「1日目：西岸を北へ70キロ」 (111b).
    corpus = build_corpus(make_article(text=TRIP))
    assert build_section(sentence_starting(corpus, "湖の西側は"), corpus) is None


def test_no_which_section_of_a_trips_first_or_last_day():
    # 「10月14日は再び晴れ、最終日に…」 under 「3日目：…」 (111b).
    corpus = build_corpus(make_article(text=TRIP))
    assert build_section(sentence_starting(corpus, "最終日は"), corpus) is None


def test_a_caveat_does_not_stand_alone():
    # 「ただ、残りは200キロあり…」 swapped for true/false (111b).
    corpus = build_corpus(make_article(text=TRIP))
    assert not stands_alone(sentence_starting(corpus, "ただ、"), corpus)
