"""Issue 9, blind round 184 (judged on bb253ba). Each case is one a reviewer failed."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_results_reports_first_half_is_no_cell_biology():
    # 「中間期として過去最高を更新した」 was glossed "interphase, interkinesis" (184b).
    assert word_senses("中間期", "ちゅうかんき") == ""


def test_well_worn_is_no_apprentices_contract():
    # 「建物は年季が入っています」 (184b): no card beside 入る; the contract stays elsewhere.
    assert word_senses("年季", "ねんき", ("入る",)) == ""
    assert "apprentice" in word_senses("年季", "ねんき", ("奉公",))


def test_set_up_alongside_is_not_first_a_schools_joint_establishment():
    # 「1階にカフェと…スペースを併設し」 (184a).
    assert word_senses("併設", "へいせつ").startswith("establishment as an annex")


LEARNING = """# {title}

## 広がる学び直し

社会人向けの語学講座は、この五年で受講者が倍に増えた。
仕事帰りに通える夜間の教室も、都市部を中心に開かれている。
企業が受講料を補助する例も、少しずつ広がってきた。
会社の研修制度を使えば、費用の半分が戻ってくる場合もある。

## 続かない現実

{line}
同じ調査では、半年以上通い続けた人は三割にとどまった。
挫折の理由では、仕事の忙しさを挙げる人が最も多かった。
教材を買っただけで満足してしまう人もいるという。

## 目的を決める

何のために学ぶのかを、始める前に書き出しておくとよい。
旅行先で店員と話したいなら、会話の練習から始めるのが近道だ。
"""


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("意気込んで申し込んでも、長続きしない人は少なくない。", False),
        ("意気込んで申し込んでも、途中でやめてしまう人は少なくない。", True),
    ],
)
def test_a_noun_of_the_headings_verb_gives_the_heading_away(line, asked):
    # 「…長続きしない人も少なくない」 under 「続かない現実」 (184b): 長続き holds 続く's 続き.
    corpus = build_corpus(make_article(text=LEARNING.format(title="語学講座の今", line=line)))
    assert (build_section(sentence_with(corpus, "意気込んで"), corpus) is not None) == asked


@pytest.mark.parametrize(
    ("title", "asked"), [("木々はなぜ色づくのか", False), ("紅葉の仕組み", True)]
)
def test_a_topic_that_is_the_titles_in_other_words_fits_every_section(title, asked):
    # 「秋になって日照時間が短くなると、樹木は冬支度を始める」 in 「木々はなぜ色づくのか」 (184a):
    # 樹木 and 木々 are both "trees", what the whole article is about.
    text = f"""# {title}

## 緑の色素が消える

夏の葉が緑に見えるのは、葉緑素という色素が多いからだ。
秋になって日照時間が短くなると、樹木は冬支度を始める。
葉の中の葉緑素は、寒さとともに分解されていく。
緑が抜けると、もともと葉にあった黄色の色素が見えてくる。
イチョウの葉が黄色くなるのは、このためである。

## 赤い色は新しく作られる

カエデの赤は、秋になってから葉の中で新しく作られる色素による。
晴れた日が続き、夜に冷え込むと、赤い色素が多く作られる。

## 色づきを左右する天気

昼と夜の気温の差が大きい年ほど、紅葉は鮮やかになる。
雨が少なすぎると、葉が色づく前に枯れて落ちてしまう。
"""
    corpus = build_corpus(make_article(text=text))
    assert (build_section(sentence_with(corpus, "冬支度"), corpus) is not None) == asked
