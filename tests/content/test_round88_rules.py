"""Issue 9, blind round 88: a year an account is given as of, and an interview's line that
another heading's verb in kana claims too. Each text is our own."""

import pytest

from content.generation.builders import build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_no_swap_of_the_year_an_account_is_given_as_of():
    # 「1999年現在、…茶園面積は約130ヘクタール…」 (false): of 1999 the article says nothing (88a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 山あいの茶どころ\n\n"
                "## 茶づくりの始まり\n\n"
                "茶の栽培は、1880年ごろ村の名主が静岡から苗を取り寄せたことに始まる。\n"
                "1910年には、村の茶園は約40ヘクタールに広がった。\n"
                "1935年、村の青年団が初めて手もみの品評会を開いた。\n\n"
                "## 機械化と今\n\n"
                "共同の製茶工場は1965年に完成した。\n"
                "1998年の遅霜では、一番茶の半分近くが枯れた。\n"
                "2003年には、地区の茶が県の品評会で一等に選ばれた。\n"
                "2024年現在、地区の茶園面積は約90ヘクタール、生産農家は54戸で、"
                "戸数はピーク時の半分ほどに減った。\n"
            )
        )
    )
    item = sentence_starting(corpus, "2024年現在")
    assert build_truefalse(item, span_of(item, "2024年"), corpus) is None
    # A year that dates an event still swaps.
    event = sentence_starting(corpus, "1935年")
    assert build_truefalse(event, span_of(event, "1935年"), corpus)


def test_no_which_section_of_a_line_another_headings_kana_verb_claims():
    # 「…ほどきの手伝いばかり」 under 「祖母の針箱から」, beside 「「ほどく」ことから始まる仕事」 (88b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 古い帯を直す\n\n"
                "## 工房を開くまで\n\n"
                "――この仕事に入ったきっかけは。\n"
                "「専門学校を出てから、西陣の帯屋に弟子入りしました。\n"
                "最初の二年間は、針仕事の練習と、ほどきの手伝いばかりの毎日でした」\n\n"
                "## 「ほどく」から始める\n\n"
                "――直すときは、まず何をするのですか。\n"
                "「まず糸を一本ずつ抜いて、帯を一枚の布に戻します。\n"
                "そうすると、どこが弱っているかがよくわかるんです」\n\n"
                "## 料金と納期\n\n"
                "――料金はいくらくらいですか。\n"
                "「帯の仕立て直しは、一本4万円前後からお受けしています。\n"
                "納期は、混んでいなければ一か月ほどです」\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "最初の二年間"), corpus) is None
