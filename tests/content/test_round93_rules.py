"""Issue 9, blind round 93: a figure swapped for the article's figure of the same deed, a
suffix glued to a figure, and a word too plain to ask. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_truefalse, build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

KILNS = (
    "# 登り窯の町\n\n"
    "## 窯の復活\n\n"
    "1989年11月、二十一年ぶりに窯へ火が入った。\n"
    "窯焚きには延べ百二十人のボランティアが加わり、約1,800点の器が焼き上がった。\n\n"
    "## 今日の窯場\n\n"
    "焚く回数は年に二、三度に限られるが、一回の窯焚きでおよそ2,000点を焼き上げる。\n"
    "窯元の組合は昨年、約1,200点の器を台湾へ送った。\n"
)


def test_no_statement_swaps_in_the_figure_of_the_same_deed():
    # 「…約［2,000点］の器が焼き上がった」 (false, 1,800点): the article bakes 2,000 pieces a
    # firing, so a reader may call it true (93a).
    corpus = build_corpus(make_article(text=KILNS))
    item = sentence_starting(corpus, "窯焚きには")
    statement = build_truefalse(item, span_of(item, "1,800点"), corpus)
    assert "2,000点" not in statement.prompt + statement.extra["swapped"]
    # The pieces sent abroad are another deed's: they are swapped in.
    assert statement.extra["swapped"] == "1,200点"


def test_no_card_for_a_suffix_glued_to_a_figure():
    # 増し of 「自転車を載せると100円増し」 (93b): the fare's surcharge, no word of its own.
    text = (
        "# 島の渡し船\n\n"
        "## 運賃\n\n"
        "運賃は大人片道300円で、自転車を載せると100円増しになる。\n"
        "料金の割増は、島の人たちと話し合って決めた。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "運賃は")
    assert build_vocab(item, token_of(item, "増し"), corpus) is None


def test_words_too_plain_of_round_93():
    assert is_basic_word("興味")  # N4 (93b)
