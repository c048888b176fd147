"""Issue 9, blind round 86: denials without a topic, a feature without whose, a word cut from
its counter, and a word asked twice. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import (
    build_negated_truefalse,
    build_reading,
    build_vocab,
    stands_alone,
)
from content.generation.corpus import build_corpus
from content.generation.selection import rank_article
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_denial_needs_a_topic_of_its_own():
    corpus = build_corpus(
        make_article(
            text=(
                "# 学校の費用\n\n"
                "収入が少ない家庭は、町の「学びの支援」を申し込むことができる。\n"
                "町が修学旅行の費用や教科書以外の教材の代金を負担している。\n"
                "町立図書館は、毎週月曜日と年末年始に休館している。\n"
                "月曜日が祝日のときは、次の日に休館します。\n"
            )
        )
    )
    # 「市が給食費や学用品のお金を出しません」 (false), true for a family that does not apply (86a).
    subject_only = sentence_starting(corpus, "町が修学旅行")
    assert build_negated_truefalse(subject_only, corpus) is None
    # Nor a time: open when? What is, the sentence before says (the comparison kit).
    frame = sentence_starting(corpus, "月曜日が祝日")
    assert build_negated_truefalse(frame, corpus) is None
    # A topic of its own keeps its denial.
    topic = sentence_starting(corpus, "町立図書館")
    assert build_negated_truefalse(topic, corpus)


def test_a_cleft_is_a_topic():
    corpus = build_corpus(
        make_article(
            # Neither the article's opening nor its close, which no denial takes (round 101).
            text=(
                "# 通訳の道\n\n高田さんは市役所で働いている。\n"
                "高田さんが手話を学び始めたのは、祖母の病気がきっかけだった。\n"
                "資格は2015年に取った。\n"
            )
        )
    )
    assert build_negated_truefalse(sentence_starting(corpus, "高田さんが"), corpus)


def test_no_statement_of_a_feature_without_whose():
    corpus = build_corpus(
        make_article(
            text=(
                "# 小さな衛星\n\n"
                "同社が開発する衛星は、一辺が約30センチの立方体である。\n"
                "最大の特徴は、自社で開発した軽量の赤外線カメラである。\n"
                "衛星の最大の特徴は、自社で開発した軽量の赤外線カメラである。\n"
            )
        )
    )
    # 「最大の特徴は、…カメラではない。」: the feature of what? (86b)
    assert not stands_alone(sentence_starting(corpus, "最大の特徴"), corpus)
    assert stands_alone(sentence_starting(corpus, "衛星の最大の特徴"), corpus)


def test_no_reading_of_a_word_cut_from_its_counter():
    # 初号 of 初号機 (86b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 衛星の打ち上げ\n\n"
                "同社の初号機は、来年の秋に国内の民間ロケットで打ち上げる計画だ。\n"
                "初号の機体には、独自の観測装置を積む。\n"
            )
        )
    )
    cut = sentence_starting(corpus, "同社の初号機")
    assert build_reading(cut, token_of(cut, "初号"), corpus) is None


def test_a_word_is_asked_once_an_article():
    # 通訳's reading, then a card for 通訳者 (86b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 会議の通訳\n\n"
                "## 仕事の始まり\n\n"
                "高田さんは、大学を出てから国際会議の通訳を始めた。\n"
                "最初の現場では、緊張で声が震えたという。\n\n"
                "## いまの仕事\n\n"
                "県内で働く通訳者は、この十年で二倍に増えた。\n"
                "高田さんは、若い人たちの指導にも力を入れている。\n"
            )
        )
    )
    first = sentence_starting(corpus, "高田さんは、大学")
    second = sentence_starting(corpus, "県内で働く")
    drafts = {
        corpus.sections[0].pk: [build_reading(first, token_of(first, "通訳"), corpus)],
        corpus.sections[1].pk: [build_vocab(second, token_of(second, "通訳者"), corpus)],
    }
    assert all(all(section_drafts) for section_drafts in drafts.values())
    words = [
        draft.answer_text
        for published, _kept in rank_article(drafts).values()
        for draft in published
        if draft.kind in {QuestionKind.READING, QuestionKind.VOCAB}
    ]
    assert len(words) == 1


def test_cards_of_round_86():
    # 文法 and 入学式: too easy (86a, 86b).
    assert is_basic_word("文法") and is_basic_word("入学式")
