"""Issue 9, blind round 145: statements that lean on the sentence before, and cards. Each
text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.antonyms import build_antonym_truefalse
from content.generation.builders import build_truefalse, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BREWER = """# 酒屋から醤油屋へ

## 醤油を始めた理由

享保十五年、三代目の源右衛門は醤油の醸造を始めた。
米の値段が上がると、酒造りの利益はすぐに減ってしまうからである。
開館式では、まず知事があいさつした。
続いて地元の小学生十二人がテープカットを行い、会場は大きな拍手に包まれた。
"""


@pytest.fixture
def brewer():
    return build_corpus(make_article(text=BREWER))


def test_a_reason_for_the_sentence_before_is_no_statement(brewer):
    # 「…利益はすぐに増えてしまうからである」: the reason for what? (145a)
    item = sentence_starting(brewer, "米の")
    assert not stands_alone(item, brewer)
    assert build_antonym_truefalse(item, brewer) is None


def test_what_follows_another_event_is_no_statement(brewer):
    # 「続いて地元の小学生十人以上がテープカットを行い…」: after what? (145a)
    item = sentence_starting(brewer, "続いて")
    assert not stands_alone(item, brewer)
    assert build_truefalse(item, span_of(item, "十二人"), brewer) is None


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [("協賛", "きょうさん", "approval"), ("成体", "せいたい", "imago")],
)
def test_glosses_teachers_struck(word, reading, struck):
    assert struck not in word_senses(word, reading)


@pytest.mark.parametrize("word", ["博物館", "調べる", "泳ぎ", "車いす", "関する"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)
