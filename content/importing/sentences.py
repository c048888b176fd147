"""Japanese sentence splitting with offsets back into the section text."""

import re
from dataclasses import dataclass

TERMINATORS = frozenset("。！？!?")
# Quotation marks whose content, when the quotation opens a line, is speech of its own:
# an interview answer 「…。…。」 is split into its sentences, the marks left between them.
SPEECH = frozenset("「『")
# 「森田：」「聞き手：」「Q:」 before a quotation: who speaks, not what is said.
SPEAKER_LABEL = re.compile(r"[^\s。！？!?「」『』（）()、，,]{1,12}\s*[：:]\s*")
# 「高瀬「…」」: a transcript's bare name before the speech that fills the rest of its line.
# Kanji, katakana or Latin letters only: 「彼は「…」」 or 「まさに「…」」 is a sentence quoting.
BARE_SPEAKER = re.compile(r"[\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ・]{1,8}")
# 「佐久間　引き返す判断です。」: a transcript's speaker, a name and an ideographic space
# opening a line. A name that opens two lines or more so; once, it may be a word of prose.
# 「田村 はい。」 after an interviewer's question: a plain space too (round 65), but only there,
# as easy Japanese spaces its words (毎日 ごみを 出します).
SPACED_SPEAKER = re.compile(r"^([\u4e00-\u9fff々ァ-ヺー]{1,8})[\u3000 ]+(?=\S)", re.MULTILINE)
# How an interviewer's question opens its line.
QUESTION_OPENINGS = ("――", "──", "—", "Q", "Ｑ")
# 「A：」 opening a line of a Q&A: the label is a sentence of its own, the answer another.
# (A question line 「Q：…」 stays whole: it is no content, and its label says so.)
ANSWER_LABEL = re.compile(r"[AＡ]\s*[：:]\s*")
OPENING = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〈": "〉", "《": "》"}
CLOSING = frozenset(OPENING.values())
# Longer runs are split: no question can be made from a page-long "sentence",
# and analysis and generation cost grows with sentence length.
MAX_SENTENCE_CHARS = 200
_COMMAS = "、，,"
_SPACES = " \u3000\t"


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SplitText:
    spans: list[SentenceSpan]
    # How many sentences were longer than MAX_SENTENCE_CHARS and were cut into pieces.
    long_sentences: int


def split_sentences(text: str) -> list[SentenceSpan]:
    return split_text(text).spans


def split_text(text: str) -> SplitText:
    """Split at 。！？!? and line ends, never inside brackets or quotes but speech.

    Colons and dashes do not end a sentence. Runs of terminators (！？) stay
    together; a quotation that is a sentence of its own ends at its closing bracket.
    Speech, a 「…」 or 『…』 that opens a line or follows a speaker label (森田：「…」),
    is split into its sentences, and its marks stay between them, in no sentence:
    an interview answer of five sentences is five sentences to read and to quiz. A
    quotation opening a sentence that holds none (「こむぎ堂」を営む…) stays in it.
    A speaker label is a sentence of its own, and so is an answer's 「A：」; a bare name
    (高瀬「…」, or 佐久間　… opening two lines or more: a transcript's speaker) is in no
    sentence, like the marks. Bracket depth resets at each line end
    so that one stray 「 cannot swallow the rest of the text. A sentence longer than
    MAX_SENTENCE_CHARS is cut at its commas, or at spaces, or at the limit. One pass:
    linear in the text.
    """
    spans: list[SentenceSpan] = []
    long_sentences = 0
    depth = 0
    start = 0
    # Whether anything but spaces stands between ``start`` and the bracket that opened depth 1.
    text_before_bracket = False
    seen_text = False
    # The opening mark of the speech being read (-1 outside speech), and whether a
    # sentence of it has been emitted yet (before that, ``start`` is still before the mark).
    speech_open = -1
    speech_split = False
    # Where the speech's sentence started, and the sentences emitted before it: speech that
    # the line goes on after (「…。…」と話す。) is quoted by a sentence, and is taken back.
    speech_start, speech_spans, speech_long = 0, 0, 0
    speakers = _transcript_speakers(text)
    # The current line's end and last character, found once a line when first needed.
    line_end, line_last = -1, ""
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char == "\n":
            long_sentences += _emit(text, start, i, spans)
            depth = 0
            start = i + 1
            seen_text = False
            speech_open, speech_split = -1, False
        elif char in OPENING:
            if depth == 0:
                text_before_bracket = seen_text
                if i >= line_end:
                    line_end, line_last = _last_of_line(text, i)
                if char in SPEECH and _after_a_bare_speaker(text, start, i, seen_text, line_last):
                    start = i
                    text_before_bracket = False
                    speech_open, speech_split = i, False
                elif char in SPEECH and _opens_speech(text, start, i, seen_text):
                    if seen_text:  # the speaker label
                        long_sentences += _emit(text, start, i, spans)
                        start = i
                    text_before_bracket = False
                    speech_open, speech_split = i, False
                if speech_open == i:
                    speech_start, speech_spans, speech_long = start, len(spans), long_sentences
            depth += 1
            seen_text = True
        elif char in CLOSING:
            depth = max(0, depth - 1)
            seen_text = True
            if depth == 0 and speech_open != -1:
                if speech_split and text[i + 1 : line_end].strip():
                    # 「…。そこで…しています」と、中村さんは話す。: one sentence quoting the
                    # speech; split, its tail 「と、…話す。」 was no sentence (round 33).
                    del spans[speech_spans:]
                    start, long_sentences = speech_start, speech_long
                elif speech_split:  # the speech's last sentence, without its closing mark
                    long_sentences += _emit(text, start, i, spans)
                    start = i + 1
                    seen_text = False
                speech_open, speech_split = -1, False
            # A quotation or aside that is a whole sentence of its own: （注：例だ。）
            elif depth == 0 and text[i - 1] in TERMINATORS and not text_before_bracket:
                long_sentences += _emit(text, start, i + 1, spans)
                start = i + 1
                seen_text = False
        elif char in TERMINATORS and (depth == 0 or (depth == 1 and speech_open != -1)):
            end = i + 1
            while end < length and text[end] in TERMINATORS:
                end += 1
            if depth == 1 and not speech_split:
                start = speech_open + 1  # the opening mark stays out of the sentence
                speech_split = True
            long_sentences += _emit(text, start, end, spans)
            start = end
            seen_text = depth == 1
            i = end
            continue
        elif not seen_text and not char.isspace():
            spaced = SPACED_SPEAKER.match(text, i) if speakers else None
            if spaced and spaced.group(1) in speakers and (start == 0 or text[start - 1] == "\n"):
                start = i = spaced.end()  # the speaker's name is in no sentence
                continue
            seen_text = True
            answer_label = ANSWER_LABEL.match(text, i)
            if answer_label and (start == 0 or text[start - 1] == "\n"):
                long_sentences += _emit(text, start, answer_label.end(), spans)
                start = i = answer_label.end()
                seen_text = False
                continue
        i += 1
    long_sentences += _emit(text, start, length, spans)
    return SplitText(spans=spans, long_sentences=long_sentences)


