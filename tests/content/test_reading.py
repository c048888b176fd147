"""The reader's text: furigana alignment, the three modes, printed readings, coverage counts."""

import re
from collections import Counter

import pytest

from content.analysis.furigana import furigana
from content.analysis.tokens import tokenize
from content.reading import FuriganaMode, coverage, sentence_html, sentence_words, vocabulary

# Our own list of words: surface, Sudachi's reading, and where the furigana must go.
ALIGNMENT = [
    # okurigana stay bare
    ("生み出す", "うみだす", [("生", "う"), ("み", ""), ("出", "だ"), ("す", "")]),
    ("取り扱い", "とりあつかい", [("取", "と"), ("り", ""), ("扱", "あつか"), ("い", "")]),
    ("起きる", "おきる", [("起", "お"), ("きる", "")]),
    # mixed kana: a prefix, katakana inside a word
    ("お金", "おかね", [("お", ""), ("金", "かね")]),
    ("ガス管", "がすかん", [("ガス", ""), ("管", "かん")]),
    # jukujikun are read as a whole
    ("今日", "きょう", [("今日", "きょう")]),
    ("大人", "おとな", [("大人", "おとな")]),
    ("二十歳", "はたち", [("二十歳", "はたち")]),
    # numbers: digits never get a reading, the units of a number do
    ("12万", "いちにまん", [("12", ""), ("万", "まん")]),
    ("600億", "ろくれいれいおく", [("600", ""), ("億", "おく")]),
    ("1987", "いちきゅうはちなな", [("1987", "")]),
    # kana and Latin words get nothing
    ("データ", "でーた", [("データ", "")]),
    ("LLaMA", "", [("LLaMA", "")]),
]


@pytest.mark.parametrize(("surface", "reading", "expected"), ALIGNMENT)
def test_furigana_aligns_over_the_kanji_only(surface, reading, expected):
    assert furigana(surface, reading) == expected


@pytest.mark.parametrize(
    ("text", "counter", "reading"),
    # 3本 is さんぼん: Sudachi gave ぽん, which this test kept until the counters were said
    # (content/analysis/said_readings.py).
    [("3本の木", "本", "ぼん"), ("5分で", "分", "ふん"), ("1987年に", "年", "ねん")],
)
def test_counters_after_numbers_keep_their_sound_changes(text, counter, reading):
    words = sentence_words(text, [t.as_dict() for t in tokenize(text)])
    digits = next(word for word in words if word.surface[0].isdigit())
    assert not digits.has_ruby
    unit = next(word for word in words if word.surface == counter)
    assert unit.pairs == ((counter, reading),)


def _words(text: str):
    return sentence_words(text, [token.as_dict() for token in tokenize(text)])


def _rubies(html: str) -> list[str]:
    return re.findall(r"<ruby>([^<]+)<rp>", html)


SENTENCE = "今日は大人が図書館で本を読んだ。"


def test_mode_all_puts_furigana_on_every_kanji_word():
    html = sentence_html(_words(SENTENCE), mode=FuriganaMode.ALL, known=frozenset({"図書館"}))
    assert _rubies(html) == ["今日", "大人", "図書館", "本", "読"]
    assert '<rt aria-hidden="true">きょう</rt>' in html


def test_mode_unknown_leaves_known_words_bare():
    known = frozenset({"図書館", "読む"})
    html = sentence_html(_words(SENTENCE), mode=FuriganaMode.UNKNOWN, known=known)
    assert _rubies(html) == ["今日", "大人", "本"]
    assert "図書館" in html and "読んだ" in html


def test_mode_none_has_no_ruby_and_the_same_text():
    html = sentence_html(_words(SENTENCE), mode=FuriganaMode.NONE, known=frozenset())
    assert "<ruby>" not in html
    assert html == SENTENCE


def test_text_is_escaped():
    html = sentence_html(_words("<b>本</b>を読む。"), mode=FuriganaMode.ALL, known=frozenset())
    assert "<b>" not in html and "&lt;b&gt;" in html


@pytest.mark.parametrize(
    "text",
    ["地震（じしん）が起きた。", "大規模地震(だいきぼじしん)に備える。", "本を借（か）りる。"],
)
def test_readings_printed_in_brackets_are_not_doubled(text):
    html = sentence_html(_words(text), mode=FuriganaMode.ALL, known=frozenset())
    assert "じしん</rt>" not in html and "かりる</rt>" not in html
    assert "地震" not in _rubies(html) and "大規模" not in _rubies(html)
    # The author's reading stays as written, and the rest of the sentence still gets furigana.
    assert ("（じしん）" in html) or ("(だいきぼじしん)" in html) or ("借（か）りる" in html)
    assert len(_rubies(html)) == 1


def test_brackets_that_are_not_readings_change_nothing():
    html = sentence_html(_words("博物館（東京）に行く。"), mode=FuriganaMode.ALL, known=frozenset())
    assert "博物館" in _rubies(html)


def test_links_go_to_vocabulary_and_names_only():
    words = _words("田中さんは3本の本を読んだ。")
    html = sentence_html(
        words, mode=FuriganaMode.ALL, known=frozenset(), link=lambda w: f"/w/{w.index}/"
    )
    linked = [word.surface for word in words if word.lookup]
    assert linked == ["田中", "本", "読ん"]
    assert html.count('<a class="w') == 3
    assert "3" not in linked and "は" not in linked


def test_highlight_wraps_the_answer_tokens():
    words = _words(SENTENCE)
    html = sentence_html(words, mode=FuriganaMode.NONE, known=frozenset(), highlight=(3, 5))
    assert "<mark>大人</mark>" in html


def test_coverage_counts_vocabulary_tokens_and_new_words():
    words = _words("本を読む。本を買う。田中は3冊の本を読む。")
    counts = vocabulary(words)
    # Names, numbers, counters and particles are not vocabulary to know.
    assert counts == Counter({"本": 3, "読む": 2, "買う": 1})
    result = coverage(counts, frozenset({"本", "読む"}))
    assert (result.counted, result.known, result.new_words) == (6, 5, 1)
    assert result.share == pytest.approx(5 / 6)
    assert coverage(Counter(), frozenset()).share is None


def test_an_unanalysed_sentence_is_plain_text():
    words = sentence_words("まだ解析していない。", None)
    assert sentence_html(words, mode=FuriganaMode.ALL, known=frozenset()) == "まだ解析していない。"
