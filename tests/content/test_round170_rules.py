"""Issue 9, blind round 170: a heading's modified noun, the voiced past in a cleft, and cards.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_section, build_vocab
from content.generation.clefts import TIME_TYPES, cleft_question
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

POST_TOWN = """# 峠の宿場町をたどる

## 宿場の始まり

街道が整えられると、峠のふもとの村は人馬を継ぎ立てる宿場に指定された。
村の有力な家が本陣を務め、大名や公家の一行を泊めた。

## 大火と復興

宿場の歴史は、たびたび起きた火事との戦いでもあった。
焼け跡には隣の藩から材木が運ばれ、二年ほどで旅籠が建て直された。

## いまに残る町並み

格子戸の続く通りは、昭和の終わりに保存地区に選ばれた。
"""

pytestmark = pytest.mark.django_db


def test_a_word_holding_the_noun_a_heading_modifies_is_not_placed():
    # 「…火事との戦いでもあった」 under 「大火と復興」: matched by 火 alone (170a).
    corpus = build_corpus(make_article(text=POST_TOWN))
    assert build_section(sentence_starting(corpus, "宿場の歴史"), corpus) is None


def test_a_sentence_without_the_modified_noun_is_still_placed():
    # Control (passes before and after): 焼け跡 and 材木 hold no 火.
    corpus = build_corpus(make_article(text=POST_TOWN))
    assert build_section(sentence_starting(corpus, "焼け跡"), corpus) is not None


POTTER = """# 窯を継いだ若い陶工

## 祖父から学んだこと

会社を辞めて町に戻り、祖父のそばで三年間、土づくりから教わりました。
"""

FARM = """# 有機野菜の農家

## 畑の準備

春の植え付けの前に、堆肥を混ぜる土づくりに一か月をかけます。
"""


def test_a_trades_word_gets_a_card_only_beside_the_trade():
    # A potter's 土づくり prepares clay, not a farmer's "keeping soil in good condition" (170b).
    corpus = build_corpus(make_article(text=POTTER))
    item = corpus.sentences[0]
    assert build_vocab(item, token_of(item, "土づくり"), corpus) is None


def test_the_trades_word_keeps_its_card_in_the_trade():
    # Control (passes before and after): beside 堆肥 the farmer's sense is the word's.
    corpus = build_corpus(make_article(text=FARM))
    item = corpus.sentences[0]
    draft = build_vocab(item, token_of(item, "土づくり"), corpus)
    assert draft is not None and "soil" in draft.extra["gloss"]


def test_an_offices_coordinating_is_no_collecting():
    # 「町の行政や訴えごとの取りまとめを担った」 was glossed "collecting, collation" (170a).
    assert word_senses("取りまとめ", "とりまとめ", ("担う", "行政")) == ""


def test_cards_teachers_called_too_easy():
    # 危険度 is 危険 and 度 (170a), 銀行名 銀行 and 名 (170b); 色分け, 電線 (170a), 曇り (170b).
    for word in ("危険度", "銀行名", "色分け", "電線", "曇り"):
        assert is_basic_word(word), word


def test_a_fiscal_year_and_a_rare_head_keep_their_cards():
    # Control (passes before and after): 昨年度 is 昨 and 年度; 知名 of 知名度 is seldom met.
    assert not is_basic_word("昨年度")
    assert not is_basic_word("知名度")


def _dated(text: str):
    return next(s for s in find_spans(text, tokenize(text)) if s.type in TIME_TYPES)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # 継いだ, 学んだ: the past's た voiced after the verb's sound change (170b's potter had
        # no wh-question; its だ was read as the copula).
        ("遥さんは2021年に祖父の窯を継いだ。", "遥さんが祖父の窯を継いだのは、いつですか。"),
        (
            "兄は2015年に大阪の大学で建築を学んだ。",
            "兄が大阪の大学で建築を学んだのは、いつですか。",
        ),
        # Control (passes before and after): the past's た after a verb with no sound change.
        ("市は2021年に新しい条例を定めた。", "市が新しい条例を定めたのは、いつですか。"),
    ],
)
def test_a_voiced_past_makes_a_cleft(text, question):
    assert cleft_question(text, _dated(text)) == question


def test_a_copula_is_still_no_event():
    # Control (passes before and after): 「…のは、いつですか」 of what a thing is asks nothing.
    text = "出島は1636年に完成した人工の島だった。"
    assert cleft_question(text, _dated(text)) is None


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("駅前の書店は2010年に開店した。", "駅前の書店が開店したのは、いつですか。"),
        ("監督の田中は2019年に引退した。", "監督の田中が引退したのは、いつですか。"),
    ],
)
def test_a_topic_that_an_event_befalls_is_the_clefts_subject(text, question):
    # 店は…開店した: the shop is what opened, no object of 開店 (round 170's 引退).
    assert cleft_question(text, _dated(text)) == question


def test_a_topic_that_a_suru_verb_may_take_as_object_makes_no_cleft():
    # Control (passes before and after): 「大会は…開催した」, the topic is what was held, and
    # 「大会が開催したのは」 makes it the holder (round 30).
    text = "市民マラソン大会は2019年に市の中心部で開催した。"
    assert cleft_question(text, _dated(text)) is None
