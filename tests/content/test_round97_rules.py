"""Issue 9, blind round 97: a relative whose surname gives the options away, and a word too
plain to ask. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

PEARLS = (
    "# 白浜浦の真珠\n\n"
    "## 養殖の始まり\n\n"
    "1893年、網元の浜口源之助が湾で真珠の養殖を試み始めた。\n"
    "県の技師だった森下正雄は、貝の扱い方を漁師たちに教えた。\n"
    "1910年代には、仲買人の田中喜平が真珠を神戸の商館に売り込んだ。\n\n"
    "## 戦後の再開\n\n"
    "戦後、養殖の再開に力を注いだのは、源之助の孫にあたる浜口清である。\n"
    "1950年には、組合長の村井健三が新しい筏を導入した。\n"
)


def test_no_choice_of_a_relative_whose_surname_is_the_familys():
    # 「源之助の孫にあたる［浜口清］」: the only 浜口 among the options (97a).
    corpus = build_corpus(make_article(text=PEARLS))
    item = sentence_starting(corpus, "戦後、養殖の再開")
    assert build_choice(item, span_of(item, "浜口清"), corpus) is None
    # A person named by a role keeps the question.
    leader = sentence_starting(corpus, "1950年には")
    assert build_choice(leader, span_of(leader, "村井健三"), corpus)


def test_words_too_plain_of_round_97():
    assert is_basic_word("昼過ぎ")  # 昼 and 過ぎ (97b)
