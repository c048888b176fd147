"""Issue 9, blind round 24: a quotation left open around a blank, a denial no one says, a
word the title prints with its reading, and an antonym turned inside a likeness. Each text
is our own."""

import pytest

from content.generation.antonyms import build_antonym_truefalse
from content.generation.builders import build_choice, build_reading, build_vocab
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

INTERVIEW = """# 桑原運河（くわばらうんが）と宮大工の仕事

## 修業の日々

高瀬「修業の最初の3年間は、ほとんど道具の手入れと掃除でした。親方は何も教えてくれませんでしたが、毎朝早く仕事場に行き、親方の手の動きを見て覚えるしかなかったんです。今思えば、あの時間があったから今の自分があると感じています。」
運河の工事には、近くの村から多くの人が集まった。
川沿いの景色はまるで古い映画のようでした。
運河の完成で、町の暮らしは大きく変わった。
"""


def test_a_blank_in_a_quotation_shows_no_speaker_label_or_open_mark():
    corpus = build_corpus(make_article(text=INTERVIEW))
    # The speaker's name is in no sentence: the answer is split into its sentences.
    assert not any(item.sentence.text.startswith("高瀬") for item in corpus.sentences)
    item = sentence_starting(corpus, "修業の最初の")
    draft = build_choice(item, span_of(item, "3年間"), corpus)
    assert draft is not None
    assert draft.prompt.startswith("修業の最初の")
    assert draft.prompt.count("「") == draft.prompt.count("」")


def test_a_difference_is_never_denied():
    assert negated("平日と土曜日は、時間が　ちがいます。") is None


def test_a_word_the_title_prints_with_its_reading_is_not_asked():
    corpus = build_corpus(make_article(text=INTERVIEW))
    item = sentence_starting(corpus, "運河の工事")
    token = token_of(item, "運河")
    assert build_reading(item, token, corpus) is None
    assert build_vocab(item, token, corpus) is None


def test_a_likeness_is_not_turned_into_its_antonym():
    corpus = build_corpus(make_article(text=INTERVIEW))
    assert build_antonym_truefalse(sentence_starting(corpus, "川沿いの"), corpus) is None
