"""Issue 9, blind round 29: a typed reading where another entry reads the spelling otherwise
(甘味: あまみ, かんみ), and 午前12時 among clock options. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_reading, build_vocab
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_spelling_another_entry_reads_otherwise_is_never_a_typed_reading():
    corpus = build_corpus(make_article(text="# 焙煎\n\n## 味\n\n深く焼くと甘味が増す。\n"))
    item = sentence_starting(corpus, "深く焼くと")
    draft = build_reading(item, token_of(item, "甘味"), corpus)
    assert draft is None or (len(draft.choices) == 4 and "かんみ" not in draft.choices)


def test_no_clock_option_is_twelve_in_the_morning():
    text = "# 開館\n\n## 初日\n\n初日は午前10時から式典を行い、午後1時から一般の方が利用できる。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "初日は")
    span = span_of(item, "午前10時")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=8)
    assert options and "午前12時" not in options


TRAM = """# 町の電車

## 開業まで

大正2年（1913年）に会社が作られ、線路の工事が始まった。
電車は大正5年（1916年）に開業し、最初の年の乗客は一日1,900人だった。
開業の翌大正6年（1917年）には、駅が二つ増えた。
昭和2年（1927年）、会社は温泉地まで線路を延ばした。
昭和16年（1941年）、会社は県の鉄道会社に合併された。
"""


def test_an_eras_date_after_yoku_is_the_date_alone():
    corpus = build_corpus(make_article(text=TRAM))
    item = sentence_starting(corpus, "開業の翌")
    assert "大正6年（1917年）" in [span.text for span in item.spans]


def test_an_eras_date_meets_dates_of_its_own_era():
    corpus = build_corpus(make_article(text=TRAM))
    item = sentence_starting(corpus, "昭和2年")
    span = span_of(item, "昭和2年（1927年）")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=6)
    assert options and all(option.startswith("昭和") for option in options), options


def test_the_way_of_doing_something_is_basic():
    assert is_basic_word("作り方")


def test_a_word_before_a_figure_takes_the_sense_kept_for_a_counter():
    text = "# 山の案内\n\n## 三十年の仕事\n\n佐久間さんは、延べ8,000人の登山者を案内してきた。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "佐久間さんは")
    draft = build_vocab(item, token_of(item, "延べ"), corpus)
    assert draft is not None and draft.extra["gloss"].startswith("total")
