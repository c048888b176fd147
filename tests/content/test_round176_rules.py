"""Issue 9, blind round 176 (judged on session 31's final commit): which-section questions
matched by a kanji or a verb's stem, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import (
    all_readings,
    has_several_readings,
    is_basic_word,
    word_senses,
)
from content.generation.builders import build_reading, build_section, build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TEMPLE = """# 山あいの禅寺と庭園

## 寺のはじまり

山あいの禅寺は、応永3年に僧の円信が開いたと伝えられている。
円信は都で修行したのち、この谷に小さな草庵を結んだ。
やがて近くの村人が米や薪を届けるようになり、寺は少しずつ大きくなった。
当時の記録には、百人を超える僧が集まったと書かれている。

## 戦乱と焼失

応仁の乱が始まると、寺は兵の宿所として使われた。
文明5年には火が放たれ、本堂と僧坊の多くが焼け落ちた。
僧たちは仏像と経典を背負い、山奥の洞窟へ逃れたという。
寺が元の姿を取り戻すまでには、五十年以上かかった。

## 二つの庭園

方丈の南には、白砂に石を組んだ枯山水が広がっている。
北庭は江戸時代の修理の際に造られたもので、苔に覆われた穏やかな眺めが続く。
石の配置は、海に浮かぶ島々を表していると考えられている。
秋には紅葉が苔の上に散り、多くの写真愛好家が訪れる。

## 今の寺

現在の住職は、座禅会を毎月第二日曜日に開いている。
参加者は近隣の会社員から海外の留学生までさまざまだ。
寺では写経の体験も受け付けており、予約は電話で行う。
住職は「静かな時間を持ち帰ってほしい」と話す。
"""


def test_a_compass_point_and_a_kanji_of_the_heading_give_it_away():
    # 北庭 under 「二つの庭園」: matched by 庭 without reading (176a).
    corpus = build_corpus(make_article(text=TEMPLE))
    assert build_section(sentence_with(corpus, "北庭は"), corpus) is None


GARDEN = """# ベランダで野菜を育てる

## ステップ3　場所を選ぶ

まず、ベランダに一日何時間日が当たるかを確かめましょう。
日当たりが4時間以下なら、葉物野菜のほうが失敗が少なくなります。
エアコンの室外機の前は、熱い風が当たるので避けてください。
手すりの外にプランターを掛けるのは、落下の危険があるためやめましょう。

## ステップ4　苗を植える

苗は、本葉が5枚ほど出たものを園芸店で選びます。
根鉢を崩さないように、ポットからそっと取り出しましょう。
深さは、根鉢の表面が土と同じ高さになるくらいが目安です。
最後にたっぷり水をやり、支柱を立てて茎をひもで結びます。

## ステップ5　毎日の世話と収穫

植え付けから2週間ほどたったら、2週間に1回、液体肥料を与えましょう。
真夏は朝と夕方の2回、鉢の底から水が流れ出るまで水をやります。
わき芽は見つけ次第、指で摘み取ってください。
実が赤く色づいたら、はさみでへたの上を切って収穫します。
"""


def test_a_noun_of_another_headings_verb_stem_gives_that_heading_as_well():
    # 植え付け beside 「苗を植える」: the sentence reads as the planting step's too (176a).
    corpus = build_corpus(make_article(text=GARDEN))
    assert build_section(sentence_with(corpus, "植え付けから"), corpus) is None


def test_a_which_section_sentence_of_other_words_is_still_asked():
    # Control (passes before and after): the watering line shares no heading's word or stem.
    corpus = build_corpus(make_article(text=GARDEN))
    assert build_section(sentence_with(corpus, "真夏は"), corpus) is not None


SWEETS = """# 老舗の和菓子店

## 名物の味

創業から続く名物の「松風最中」は、1個180円の値段を変えずに売られている。
店主は毎朝4時に起き、あんを炊く作業から一日を始める。
売り切れを防ぐため、1日に作る最中の数は500個までと決めている。
"""


def test_a_word_inside_a_quoted_name_gets_no_card():
    # 「松風最中」 is a sweet, もなか, not さいちゅう "in the middle of" (176b).
    corpus = build_corpus(make_article(text=SWEETS))
    item = sentence_with(corpus, "松風最中")
    token = token_of(item, "最中")
    assert build_reading(item, token, corpus) is None
    assert build_vocab(item, token, corpus) is None
    # The article's 最中 alone, after it names 「松風最中」, is that sweet.
    alone = sentence_with(corpus, "最中の数")
    assert build_vocab(alone, token_of(alone, "最中"), corpus) is None


def test_cards_teachers_sent_back():
    # 開山となって: the founding priest, not "founding a temple (on a hill-top)" (176a).
    assert word_senses("開山", "かいさん", ("なる", "創建")) == ""
    # 町衆 is ちょうしゅう as well as まちしゅう: the context chooses, and no card does (176a).
    assert {"ちょうしゅう", "まちしゅう"} <= all_readings("町衆")
    assert has_several_readings("町衆")
    # Too easy for a card (176b).
    for word in ("単語", "深い", "菓子", "復習"):
        assert is_basic_word(word), word
