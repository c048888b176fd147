"""Issue 9, blind round 165: a word of a film's title, a line quoted alone, a sentence that
checks "that too" or opens a week after, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_section, build_vocab
from content.generation.corpus import build_corpus
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CINEMA = """# 祖父の映画館を港町の明かりに

## 再開の日

先月の『夜明けの港』の上映会では、八十席がすべて埋まった。
港の夜明けを撮った写真も、入り口に並べられた。
館主は、昔の映写の技を『手回し』と呼んでいる。

## 祖父が残したもの

映写機は1962年に祖父が買ったもので、今も動く。
祖父は港の漁師たちのために、土曜の夜だけ映画を流していた。

## 町の人と作る劇場

週末には、お客さんが持ち寄った古い写真をロビーに飾っている。
「お客さんの笑い声がロビーまで響くと、やってよかったなと思いますね」。
館内の椅子は、祖父の代からの家具職人が一脚ずつ直した。
"""


def test_no_card_of_a_word_of_a_films_title():
    # 銀河 of 『銀河の駅』, a film (165b). 夜明け of the photographs stays a word, and so does a
    # term marked whole, 『継ぎ手』という技法 of round 142's kit (controls, passing before the
    # rule too).
    corpus = build_corpus(make_article(text=CINEMA))
    item = sentence_starting(corpus, "先月の")
    assert build_vocab(item, token_of(item, "夜明け"), corpus) is None
    item = sentence_starting(corpus, "港の夜明け")
    assert build_vocab(item, token_of(item, "夜明け"), corpus) is not None
    item = sentence_starting(corpus, "館主は")
    assert build_vocab(item, token_of(item, "手回し"), corpus) is not None


def test_a_line_quoted_alone_is_no_which_section_question():
    # 「祖父が見たら、きっと『まだまだだな』と言うでしょうね」。 under 「町の人と作る劇場」: a
    # view that fits any part of her story (165b).
    corpus = build_corpus(make_article(text=CINEMA))
    assert build_section(sentence_starting(corpus, "「お客さん"), corpus) is None


JELLYFISH = """# 湾のクラゲ、五年で三倍に

## 調査の方法

研究チームは2019年から毎月、湾内の十二地点で網を引き、ミズクラゲの数を数えた。
クラゲの幼生にあたるポリプが岸壁のどこに付いているかも、潜水して確かめた。
海水の温度は、湾口と湾奥のブイで一時間ごとに記録した。

## 数の変化

2023年の夏には、一回の網に入った数が平均で2019年の三倍になった。
"""

GARDEN = """# 貸し農園で始める野菜づくり

## 土を作る

まず、区画の土をスコップで深さ30センチほど掘り起こします。
1週間後、堆肥を1平方メートルあたり2キログラムまいて、もう一度耕します。

## 種をまく

種は、雨の翌日など土が湿っている日にまきます。
"""


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # 「…どこに付いているかも、潜水して確かめた」: checked that too, beside what? (165b)
        (JELLYFISH, "クラゲの幼生"),
        # 「1週間後、堆肥を…もう一度耕します」: a week after which step? (165a)
        (GARDEN, "1週間後"),
    ],
)
def test_a_sentence_that_leans_on_the_one_before_is_not_placed(text, opening):
    corpus = build_corpus(make_article(text=text))
    assert build_section(sentence_starting(corpus, opening), corpus) is None


def test_a_sentence_of_its_own_is_still_placed():
    # Control (passes before the rules too): the buoys' record names what it measures.
    corpus = build_corpus(make_article(text=JELLYFISH))
    draft = build_section(sentence_starting(corpus, "海水の温度"), corpus)
    assert draft is not None and draft.kind == QuestionKind.SECTION


def test_cards_teachers_sent_back():
    # An orchestra's 本拠地 is no citadel, 南北朝の動乱 no commotion, a rented 農園 no
    # plantation, a bay's 護岸 no river dike (165a, 165b).
    assert "stronghold" not in word_senses("本拠地", "ほんきょち")
    assert "commotion" not in word_senses("動乱", "どうらん")
    assert "plantation" not in word_senses("農園", "のうえん")
    assert "river dike" not in word_senses("護岸", "ごがん")
