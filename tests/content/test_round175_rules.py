"""Issue 9, blind round 175 (judged on the session's last rules): lengths and counts the
prompt shows, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import _length_of_a_range_shown, build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

WORKSHOP = """# そば打ちを習う

## 教室の様子

体験教室は午前10時から正午までの2時間で、料金は1人4,500円でした。
"""


def test_a_length_whose_range_ends_stand_before_it_is_not_asked():
    # 「午前10時から正午までの［2時間］」: the ends give the length (175a).
    corpus = build_corpus(make_article(text=WORKSHOP))
    item = sentence_with(corpus, "2時間")
    assert build_choice(item, span_of(item, "2時間"), corpus) is None


FESTIVAL = """# 夏祭りの お知らせ

## いつ ありますか

日は　8月3日（土曜日）と　4日（日曜日）の　2日間です。
"""


def test_a_count_of_days_listed_with_asides_is_not_asked():
    # 「8月3日（土曜日）と　4日（日曜日）の［2日間］」: the weekdays in brackets hid the list
    # from the count (175b).
    corpus = build_corpus(make_article(text=FESTIVAL))
    item = sentence_with(corpus, "2日間")
    assert build_choice(item, span_of(item, "2日間"), corpus) is None


def test_cards_teachers_sent_back():
    # A Heian province's 長官 is no "secretary (government)"; 日常的に文書を作っていた is not
    # "mundane"; 耐震性 is no "earthquake-proof" beside 耐震性の不足 (175a).
    assert "secretary" not in word_senses("長官", "ちょうかん")
    assert "mundane" not in word_senses("日常的", "にちじょうてき")
    assert "earthquake-proof" not in word_senses("耐震性", "たいしんせい")
    # 見分ける and 和食 are too easy (175b).
    assert is_basic_word("見分ける")
    assert is_basic_word("和食")


TRAIN = """# 新しい特急

## 速さ

新しい特急は、東京から大阪までの3時間で、車内販売も復活させる。
"""


def test_a_length_between_places_is_still_asked():
    # The ends of 東京から大阪まで are places, which give no length (the rule's first form,
    # seen in the last read, took any から…まで).
    corpus = build_corpus(make_article(text=TRAIN))
    item = sentence_with(corpus, "3時間")
    assert not _length_of_a_range_shown(item, span_of(item, "3時間"))
