from hypothesis import given
from hypothesis import strategies as st

from content.importing.sentences import split_sentences


def texts(spans):
    return [span.text for span in spans]


def test_splits_at_japanese_and_latin_terminators():
    assert texts(split_sentences("晴れた。雨か？本当だ！Yes! OK?")) == [
        "晴れた。",
        "雨か？",
        "本当だ！",
        "Yes!",
        "OK?",
    ]


def test_never_splits_inside_quotes_or_brackets():
    text = "彼は「もう行く。待たない。」と言った。（注：これは例だ。）次の文。"
    assert texts(split_sentences(text)) == [
        "彼は「もう行く。待たない。」と言った。",
        "（注：これは例だ。）",
        "次の文。",
    ]


def test_colons_and_dashes_do_not_end_a_sentence():
    text = "この再編は一つのことを示した:実行力が重要だ。証拠は—少なくとも今は—十分だ。"
    assert texts(split_sentences(text)) == [
        "この再編は一つのことを示した:実行力が重要だ。",
        "証拠は—少なくとも今は—十分だ。",
    ]


def test_line_ends_split_and_runs_of_terminators_stay_together():
    assert texts(split_sentences("見出しなし\n本当に？！\n\n最後")) == [
        "見出しなし",
        "本当に？！",
        "最後",
    ]


def test_a_stray_bracket_does_not_swallow_the_next_line():
    assert texts(split_sentences("「閉じない。\n次の行。")) == ["閉じない。", "次の行。"]


def test_speech_on_a_line_of_its_own_is_split_into_its_sentences():
    text = "――なぜですか。\n「店を継ぎました。毎朝四時に起きます！？二十八歳でした」\n"
    spans = split_sentences(text)
    assert texts(spans) == [
        "――なぜですか。",
        "店を継ぎました。",
        "毎朝四時に起きます！？",
        "二十八歳でした",
    ]
    # The quotation marks belong to no sentence: offsets still point into the text.
    assert text[spans[1].start - 1] == "「" and text[spans[-1].end] == "」"


def test_a_speaker_label_is_a_sentence_of_its_own():
    assert texts(split_sentences("森田：「店を開いた。今も続けている。」")) == [
        "森田：",
        "店を開いた。",
        "今も続けている。",
    ]


def test_a_transcripts_bare_speaker_name_is_in_no_sentence_and_the_answer_is_split():
    text = "――きっかけは？\n高瀬「寺の塔を見たことです。古い木造でした。」\n次の行。"
    spans = split_sentences(text)
    assert texts(spans) == [
        "――きっかけは？",
        "寺の塔を見たことです。",
        "古い木造でした。",
        "次の行。",
    ]
    assert text[spans[1].start - 3 : spans[1].start] == "高瀬「"


def test_a_transcripts_name_before_an_ideographic_space_is_in_no_sentence():
    text = "――きっかけは？\n佐久間　引き返す判断です。時刻を決めます。\n"
    assert texts(split_sentences(text)) == [
        "――きっかけは？",
        "引き返す判断です。",
        "時刻を決めます。",
    ]
    # Opening two lines, with no question before: a speaker too.
    both = "佐久間　はい。\n森下　そうですか。\n佐久間　ええ。\n"
    assert texts(split_sentences(both))[0] == "はい。"


def test_a_name_before_a_plain_space_answering_a_question_is_in_no_sentence():
    text = (
        "――きっかけは？\n\n田村 祖父が入院したんです。\n\n――それから？\n\n田村 店を継ぎました。\n"
    )
    assert texts(split_sentences(text)) == [
        "――きっかけは？",
        "祖父が入院したんです。",
        "――それから？",
        "店を継ぎました。",
    ]
    # Easy Japanese spaces its words: a word opening two lines so is no speaker.
    spaced = "毎日 ごみを 出します。\n毎日 窓を 開けます。\n"
    assert texts(split_sentences(spaced)) == ["毎日 ごみを 出します。", "毎日 窓を 開けます。"]


def test_a_word_and_a_space_opening_one_line_of_prose_stays():
    text = "夕方　港に船が戻った。\n夜には雨になった。"
    assert texts(split_sentences(text)) == ["夕方　港に船が戻った。", "夜には雨になった。"]


def test_a_name_before_a_quotation_inside_a_sentence_is_no_speaker():
    # The quotation does not run to the line's end, or the words before it are no name.
    for text in (
        "田中「店を開いた。今も続けている。」と話した。",
        "彼は「店を開いた。今も続けている。」",
    ):
        assert texts(split_sentences(text)) == [text]


def test_a_q_and_a_keeps_its_question_whole_and_its_answer_apart_from_the_label():
    text = "Q：店を始めたのは？\nA：二十年前です。父の店を継ぎました。\nAIは道具だ。"
    assert texts(split_sentences(text)) == [
        "Q：店を始めたのは？",
        "A：",
        "二十年前です。",
        "父の店を継ぎました。",
        "AIは道具だ。",
    ]


def test_a_quotation_opening_a_sentence_stays_in_it():
    text = "「こむぎ堂」を営む森田さんは、店を開いた。『坊っちゃん』は名作だ。"
    assert texts(split_sentences(text)) == [
        "「こむぎ堂」を営む森田さんは、店を開いた。",
        "『坊っちゃん』は名作だ。",
    ]


def test_speech_the_line_goes_on_after_stays_in_the_sentence_quoting_it():
    # Round 33: split, the speech left 「と、中村さんは話す。」 as a sentence of its own.
    text = (
        "推定は何度も更新される。「一つに頼ると誤ります。そこで、組み合わせて判断しています」"
        "と、中村さんは話す。次の文。\n「はい。そうです。」\n"
    )
    assert texts(split_sentences(text)) == [
        "推定は何度も更新される。",
        "「一つに頼ると誤ります。そこで、組み合わせて判断しています」と、中村さんは話す。",
        "次の文。",
        "はい。",
        "そうです。",
    ]


@given(st.text(alphabet="あいう。！？「」『』（）\n abcA：", max_size=80))
def test_offsets_map_every_sentence_back_into_the_text(text):
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
        assert span.text
