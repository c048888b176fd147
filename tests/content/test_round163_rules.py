"""Issue 9, blind round 163: cards. Each word is one a teacher sent back."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses

pytestmark = pytest.mark.django_db


def test_cards_teachers_sent_back():
    # A castle town's low ground is no depression, a hospital's emergency entrance no first aid;
    # 商店街 and 指先 are too easy (163a, 163b).
    assert "depression" not in word_senses("低地", "ていち")
    assert "first-aid" not in word_senses("救急", "きゅうきゅう")
    for word in ["商店街", "指先"]:
        assert is_basic_word(word), word
