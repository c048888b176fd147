"""Issue 9, blind round 31: a denial that broke "not even one", an era's year its heading
shows, an option as near an approximate answer as the answer is, and a share the sentence's
two counts give. Each text is our own."""

import pytest

from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_not_even_one_is_not_turned_affirmative():
    assert negated("最初の一週間は、湯のみ一つまともに形になりませんでした。") is None
    assert negated("最初の一週間は、湯のみがうまく形になりませんでした。") is not None


LIGHTHOUSE = """# 港の灯台

## 明治九年の初点灯

明治九年（1876年）十一月一日の夜、初めて灯がともり、浜には千人を超える町民が集まった。
工事は明治七年（1874年）に始まり、石工たちが塔を積み上げた。
明治五年（1872年）に、政府は港に灯台を置くことを決めた。
明治十年（1877年）には、灯台守の家も建てられた。
"""


def test_an_eras_date_whose_year_the_heading_shows_is_not_asked():
    corpus = build_corpus(make_article(text=LIGHTHOUSE))
    item = sentence_starting(corpus, "明治九年")
    assert build_choice(item, span_of(item, "明治九年（1876年）"), corpus) is None
    other = sentence_starting(corpus, "工事は")
    assert build_choice(other, span_of(other, "明治七年（1874年）"), corpus) is not None


POTTERY = """# 陶芸の一か月

## 作った器

一か月で作った器は全部で37個、そのうち人に見せられると思えたのは9個、つまり約24%でした。
町の調査では、一人暮らしの高齢者の約38%が、週に一度も人と話さない日があると答えた。
同じ調査で、買い物に困っている人は21%、通院に困っている人は40%、どちらもない人は30%だった。
"""


def test_a_share_the_sentences_counts_give_is_not_asked():
    corpus = build_corpus(make_article(text=POTTERY))
    item = sentence_starting(corpus, "一か月で作った")
    assert build_choice(item, span_of(item, "24%"), corpus) is None


def test_an_approximate_share_gets_no_option_within_a_tenth_of_it():
    corpus = build_corpus(make_article(text=POTTERY))
    item = sentence_starting(corpus, "町の調査では")
    span = span_of(item, "38%")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=8)
    assert options and not any(34.2 <= float(option[:-1]) <= 41.8 for option in options), options
