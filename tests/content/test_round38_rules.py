"""Issue 9, blind round 38: statements that name nothing they are about, and statements
always true (fillers), which teachers failed one in two. Each text is our own."""

import pytest

from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import _names_what_it_is_about, _share_of_counts_beside_it
from content.generation.clefts import cleft_question
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article


@pytest.mark.parametrize(
    "statement",
    [
        "もとは大阪の米問屋の次男だった。",  # whose son?
        "転機は大正三年に訪れる。",  # whose turning point?
        "午前中は尾根を西へ。",  # cut off at its particle
        "手で直せるところは機械に頼らない。",  # who says so?
    ],
)
def test_a_statement_that_names_nothing_it_is_about_does_not_stand(statement):
    assert not _names_what_it_is_about(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "北海道の冬はとても寒いです。",  # a season of something named
        "江戸時代には、各地の藩が藩札と呼ばれる紙のお金を発行していた。",  # a subject in a clause
        "料理をするときは、火のそばを離れません。",  # a guide's step is the reader's own
        "工女は近隣の村の娘たちで、初年度は三十八人。",
    ],
)
def test_a_statement_with_a_topic_or_a_subject_stands(statement):
    assert _names_what_it_is_about(statement)


SILK = """# 村の製糸場

## 創業

創業者の大井源七は、文政十三年（一八三〇年）、この村の名主の家に生まれた。
製糸場は明治十年（一八七七年）に開かれ、工女は十二歳から十八歳までの娘たちだった。
夏の労働時間は一日十三時間に達した。
十五歳の少女が、帳面に毎日の糸の量を書き留めた。
"""


def _options(text, sentence, answer):
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, sentence)
    span = span_of(item, answer)
    return pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=6)


@pytest.mark.django_db
def test_an_era_date_in_kanji_numerals_is_spelt_as_the_answer_and_stays_in_its_era():
    options = _options(SILK, "創業者の", "文政十三年（一八三〇年）")
    assert options
    for option in options:
        # 文政 ran from 1818 to 1830: it had no fourteenth year.
        assert option.startswith("文政") and "千" not in option and "百" not in option
        assert not option.startswith(("文政十四年", "文政十五年")), option


@pytest.mark.django_db
def test_hours_of_a_day_a_childs_age_and_a_ranges_start_stay_within_sense():
    assert all(figure_value(o) <= 24 for o in _options(SILK, "夏の", "十三時間"))
    assert all(figure_value(o) <= 18 for o in _options(SILK, "十五歳の", "十五歳"))
    assert all(figure_value(o) < 18 for o in _options(SILK, "製糸場は", "十二歳"))


@pytest.mark.django_db
def test_a_whole_its_part_and_share_settle_is_not_asked():
    text = """# 海の調査

## 魚の中のごみ

東京湾で採取したイワシを調べた研究では、64匹のうち49匹、約8割の胃からプラスチックが見つかった。
調査は2022年の夏に行われた。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "東京湾で")
    assert _share_of_counts_beside_it(item, span_of(item, "64匹"))
    other = sentence_starting(corpus, "調査は")
    assert not _share_of_counts_beside_it(other, span_of(other, "2022年"))


def test_a_word_paired_with_a_common_noun_of_its_head_is_no_place():
    text = "今回は縦走なので、登山口と下山口が違います。"
    spans = span_types(text)
    assert spans["下山口"] == SpanType.TERM
    text = "東京都と京都を結ぶ。"
    spans = span_types(text)
    assert spans["京都"] == SpanType.PLACE


def test_what_happens_in_spite_of_oneself_is_not_denied():
    assert negated("山頂が見えたときは、思わず声が出ました。") is None


def test_a_wh_question_asks_when_of_an_event_and_never_of_the_said_one():
    text = "山田酒造は2019年に金賞を受賞している。"
    span = next(s for s in find_spans(text, tokenize(text)) if s.type == SpanType.YEAR)
    assert cleft_question(text, span) == "山田酒造が金賞を受賞したのは、いつですか。"
    text = "同社は2019年に新しい工場を建てた。"
    span = next(s for s in find_spans(text, tokenize(text)) if s.type == SpanType.YEAR)
    assert cleft_question(text, span) is None
