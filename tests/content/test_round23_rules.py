"""Issue 9, blind round 23: a word of several readings none of which is its own, phrases
and verb-noun pieces read as words, a verb's stem carded as a noun, a phone number placed
in a section, a statement its heading answers, an ordinal leaning on its list, and clock
options that no clock shows. Each text is our own."""

import re

import pytest

from content.analysis.glossary import has_several_readings
from content.generation.builders import build_reading, build_section, build_vocab
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.standing import build_standing_truefalse, is_plain_fact
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HISTORY = """# 寺と飢饉の記録

## 大風の年

8月には大風が吹き、実りかけた稲が倒れた。
寺の写し手は、飢えたる者の数を帳面に記した。
新しい工場の屋根には太陽光発電設備が並ぶ。
町は新しい計画を発表した。
住職は米を蔵から出し、毎朝かゆを炊かせた。

## 二つの段階

飢饉は、大きく分けて二つの段階を経て広がった。
二つ目は、春の種もみまで食べてしまうことである。
相談の電話番号は、0123-45-6789です。
決勝は16日午後1時から、同じ会場で行われる。
"""


def test_a_word_of_several_readings_none_common_is_not_asked_for_its_reading():
    # 大風 is おおかぜ here, and たいふう to the analyser (round 23 keyed たいふう).
    assert has_several_readings("大風")
    corpus = build_corpus(make_article(text=HISTORY))
    item = sentence_starting(corpus, "8月には")
    assert build_reading(item, token_of(item, "大風"), corpus) is None


@pytest.mark.parametrize(
    ("opening", "word"),
    [("新しい工場", "太陽光発電設備"), ("寺の写し手", "写し手")],
)
def test_a_phrase_or_a_verb_and_noun_the_dictionary_lacks_gets_no_reading_card(opening, word):
    corpus = build_corpus(make_article(text=HISTORY))
    item = sentence_starting(corpus, opening)
    assert build_reading(item, token_of(item, word), corpus) is None


@pytest.mark.parametrize(("opening", "stem"), [("8月には", "実り"), ("寺の写し手", "飢え")])
def test_a_verbs_stem_with_its_helper_gets_no_meaning_card(opening, stem):
    corpus = build_corpus(make_article(text=HISTORY))
    item = sentence_starting(corpus, opening)
    assert build_vocab(item, token_of(item, stem), corpus) is None


def test_a_noun_of_action_with_suru_is_still_a_meaning_card():
    corpus = build_corpus(make_article(text=HISTORY))
    item = sentence_starting(corpus, "町は")
    assert build_vocab(item, token_of(item, "発表"), corpus) is not None


def test_a_phone_number_is_placed_in_no_section():
    corpus = build_corpus(make_article(text=HISTORY))
    assert build_section(sentence_starting(corpus, "相談の電話番号"), corpus) is None


def test_a_statement_its_heading_answers_is_no_filler():
    corpus = build_corpus(make_article(text=HISTORY))
    assert build_standing_truefalse(sentence_starting(corpus, "飢饉は"), corpus) is None


def test_an_ordinal_of_a_list_not_shown_is_no_fact_on_its_own():
    assert not is_plain_fact("二つ目は、春の種もみまで食べてしまうことである。")
    assert not is_plain_fact("2つ目は、根を切りすぎることで、株が弱ってしまう。")


def test_clock_options_are_hours_a_clock_shows():
    corpus = build_corpus(make_article(text=HISTORY))
    item = sentence_starting(corpus, "決勝は")
    options = pick_distractors(
        span_of(item, "午後1時"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert options
    assert all(re.fullmatch(r"午後(?:[1-9]|1[0-2])時", option) for option in options), options
