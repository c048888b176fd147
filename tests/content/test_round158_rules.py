"""Issue 9, blind round 158: voicings no learner reads, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.readings import misreadings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("word", "reading", "slip"),
    [
        ("看護師", "かんごし", "かんごじ"),
        ("小児科", "しょうにか", "しょうにが"),
        ("役職", "やくしょく", "やくじょく"),
        ("看護師", "かんごし", "かんこし"),
    ],
)
def test_no_on_reading_is_voiced_or_unvoiced_where_the_word_has_no_rendaku(word, reading, slip):
    # 師 as じ, 科 as が, 職 as じょく, 護 as こ: slips no learner makes (158a).
    assert slip not in misreadings(word, reading)


def test_a_rendaku_the_word_has_is_still_offered_undone():
    # 株式会社 is かぶしきがいしゃ; かぶしきかいしゃ is the learner's slip.
    assert "かぶしきかいしゃ" in misreadings("株式会社", "かぶしきがいしゃ")
    # And a kun reading takes rendaku or leaves it: 床下 as ゆかじた.
    assert "ゆかじた" in misreadings("床下", "ゆかした")


def test_cards_teachers_sent_back():
    # A rescue team's leader and members, a magistrate's clerk, a post's first holder, a
    # building handed over, tea leaves spoiling (158a, 158b).
    assert word_senses("隊長", "たいちょう") == ""
    assert "troops" not in word_senses("隊員", "たいいん")
    assert word_senses("手代", "てだい") == ""
    assert "founder" not in word_senses("初代", "しょだい")
    assert "extradition" not in word_senses("引き渡し", "ひきわたし")
    assert "injury" not in word_senses("傷み", "いたみ")
    for word in ["開院", "他国", "全国的", "緑茶", "温度計", "引き返す"]:
        assert is_basic_word(word), word
