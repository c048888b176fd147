"""Issue 9, blind round 33: a reading two sources disagree on, a word cut from a number, a
past year's options after the article's date, a rate's base among the options, 50% under
a title that says 半減, a reading the title prints, a definition swapped for a term the
article only uses, and a sense chosen by a word the sentence says far away. Each text is
our own."""

import pytest

from content.analysis.glossary import confirmed_reading
from content.generation.builders import build_choice, build_reading, build_vocab
from content.generation.corpus import build_corpus
from content.generation.definitions import build_definition_truefalse
from content.generation.distractors import pick_distractors, year_of
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_reading_the_dictionary_marks_uncommon_does_not_overrule_the_analyser():
    # JMdict knows 中継地 only as an unmarked ちゅうけいじ; teachers read ちゅうけいち.
    assert confirmed_reading("中継地", "ちゅうけいち") == ""
    assert confirmed_reading("一回", "いちかい") == "いっかい"  # a common one stands


RIVER_PORT = """# 川の港

## 運上金

仲間は毎年、金三十両を代官所に上納した。
その年、若い力士が十両に上がり、町は祝った。
"""


def token_of(item, surface):
    return next(token for token in item.tokens if token.surface == surface)


def test_no_word_card_for_a_piece_of_a_number():
    corpus = build_corpus(make_article(text=RIVER_PORT))
    item = sentence_starting(corpus, "仲間は")
    token = token_of(item, "十両")
    assert build_vocab(item, token, corpus) is None
    assert build_reading(item, token, corpus) is None


FARM = """# 田んぼを継いで

2024年5月10日

## きっかけ

父が2019年の春に腰を痛めて、田植えができなくなったのがきっかけです。
私が農園を継いだのは2021年で、2016年から手伝ってはいました。
2027年には田んぼを倍に広げる計画です。
米の値段は60キロあたり1万2,000円でした。
収量は1年目は10アールあたり480キロでしたが、今年は570キロまで上がりました。
"""


def test_a_past_years_options_are_no_later_than_the_articles_date():
    corpus = build_corpus(make_article(text=FARM))
    item = sentence_starting(corpus, "父が")
    wrong = pick_distractors(
        span_of(item, "2019年"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert len(wrong) == 3
    assert all(year_of(option) <= 2024 for option in wrong), wrong


def test_what_a_price_is_per_is_no_option_for_a_quantity():
    corpus = build_corpus(make_article(text=FARM))
    item = sentence_starting(corpus, "収量は")
    wrong = pick_distractors(
        span_of(item, "480キロ"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert "60キロ" not in wrong


EMISSIONS = """# 県、温室効果ガスを2030年度に半減へ

## 目標

県は温室効果ガスの排出量を、2013年度と比べて2030年度までに50%減らす目標を決めた。
知事は「2050年までに実質ゼロを目指す」と述べた。
工場の電化には、約420億円の補助金が用意される。
"""


def test_half_said_in_the_title_gives_fifty_percent_away():
    corpus = build_corpus(make_article(text=EMISSIONS))
    item = sentence_starting(corpus, "県は")
    assert build_choice(item, span_of(item, "50%"), corpus) is None


WARNINGS = """# 緊急地震速報（きんきゅうじしんそくほう）のしくみ

## 観測点

全国には約1,700か所の地震計が置かれ、地面の動きを見張っている。
観測点の地震計が揺れを捉えると、数秒で震源が推定される。
"""


def test_no_reading_question_for_a_word_whose_piece_the_title_prints_with_its_reading():
    corpus = build_corpus(make_article(text=WARNINGS))
    item = sentence_starting(corpus, "全国には")
    assert build_reading(item, token_of(item, "地震計"), corpus) is None


FEES = """# 河岸の暮らし

## 手数料

河岸で荷を扱うたびに、荷主からは口銭（こうせん）と呼ばれる手数料が徴収された。
史料には、その額が細かく記されている。
仲間は毎年、代官所に金を納めた。
"""


def test_a_definition_is_swapped_only_for_a_term_the_article_defines_too():
    corpus = build_corpus(make_article(text=FEES))
    item = sentence_starting(corpus, "河岸で")
    # 史料 is a material the article names, but defines nothing by: no swap is left.
    assert build_definition_truefalse(item, corpus) is None


def test_a_vocab_cards_sense_is_chosen_by_the_words_near_it():
    text = """# 速報の話

## 始まり

一般向けの提供が始まってから十数年がたち、現在ではテレビやラジオで全国に配信されている。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "一般向け")
    draft = build_vocab(item, token_of(item, "提供"), corpus)
    assert draft is not None
    assert not draft.extra["gloss"].startswith("sponsoring")
