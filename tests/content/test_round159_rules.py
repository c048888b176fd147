"""Issue 9, blind round 159: years, hours and heat a reader can believe, a threshold written
as prose writes it, readings given away or read two ways, quoted views, and cards. Each text
is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.analysis.spans import Span, SpanType
from content.generation.builders import build_reading, build_section
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from content.generation.thresholds import threshold_statement
from tests.content.sentences import options_of, sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HARBOUR = """# 港の新しい風車

## 工事の始まり

建設工事は2021年4月に始まり、当初は2024年春の完成を予定していた。
地元の漁協は計画の段階から会社と話し合いを重ね、2020年に協定を結んだ。

## 運転の開始

風車は海岸から3キロの沖に並んでいる。
"""


def test_a_deed_told_as_done_gets_no_year_past_the_articles_latest():
    # 2030年 and 2040年 for an agreement signed, in an article that reaches 2024 (159a).
    corpus = build_corpus(make_article(text=HARBOUR))
    options = options_of(corpus, "地元の漁協", "2020年")
    assert options
    assert all(figure_value(option) <= 2024 for option in options), options


HEAT = """# 夏（なつ）の 暑（あつ）さに 気（き）を つけましょう

## 暑（あつ）い 日（ひ）

気温（きおん）が 30度（ど）を 超（こ）える 日（ひ）は、特（とく）に 注意（ちゅうい）して ください。
昼（ひる）の 12時（じ）から 午後（ごご）3時（じ）までは、一番（いちばん）暑（あつ）い 時間（じかん）です。

## 相談（そうだん）

受付（うけつけ）は 平日（へいじつ）の 午前（ごぜん）8時半（じはん）から 午後（ごご）5時（じ）までです。
時間（じかん）は 朝（あさ）9時（じ）から 夕方（ゆうがた）5時（じ）までです。
"""


def test_an_air_temperature_keeps_to_what_a_japanese_summer_has():
    # 45度 and 20度 beside 30度 (159a).
    corpus = build_corpus(make_article(text=HEAT))
    for option in options_of(corpus, "気温", "30度"):
        assert 25 <= figure_value(option) <= 40, option


def _clock_options(corpus, opening: str, hour: str) -> list[str]:
    """The options picked for a clock time printed with its reading (12時（じ）)."""
    item = sentence_starting(corpus, opening)
    span = next(span for span in item.spans if span.text.startswith(hour))
    return pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)


def test_an_hour_meets_options_of_its_part_of_the_day_past_printed_readings():
    # 昼（ひる）の ［12時］ had 13時, 14時 and 15時, the last the sentence's own end (159a).
    options = _clock_options(build_corpus(make_article(text=HEAT)), "昼", "12時")
    assert not any(option.startswith(("13", "14", "15")) for option in options), options


def test_a_service_opens_in_the_day():
    # 受付は午前［8時半］から: no 5時半 or 6時半 (159a).
    corpus = build_corpus(make_article(text=HEAT))
    options = _clock_options(corpus, "受付", "8時半")
    assert not any(option.startswith(("5時", "6時")) for option in options), options
    # 時間は朝［9時］から: a cooling shelter's hours had 6時 (159a).
    options = _clock_options(corpus, "時間", "9時")
    assert options
    assert not any(option.startswith(("5時", "6時")) for option in options), options


def test_a_threshold_of_ten_thousands_is_written_in_man():
    # 20000人以上 for 約8000人 (159a): prose writes 2万人.
    text = "町の人口は、15世紀の半ばには約8000人に達したと推定されている。"
    start = text.index("8000人")
    span = Span("8000人", start, start + len("8000人"), SpanType.COUNT, "人")
    assert "2万人以上" in threshold_statement(text, span, true=False)


WORKSHOP = """# 漆の工房を訪ねて

## 器ができるまで

輪島塗のお椀（わん）一つを仕上げるには、百を超える工程が要る。
工房で最も多く作るのは、日常使いの汁椀だという。
仮設の工房では、若い職人たちと作業場を分け合っている。
春になっても羽音が聞こえない、という声が増えていた。

## 次の世代へ

「十年で三人の弟子を育てた」と中谷さんは語る。
「私が教わったのは技術よりも、待つことの大切さでした」と中谷さんは語る。
今年の春からは、地元の高校で漆塗りの授業も受け持っている。
"""


def test_no_reading_of_a_word_whose_hard_kanji_the_article_reads():
    # 汁椀 where the article prints お椀（わん）: only 汁 is left (159b).
    corpus = build_corpus(make_article(text=WORKSHOP))
    item = sentence_starting(corpus, "工房で")
    assert build_reading(item, token_of(item, "汁椀"), corpus) is None


@pytest.mark.parametrize(
    ("opening", "word", "other"),
    [("仮設", "作業場", "さぎょうじょう"), ("春に", "羽音", "はねおと")],
)
def test_a_word_read_two_ways_is_never_asked_typed_with_one(opening, word, other):
    # 作業場 typed accepted only さぎょうば, 羽音 only はおと (159b).
    corpus = build_corpus(make_article(text=WORKSHOP))
    item = sentence_starting(corpus, opening)
    draft = build_reading(item, token_of(item, word), corpus)
    assert draft is None or (draft.choices and other not in draft.choices)


def test_a_quoted_view_with_no_fact_is_no_which_section_question():
    # 「私が教わったのは…待つことの大切さでした」と中谷さんは語る fits his apprenticeship too
    # (159b). A quote with a figure of its own ties to its section (control).
    corpus = build_corpus(make_article(text=WORKSHOP))
    assert build_section(sentence_starting(corpus, "「私が"), corpus) is None
    assert build_section(sentence_starting(corpus, "「十年"), corpus) is not None


def test_cards_teachers_sent_back():
    # Native flowers are no "pre-existing" ones; a shogunate's 許し is its permission (159).
    assert word_senses("在来", "ざいらい") == ""
    assert word_senses("許し", "ゆるし") == "permission"
