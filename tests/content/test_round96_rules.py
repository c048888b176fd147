"""Issue 9, blind round 96: figures a reader works out from the article or the title rather
than reads, and a word too plain to ask. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _store(*, with_last_year: bool) -> str:
    return (
        "# 駅前百貨店の決算\n\n"
        "## 売上高と利益\n\n"
        + "売上高は2019年度の905億円から、2020年度には640億円まで落ち込み、2022年度は776億円まで戻った。\n"
        + ("前期の売上高は812億円だった。\n" if with_last_year else "")
        + "当期の売上高は前期比2.7%増の834億円となった。\n"
        "営業利益は24億6000万円となった。\n"
        "バブル期の1990年度に記録した最高益の23億円を、34年ぶりに上回った。\n"
        "訪日客の売上高は61億円と、全体の7%を占めた。\n\n"
        "## 今後の見通し\n\n"
        "来期は、ネット販売の売上高を38億円から60億円に伸ばす計画だ。\n"
        "配当は1株あたり30円とし、前期より5円増やす。\n"
    )


def test_no_choice_of_a_figure_worked_out_from_last_years():
    # 「売上高が前期比2.7%増の［834億円］」 beside the 812億円 it grew from (96a).
    corpus = build_corpus(make_article(text=_store(with_last_year=True)))
    item = sentence_starting(corpus, "当期の売上高")
    assert build_choice(item, span_of(item, "834億円"), corpus) is None
    # Without last year's figure, nothing works it out.
    corpus = build_corpus(make_article(text=_store(with_last_year=False)))
    item = sentence_starting(corpus, "当期の売上高")
    assert build_choice(item, span_of(item, "834億円"), corpus)


def test_no_choice_of_a_figure_surpassed_with_an_adverb_between():
    # 「それまでの最高益である［23億円］を34年ぶりに上回った」: larger options are ruled out
    # by the profit of 24億6000万円 (96a).
    corpus = build_corpus(make_article(text=_store(with_last_year=False)))
    item = sentence_starting(corpus, "バブル期")
    assert build_choice(item, span_of(item, "23億円"), corpus) is None


def test_no_choice_of_a_share_the_title_rounds():
    # 「電力消費量を現在より約［62%］減らせる」 under the title 「…電力6割削減へ」 (96b).
    def article(title: str) -> str:
        return (
            f"# {title}\n\n"
            "## 街路灯をLEDに\n\n"
            "市内の街路灯1万2000基をLEDに替えると、電力消費量を現在より約62%減らせる。\n"
            "水銀灯の多い北部地区では、削減幅が71%に達する見込みだ。\n"
            "2020年度に替えた南部地区では、43%の削減にとどまった。\n"
            "2023年度の試験では、50%を減らした通りもあった。\n"
        )

    corpus = build_corpus(make_article(text=article("街路灯を一斉更新、電力6割削減へ")))
    item = sentence_starting(corpus, "市内の街路灯")
    assert build_choice(item, span_of(item, "62%"), corpus) is None
    corpus = build_corpus(make_article(text=article("街路灯を一斉更新へ")))
    item = sentence_starting(corpus, "市内の街路灯")
    assert build_choice(item, span_of(item, "62%"), corpus)


def test_words_too_plain_of_round_96():
    assert is_basic_word("葉っぱ")
