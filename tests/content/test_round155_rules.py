"""Issue 9, blind round 155: a key set apart by its length or its family, a dinner's hour,
a 所 read either way, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_reading
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

STORES = """# 百貨店の中間決算

## 店舗別の売上高

銀座本店の売上高は、前年同期比8.1%増の842億円だった。
心斎橋店では、海外からの客が増え、化粧品の販売が伸びた。
横浜店は、食料品売り場の改装が効いた。
仙台店と広島店は、前年並みにとどまった。
"""


def test_a_key_is_never_the_one_option_of_its_length():
    # 心斎橋店 among 広島店, 仙台店 and 横浜店 (155b).
    corpus = build_corpus(make_article(text=STORES))
    options = options_of(corpus, "心斎橋店", "心斎橋店")
    assert len({len(option) for option in options}) > 1 or len(options) < 3, options


CASTLE = """# 山城の四百年

## 城主の交代

小野寺信光は、この城を築いた最初の城主である。
信光の子の小野寺政重が、二代目の城主となった。
政重の弟の小野寺頼綱は、のちに三代目を継いだ。

## 信長の時代

城の改修を指揮したのは、信長から送られた奉行の堀田半右衛門だった。
"""


def test_a_person_is_never_the_one_option_outside_a_family_the_others_share():
    # 堀田半右衛門 among 小野寺政重, 小野寺信光 and 小野寺頼綱 (155a).
    corpus = build_corpus(make_article(text=CASTLE))
    options = options_of(corpus, "城の改修", "堀田半右衛門")
    assert not (len(options) == 3 and all(option.startswith("小野寺") for option in options))


INN = """# 山の温泉宿に泊まる

## 宿に着くまで

駅からバスに乗り、午後1時15分に宿の前の停留所に着いた。

## 山の夕食

夕食は午後6時半から、1階の食事処でいただいた。
朝食は午前7時半から、同じ食事処で用意される。
"""


def test_a_meals_hour_has_options_of_its_own_part_of_the_day_and_its_own_words():
    # 夕食は［午後6時半］から among 午後1時15分 (the bus's arrival), 4時半 and 5時半 (155b).
    corpus = build_corpus(make_article(text=INN))
    options = options_of(corpus, "夕食は", "午後6時半")
    assert options and "午後1時15分" not in options
    for option in options:
        assert option.startswith("午後") and option.endswith("半"), options
        assert 5 <= figure_value(option.removeprefix("午後")) <= 9, options


def test_a_typed_reading_of_a_word_in_sho_takes_either_voicing():
    # 停留所 typed as ていりゅうしょ was marked wrong (155b), as 研究所 would be.
    corpus = build_corpus(make_article(text=INN))
    item = sentence_starting(corpus, "駅から")
    question = build_reading(item, token_of(item, "停留所"), corpus)
    assert question is not None
    assert {question.answer, *question.accepted_answers} >= {"ていりゅうじょ", "ていりゅうしょ"}


def test_cards_teachers_sent_back():
    # A domain's 領地 is no school's grounds (155a).
    assert "grounds" not in word_senses("領地", "りょうち")
    # Too plain for a card or a reading (155a, 155b).
    for word in ["全て", "雪道", "和室", "地震計", "塩焼き", "手打ち"]:
        assert is_basic_word(word), word
