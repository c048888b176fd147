"""Issue 9, blind round 34: a reading a heading prints, a count of 数, which-section questions
from an introduction, a byline ending in a bracketed date, and a denial whose second は would
stay in the affirmative. Each text is our own."""

import pytest

from content.generation.builders import _counted, build_reading, build_section
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def token_of(item, surface):
    return next(token for token in item.tokens if token.surface == surface)


CARD = """# カードをなくしたら

## 入管（にゅうかん）に行きます

入管では、新しいカードを作る手続きをします。
手続きには、写真と申請書が必要です。

## 警察に届けます

まず、近くの交番で遺失届を出します。
交番に届けたあとで、入管で新しいカードの手続きをします。
"""


def test_no_reading_card_for_a_word_a_heading_prints_with_its_reading():
    corpus = build_corpus(make_article(text=CARD))
    # In another section than the heading's: the heading shows beside every which-section
    # question, and the reading card's answer with it.
    item = sentence_starting(corpus, "交番に届けた")
    assert build_reading(item, token_of(item, "入管"), corpus) is None


def test_a_count_of_some_thousands_is_no_word():
    assert _counted("数千人") and _counted("数十年") and _counted("三人目")
    assert not _counted("数学")


INTERVIEW = """# 負けた試合こそ宝物

## はじめに

引退した後は、市内のジュニアチームでヘッドコーチを務めている。
今年の春の全国大会では、チームを初めての準優勝に導いた。

## 指導者への転身

三十五歳で代表を退き、地元の体育館で子どもたちに教え始めた。
最初の年の部員は、わずか四人だった。

## 選手のころ

二十代には、日本代表として三度の国際大会に出場した。
"""


def test_no_which_section_question_from_an_introduction():
    corpus = build_corpus(make_article(text=INTERVIEW))
    assert build_section(sentence_starting(corpus, "今年の春"), corpus) is None
    assert build_section(sentence_starting(corpus, "三十五歳で"), corpus) is not None


def test_a_byline_ending_in_a_bracketed_date_is_metadata():
    text = "# ごみ選別にロボット\n\n東雲日報　社会部・岡田 彩（2025年11月18日）\n\n## 導入\n\n市はロボットを導入する。\n"
    corpus = build_corpus(make_article(text=text))
    assert sentence_starting(corpus, "東雲日報").is_metadata
    assert not sentence_starting(corpus, "市は").is_metadata


def test_a_denial_with_a_second_wa_is_not_made_affirmative():
    assert negated("なくしたときは、お金（かね）はかかりません。") is None
    assert negated("口座を作るのに、お金はかかりません。") is not None
