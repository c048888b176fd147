"""Issue 9, blind round 151: a rate the sentence's total works out, and cards. Each text is
our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

STOCK = """# 家族で備える水の目安

## 水と食料

1人1日2リットルが目安なので、3人家族が4日過ごすには24リットル必要になります。
飲み水は1人1日2リットルが目安とされ、市は各家庭に備えを呼びかけています。
"""


def test_no_choice_of_a_rate_the_sentences_total_works_out():
    # 「1人1日［3リットル］…4人家族が3日過ごすには36リットル」: 36 ÷ 4 ÷ 3 (151a).
    corpus = build_corpus(make_article(text=STOCK))
    worked = next(item for item in corpus.sentences if "24リットル" in item.sentence.text)
    assert build_choice(worked, span_of(worked, "2リットル"), corpus) is None
    alone = next(item for item in corpus.sentences if "呼びかけ" in item.sentence.text)
    assert build_choice(alone, span_of(alone, "2リットル"), corpus)


@pytest.mark.parametrize(
    ("word", "reading", "first"),
    [("実施", "じっし", "implementation"), ("取り扱い", "とりあつかい", "handling")],
)
def test_glosses_lead_with_the_articles_sense(word, reading, first):
    # A survey 実施 carried out, no enforcement; a supermarket's 取り扱い, no treatment (151).
    assert word_senses(word, reading).startswith(first)
