"""Issue 9, blind round 55: a reign is no person, years in a row give each
other away, the article speaking of itself, and words too easy. Each text is our own. (A true
statement copied from its sentence: test_statement_balance.py.)"""

import pytest

from content.analysis.glossary import is_basic_word
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _people(text: str) -> set[str]:
    return {span.text for span in find_spans(text, tokenize(text)) if span.type == SpanType.PERSON}


def test_a_reign_is_no_person_and_names_in_nagon_or_ie_are_people():
    assert _people("後朱雀朝のころ、彼女は宮中に仕えた。") == set()
    assert _people("清少納言と前田利家は、時代の違う人である。") == {"清少納言", "前田利家"}


def test_years_in_a_row_give_each_other_away():
    corpus = build_corpus(
        make_article(
            text=(
                "# サンゴの白化\n\n## 海の異変\n\n"
                "沖縄の海では、2016年と2017年の2年連続で大規模な白化が起きた。\n"
                "研究者は、海水温の上昇が原因だと見ている。\n"
            )
        )
    )
    item = sentence_starting(corpus, "沖縄の海")
    assert build_choice(item, span_of(item, "2016年"), corpus) is None


def test_the_article_speaking_of_itself_is_no_which_section_question():
    corpus = build_corpus(
        make_article(
            text=(
                "# 走り始める人へ\n\n## 靴を選ぶ\n\n"
                "初めての一足は、専門店で足の形を測ってもらってから選ぶとよい。\n"
                "価格は一万円前後のものが多い。\n\n"
                "## 気をつけたいこと\n\n"
                "最後に、けがを防ぐために知っておきたいことをまとめておきます。\n"
                "膝や足首に痛みが出たら、数日は走るのを休む。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "最後に"), corpus) is None


@pytest.mark.parametrize("word", ["趣味", "弁当", "若い"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)


def test_a_figure_said_of_its_topic_is_a_true_statement_in_other_words():
    from content.generation.builders import build_truefalse

    corpus = build_corpus(
        make_article(
            text=(
                "# 小型衛星の打ち上げ\n\n## 費用\n\n"
                "衛星の開発費は約18億円で、完成までに3年をかけた。\n"
                "資金は、国の補助金と民間の出資でまかなった。\n\n"
                "## ほかの計画\n\n"
                "同じ会社の気象衛星は、開発に約9億円をかけた。\n"
                "地上の受信局には、約4億円が投じられた。\n"
            )
        )
    )
    item = sentence_starting(corpus, "衛星の開発費")
    draft = build_truefalse(item, span_of(item, "18億円"), corpus)
    assert draft is not None
    sides = {draft.answer: draft.prompt}
    if draft.other_side is not None:
        sides[draft.other_side.answer] = draft.other_side.prompt
    assert sides.get("true") == "衛星の開発費は、約18億円です。"
    assert sides["false"].startswith("衛星の開発費は、約") and "18億円" not in sides["false"]
