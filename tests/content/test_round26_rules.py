"""Issue 9, blind round 26: options a sentence computes or bounds, figures that say "all day",
dates timed from another date, statements that turn on near years, a possibility or a phone
number denied, a count its own list shows, compositional words and a slur on a card's back.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import (
    build_choice,
    build_negated_truefalse,
    build_reading,
    build_truefalse,
)
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GATES = """# 新しい改札と夜間の相談

## 顔で通る改札

新しい改札を1人が通る時間は平均0.9秒で、ICカードの1.3秒より約30%短かった。
駅の改札は朝・昼・夕方の3回、係員が点検している。
改札の部品を作る工場は2022年に完成した。
最初の駅での試験は2023年に行われ、利用者の声が集められた。
会社が顔で通る改札の開発を始めたのは2015年だった。
故障の知らせは、先月だけで5回あった。

## 夜の相談窓口

看護師が 24時間 電話で 相談に のります。
夜に 急に 熱が 出る ことが あります。
相談の 電話は 0489-55-3120です。
多くの野菜は1日に最低4〜5時間、できれば6時間以上の日光を必要とします。
"""


def test_a_figure_the_sentence_computes_from_another_is_not_asked():
    corpus = build_corpus(make_article(text=GATES))
    item = sentence_starting(corpus, "新しい改札を1人が")
    assert build_choice(item, span_of(item, "0.9秒"), corpus) is None


def test_a_bound_in_the_sentence_rules_options_out():
    corpus = build_corpus(make_article(text=GATES))
    item = sentence_starting(corpus, "多くの野菜は")
    span = span_of(item, "4〜5時間")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=6)
    assert options and all(int(option[0]) < 6 for option in options), options


def test_all_day_is_no_figure_to_ask():
    corpus = build_corpus(make_article(text=GATES))
    item = sentence_starting(corpus, "看護師が")
    assert build_choice(item, span_of(item, "24時間"), corpus) is None


def test_a_statement_never_turns_on_a_year_near_its_own():
    # 2022年 is the article's too, but a year from 2023年: 2015年 is the swap.
    corpus = build_corpus(make_article(text=GATES))
    item = sentence_starting(corpus, "最初の駅での試験は")
    draft = build_truefalse(item, span_of(item, "2023年"), corpus)
    assert draft is not None
    false_side = draft if draft.answer == "false" else draft.other_side
    assert false_side.extra["swapped"] == "2015年"


def test_a_count_its_own_list_shows_is_not_swapped():
    corpus = build_corpus(make_article(text=GATES))
    item = sentence_starting(corpus, "駅の改札は")
    assert build_truefalse(item, span_of(item, "3回"), corpus) is None


def test_a_possibility_and_a_phone_number_are_not_denied():
    corpus = build_corpus(make_article(text=GATES))
    assert build_negated_truefalse(sentence_starting(corpus, "夜に"), corpus) is None
    assert build_negated_truefalse(sentence_starting(corpus, "相談の"), corpus) is None


HISTORY = """# 潟の新田

## 大水のあと

寛延2年（1749年）の秋、大水で堤が切れ、新田の半分が水につかった。
藩は翌年から堤の修復に取りかかり、宝暦3年（1753年）までに約6,500両を費やした。
修復が終わった宝暦5年（1755年）には、米の取れ高が大水の前に戻った。
元文3年（1738年）に完成した排水路も、このとき大きく広げられた。
"""


def test_a_date_timed_from_another_date_is_not_asked():
    corpus = build_corpus(make_article(text=HISTORY))
    item = sentence_starting(corpus, "藩は翌年から")
    span = span_of(item, "宝暦3年（1753年）")
    assert build_choice(item, span, corpus) is None
    assert build_truefalse(item, span, corpus) is None
    dated = sentence_starting(corpus, "修復が終わった")
    assert build_choice(dated, span_of(dated, "宝暦5年（1755年）"), corpus) is not None


@pytest.mark.parametrize("word", ["顔写真", "毎秒", "工事費"])
def test_a_word_made_of_words_a_learner_knows_is_basic(word):
    assert is_basic_word(word)


# 新 of 新幹線 is no prefix either, though round 80 found 新幹線 itself too easy; 全長 stands for
# it here.
@pytest.mark.parametrize("word", ["扇風機", "漁獲量", "全長"])
def test_a_word_of_its_own_is_not_basic(word):
    assert not is_basic_word(word)


def test_a_cards_back_gives_no_slur():
    senses = word_senses("人足", "にんそく")
    assert "coolie" not in senses and "laborer" in senses


def test_a_word_read_two_ways_is_never_a_typed_reading():
    # 田畑 is たはた and でんぱた: typed, a right でんぱた would be marked wrong.
    corpus = build_corpus(
        make_article(text="# 大水\n\n## 村の被害\n\n大水で家や田畑が流された。\n")
    )
    item = sentence_starting(corpus, "大水で")
    draft = build_reading(item, token_of(item, "田畑"), corpus)
    assert draft is None or (len(draft.choices) == 4 and "でんぱた" not in draft.choices)
