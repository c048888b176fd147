"""Issue 9, blind round 61: no pre-war year for a post-war record, a range of an era's years
whose other end leaves out the era, and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import year_of
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def charcoal():
    return build_corpus(
        make_article(
            text=(
                "# 山の村の炭焼き\n\n## 炭の村\n\n"
                "昭和五年（1930年）には、不況で炭の値段が半分になった。\n"
                "昭和十年（1935年）、村に炭焼きの組合ができた。\n"
                "昭和二十七年（1952年）には、村の炭の生産が戦後最高の二万俵を記録した。\n"
                "昭和三十年（1955年）ごろから、家庭の燃料はガスに変わり始めた。\n"
                "村では昭和三十五年から四十年までの五年間に、山の半分が杉の林に変わった。\n"
                "昭和四十一年（1966年）、最後の炭焼き窯が火を落とした。\n"
            )
        )
    )


def test_a_post_war_record_has_no_pre_war_year_among_its_options(charcoal):
    options = options_of(charcoal, "昭和二十七年", "昭和二十七年（1952年）")
    assert options
    assert all(year_of(option) >= 1945 for option in options)


def test_a_range_of_an_eras_years_is_not_asked_at_either_end_or_between(charcoal):
    item = sentence_starting(charcoal, "村では昭和三十五年")
    assert build_choice(item, span_of(item, "昭和三十五年"), charcoal) is None
    assert build_choice(item, span_of(item, "五年間"), charcoal) is None


@pytest.mark.parametrize("word", ["本棚", "大根", "みそ汁", "豚肉"])
def test_words_round_61_called_too_easy(word):
    assert is_basic_word(word)
