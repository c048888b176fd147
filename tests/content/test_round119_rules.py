"""Issue 9, blind round 119: a swap beside a ratio it breaks, and a card whose meaning is
the word's own sound. Each text is our own."""

import pytest

from content.generation.builders import build_truefalse, build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


STADIUM = (
    "# 新スタジアムが開業\n\n"
    "## 開幕戦\n\n"
    "市は4月、サッカークラブの新しいスタジアムを開業した。\n"
    "開幕戦には3万1千人が集まり、席はほぼ埋まった。\n"
    "旧本拠地の競技場では昨季の平均入場者数が1万2千人ほどだったため、約2.6倍に増えた計算になる。\n"
    "試合は地元のクラブが2対1で勝った。\n\n"
    "## 地元の期待\n\n"
    "スタジアムの周りには、新しい飲食店が10軒ほど開いた。\n"
    "市長は「町の新しい顔にしたい」と話した。\n"
)


def test_no_swap_of_a_figure_beside_the_ratio_it_makes():
    # 「…2万9千人ほどだったため、約2.6倍に増えた計算になる」 with 2万5千人 (119a).
    corpus = build_corpus(make_article(text=STADIUM))
    before = sentence_starting(corpus, "旧本拠地の競技場")
    assert build_truefalse(before, span_of(before, "1万2千人"), corpus) is None


PLUMS = (
    "# 梅仕事の季節\n\n"
    "## 材料\n\n"
    "六月になると、店先に青い梅が並ぶ。\n"
    "祖母は毎年、庭の梅で梅干しを漬けていた。\n"
    "漬ける前に、梅のへたを竹串で一つずつ取る。\n"
    "塩は梅の重さの一割五分ほど用意する。\n"
)


def test_no_card_whose_meaning_is_the_words_own_sound():
    # 梅干し: "umeboshi, pickled dried ume" (119a).
    corpus = build_corpus(make_article(text=PLUMS))
    pickling = sentence_starting(corpus, "祖母は毎年")
    token = next(token for token in pickling.tokens if token.surface == "梅干し")
    assert build_vocab(pickling, token, corpus) is None
