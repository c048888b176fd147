"""Issue 9, blind round 132: a total worked out from its share, a round angle among uneven
ones, statements of a columnist's frame or of a finding without its finder, and cards.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_132():
    # Beside a doctor; an errand's 紹介状 keeps its card (test_printed_word_cards.py).
    assert word_senses("紹介状", "しょうかいじょう", ("クリニック", "医者", "書く")) == ""
    assert word_senses("若鳥", "わかどり") == ""
    assert word_senses("標本", "ひょうほん").startswith("specimen")
    assert is_basic_word("飛ぶ") and is_basic_word("数か所")


FESTIVAL = (
    "# 温泉街の夏祭り\n\n"
    "## 祭りの予算\n\n"
    "祭りの総予算は900万円で、このうち30％にあたる270万円を地元の旅館組合が負担した。\n"
    "残りは町の補助金と協賛金でまかなう。\n"
    "町は昨年、祭りの準備に450万円を使った。\n"
    "花火の費用は、1回あたり120万円である。\n"
)


def test_no_choice_of_a_total_its_share_works_out():
    # 「総予算は［1,200万円］で、このうち40％にあたる480万円」: 480 ÷ 0.4 (round 132a).
    corpus = build_corpus(make_article(text=FESTIVAL))
    budget = sentence_starting(corpus, "祭りの総予算")
    assert build_choice(budget, span_of(budget, "900万円"), corpus) is None
    assert build_choice(budget, span_of(budget, "270万円"), corpus) is None
    # Without the share, the total is asked.
    corpus = build_corpus(
        make_article(text=FESTIVAL.replace("このうち30％にあたる270万円を", "その一部を"))
    )
    budget = sentence_starting(corpus, "祭りの総予算")
    assert build_choice(budget, span_of(budget, "900万円"), corpus) is not None


BIRDS = (
    "# 渡り鳥の方角\n\n"
    "## 太陽の位置\n\n"
    "研究チームは1958年、ホシムクドリを丸いかごに入れて向きを調べた。\n"
    "鏡で太陽の見える方向を90度ずらすと、鳥の向きも同じだけずれた。\n"
    "曇りの日には、鳥の向きはばらばらになった。\n"
    "1950年には、鳥が太陽の高さではなく方角を使うことを明らかにした。\n"
    "よく知られているのは、ドイツの研究者が1957年に行った実験だ。\n"
)


def test_a_round_angle_has_round_options():
    # 90度 beside 81度, 99度 and 72度: the one round figure (round 132b).
    corpus = build_corpus(make_article(text=BIRDS))
    options = options_of(corpus, "鏡で太陽", "90度")
    assert len(options) == 3
    assert all(int(option.removesuffix("度")) % 5 == 0 for option in options)


def test_no_statement_of_a_columnists_frame_or_of_a_finding_without_its_finder():
    corpus = build_corpus(make_article(text=BIRDS))
    # 「1950年には、鳥が…を明らかにした」: who found it? (round 132b)
    finding = sentence_starting(corpus, "1950年には")
    assert build_truefalse(finding, span_of(finding, "1950年"), corpus) is None
    assert build_choice(finding, span_of(finding, "1950年"), corpus) is None
    # 「よく知られているのは、…2023年の夏に行った試みだ」: the writer's way in (round 132b).
    known = sentence_starting(corpus, "よく知られている")
    assert build_truefalse(known, span_of(known, "1957年"), corpus) is None
    # The finder named, the year is swapped.
    named = sentence_starting(corpus, "研究チームは")
    assert build_truefalse(named, span_of(named, "1958年"), corpus) is not None
