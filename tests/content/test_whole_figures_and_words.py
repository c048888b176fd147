"""Issue 9, blind round 12 (before): a stem cut from its ending, phrases and basic words as
cards; minutes cut from their hour; options of another shape than a rounded or a single
figure; a statement about ここ. Round 13: a person's other name, an era beside another, a denial
with も or 確実に, a statement in the speaker's voice, 税込 as a topic. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import (
    _converted_in_sentence,
    build_choice,
    build_negated_truefalse,
    build_reading,
    build_truefalse,
    build_wh,
    is_readable_word,
    needs_its_speaker,
    statement_swap,
)
from content.generation.clefts import measure_question
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


ROAD = """# 米の道

## 街道

城下町から川の港までは約5里、およそ20キロの道のりがあった。
港の蔵は300両（約2,000万円）で建てられた。
川の港から海までは12キロ（約3里）ある。
米は一日に80俵ずつ運ばれ、冬には40俵に減った。
"""


@pytest.mark.parametrize(
    ("start", "answer"), [("城下町", "20キロ"), ("港の蔵", "2,000万円"), ("川の港", "12キロ")]
)
def test_a_figure_given_beside_its_conversion_is_never_asked(start, answer):
    corpus = build_corpus(make_article(text=ROAD))
    item = _item(corpus, start)
    span = next(span for span in item.spans if span.text == answer)
    assert build_choice(item, span, corpus) is None
    assert build_wh(item, span, corpus) is None


def test_figures_of_one_unit_side_by_side_are_no_conversion():
    corpus = build_corpus(make_article(text=ROAD))
    item = _item(corpus, "米は")
    assert not any(_converted_in_sentence(item, span) for span in item.spans)


def test_no_card_for_a_piece_of_a_word_the_dictionary_has_whole():
    corpus = build_corpus(make_article(text="# 店\n\n## 案内\n\n定休日：火曜日と水曜日\n"))
    item = corpus.sentences[0]
    piece = next(token for token in item.tokens if token.surface == "定休")
    assert build_reading(item, piece, corpus) is None


def test_no_reading_card_for_a_word_whose_kanji_the_article_reads_in_brackets():
    text = (
        "# 病院で\n\n## 受付\n\n受付でお金を払（はら）います。頭が痛（いた）いときは、すぐ言ってください。\n\n"
        "## 会計\n\n会計では、現金で払う人が多いです。歯が痛い人は、先に歯医者へ行きます。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = _item(corpus, "会計では")
    token = next(token for token in item.tokens if token.surface == "払う")
    assert build_reading(item, token, corpus) is None


@pytest.mark.parametrize("word", ["お客様", "お客さん"])
def test_an_honorific_suffix_keeps_a_basic_word_basic(word):
    assert is_basic_word(word)


SENSOR = """# 川を見張る箱

## チーム

工学部の高野 遥さんは、センサーの設計を担当した。
高野さんのチームは、1台あたりの部品代を約3万2000円に抑えた。
指導教員の村田 健一教授は、通信の仕組みを助言した。
村田教授は、2年前から県と協力している。
"""


def test_no_swap_or_option_of_the_same_persons_other_name():
    corpus = build_corpus(make_article(text=SENSOR))
    item = _item(corpus, "高野さんのチームは")
    span = next(span for span in item.spans if span.text == "高野")
    assert "遥" not in statement_swap(item, span, corpus)
    assert "遥" not in pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)


def test_no_era_swapped_beside_another_era_of_the_sentence():
    text = (
        "# 港町\n\n## 成長\n\n港は鎌倉時代にはすでに漁村として知られていたが、"
        "大きな町になるのは室町時代である。\n江戸時代には、町の人口が二倍になった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = _item(corpus, "港は")
    eras = [span for span in item.spans if span.text.endswith("時代")]
    assert len(eras) == 2
    assert [build_truefalse(item, span, corpus) for span in eras] == [None, None]


@pytest.mark.parametrize(
    "sentence",
    [
        "学生たちの見張り番は、今夜も川の音に耳を澄ませている。",
        "短い文章の流し読みは、長い議論を追う力を確実に弱める。",
    ],
)
def test_no_denial_of_a_statement_with_a_focus_particle_or_an_adverb_of_certainty(sentence):
    corpus = build_corpus(make_article(text=f"# 川\n\n## 夜\n\n{sentence}\n"))
    assert build_negated_truefalse(corpus.sentences[0], corpus) is None


@pytest.mark.parametrize(
    "sentence",
    ["祖父が体調を崩して、蔵を閉める話が出たんです。", "父は毎朝五時に蔵へ行きました。"],
)
def test_no_statement_in_the_speakers_voice(sentence):
    assert needs_its_speaker(sentence)


def test_a_qualifier_of_the_figure_is_no_topic_of_a_wh_question():
    text = "購入価格は税込39,800円です。"
    span = next(span for span in find_spans(text, tokenize(text)) if span.text == "39,800円")
    assert measure_question(text, span) is None


def test_a_basic_word_with_a_time_suffix_is_basic():
    assert is_basic_word("卒業後")
