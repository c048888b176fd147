"""Japanese sentence splitting with offsets back into the section text."""

from dataclasses import dataclass

TERMINATORS = frozenset("。！？!?")
OPENING = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〈": "〉", "《": "》"}
CLOSING = frozenset(OPENING.values())


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split at 。！？!? and line ends, never inside brackets or quotes.

    Colons and dashes do not end a sentence. Runs of terminators (！？) stay
    together; a quotation that is a sentence of its own ends at its closing bracket.
    Bracket depth resets at each line end so that one stray 「 cannot swallow
    the rest of the text.
    """
    spans: list[SentenceSpan] = []
    depth = 0
    start = 0
    opened_at = 0
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char == "\n":
            _emit(text, start, i, spans)
            depth = 0
            start = i + 1
        elif char in OPENING:
            if depth == 0:
                opened_at = i
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
            # A quotation or aside that is a whole sentence of its own: 「行くよ。」 （注：例だ。）
            if depth == 0 and text[i - 1] in TERMINATORS and not text[start:opened_at].strip():
                _emit(text, start, i + 1, spans)
                start = i + 1
        elif char in TERMINATORS and depth == 0:
            end = i + 1
            while end < length and text[end] in TERMINATORS:
                end += 1
            _emit(text, start, end, spans)
            start = end
            i = end
            continue
        i += 1
    _emit(text, start, length, spans)
    return spans


def _emit(text: str, start: int, end: int, spans: list[SentenceSpan]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or all(char in TERMINATORS for char in stripped):
        return
    offset = start + (len(chunk) - len(chunk.lstrip()))
    spans.append(SentenceSpan(stripped, offset, offset + len(stripped)))
