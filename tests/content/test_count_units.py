"""Counts in the units how-tos, reports and notices use: each is a figure to ask, of its own
unit (session 32 found them unasked in round 176's articles). Each text is our own."""

import pytest

from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with, span_of, span_types
from tests.factories import make_article


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("長さ150cmの支柱を立てる。", "150cm"),
        ("厚さ約1.5ミリまでのばす。", "1.5ミリ"),
        ("深さ30センチメートルの鉢を使う。", "30センチメートル"),
        ("1基あたりの出力は15メガワットだ。", "15メガワット"),
        ("出力は15MWに達する。", "15MW"),
        ("沖合に30基の風車を並べる。", "30基"),
        ("苗2株を植える。", "2株"),
        ("平日は一日64便を運行する。", "64便"),
        ("住宅120世帯に電気を送る。", "120世帯"),
        ("県内で20店舗を営む。", "20店舗"),
        ("バスは1日3往復する。", "3往復"),
        ("ホールは800席を備える。", "800席"),
        ("水は3日分を用意する。", "3日分"),
        ("材料は4人分です。", "4人分"),
        ("ビルは地上5階建てだ。", "5階建て"),
    ],
)
def test_a_count_in_its_unit_is_a_span(text, count):
    assert span_types(text).get(count) == "count"


@pytest.mark.django_db
def test_a_count_of_the_places_it_goes_to_is_not_asked():
    # 「つくば市と那須塩原市に［2店舗］を出店」: the two places name the count.
    corpus = build_corpus(
        make_article(
            text="# 新しい店\n\n## 出店の計画\n\n"
            "下期には茨城県つくば市と栃木県那須塩原市に2店舗を出店する計画である。\n"
        )
    )
    item = sentence_with(corpus, "2店舗")
    assert build_choice(item, span_of(item, "2店舗"), corpus) is None
