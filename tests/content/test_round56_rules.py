"""Issue 9, blind rounds 56 and 57: an adverb of degree is not denied, 押し上げ is no
upthrust, and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_negated_truefalse
from content.generation.corpus import build_corpus
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_an_adverb_of_degree_is_not_denied():
    corpus = build_corpus(
        make_article(
            text="# 宿場町\n\n## 旅人\n\n宿場を通った旅人は、実に多様であった。\n大名も商人も、同じ道を歩いた。\n"
        )
    )
    assert build_negated_truefalse(corpus.sentences[0], corpus) is None


def test_a_boost_to_profit_is_no_upthrust():
    assert "upthrust" not in word_senses("押し上げ")


@pytest.mark.parametrize("word", ["砂糖", "卵焼き", "弁当箱", "古く", "向こう"])
def test_words_round_57_called_too_easy(word):
    assert is_basic_word(word)
