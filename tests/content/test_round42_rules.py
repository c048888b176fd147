"""Issue 9, blind round 42: counts Sudachi takes for places, foreign full names, こう語る,
an overview's heading, a step's number, "in X too", sums worked out in the sentence, a year
"or so", a count the title gives away, 所 read either way, and an interviewee's maxim.
Each text is our own."""

import pytest

from content.analysis.spans import SpanType
from content.generation.builders import (
    build_choice,
    build_section,
    build_truefalse,
    stands_alone,
)
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_an_old_measure_in_kanji_is_no_place():
    # Sudachi tags 五千石 as a place; swapped with 荒川, it made nonsense of both sentences.
    assert "五千石" not in span_types("完成から十年で、村の石高は五千石を超えた。")
    assert span_types("荒川が平野へ出る地点に堰を築いた。")["荒川"] == SpanType.PLACE


def test_a_foreign_full_name_is_one_person():
    spans = span_types("米国のスティーブン・エムレンは、星空を回す実験を行った。")
    assert spans["スティーブン・エムレン"] == SpanType.PERSON
    assert "スティーブン" not in spans and "・エムレン" not in spans


CANAL = """# 台地の用水と村々の三百年

## 用水ができるまで

台地の村々は、昔から水不足に苦しんできた。
代官の今村勘兵衛は、荒川が平野へ出る地点に堰を築くことを決めた。
工事には八か村から延べ三万人が集まり、元禄十一年に始まった。
堰の近くには、水の量を調べる小屋が四か所に建てられた。
三百年前の人たちが掘った用水を、住民は今も大切に使っている。

## 村の暮らしの変化

昭和五十年ごろ、台地の農家は一日に米を二十俵出荷していた。
日本でも、農業用の水路の多くは江戸時代に造られた。
一か所ずつ払うと800円なので、三つ回るなら共通券のほうが900円安くなる。
昭和の終わりには、米国や中国の研究者もこの用水を調べに訪れた。

## 今に残る用水

郷土史家の森田和子さんはこう語る。
毎年春には、土地改良区の職員と住民が一緒に水路の泥を上げる。

## 工事と水路の概要

用水は、荒川から水を取り入れる農業用の水路で、台地の村々の田を潤している。
"""


@pytest.fixture
def canal():
    return build_corpus(make_article(text=CANAL))


def test_a_speaker_who_speaks_next_is_no_statement(canal):
    assert not stands_alone(sentence_starting(canal, "郷土史家"), canal)


def test_an_overview_heading_is_never_offered(canal):
    # 水路 is the overview heading's word too: as it is never offered, that gives nothing away.
    draft = build_section(sentence_starting(canal, "毎年春には"), canal)
    assert draft is not None and "工事と水路の概要" not in draft.choices


@pytest.mark.parametrize(
    ("builder", "opening", "span"),
    [
        # "In Japan too": of another country the article says nothing.
        (build_truefalse, "日本でも", "日本"),
        # A sum worked out in the sentence: one figure swapped makes the rest nonsense.
        (build_truefalse, "一か所ずつ", "一か所"),
        # A year "or so": the neighbouring years offered are still about right.
        (build_choice, "昭和五十年", "昭和五十年"),
        # 三百年前 under the title 「…村々の三百年」.
        (build_choice, "三百年前", "三百年前"),
    ],
)
def test_no_question_is_made_of_this_span(canal, builder, opening, span):
    item = sentence_starting(canal, opening)
    assert builder(item, span_of(item, span), canal) is None


STEPS = """# 口座を作る

## 銀行での手続き

1．窓口で番号札を取ります。
2．申込書に名前と住所を書きます。
3．在留カードと印鑑を係員に見せ、本人であることを確かめてもらいます。
4．キャッシュカードの暗証番号を決めます。

## 送金の方法

海外への送金には、銀行の窓口かアプリを使います。
手数料は一回につき数千円かかることがあります。

## 困ったときは

市の国際交流協会では、通訳つきの相談を受け付けています。
"""


def test_a_steps_number_is_not_shown():
    corpus = build_corpus(make_article(text=STEPS))
    draft = build_section(sentence_starting(corpus, "3．"), corpus)
    assert draft is not None and draft.prompt.startswith("在留カード")


def test_a_voicing_of_sho_is_no_misreading():
    # 出張所 is read しゅっちょうじょ and しゅっちょうしょ, as 研究所 is.
    assert "しゅっちょうしょ" not in misreadings("出張所", "しゅっちょうじょ")
    assert "けんきゅうしょ" not in misreadings("研究所", "けんきゅうじょ")


DIVER = """# 海女として五十年

## 十五歳で初めて海へ

――海女になったきっかけを教えてください。
母も祖母も海女でしたから、私も十五歳の夏に初めて海へ入りました。
最初の年は、浅い岩場でサザエを拾うのがやっとでした。

## 海の中で見てきたもの

――海の様子は変わりましたか。
昔は岩の間に海藻が森のように茂っていて、アワビもたくさんいました。
七十歳を過ぎて体があちこち痛くても、水に入ると不思議と軽くなるんです。
二十年ほど前から、海藻が年ごとに減ってきました。

## 掟を守るということ

――漁にはどんな決まりがありますか。
漁ができるのは五月から九月までで、一日に潜る時間も決まっています。
決まりを破れば、組合から一年間、漁を止められます。

## これからの海女

――後に続く人たちに伝えたいことは。
今年の春には、東京から来た二十代の女性が弟子入りしました。
"""


def test_an_interviewees_maxim_is_no_which_section_question():
    corpus = build_corpus(make_article(text=DIVER))
    assert build_section(sentence_starting(corpus, "七十歳を過ぎて"), corpus) is None
    # Nor a rule of the trade: no interview line is asked since round 127.
    assert build_section(sentence_starting(corpus, "決まりを破れば"), corpus) is None
