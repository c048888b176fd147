"""Issue 9, blind round 98: statements whose only subject is a figure, and a reading distractor
that reads as the key cut short. Each text is our own."""

import pytest

from content.generation.builders import stands_alone
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_figure_is_no_subject_a_statement_can_stand_on():
    # 「初回には県内外から3人が集まったという。」 (false, 12人): to what? (98a); 「2013年には約
    # 59万匹が捕獲されたが、…」: of what, and where? (98b)
    text = (
        "# 棚田と鮭の川\n\n"
        "## 石積みを学ぶ\n\n"
        "2019年、保存会は石積み講習会を始めた。\n"
        "初回には県内外から3人が集まったという。\n"
        "2013年には約59万匹が捕獲されたが、近年は20万匹台にとどまる年も少なくない。\n"
        "保存会の会員は12人が集まり、石垣を積み直した。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert not stands_alone(sentence_starting(corpus, "初回には"), corpus)
    assert not stands_alone(sentence_starting(corpus, "2013年には"), corpus)
    # A noun subject still stands: 保存会 (its topic) names what the figure counts.
    assert stands_alone(sentence_starting(corpus, "2019年、保存会は"), corpus)


def test_no_reading_distractor_that_cuts_the_key_short():
    # ちゅうきけいえいけいが for 中期経営計画 (rounds 93 and 98): 画 read が, and く dropped.
    options = misreadings("中期経営計画", "ちゅうきけいえいけいかく")
    assert options and "ちゅうきけいえいけいが" not in options
    # A long vowel left short inside the word is a learner's slip, and stays an option.
    assert "ろうきゅか" in misreadings("老朽化", "ろうきゅうか")
    # Nor is another reading of the last kanji (力 as りき).
    assert "ゆそうりき" in misreadings("輸送力", "ゆそうりょく")
