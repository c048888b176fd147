"""Issue 9, blind round 21: statements that leave their topic to the sentence before, a rule
denied without a subject, figures that are no fact to ask (a fixed phrase, time spent on the
way, the share that completes a whole, the year a figure is of), a heading's figure in its
sentence, a reading half printed, a gloss that repeats itself, and a closing impression.
Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import (
    build_choice,
    build_negated_truefalse,
    build_reading,
    build_section,
    stands_alone,
)
from content.generation.corpus import build_corpus
from content.generation.standing import build_standing_truefalse
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GUIDE = """# 駐輪場（ちゅうりんじょう）の　使（つか）い方（かた）

## お金（かね）は　いくらですか

1か月（げつ）の　定期（ていき）は　1,800円（えん）です。
学生（がくせい）は　1,200円（えん）です。
料金（りょうきん）は　600円（えん）です。
道（みち）の　左側（ひだりがわ）を　走（はし）ります。
"""

TOWN = """# 山あいの宿場町と小さな本屋

## 1.5倍への挑戦

店の本の割合は、新刊が6割、古本が4割です。
中学生は、バスで40分かけて本屋まで本を買いに来る。
本屋の古い記録は、二度と読めなくなるおそれがある。
組合の2023年度のカキ生産量は、殻付きで約420トンだった。
本屋に来る子どもの数は、10年前と比べて約3割減った。
本屋の読書会は、2階の小さな部屋で毎月開かれている。
店主は、3年後に本棚の数を今の1.5倍に増やすつもりだ。

## 本陣と宿場の役人

本陣（ほんじん）の隣には、大名の家来が泊まる脇本陣が置かれた。
宿場の役人は、町内の見回りを毎晩欠かさなかった。
宿場の人びとは、大名の行列を迎える準備に追われた。
石畳の道を歩けば、かつての宿場のにぎわいを今も想像することができる。
"""


@pytest.mark.parametrize("opening", ["学生", "料金"])
def test_a_bare_figure_of_an_unnamed_thing_is_no_statement_or_choice(opening):
    corpus = build_corpus(make_article(text=GUIDE))
    item = sentence_starting(corpus, opening)
    assert not stands_alone(item, corpus)
    figure = next(span for span in item.spans if span.text.endswith("円"))
    assert build_choice(item, figure, corpus) is None


def test_a_fee_that_names_its_thing_is_still_asked():
    corpus = build_corpus(make_article(text=GUIDE))
    item = sentence_starting(corpus, "1か月")
    assert stands_alone(item, corpus)
    assert build_choice(item, span_of(item, "1,800円"), corpus) is not None


def test_a_rule_with_no_subject_but_a_printed_reading_is_not_denied():
    # The は of 走（はし）ります is a reading, not a topic (round 21: 「左側を走りません」).
    corpus = build_corpus(make_article(text=GUIDE))
    assert build_negated_truefalse(sentence_starting(corpus, "道（みち）の"), corpus) is None


@pytest.mark.parametrize(
    ("opening", "figure"),
    [
        ("店の本の割合は", "4割"),  # 6割 and 4割 make the whole
        ("中学生は", "40分"),  # time spent on the way
        ("本屋の古い記録は", "二度"),  # 二度と: a fixed phrase
        ("組合の", "2023年度"),  # the year the figure is of
        ("本屋に来る", "10年前"),  # the time it is compared with
        ("本屋の読書会", "2階"),  # where in the building
    ],
)
def test_a_figure_that_is_no_fact_to_ask_gets_no_choice_question(opening, figure):
    corpus = build_corpus(make_article(text=TOWN))
    item = sentence_starting(corpus, opening)
    assert build_choice(item, span_of(item, figure), corpus) is None


def test_the_figure_of_the_year_is_asked_instead():
    corpus = build_corpus(make_article(text=TOWN))
    item = sentence_starting(corpus, "組合の")
    assert build_choice(item, span_of(item, "420トン"), corpus) is not None


def test_a_sentence_with_its_headings_figure_gets_no_which_section_question():
    corpus = build_corpus(make_article(text=TOWN))
    assert build_section(sentence_starting(corpus, "店主は"), corpus) is None


def test_a_word_holding_a_printed_reading_gets_no_reading_card():
    corpus = build_corpus(make_article(text=TOWN))
    item = sentence_starting(corpus, "本陣")
    token = next(token for token in item.tokens if token.surface == "脇本陣")
    assert build_reading(item, token, corpus) is None


def test_a_gloss_in_two_spellings_is_shown_once_and_leaves_room_for_another():
    senses = word_senses("町内", "ちょうない")
    assert "neighbourhood" not in senses
    assert "town" in senses


def test_a_closing_impression_is_neither_placed_nor_stated():
    corpus = build_corpus(make_article(text=TOWN))
    item = sentence_starting(corpus, "石畳の道")
    assert build_section(item, corpus) is None
    assert build_standing_truefalse(item, corpus) is None
