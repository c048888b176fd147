"""Which way a figure moved, as a true or false statement in other words than the report's
(content/generation/changes.py). Each text is our own."""

import pytest

from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from content.models import QuestionKind
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db

REPORT = (
    "# 北浜交通の決算\n\n## 決算の概要\n\n"
    "営業収益は前期比4.8％増の612億円、営業利益は同21.3％増の38億円となった。\n"
    "費用面では、燃料費が前年度から4億円増えて41億円となった。\n"
    "国内の売上高は476億円と前期比16%減となった。\n"
    "海外の売上高は前期比42%増と大きく伸びた。\n"
    "来店客数は前年同期比2.1%減だったが、客単価は同3.4%上昇した。\n"
    "売上が前年より減った店も多い。\n"
    "同社の純利益は前期比9.2%増の22億円だった。\n\n"
    "## 見通し\n\n"
    "来期の業績予想は、営業利益が前期比5.3％減の36億円とした。\n"
)


def sides(corpus, opening: str) -> dict[str, str]:
    """The draft's statements by their answer: {"true": …, "false": …}."""
    draft = build_change_truefalse(sentence_starting(corpus, opening), corpus)
    assert draft is not None and draft.kind == QuestionKind.TRUEFALSE
    return {draft.answer: draft.prompt, draft.other_side.answer: draft.other_side.prompt}


@pytest.mark.parametrize(
    ("opening", "true", "false"),
    [
        ("営業収益は", "営業収益は、前期より増えた。", "営業収益は、前期より減った。"),
        ("費用面では", "燃料費は、前年度より増えた。", "燃料費は、前年度より減った。"),
        ("国内の", "国内の売上高は、前期より減った。", "国内の売上高は、前期より増えた。"),
        ("来店客数は", "来店客数は、前年同期より減った。", "来店客数は、前年同期より増えた。"),
    ],
)
def test_a_figures_change_is_said_in_other_words_both_ways(opening, true, false):
    corpus = build_corpus(make_article(text=REPORT))
    assert sides(corpus, opening) == {"true": true, "false": false}


def test_a_forecast_is_said_as_expected():
    corpus = build_corpus(make_article(text=REPORT))
    assert sides(corpus, "来期の") == {
        "true": "営業利益は、前期より減る見込みだ。",
        "false": "営業利益は、前期より増える見込みだ。",
    }


def test_a_rate_or_a_price_goes_up_or_down():
    text = (
        "# 銀行と店\n\n## 数字\n\n"
        "不良債権比率は前期比0.3ポイント減の1.2%となった。\n"
        "客単価は前年同期比3.4%上昇した。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert sides(corpus, "不良債権") == {
        "true": "不良債権比率は、前期より下がった。",
        "false": "不良債権比率は、前期より上がった。",
    }
    assert sides(corpus, "客単価")["true"] == "客単価は、前年同期より上がった。"


def test_no_statement_where_the_figure_is_unclear():
    corpus = build_corpus(make_article(text=REPORT))
    # 「前年より減った店」: the change says which shops; 同社の: the company of the sentence
    # before.
    assert build_change_truefalse(sentence_starting(corpus, "売上が"), corpus) is None
    assert build_change_truefalse(sentence_starting(corpus, "同社の"), corpus) is None


def test_no_statement_of_a_figure_the_article_also_moves_the_other_way():
    # 売上高 rose, 国内の売上高 fell: 「売上高は、前期より減った」 is false of one, true of a part.
    text = (
        "# 決算\n\n## 概要\n\n"
        "売上高は前期比3.2%増の1284億円だった。\n"
        "国内の売上高は前期比16%減の476億円となった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert build_change_truefalse(sentence_starting(corpus, "売上高は"), corpus) is None
    assert build_change_truefalse(sentence_starting(corpus, "国内の"), corpus)


def test_a_quotation_is_the_speakers():
    text = "# 決算\n\n## 社長\n\n社長は「売上高は前期比3%増と堅調だった」と述べた。\n"
    corpus = build_corpus(make_article(text=text))
    assert build_change_truefalse(sentence_starting(corpus, "社長は"), corpus) is None


def test_no_statement_the_title_or_heading_gives_away():
    # 「…3月期は増収増益」: revenue and profit rose, the title says.
    text = (
        "# 北浜交通、3月期は増収増益\n\n## 決算の概要\n\n"
        "営業収益は前期比4.8％増の612億円だった。\n"
        "燃料費は前期比6%増の41億円だった。\n\n"
        "## 経常利益は18%増\n\n"
        "経常利益は前期比18.7％増の35億円だった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert build_change_truefalse(sentence_starting(corpus, "営業収益は"), corpus) is None
    assert build_change_truefalse(sentence_starting(corpus, "経常利益は"), corpus) is None
    assert build_change_truefalse(sentence_starting(corpus, "燃料費は"), corpus)
