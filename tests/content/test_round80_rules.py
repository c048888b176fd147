"""Issue 9, blind round 80: a quoted name is no person and none of its pieces a word, a bound
is no figure to choose, a planned route under the outlook's heading fits the routes' as well,
and a few cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article


def test_a_quoted_name_is_no_person_and_its_pieces_no_words():
    # 「沢井格」と呼ばれ: a grade of silk, offered among the mill's people (80a, three times);
    # 共栄 of 「共栄社」 asked for its reading (80a).
    named = span_types("村の糸は、横浜の商人から「沢井格」と呼ばれて高値で売れた。")
    assert "沢井格" not in named and "横浜" in named
    pieces = span_types("八人の業者は、共同出荷の組合「共栄社」をつくった。")
    assert "共栄" not in pieces and "組合" in pieces
    assert span_types("町に生まれた「未来工場」は、若者を雇った。").get("未来工場") == SpanType.TERM
    assert span_types("技師の小松源吉が、村の工場を設計した。").get("小松源吉") == SpanType.PERSON


@pytest.mark.django_db
def test_no_choice_of_a_figure_the_sentence_bounds():
    # 「女性は［2%］に届きません」: 3% and 4% are true as well (80b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 酒蔵の女性\n\n## 杜氏の世界\n\n"
                "組合に所属する杜氏のうち、女性は2%に届きません。\n"
                "蔵で働く人のうち、女性は15%を占めるようになりました。\n"
                "十年前は、その割合が6%でした。\n"
            )
        )
    )
    bound = sentence_starting(corpus, "組合に所属")
    assert build_choice(bound, span_of(bound, "2%"), corpus) is None
    share = sentence_starting(corpus, "蔵で働く")
    assert build_choice(share, span_of(share, "15%"), corpus)


@pytest.mark.django_db
def test_no_which_section_for_a_plan_under_the_outlook():
    # 「7月からは札幌―青森線の就航も予定している」 under 「今期の見通し」 fits 「路線の新設と廃止」
    # as well (80a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 北の航空会社の決算\n\n"
                "## 路線の新設と廃止\n\n"
                "同社は昨年7月、函館と仙台を結ぶ直行便を1日2往復で新たに開設した。\n"
                "一方、利用が低迷していた奥尻方面の便は3月末で廃止した。\n"
                "廃止の理由について、同社は搭乗率の低さを挙げている。\n\n"
                "## 今期の見通し\n\n"
                "今期の旅客数は153万人と、初めてコロナ禍前の水準を上回ると見込む。\n"
                "7月からは札幌―青森線の就航も予定している。\n"
                "青森線の就航で、旅客数はさらに伸びる見込みだ。\n"
                "燃料費の高止まりで、利益は前期を下回る見込みだ。\n"
                "年間配当は、前期と同じ水準とする予定だ。\n"
                "社長は、運賃の値上げには慎重な姿勢を示した。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "7月からは"), corpus) is None
    assert build_section(sentence_starting(corpus, "燃料費の高止まり"), corpus)
    # A plan no other heading names is the outlook's own (a dividend, in rounds 61–79).
    assert build_section(sentence_starting(corpus, "年間配当は"), corpus)


def test_cards_of_round_80():
    # 新幹線 and 育てる: too easy for N3–N1 (80a, 80b); 晩年の聞き取り is an interview, not
    # "listening comprehension" (80a).
    assert is_basic_word("新幹線") and is_basic_word("育てる")
    senses = word_senses("聞き取り", "ききとり")
    assert senses.startswith("hearing what others say") and "listening" not in senses
