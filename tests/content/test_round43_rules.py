"""Issue 9, blind round 43: a family's business, a measure of something unnamed, and a
president's intention under a heading of the outlook. Each text is our own."""

import pytest

from content.analysis.spans import SpanType
from content.generation.builders import build_section, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_familys_name_on_its_business_names_the_business():
    text = "山あいの森川酒造は、小さな酒蔵だ。"
    spans = span_types(text)
    assert spans["森川酒造"] == SpanType.ORGANIZATION
    assert "酒造" not in spans


QUAKES = """# 地震を知らせる仕組み

## 二つの波

地震が起きると、速いP波と遅いS波が同時に生まれる。
P波は岩の中を秒速約7キロメートルで伝わり、小さな縦揺れを起こす。
速さは秒速約4キロメートルにとどまる。
観測所の地震計は、P波が届いた数秒後にS波の大きな揺れを記録する。

## 観測の網

気象庁は全国の約1,700か所に地震計を置いている。
海底の観測網は、沿岸から沖合まで150の観測点を光ケーブルで結んでいる。
観測所のデータは、一秒ごとに東京と大阪の二つの拠点へ送られる。
研究所の所長は「警報の遅れを一秒でも縮めていきたい」と語った。

## 相談窓口

市の防災課では、家具の固定や備蓄について相談を受け付けている。
場所は市役所の東館の二階で、エレベーターを降りてすぐ右側です。
平日の午前九時から午後五時まで、電話でも予約できる。

## 今後の見通し

気象庁は、予測の精度を上げるための新しい計算方法を試している。
二〇三〇年までに、全国の地震計を新しい型に入れ替える計画もある。
"""


@pytest.fixture
def quakes():
    return build_corpus(make_article(text=QUAKES))


def test_a_speed_of_something_unnamed_does_not_stand_alone(quakes):
    assert not stands_alone(sentence_starting(quakes, "速さは"), quakes)


def test_a_place_of_something_unnamed_is_no_which_section_question(quakes):
    assert build_section(sentence_starting(quakes, "場所は"), quakes) is None


def test_an_intention_fits_the_outlook_as_well(quakes):
    assert build_section(sentence_starting(quakes, "研究所の所長"), quakes) is None
