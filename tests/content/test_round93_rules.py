"""Issue 9, blind round 93: a figure swapped for the article's figure of the same deed, a
suffix glued to a figure, and a word too plain to ask. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_truefalse, build_vocab, stands_alone
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


def test_words_that_only_look_like_pointers_leave_a_statement_standing():
    # Seen on the comparison kit: a verb's あれ, それぞれ, これまで, a figure's 以下, and words
    # of their own that begin with 同 or end in it kept these sentences from any statement.
    text = (
        "# 港町の産業\n\n"
        "## 工場と人\n\n"
        "市の図書館は、利用者カードがあれば誰でも本を借りられる。\n"
        "二つの工場は、それぞれ年間3万台の部品を作っている。\n"
        "町の観光協会は、これまでに延べ50万人の観光客を案内してきた。\n"
        "沖の風車は、風速が毎秒3メートル以下のときには回らない。\n"
        "観測衛星は高度約550キロの太陽同期軌道を回っている。\n"
        "山田製作所は、地元の三社と合同会社を設立した。\n"
        "市の手話通訳者は、病院の診察にも同行する。\n"
        "この工場は、年間2万台の部品を作っている。\n"
        "同社は、2020年に工場を建て替えた。\n"
    )
    corpus = build_corpus(make_article(text=text))
    for opening in (
        "市の図書館",
        "二つの工場",
        "町の観光協会",
        "沖の風車",
        "観測衛星",
        "山田製作所",
    ):
        assert stands_alone(sentence_starting(corpus, opening), corpus), opening
    assert stands_alone(sentence_starting(corpus, "市の手話通訳者"), corpus)
    # A pointer is still one.
    assert not stands_alone(sentence_starting(corpus, "この工場"), corpus)
    assert not stands_alone(sentence_starting(corpus, "同社は"), corpus)
