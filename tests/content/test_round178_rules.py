"""Issue 9, blind round 178 (judged on the session's third commit): cards. Each text is our own."""

from content.analysis.glossary import has_several_readings, is_basic_word, word_senses


def test_glosses_teachers_sent_back():
    # 隣人 is never a neighbourhood; 誘導 of cars is no induction or incitement; 均一に混ぜる is
    # no "equality"; a crow's 小枝 is no "spray" (178b).
    assert "neighbourhood" not in word_senses("隣人", "りんじん")
    assert word_senses("誘導", "ゆうどう") == "guidance, leading"
    assert "equality" not in word_senses("均一", "きんいつ")
    assert "spray" not in word_senses("小枝", "こえだ")


def test_a_reading_teachers_call_right_is_no_misreading():
    # 白壁 is しろかべ as well as しらかべ: offered as a misreading (178a), now a reading of its
    # own, and a word of two readings gets no card.
    assert has_several_readings("白壁")


def test_words_too_easy_for_a_card():
    assert is_basic_word("危ない")  # 178b
