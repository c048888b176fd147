"""Issue 9, blind round 138: a race's divisions, a start swapped beside the years it lasted,
a gap of no named race, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

MARATHON = """# 港町マラソン、村井と佐々木が初優勝

## 男子：村井が35キロから独走

男子は地元出身の村井健太（27）が2時間11分で初優勝した。
2位の山下亮（24）との差はゴール時点で48秒に広がっていた。
3位には大学生の石川大樹（21）が入った。
4位の森本拓海（30）は前回の覇者だった。

## 女子：ゴール前2キロで逆転

女子は大学4年生の佐々木美咲（22）が2時間27分で優勝した。
レースの大半をリードしていたのは、前回女王の高田奈緒（31）だった。
3位は会社員の小野寺彩（26）、4位は高校教諭の川村由紀（29）だった。

## 市民ランナーの挑戦

最高齢の完走者は81歳の元郵便局員、岡本正男さんで、5時間52分をかけてゴールした。
"""


def test_a_runners_options_are_runners_of_the_same_division():
    # 「女子は大学4年生の［佐々木美咲］（22）が…優勝した」 among men's names (138b, four times).
    corpus = build_corpus(make_article(text=MARATHON))
    # Women only, and men only; never all three, whose four characters would leave the key the
    # one name of five, or of three (round 155's rule of a key set apart by its length).
    women = set(options_of(corpus, "女子は", "佐々木美咲"))
    assert women and women < {"高田奈緒", "小野寺彩", "川村由紀"}
    men = set(options_of(corpus, "2位の", "山下亮"))
    assert men and men < {"村井健太", "石川大樹", "森本拓海"}
    # With one other woman, no man and no citizen runner told under no division fills in.
    fewer = MARATHON.replace(
        "3位は会社員の小野寺彩（26）、4位は高校教諭の川村由紀（29）だった。\n", ""
    )
    corpus = build_corpus(make_article(text=fewer))
    assert options_of(corpus, "女子は", "佐々木美咲") == ["高田奈緒"]


def test_no_statement_swaps_a_start_beside_the_years_it_lasted():
    # 「2017年8月に始まった大蛇行は7年以上続き」 as 2025年4月: false by arithmetic (138b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 黒潮の大蛇行\n\n## 観測の記録\n\n"
                "2017年8月に始まった大蛇行は7年以上続き、観測史上最長となった。\n"
                "前回の大蛇行は2004年に終わった。\n"
                "気象庁は2025年4月、大蛇行が終わったと発表した。\n"
            )
        )
    )
    item = sentence_starting(corpus, "2017年8月")
    assert build_truefalse(item, span_of(item, "2017年8月"), corpus) is None


def test_no_statement_on_a_gap_of_no_named_race():
    # 「最終的な差はわずか48秒だった」: the men's gap was 48秒 too (138b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 港町マラソン\n\n## 女子\n\n"
                "女子は佐々木美咲が優勝した。\n"
                "最終的な差はわずか12秒だった。\n"
                "男子の差は48秒だった。\n"
            )
        )
    )
    item = sentence_starting(corpus, "最終的な差")
    assert build_truefalse(item, span_of(item, "12秒"), corpus) is None


def test_cards_teachers_struck():
    # 後年 of a worker who looked back years later is no "future years"; 覚える is too easy.
    assert "future years" not in word_senses("後年", "こうねん")
    assert word_senses("後年", "こうねん")
    assert is_basic_word("覚える")
