"""Issue 9, blind round 12 (before): a stem cut from its ending, phrases and basic words as
cards; minutes cut from their hour; options of another shape than a rounded or a single
figure; and a statement about ここ. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.analysis.tokens import tokenize
from content.generation.builders import build_reading, build_truefalse, is_readable_word
from content.generation.corpus import build_corpus
from content.generation.distractors import _synthesized, pick_distractors
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CLINIC = """# 町の診療所

## 受付の時間

駅前の診療所は、平日の午前9時から午後6時まで開いています。
昼の12時30分から2時までは、受付が休みになります。
ここは毎晩、午後7時から10時まで開いています。
保険証を持って、受付で名前を言ってください。
町内の有志約120人が、診療所の送迎を手伝っている。
線路の周りでは、一日に平均412人が乗り降りする。

## 待ち時間

診察の待ち時間は、長い日で50〜60分になります。
薬を受け取るまでには、さらに10分ほどかかります。
空の待合室の10%ほどが、窓ぎわの席です。
"""


def _corpus():
    return build_corpus(make_article(text=CLINIC))


def _item(corpus, start: str):
    return next(i for i in corpus.sentences if i.sentence.text.startswith(start))


def _options(corpus, start: str, answer: str, **kwargs) -> list[str]:
    item = _item(corpus, start)
    span = next(span for span in item.spans if span.text == answer)
    return pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, **kwargs)


def test_no_reading_card_for_a_verb_stem_cut_from_its_ending():
    corpus = _corpus()
    for start, stem in (("駅前の", "開い"), ("保険証を", "持っ"), ("保険証を", "言っ")):
        item = _item(corpus, start)
        token = next(token for token in item.tokens if token.surface == stem)
        assert build_reading(item, token, corpus) is None, stem


def test_a_phrase_with_a_demonstrative_is_no_word_to_learn():
    tokens = tokenize("その後も二度の大雨に見舞われた。")
    assert tokens[0].surface == "その後"
    assert not is_readable_word(tokens[0])


@pytest.mark.parametrize("word", ["お祭り", "ご近所", "村々", "日々"])
def test_a_basic_word_with_an_honorific_or_doubled_is_still_basic(word):
    assert is_basic_word(word)


@pytest.mark.parametrize("word", ["お茶碗", "御朱印"])
def test_an_honorific_before_a_harder_word_keeps_it(word):
    assert not is_basic_word(word)


def test_the_minutes_of_a_time_are_never_asked_apart_from_its_hour():
    article = make_article(text=CLINIC)
    asked = article.questions.filter(
        status=QuestionStatus.PUBLISHED, source_text__startswith="昼の12時30分"
    ).exclude(kind__in=[QuestionKind.READING, QuestionKind.VOCAB, QuestionKind.SECTION])
    assert not [q for q in asked if q.answer == "30分"]


def test_a_single_figure_gets_no_range_among_its_options():
    corpus = _corpus()
    options = _options(corpus, "薬を受け取る", "10分")
    assert options and not any("〜" in option for option in options)


def test_a_rounded_figure_gets_round_options_and_a_round_swap():
    corpus = _corpus()
    options = _options(corpus, "空の待合室", "10%")
    assert all(option.rstrip("%").endswith("0") for option in options), options
    swaps = _options(corpus, "町内の有志", "120人", count=8, from_article_only=True)
    assert "412人" not in swaps


def test_no_option_spells_ten_thousand_man():
    corpus = build_corpus(make_article(text="# 予算\n\n## 今年\n\n町の予算は8,000万円まで減る。\n"))
    item = corpus.sentences[0]
    span = next(span for span in item.spans if span.text == "8,000万円")
    assert not [option for option in _synthesized(span) if "10,000万" in option]


def test_no_statement_opens_with_an_unresolved_koko():
    # Alone, 「ここは」 reads as the clinics of the sentence before, not the night clinic.
    corpus = _corpus()
    item = _item(corpus, "ここは")
    assert item.spans
    assert [build_truefalse(item, span, corpus) for span in item.spans] == [None] * len(item.spans)
