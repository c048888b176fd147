"""Issue 9, blind round 39: すると, a range of years with にかけて, a figure beside its twin or
its neighbour, 一千 spelt as the answer spells it, a noun cut from its adjective, a word of
two readings, the potential of a basic verb, and true statements in the sentence's own
words. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import (
    _bounds_a_range,
    _in_longer_word,
    _paired_figure,
    _starts_with_pointer,
    build_truefalse,
    build_vocab,
)
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BEES = """# ミツバチの冬

## 巣箱の記録

2006年から2007年にかけての冬、北米では多くの巣箱が空になった。
調査に当たった研究者は、原因を一つに絞れなかった。
巣の前の花は、夏の盛りに最も多く咲いた。
研究者たちは、この現象を興味深いと述べた。

## 島の船

船の乗組員は、今は五、六人です。
宿場には常時二十五人・二十五疋の人馬が置かれた。
新しい船は、一台あたり約一億一千万円で造られた。
"""


def test_a_connective_that_follows_on_leans_back():
    assert _starts_with_pointer("すると踊り手は、ダンスを短く切り上げる。")


def test_the_start_of_a_range_of_years_with_nikakete_is_not_asked():
    corpus = build_corpus(make_article(text=BEES))
    item = sentence_starting(corpus, "2006年から")
    assert _bounds_a_range(item, span_of(item, "2006年"))


def test_a_figure_beside_its_twin_or_its_neighbour_is_not_asked():
    corpus = build_corpus(make_article(text=BEES))
    crew = sentence_starting(corpus, "船の乗組員")
    # 五、六人 is one figure, five or six: 六人 is not asked alone (round 65).
    assert "六人" not in [span.text for span in crew.spans]
    post = sentence_starting(corpus, "宿場には")
    assert _paired_figure(post, span_of(post, "二十五人"))
    ship = sentence_starting(corpus, "新しい船は")
    assert not _paired_figure(ship, span_of(ship, "一億一千万円"))


def test_options_spell_a_thousand_as_the_answer_does():
    corpus = build_corpus(make_article(text=BEES))
    item = sentence_starting(corpus, "新しい船は")
    options = pick_distractors(
        span_of(item, "一億一千万円"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert options and all("億千" not in option for option in options)


def test_a_noun_cut_from_its_adjective_and_a_word_of_two_readings_get_no_card():
    corpus = build_corpus(make_article(text=BEES))
    interest = sentence_starting(corpus, "研究者たちは")
    assert _in_longer_word(interest, token_of(interest, "興味"))
    flowers = sentence_starting(corpus, "巣の前の花")
    assert build_vocab(flowers, token_of(flowers, "盛り"), corpus) is None


def test_the_potential_of_a_basic_verb_is_basic():
    assert is_basic_word("使える") and is_basic_word("書ける")
    # 整える is no potential of 整う (伝える, of 伝う, was the example until round 68 called it
    # too easy).
    assert not is_basic_word("整える")


BANKS = """# 銀行の歴史

## 明治の銀行

1872年に国立銀行条例が出された。
1882年には日本銀行が設立された。
1897年に金本位制が始まった。
"""


def test_a_date_in_a_true_or_false_statement_is_said_as_a_cleft():
    corpus = build_corpus(make_article(text=BANKS))
    item = sentence_starting(corpus, "1882年には")
    draft = build_truefalse(item, span_of(item, "1882年"), corpus)
    sides = {draft.answer: draft.prompt, draft.other_side.answer: draft.other_side.prompt}
    # The fact in other words than the sentence's, true with its own year, false with another.
    assert sides["true"] == "日本銀行が設立されたのは、1882年です。"
    assert sides["false"].startswith("日本銀行が設立されたのは、") and "1882" not in sides["false"]
