"""Issue 9, blind round 189 (judged on the weekday commit's tree), and its packets of five
guides with days of the week. Each case is one a reviewer failed."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("湯けむり", "ゆけむり"),  # a hot spring's steam, not "steam"
        ("自然免疫", "しぜんめんえき"),  # innate immunity, not "natural immunity"
        ("演目", "えんもく"),  # the pieces of a repertoire, not a concert's "program"
        ("長ねぎ", "ながねぎ"),  # the long onion, not "scallion; shallot"
    ],
)
def test_a_word_whose_gloss_names_something_else_gets_no_meaning(word, reading):
    assert word_senses(word, reading) == ""


def test_a_homely_taste_is_simple_not_naive():
    assert word_senses("素朴", "そぼく") == "simple"


def test_words_read_off_their_kanji_are_too_easy_to_card():
    assert is_basic_word("小島") and is_basic_word("朝晩")


RAILWAY = """# 北部鉄道の決算

## 課題と戦略

沿線の人口は減り続けており、通勤の利用者も年々少なくなっている。\
鉄道会社を取り巻く環境は、決して楽観できるものではない。\
同社は駅の無人化を進め、運行の費用を抑えてきた。

## 今後の見通し

来年度は、新しい車両の導入で利用者を呼び戻したい考えだ。

## 観光列車

週末に走らせる観光列車は、沿線の温泉地と組み合わせた旅が好評を得ている。
"""


def test_a_judgement_of_what_is_to_come_fits_the_outlook_as_well():
    corpus = build_corpus(make_article(text=RAILWAY))
    assert build_section(sentence_with(corpus, "楽観"), corpus) is None
    # What the environment has been is the section's own.
    told = RAILWAY.replace("決して楽観できるものではない", "この十年で大きく変わった")
    corpus = build_corpus(make_article(text=told))
    assert build_section(sentence_with(corpus, "この十年"), corpus) is not None
