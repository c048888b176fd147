"""Issue 9, blind round 41: which-section options leave out the headings a sentence could
also fit; 同 before a figure and だが lean back; …ことで is no predicate. Each text is our own."""

import pytest

from content.generation.builders import build_section, stands_alone
from content.generation.corpus import build_corpus
from content.generation.statements import statement_clause
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BAKERY = """# 川辺のパン屋

## 創業のころ

川辺のパン屋を開いたのは、横浜で修業した森田清吉である。
清吉は毎朝四時に石窯へ薪をくべ、食パンを六十本ほど焼いた。
店の前の通りには、焼きたての香りにつられた客が並んだという。

## 戦争と再開

戦争が激しくなると小麦粉が配給制になり、店は一九四四年に休業した。
一九四八年、清吉は焼け残った石窯を直して店を再び開けた。
再開した日の食パンは、近所の人にただで配られた。

## 二代目の工夫

一九六五年に店を継いだ長男の森田健一は、石窯をやめて電気オーブンを入れた。
健一は全粒粉を使った黒パンを考え出し、これが店の看板商品になった。
黒パンは地元の病院の売店にも毎日五十個届けられた。

## 郊外の新工場

一九八八年、店は郊外の工業団地に新工場を建て、学校給食のパンも作り始めた。
新工場では一日に八千食のパンが焼かれ、市内の四十校へ運ばれた。
工場の屋上には、従業員のための小さな菜園も作られた。

## 三代目と町の人々

三代目の森田由紀は、川辺の本店で子ども向けのパン教室を開いている。
教室には毎月二十人ほどの親子が集まり、丸パンの成形を習う。
由紀は「町の台所でありたい」と話し、朝七時の開店を今も守っている。
"""


@pytest.mark.parametrize(
    ("opening", "left_out"),
    [
        # The first section's one neighbour, which the first three headings would include.
        ("店の前の通り", {"戦争と再開"}),
        # A middle section keeps one neighbour of two: the one before goes first.
        ("黒パンは", {"戦争と再開"}),
    ],
)
def test_which_section_options_leave_out_a_neighbouring_heading(opening, left_out):
    corpus = build_corpus(make_article(text=BAKERY))
    draft = build_section(sentence_starting(corpus, opening), corpus)
    assert len(draft.choices) == 4 and draft.answer in draft.choices
    assert not left_out & set(draft.choices)


def test_the_neighbour_sharing_the_sentences_words_is_left_out():
    shared = BAKERY.replace("地元の病院の売店", "地元の病院の売店や給食")
    corpus = build_corpus(make_article(text=shared))
    draft = build_section(sentence_starting(corpus, "黒パンは"), corpus)
    # 給食 is the new factory's word: that neighbour goes, the one before stays.
    assert "郊外の新工場" not in draft.choices
    assert {"創業のころ", "戦争と再開", "三代目と町の人々"} <= set(draft.choices)


RESULTS = """# 北空航空の上期決算

## 利益

北空航空の営業利益は12億円で、同31.2%減となった。
北空航空の経常利益は9億円で、25.0%減となった。
だが燃料費の上昇は、下期には落ち着くと北空航空はみている。
"""


def test_the_same_period_unnamed_and_a_but_lean_back():
    corpus = build_corpus(make_article(text=RESULTS))
    # 同31.2%減: down on the same period as what?
    assert not stands_alone(sentence_starting(corpus, "北空航空の営業利益"), corpus)
    assert stands_alone(sentence_starting(corpus, "北空航空の経常利益"), corpus)
    # だが: but against what?
    assert not stands_alone(sentence_starting(corpus, "だが"), corpus)


def test_a_cause_in_koto_de_is_no_clause_to_end_on():
    cause = "名古屋に被害はなかったが、東京の店が焼けたことで、耐火建築への関心が高まった。"
    assert statement_clause(cause, cause.index("東京"), cause.index("東京") + 2) is None
    castle = "松江城は堀尾吉晴が築いた城で、天守は国宝に指定されている。"
    assert statement_clause(castle, 0, 3).text == "松江城は堀尾吉晴が築いた城だ。"
