"""Issue 9, blind round 81: a change of a figure the sentence's topic owns, a figure swapped for
the same noun's value of another thing, and a first step denied. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_reading, build_truefalse
from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from content.generation.selection import rank_article
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, span_of, span_types, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_no_change_statement_of_a_figure_the_sentences_topic_owns():
    # 「貸切バス事業は、…、売上高は前年同期比18.6％増」 gave 「売上高は、前年同期より増えた」: whose
    # sales? (81a)
    corpus = build_corpus(
        make_article(
            text=(
                "# 港バスの中間決算\n\n## 事業別の動き\n\n"
                "貸切バス事業は、旅行需要の回復が追い風となり、売上高は前年同期比18.6%増の9億円となった。\n"
                "同社は、運賃の改定もあって、営業収益は前年同期比6.1%増の58億円となった。\n"
            )
        )
    )
    assert build_change_truefalse(sentence_starting(corpus, "貸切バス"), corpus) is None
    draft = build_change_truefalse(sentence_starting(corpus, "同社は"), corpus)
    assert draft is not None and "営業収益は、前年同期より" in draft.prompt


def test_no_swap_for_the_same_nouns_value_of_another_thing():
    # 「延べ床面積は約8,600平方メートルだ」 (false): the article gives 8,600 as the old school
    # building's floor area, so a reader finds it true (81b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 旧高校の活用\n\n## 計画の中身\n\n"
                "1972年に建てられた本校舎（延べ床面積約8,600平方メートル）は、改修して残す。\n"
                "新しい交流センターの延べ床面積は約4,200平方メートルで、公民館の機能も移す予定だ。\n"
                "敷地の北側には、約1,500平方メートルの広場を設ける。\n"
            )
        )
    )
    item = sentence_starting(corpus, "新しい交流センター")
    draft = build_truefalse(item, span_of(item, "4,200平方メートル"), corpus)
    assert draft is None or "8,600" not in draft.prompt + draft.other_side.prompt


def test_no_denial_of_a_first_step():
    # 「酵母が発酵を始めるには、まず糖が必要にならない」 is no Japanese (81b).
    assert negated("酵母が発酵を始めるには、まず糖が必要になる。") is None


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        # 「［千三百年］も前の建物」 was a year, with 千三百一年 and 千二百九十九年 beside it (81b).
        ("この寺には、千三百年も前の建物がまだ立っている。", "千三百年", SpanType.COUNT),
        ("寺の本堂は1300年前に建てられた。", "1300年前", SpanType.COUNT),
        ("新しい本堂は2020年前後に建てられた。", "2020年", SpanType.YEAR),
        ("修理は2020年後半に終わった。", "2020年", SpanType.YEAR),
    ],
)
def test_years_ago_are_counted_not_dated(sentence, figure, kind):
    spans = span_types(sentence)
    assert spans.get(figure) == kind


def test_an_article_asks_one_reading_once():
    # 漁獲 in one section, 漁獲量 in another: the same reading asked twice (81a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 港の缶詰工場\n\n"
                "## 創業のころ\n\n"
                "沖合での漁獲が増え、町に最初の缶詰工場ができた。\n"
                "工場では、地元の女性たちが手作業で缶を詰めた。\n\n"
                "## 戦後の工場\n\n"
                "戦後、漁獲量は再び増え、工場は三つに増えた。\n"
                "製品の多くは、横浜の港から海外に送られた。\n"
            )
        )
    )
    drafts = {
        section.pk: [build_reading(item, token_of(item, word), corpus)]
        for section, item, word in (
            (corpus.sections[0], sentence_starting(corpus, "沖合"), "漁獲"),
            (corpus.sections[1], sentence_starting(corpus, "戦後、"), "漁獲量"),
        )
    }
    assert all(all(section_drafts) for section_drafts in drafts.values())
    readings = [
        draft.answer_text
        for published, _kept in rank_article(drafts).values()
        for draft in published
        if draft.kind == QuestionKind.READING
    ]
    assert len(readings) == 1


def test_cards_of_round_81():
    # 田舎 and 音楽室: too easy (81b); 旨味 leads with its taste: "(flavour)" is a spelling,
    # no note of a setting the sentence lacks (81b).
    assert is_basic_word("田舎") and is_basic_word("音楽室")
    assert word_senses("旨味", "うまみ", ("香り", "成分")).startswith("good flavor")
