"""Issue 9, blind round 146: cards whose glosses miss the article's sense."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [
        ("全席", "ぜんせき", "tickets"),
        ("集約", "しゅうやく", "summarizing"),
    ],
)
def test_glosses_teachers_struck(word, reading, struck):
    assert struck not in word_senses(word, reading)


def test_tidying_up_is_too_easy():
    assert is_basic_word("片付け")
