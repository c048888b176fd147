"""Issue 9, blind round 18: a figure cut out of a word (10円玉), estimates beside unround
options, a day as trivia, a part of a total, a wh-question whose topic the article gives
several figures, a price of nothing named, a word with 後 or a basic kanji read, compounds of
basic words, and a surname read as a noun. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_reading, build_vocab, build_wh
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.standing import is_plain_fact
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


KNIFE = """# 包丁を研ぐ

## 角度を決める

刃の背の下に10円玉を2枚重ねた高さが、角度の目安になる。
慣れれば1回15分ほどで作業が終わる。
研ぎ終わったら、刃を水で洗ってよく拭く。
就任後の料理長は、毎朝この作業から一日を始めた。
"""


def test_a_figure_inside_a_longer_word_is_not_asked():
    corpus = build_corpus(make_article(text=KNIFE))
    item = sentence_starting(corpus, "刃の背の下に")
    # 10円［玉］: its options would be coins that do not exist (8円玉).
    assert all(build_choice(item, span, corpus) is None for span in item.spans if "円" in span.text)


def test_an_estimate_of_fives_has_options_of_fives():
    corpus = build_corpus(make_article(text=KNIFE))
    item = sentence_starting(corpus, "慣れれば")
    options = pick_distractors(
        span_of(item, "15分"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert options and all(option.rstrip("分")[-1] in "05" for option in options)


def test_a_day_and_a_part_of_a_total_are_not_asked():
    text = """# 自転車メーカーの決算

## 決算の概要

東和サイクルは、2025年2月14日、前の年の決算を発表した。
主将の原田はこの試合で、ブロックによる得点5点を含む12得点を挙げた。
売上高は412億円で、前の年より8%増えた。
営業利益は31億円だった。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "東和サイクルは")
    assert build_choice(item, span_of(item, "2025年2月14日"), corpus) is None
    item = sentence_starting(corpus, "主将の原田は")
    assert build_choice(item, span_of(item, "5点"), corpus) is None


def test_no_wh_question_on_a_topic_the_article_gives_other_figures_of():
    text = """# 自転車メーカーの決算

## 全体

売上高は412億円で、前の年より8%増えた。
営業利益は31億円で、利益率が上がった。

## 海外

海外の売上高は140億円で、全体の三割を超えた。
欧州では電動自転車がよく売れた。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "売上高は412億円")
    # 「売上高は、いくらですか。」: the whole's, or overseas'? The article has both.
    assert build_wh(item, span_of(item, "412億円"), corpus) is None


def test_a_price_with_nothing_named_is_no_statement():
    assert not is_plain_fact("価格は3,000円前後で、家庭用としては長く使える。")


def test_no_reading_of_a_word_with_a_time_suffix_or_of_one_basic_kanji_and_kana():
    text = KNIFE + "\n足かけ三年の修業で、研ぎの技を身につけた。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "就任後の")
    assert build_reading(item, token_of(item, "就任後"), corpus) is None
    item = sentence_starting(corpus, "足かけ")
    assert build_reading(item, token_of(item, "足かけ"), corpus) is None


@pytest.mark.parametrize("word", ["自転車通勤", "新製品"])
def test_a_compound_of_basic_words_is_basic(word):
    assert is_basic_word(word)


def test_a_rare_compound_stays_worth_a_card():
    assert not is_basic_word("火山性地震")


def test_a_surname_is_not_read_as_the_noun_it_spells():
    text = """# 決勝への道

## エースとセッター

セッターの山内さくらは、試合の流れを読んでトスを上げた。
終盤は、山内のトス配分がさえた。
エースの原田は、ここぞという場面で決めた。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "終盤は")
    token = next((t for t in item.tokens if t.surface == "山内"), None)
    assert token is not None
    assert build_vocab(item, token, corpus) is None
    assert build_reading(item, token, corpus) is None
    assert "山内さくら" in corpus.person_names
    assert [t.surface for t in tokenize("山内")] == ["山内"]
