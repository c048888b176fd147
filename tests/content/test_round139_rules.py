"""Issue 9, blind round 139: a morning's times, minutes in fives, a race's chairman among its
players, a souvenir's count, term choices held, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_truefalse
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TRIP = """# 湯の町で二日間

## 一日目

駅には10時48分に着き、宿まで歩いた。
帰りのバスは13時25分に出る。
夕食は18時半から、宿の食堂でとった。

## 二日目

翌朝は6時半に起きて、朝食の前に温泉街を散歩しました。
8時12分の列車で次の町へ向かった。
"""


def test_a_morning_is_asked_with_morning_times():
    # 「翌朝は［6時半］に起きて」 beside 13時25分 and 17時半 (139a): the part of the day as the
    # sentence's topic rules out the afternoon's times.
    corpus = build_corpus(make_article(text=TRIP))
    options = options_of(corpus, "翌朝は", "6時半")
    assert options and all(int(option.split("時")[0]) < 12 for option in options)


def test_minutes_counted_in_fives_are_offered_in_fives():
    # 「毎日［15分］ずつ早く寝る」 beside 21分 and 9分 (139a).
    text = (
        "# 眠りの話\n\n## 寝る時間\n\n"
        "研究チームは、平日に毎日15分ずつ早く寝ることを勧めている。\n"
        "参加者の睡眠は平均で42分延び、日中の眠気は減った。\n"
        "寝る前のスマートフォンは30分控えるとよい。\n"
    )
    corpus = build_corpus(make_article(text=text))
    options = options_of(corpus, "研究チームは", "15分")
    assert options and all(figure_value(option) % 5 == 0 for option in options)


VOLLEYBALL = """# 県バレーボール大会

## 女子決勝

女子は浜松が2連覇を果たした。
主将の中西美優（17）がチームを引っ張った。
エースの小林彩花（18）は25得点を挙げた。
セッターの大石七海（16）はトスで攻撃を組み立てた。
リベロの杉本結衣（17）は守備で支えた。

## 大会を終えて

大会実行委員長の森田和彦さん（61）は「来年も多くの観客に来てほしい」と話した。
"""


def test_a_race_chairman_is_no_option_among_its_players_nor_they_among_his():
    # 「大会実行委員長の［森田和彦］さん（61）」 among three young women players (139b).
    corpus = build_corpus(make_article(text=VOLLEYBALL))
    assert options_of(corpus, "大会実行委員長", "森田和彦") == []
    assert "森田和彦" not in options_of(corpus, "主将の", "中西美優")


def test_no_statement_on_how_many_got_a_souvenir():
    # 「先着400人に特製の缶バッジが手渡された」 as 500人 (139a).
    corpus = build_corpus(
        make_article(
            text=(
                "# ロープウェー開業\n\n## 初日\n\n"
                "初日は約2,300人が乗車した。\n"
                "山麓駅前では、先着500人に特製の缶バッジが手渡された。\n"
                "山頂駅の展望テラスには、400人が入れる。\n"
            )
        )
    )
    item = sentence_starting(corpus, "山麓駅前")
    assert build_truefalse(item, span_of(item, "500人"), corpus) is None


def test_cards_teachers_struck():
    # An Edo courier, a close game and a league's strong teams (139b); 残る, too easy (139a).
    assert "postman" not in word_senses("飛脚", "ひきゃく")
    assert word_senses("接戦", "せっせん") == "close contest"
    assert not word_senses("強豪", "きょうごう").startswith("overwhelming")
    assert is_basic_word("残る")
