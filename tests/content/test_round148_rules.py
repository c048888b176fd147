"""Issue 9, blind round 148: what is easy to do, said of nothing, and cards. Each text is
our own."""

import pytest

from content.analysis.glossary import has_several_readings, is_basic_word, word_senses
from content.generation.builders import stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db

STORES = """# 地方スーパーの新しい店

## 小さな店

同社の新店は、売り場を従来より3割ほど狭くした小型店である。
地方でも採算が取りやすく、建設費も1店当たり約5億円に抑えられるという。
小型店は、地方でも採算が取りやすいという。
"""


def test_what_is_easy_to_do_names_what_it_is_said_of():
    # 「人口が減っている地域でも採算が取りやすく、…という」: the stores of the sentence
    # before (148a).
    corpus = build_corpus(make_article(text=STORES))
    assert not stands_alone(sentence_starting(corpus, "地方でも"), corpus)
    assert stands_alone(sentence_starting(corpus, "小型店は"), corpus)


def test_a_local_thanksgiving_is_no_american_one():
    assert "Thanksgiving (US, Canada)" not in word_senses("感謝祭", "かんしゃさい")


def test_a_word_to_trainees_has_two_readings():
    assert has_several_readings("声かけ")


def test_laughing_is_too_easy():
    assert is_basic_word("笑う")
