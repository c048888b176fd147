"""Pathological and suspicious input: bounded output, and a warning whenever content changes."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.importing import formats
from content.importing.decoding import decode_article_bytes, suspicious_text_warnings
from content.importing.errors import ArticleImportError
from content.importing.formats import parse, strip_inline_markdown
from content.importing.preview import prepare_article
from content.importing.sentences import MAX_SENTENCE_CHARS, split_text
from content.models import SourceFormat

PLAIN = "町の記録\n\n{heading}\n工場は一九六〇年に建った。今も動いている。\n\n次の話\n駅が新しくなった。\n"


@pytest.mark.parametrize(
    "heading", ["町に生まれた「未来工場」", "工場の歴史（前編）", "『未来工場』の記録"]
)
def test_plain_headings_may_end_in_a_closing_bracket(heading):
    parsed = parse(PLAIN.format(heading=heading))
    assert [section.heading for section in parsed.sections] == ["", heading, "次の話"]


def test_a_mixed_heading_ending_in_a_bracket_is_found():
    one_line = "導入の文だ。## 町に生まれた「未来工場」工場は古い。## 次の話駅が新しい。"
    text = f"{one_line}\n町の記録\n導入の文だ。\n町に生まれた「未来工場」\n工場は古い。\n次の話\n駅が新しい。\n"
    parsed = parse(text)
    assert parsed.source_format == SourceFormat.MIXED
    assert [s.heading for s in parsed.sections] == ["", "町に生まれた「未来工場」", "次の話"]
    assert parsed.warnings == []


@pytest.mark.parametrize("line", ["「行くよ」", "「もう行く。」", "彼は言った（そう思う。）"])
def test_speech_on_a_line_of_its_own_is_not_a_heading(line):
    parsed = parse(f"題\n\n{line}\n本文の文だ。\n")
    assert [section.heading for section in parsed.sections] == [""]
    assert parsed.sections[0].text.startswith(line)


def test_a_one_line_article_is_prose_not_a_title():
    text = "図書館は駅の近くにある。" * 40
    prepared = prepare_article(text=text)
    assert prepared.sentence_count == 40
    assert prepared.title == "図書館は駅の近くにある。"


def test_short_lines_in_a_row_stay_text_instead_of_empty_sections():
    lines = "\n".join("あいうえお"[index % 5] for index in range(500))
    prepared = prepare_article(text=f"題\n{lines}\n")
    assert len(prepared.sections) == 1
    assert prepared.sentence_count == 500
    assert prepared.warnings == []


def test_sentences_beyond_the_limit_are_left_out_with_a_warning(monkeypatch):
    monkeypatch.setattr(formats, "MAX_SENTENCES", 50)
    lines = "\n".join(f"文{index}です。" for index in range(80))
    prepared = prepare_article(text=f"題\n\n{lines}\n\n見出し\n\n最後の文。\n")
    assert prepared.sentence_count == 50
    assert prepared.sections[-1].sentences[-1].text == "文49です。"
    assert any("50" in warning and "31" in warning for warning in prepared.warnings)


def test_text_beyond_the_character_limit_is_left_out_with_a_warning(monkeypatch):
    monkeypatch.setattr(formats, "MAX_TEXT_CHARS", 100)
    prepared = prepare_article(text="題\n\n" + "十文字の文ですよね。" * 15 + "\n")
    assert prepared.sentence_count == 10
    assert len(prepared.warnings) == 1
    assert "5" in prepared.warnings[0]


def test_sections_beyond_the_limit_join_the_last_one_with_a_warning(monkeypatch):
    monkeypatch.setattr(formats, "MAX_SECTIONS", 3)
    text = "# 題\n\n" + "".join(f"## 節{index}\n\n文{index}です。\n\n" for index in range(6))
    prepared = prepare_article(text=text)
    assert [section.heading for section in prepared.sections] == ["節0", "節1"]
    assert prepared.sections[-1].text.split("\n") == [
        "文1です。",
        "節2",
        "文2です。",
        "節3",
        "文3です。",
        "節4",
        "文4です。",
        "節5",
        "文5です。",
    ]
    assert len(prepared.warnings) == 1


def test_only_the_first_characters_are_read_with_a_warning(monkeypatch):
    monkeypatch.setattr(formats, "MAX_READ_CHARS", 40)
    parsed = parse("題\n" + "短い文だ。\n" * 20)
    assert parsed.sections[0].text.count("短い文だ。") == 6
    # The cut, and the line copied twenty times (read before the cut).
    assert len(parsed.warnings) == 2
    assert any("「短い文だ。」が20回" in warning for warning in parsed.warnings)


def test_a_long_line_past_the_read_limit_is_cut_not_dropped(monkeypatch):
    monkeypatch.setattr(formats, "MAX_READ_CHARS", 60)
    parsed = parse("題\n" + "長い行の文だ。" * 20)
    assert parsed.sections[0].text == ("長い行の文だ。" * 20)[:58]
    assert len(parsed.warnings) == 1


def test_a_long_sentence_is_split_at_its_commas_with_a_warning():
    clause = "市の図書館は新しい閲覧室を開き、"
    text = "題\n\n" + clause * 40 + "人が集まった。\n"
    prepared = prepare_article(text=text)
    sentences = prepared.sections[0].sentences
    assert len(sentences) > 1
    assert all(len(span.text) <= MAX_SENTENCE_CHARS for span in sentences)
    assert all(span.text.endswith(("、", "。")) for span in sentences)
    assert "".join(span.text for span in sentences) == clause * 40 + "人が集まった。"
    assert any(str(MAX_SENTENCE_CHARS) in warning for warning in prepared.warnings)


def test_a_sentence_without_commas_is_cut_at_the_limit():
    split = split_text("あ" * (MAX_SENTENCE_CHARS * 3 + 5))
    assert [len(span.text) for span in split.spans] == [MAX_SENTENCE_CHARS] * 3 + [5]
    assert split.long_sentences == 1
    # The warning says so: a walker's line had no commas, and was told it was cut at them.
    prepared = prepare_article(text="題\n\n" + "あ" * (MAX_SENTENCE_CHARS * 2) + "\n")
    assert any(f"{MAX_SENTENCE_CHARS} 文字ごとに" in warning for warning in prepared.warnings)


def test_a_deeply_nested_list_warns_that_text_was_left_out():
    text = "# 題\n\n" + "".join("  " * depth + f"- 項目{depth}\n" for depth in range(60))
    parsed = parse(text)
    assert len(parsed.warnings) == 1
    assert "項目0" in parsed.sections[0].text


def test_code_and_link_targets_are_left_out_without_a_warning():
    text = (
        "# 題\n\n本文の[リンク](https://example.com/a/very/long/path/indeed)だ。\n\n"
        "```\nprint('code is not prose at all, and it is long')\n```\n"
    )
    parsed = parse(text)
    assert parsed.warnings == []
    assert parsed.sections[0].text == "本文のリンクだ。"


@pytest.mark.parametrize(
    ("text", "title", "sections"),
    [
        # A walker's paste from a web page: Markdown left the HTML block out ("no sentences").
        (
            "# <b>太字</b>のテスト\n\n<p>これは<em>HTML</em>の段落です。</p>\n\n"
            "<img src=x>画像の後の文です。\n",
            "太字のテスト",
            [("", "これはHTMLの段落です。\n画像の後の文です。")],
        ),
        # Plain text kept the tags as words, in the title too.
        (
            "<p>今日はとても暑いです。</p><p>明日は雨が降るそうです。</p>",
            "今日はとても暑いです。",
            [("", "今日はとても暑いです。\n明日は雨が降るそうです。")],
        ),
        # A script's code is no sentence of the article.
        (
            "今日はとても暑いです。<script>alert(1)</script>",
            "今日はとても暑いです。",
            [("", "今日はとても暑いです。")],
        ),
        # Headings stay headings.
        (
            "<h1>町の祭り</h1><h2>歴史</h2><p>祭りは江戸時代に始まった。</p>"
            "<h2>今年</h2><p>三日間開かれる。<br>雨でも開かれる。</p>",
            "町の祭り",
            [
                ("歴史", "祭りは江戸時代に始まった。"),
                ("今年", "三日間開かれる。\n雨でも開かれる。"),
            ],
        ),
    ],
)
def test_pasted_html_keeps_its_text_and_loses_its_tags(text, title, sections):
    prepared = prepare_article(text=text)
    assert prepared.title == title
    assert [(s.heading, s.text) for s in prepared.sections] == sections
    assert any("HTML" in warning for warning in prepared.warnings)


def test_angle_brackets_that_are_no_html_stay_text():
    parsed = parse("a < b のとき、<東京>は大きい。")
    assert parsed.sections[0].text == "a < b のとき、<東京>は大きい。" and parsed.warnings == []


def test_bidirectional_controls_are_removed_with_a_warning():
    parsed = parse("題\n\n請求額は\u202e001\u202c円だ。\n")
    assert parsed.sections[0].text == "請求額は001円だ。"
    assert len(parsed.warnings) == 1


def test_latin1_read_as_shift_jis_warns():
    data = "Les élèves préfèrent étudier.\nÉtudes générales.".encode("latin-1")
    text = decode_article_bytes(data, max_bytes=1000)
    assert suspicious_text_warnings(text)
    assert parse(text).warnings


def test_japanese_text_does_not_warn():
    text = decode_article_bytes(
        "題名\n\n日本語の文章です。漢字も含む。".encode("cp932"), max_bytes=1000
    )
    assert suspicious_text_warnings(text) == []


def test_one_line_copied_over_and_over_warns():
    # A walker's junk file imported with no word of warning.
    text = "町の記録\n\n" + "この行はくり返しです。\n" * 40
    warnings = prepare_article(text=text).warnings
    assert any("「この行はくり返しです。」が40回" in warning for warning in warnings)


def test_an_article_that_repeats_a_list_mark_or_a_short_line_does_not_warn():
    text = "題名\n\n手順\n- \n材料を切る。\n- \n煮る。\n- \n盛る。\n\n一言\n- \nおいしい。\n"
    assert suspicious_text_warnings(text) == []
    assert suspicious_text_warnings(PLAIN.format(heading="作業")) == []


def test_inline_markdown_keeps_link_text_and_drops_markers():
    assert strip_inline_markdown("[天文台](/a)の*職員*は**毎晩**`観測`する") == (
        "天文台の職員は毎晩観測する"
    )
    assert strip_inline_markdown("*a " * 50) == ("*a " * 50).strip()


# Fuzzing: the importer on arbitrary text ------------------------------------

MARKUP = st.sampled_from(
    [
        "#",
        "## ",
        "*",
        "_",
        "`",
        "[",
        "](",
        ")",
        "「",
        "」",
        "（",
        "）",
        "。",
        "、",
        "\n",
        " ",
        "-",
        ">",
    ]
)
FUZZ_TEXT = st.lists(st.one_of(st.text(max_size=8), MARKUP), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=FUZZ_TEXT, source_format=st.sampled_from([None, *SourceFormat]))
def test_fuzz_the_importer_never_fails_and_stays_bounded(text, source_format):
    try:
        prepared = prepare_article(text=text, source_format=source_format)
    except ArticleImportError as error:
        assert str(error)
        return
    assert prepared.sections
    assert len(prepared.sections) <= formats.MAX_SECTIONS
    assert prepared.sentence_count <= formats.MAX_SENTENCES
    kept_chars = sum(len(span.text) for s in prepared.sections for span in s.sentences)
    assert kept_chars <= formats.MAX_TEXT_CHARS
    for section in prepared.sections:
        for span in section.sentences:
            assert 0 < len(span.text) <= MAX_SENTENCE_CHARS
            assert section.text[span.start : span.end] == span.text


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200))
def test_fuzz_decoding_refuses_or_returns_text(data):
    try:
        text = decode_article_bytes(data, max_bytes=150)
    except ArticleImportError as error:
        assert str(error)
        return
    assert isinstance(text, str)
    assert "\r" not in text
