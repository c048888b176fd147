"""Issue 9, blind round 160: a key found by its neighbours, its digits or its decade, a
working day's hours, readings shown in kana, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_reading, build_vocab
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

NESTS = """# 砂浜のウミガメ

## 巣の数

確認された巣の数は、二〇二二年が百四十二か所、二〇二三年が百八十七か所だった。
二〇二四年にはさらに増えて二百三十一か所となった。

## 守る工夫

研究チームは二〇二三年から、巣の上によしずをかける実験を始めた。
満潮で波をかぶるおそれのある巣二十六か所については、卵を高い場所に移した。
"""


def test_a_year_told_beside_the_next_is_not_asked():
    # 「［二〇二二年］が百四十二か所、二〇二三年が…」: the year before the next (160b).
    corpus = build_corpus(make_article(text=NESTS))
    item = sentence_starting(corpus, "確認された")
    assert build_choice(item, span_of(item, "二〇二二年"), corpus) is None


def test_a_key_is_never_the_middle_of_the_years_around_it():
    # 二〇二三年 between the article's 二〇二二年 and 二〇二四年 (160b).
    options = options_of(build_corpus(make_article(text=NESTS)), "研究チーム", "二〇二三年")
    assert not {"二〇二二年", "二〇二四年"} <= set(options), options


def test_a_key_is_never_the_one_figure_of_its_digits():
    # 二十六か所 among the yearly totals 百四十二, 百八十七 and 二百三十一か所 (160b).
    options = options_of(build_corpus(make_article(text=NESTS)), "満潮", "二十六か所")
    assert options
    assert not all(figure_value(option) >= 100 for option in options), options


MILL = """# 製糸の町の百年

## 創業者の時代

大森喜一郎は1920年に工場を建て、初代の社長となった。
1923年には、工場に二つ目の建物が完成した。
1929年の恐慌で、生糸の値段は半分に落ちた。

## 戦争の時代

喜一郎は終戦を見ることなく、1944年に68歳で亡くなった。
木村は技術者で、まず労働時間を1日13時間から11時間に短縮した。

## 今に残るもの

戦後は長男の大森誠が工場を継いだが、1968年に幕を下ろした。
館の案内役を務める元工女の孫、田中澄子さんは「祖母は仕事を誇りにしていた」と話す。
"""


def test_a_year_is_never_alone_in_its_decade():
    # 1944年 among 1920, 1923 and 1929年 (160a).
    options = options_of(build_corpus(make_article(text=MILL)), "喜一郎は", "1944年")
    assert not all(1920 <= figure_value(option) < 1930 for option in options), options


def test_hours_of_a_day_stay_a_days_work():
    # 1日［13時間］ had 20時間 and 23時間 beside it (160a).
    for option in options_of(build_corpus(make_article(text=MILL)), "木村は", "13時間"):
        assert figure_value(option) <= 19, option


def test_a_voice_of_today_never_meets_a_person_of_the_story_long_before():
    # A guide quoted in the present among the mill's founder, its manager and its heir (160a).
    options = options_of(build_corpus(make_article(text=MILL)), "館の案内役", "田中澄子")
    assert "大森喜一郎" not in options, options


FERRY = """# 島への日帰り旅

## 船の上で

デッキに出ると潮風がとても気持ちよかった。

## お昼は「食堂しおかぜ」で

港の近くの食堂で、魚の定食を食べた。
"""


def test_no_reading_written_out_in_a_heading():
    # 潮風 under 「お昼は「食堂しおかぜ」で」 (160a).
    corpus = build_corpus(make_article(text=FERRY))
    item = sentence_starting(corpus, "デッキ")
    assert build_reading(item, token_of(item, "潮風"), corpus) is None


def test_no_card_for_a_firms_name_before_its_trade():
    # 東邦 of 東邦紡績, "the Orient" to a dictionary (the kit, once 消える gave way).
    corpus = build_corpus(make_article(text=MERGER))
    item = sentence_starting(corpus, "昭和2年")
    assert build_vocab(item, token_of(item, "東邦"), corpus) is None
    assert build_reading(item, token_of(item, "東邦"), corpus) is None


MERGER = """# 紡績の町

## 合併

昭和2年の金融恐慌の後、三船紡績は大手の東邦紡績と合併した。
"""


def test_cards_teachers_sent_back():
    # A night bus is no flight, a silk inspection's pass rate no applicants'; 科学館 and 館内
    # are too easy (160a, 160b), and so is 消える.
    assert word_senses("夜行便", "やこうびん") == ""
    assert "applicants" not in word_senses("合格率", "ごうかくりつ")
    assert is_basic_word("科学館")
    assert is_basic_word("館内")
    assert is_basic_word("消える")
