"""Issue 9, blind round 131: a clock time whose minutes are in kanji, which-section of a
quote under a heading of comments or of a line that names nothing, and cards. Each text is
our own."""

import pytest

from content.analysis.glossary import word_senses
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_131():
    assert word_senses("東岸", "とうがん") == word_senses("西岸", "せいがん") == ""
    assert word_senses("交信", "こうしん") == "telecommunications"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # Sudachi reads 十分 of 四十分 as "enough": the minutes were left outside (131a).
        ("港に着いたのは午後二時四十分だった。", "午後二時四十分"),
        ("受付は午前八時十五分に始まる。", "午前八時十五分"),
        ("開場は朝九時十分だ。", "九時十分"),
        ("集合は朝七時五十分です。", "七時五十分"),
        ("式は午前十時半に始まる。", "午前十時半"),
    ],
)
def test_a_clock_time_keeps_its_minutes_in_kanji(text, time):
    times = [span.text for span in find_spans(text, tokenize(text)) if span.type == SpanType.TIME]
    assert times == [time]


LAUNCH = (
    "# 小型衛星の打ち上げ\n\n"
    "## 打ち上げは成功\n\n"
    "北光宇宙は3月5日、地球を観測する小型衛星を打ち上げた。\n"
    "衛星は高度約500キロの軌道に入った。\n"
    "地上局との初めての通信は、打ち上げの2時間後に確かめられた。\n"
    "衛星は重さ約60キロで、冷蔵庫ほどの大きさだ。\n\n"
    "## 最高経営責任者のコメント\n\n"
    "記者会見で、山本氏は「災害の様子を一刻も早く届けたい」と述べた。\n"
    "同社は2030年までに衛星を20基に増やす計画だ。\n"
    "画像は自治体や保険会社に販売する。\n"
    "売上高は5年後に50億円を目指す。\n\n"
    "## 旅の途中で\n\n"
    "峠の坂は思ったより急で、何度も自転車を降りて押した。\n"
    "お礼を言うと、「お互いさまですよ」と笑って先に行ってしまいました。\n"
    "湖畔の食堂で、名物の焼き魚を食べた。\n"
    "帰りの電車では、窓の外の夕日がきれいだった。\n"
)


def test_no_which_section_of_a_quote_under_the_heading_of_comments():
    # 「会見では「…」と衛星の狙いを説明した」 under 「最高経営責任者のコメント」 (131b).
    corpus = build_corpus(make_article(text=LAUNCH))
    assert build_section(sentence_starting(corpus, "記者会見で"), corpus) is None


def test_no_which_section_of_a_line_that_names_nothing():
    # 「お礼を言うと、『お互いさまですよ』と笑って…」: whose words? The sentence before (131a).
    corpus = build_corpus(make_article(text=LAUNCH))
    assert build_section(sentence_starting(corpus, "お礼を言うと"), corpus) is None


def test_no_which_section_of_reported_words_under_the_heading_of_comments():
    # 「…光学衛星だけでは被害の把握が難しいと指摘した」 under 「最高経営責任者のコメント」:
    # the words are reported, not quoted, and the heading of comments is as plain (131b's kit).
    corpus = build_corpus(
        make_article(
            text=LAUNCH.replace(
                "画像は自治体や保険会社に販売する。",
                "夜の豪雨では、空からの写真だけでは被害の把握が難しいと指摘した。",
            )
        )
    )
    assert build_section(sentence_starting(corpus, "夜の豪雨では"), corpus) is None
