import re

import pytest

from content.analysis.furigana import furigana
from content.analysis.glossary import gloss_word, kanji_readings
from content.analysis.normalize import normalize_answer
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from tests.content.sentences import span_types

# Our own word list: surface → the reading a learner must type.
READINGS = {
    "図書館": "としょかん",
    "位置付け": "いちづけ",
    "生み出す": "うみだす",
    "今年": "ことし",
    "改修": "かいしゅう",
    "来館者": "らいかんしゃ",
    "老朽化": "ろうきゅうか",
    "証言": "しょうげん",
    "蔵書": "ぞうしょ",
    "著作権": "ちょさくけん",
}


@pytest.mark.parametrize(("word", "reading"), READINGS.items())
def test_readings_match_our_word_list(word, reading):
    tokens = tokenize(f"{word}について")
    assert tokens[0].surface == word
    assert tokens[0].reading == reading


def test_tokens_carry_lemma_pos_and_offsets():
    tokens = tokenize("高橋さんが本を生み出した。")
    verb = next(t for t in tokens if t.pos_major == "動詞")
    assert verb.lemma == "生み出す"
    assert tokens[0].surface == "高橋" and tokens[0].is_proper
    assert all("高橋さんが本を生み出した。"[t.start : t.end] == t.surface for t in tokens)


def test_long_text_is_tokenized_in_pieces():
    text = "図書館の本を読む。" * 6000  # over Sudachi's 49,149-byte limit
    tokens = tokenize(text)
    assert tokens[-1].end == len(text)


@pytest.mark.parametrize(
    ("surface", "reading", "expected"),
    [
        ("生み出す", "うみだす", [("生", "う"), ("み", ""), ("出", "だ"), ("す", "")]),
        ("図書館", "としょかん", [("図書館", "としょかん")]),
        ("位置付け", "いちづけ", [("位置付", "いちづ"), ("け", "")]),
        ("データ", "でーた", [("データ", "")]),
    ],
)
def test_furigana_sits_over_kanji_only(surface, reading, expected):
    assert furigana(surface, reading) == expected


def test_spans_keep_names_amounts_and_dates_whole():
    text = "2010年代初頭にAlexandr WangがSuperintelligence Labsを作り、2025年にLLaMA 4へ約600億~650億ドルを投じた。"
    spans = span_types(text)
    assert spans["2010年代初頭"] == SpanType.DECADE
    assert spans["Alexandr Wang"] == SpanType.NAME
    assert spans["Superintelligence Labs"] == SpanType.NAME
    assert spans["2025年"] == SpanType.YEAR
    assert spans["LLaMA 4"] == SpanType.NAME
    assert spans["600億~650億ドル"] == SpanType.AMOUNT
    assert "約600億~650億ドル" not in spans


def test_affixes_stay_outside_spans():
    text = "2022年以降、AIワークロード用の設備を約3割増やした。"
    texts = [span.text for span in find_spans(text, tokenize(text))]
    assert "2022年" in texts
    assert not any(t.endswith(("以降", "用")) or t.startswith("約") for t in texts)


def test_counts_keep_their_unit_and_percentages_are_whole():
    text = "参加者は約9,000人で、回答者の45%が満足した。"
    spans = {span.text: span for span in find_spans(text, tokenize(text))}
    assert spans["9,000人"].type == SpanType.COUNT and spans["9,000人"].unit == "人"
    assert spans["45%"].type == SpanType.PERCENT


def test_glosses_and_gloss_by_parts():
    assert "library" in gloss_word("図書館")
    assert gloss_word("ムーンショット") == "" or gloss_word("ムーンショット")
    assert " + " in gloss_word("防災訓練教材", ["防災", "訓練", "教材"])


def test_kanji_readings_from_kanjidic():
    on, kun = kanji_readings("館")
    assert "かん" in on
    assert "やかた" in kun


@pytest.mark.parametrize(
    ("typed", "expected", "reading"),
    [
        ("ＬＬａＭＡ　４", "llama 4", False),
        ("  Meta。", "META", False),
        ("トウシ", "とうし", True),
        ("600億～650億ドル", "600億~650億ドル", False),
    ],
)
def test_normalization(typed, expected, reading):
    assert normalize_answer(typed, reading=reading) == normalize_answer(expected, reading=reading)


@pytest.mark.parametrize(
    ("word", "reading"), [("位置付け", "いちづけ"), ("所有", "しょゆう"), ("両側", "りょうがわ")]
)
def test_misreadings_are_plausible_and_never_contain_the_answer(word, reading):
    from content.generation.readings import misreadings

    wrong = misreadings(word, reading)
    assert wrong, "at least one confusion"
    for candidate in wrong:
        assert reading not in candidate and candidate not in reading
        assert re.fullmatch(r"[ぁ-ゖー]+", candidate)
        assert "っ" not in candidate[-1:]


def test_single_words_missing_from_jmdict_are_glossed_by_their_shortest_units():
    assert gloss_word("支出増") == "expenditure + increase"
    assert gloss_word("ラーニングコモンズ") == "learning + commons"