def _transcript_speakers(text: str) -> frozenset[str]:
    """The names that open a line with a space and speak: with an ideographic space, they
    open two lines or more; with either space, the line after an interviewer's question
    (――…？)."""
    counts: dict[str, int] = {}
    answering: set[str] = set()
    for match in SPACED_SPEAKER.finditer(text):
        name = match.group(1)
        if "\u3000" in match.group():
            counts[name] = counts.get(name, 0) + 1
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1  # back over the line break and blank lines, to the line before
        if text.startswith(QUESTION_OPENINGS, text.rfind("\n", 0, end) + 1):
            answering.add(name)
    return frozenset(name for name, count in counts.items() if count >= 2) | answering


def _opens_speech(text: str, start: int, mark: int, seen_text: bool) -> bool:
    """Whether the quotation mark at ``mark`` opens speech: nothing or a speaker label before it."""
    return not seen_text or bool(SPEAKER_LABEL.fullmatch(text, start, mark))


def _after_a_bare_speaker(text: str, start: int, mark: int, seen_text: bool, last: str) -> bool:
    """Whether a bare name (高瀬) stands before the mark, and the line's last character
    (``last``) closes the speech it opens.

    Only a speech that runs to the line's end is a turn of a transcript: 「田中「…」と話す」
    quotes inside a sentence.
    """
    return bool(
        seen_text and BARE_SPEAKER.fullmatch(text, start, mark) and last == OPENING[text[mark]]
    )


def _last_of_line(text: str, position: int) -> tuple[int, str]:
    """The end of the line holding ``position``, and its last character that is no space."""
    end = text.find("\n", position)
    end = len(text) if end == -1 else end
    last = end - 1
    while last >= position and text[last] in _SPACES:
        last -= 1
    return end, text[last] if last >= position else ""


def _emit(text: str, start: int, end: int, spans: list[SentenceSpan]) -> int:
    """Append text[start:end] as one sentence or, when too long, as pieces; 1 if it was cut."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or all(char in TERMINATORS for char in stripped):
        return 0
    offset = start + (len(chunk) - len(chunk.lstrip()))
    if len(stripped) <= MAX_SENTENCE_CHARS:
        spans.append(SentenceSpan(stripped, offset, offset + len(stripped)))
        return 0
    for piece_start, piece_end in _pieces(stripped):
        piece = stripped[piece_start:piece_end]
        inner = piece.strip()
        if inner and not all(char in TERMINATORS for char in inner):
            lead = len(piece) - len(piece.lstrip())
            spans.append(
                SentenceSpan(
                    inner, offset + piece_start + lead, offset + piece_start + lead + len(inner)
                )
            )
    return 1


def _pieces(sentence: str) -> list[tuple[int, int]]:
    """Cut a long sentence after the last comma (or space) of each window, else at the limit.

    Every piece but the last is at least half the limit long, so the cut is linear.
    """
    pieces = []
    start = 0
    length = len(sentence)
    half = MAX_SENTENCE_CHARS // 2
    while length - start > MAX_SENTENCE_CHARS:
        window_end = start + MAX_SENTENCE_CHARS
        cut = -1
        for marks in (_COMMAS, _SPACES):
            cut = max(sentence.rfind(mark, start + half, window_end) for mark in marks)
            if cut != -1:
                cut += 1
                break
        if cut == -1:
            cut = window_end
        pieces.append((start, cut))
        start = cut
    pieces.append((start, length))
    return pieces
