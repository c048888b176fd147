"""A sentence in Anki's furigana syntax (漢字[かんじ]), built from its stored token analysis."""

from dataclasses import dataclass

from django.utils.html import escape

from content.analysis.furigana import furigana
from content.analysis.glossary import with_dictionary_reading
from content.analysis.tokens import tokens_from_dicts

# Anki reads "[...]" after a word as its reading; brackets in the text itself must not be.
_BRACKETS = str.maketrans({"[": "［", "]": "］"})


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    text: str
    ruby: str


def _pieces(text: str, analysis: list[dict]) -> list[_Piece]:
    """The sentence cut into runs, each kanji run with its reading; gaps kept as plain text."""
    pieces, position = [], 0
    for token in tokens_from_dicts(analysis):
        if token.start < position or token.end > len(text):
            continue
        if token.start > position:
            pieces.append(_Piece(position, token.start, text[position : token.start], ""))
        # Numbers are read digit by digit, 何 (なに/なん) is guessed by every analyser, and
        # names are read as words (道長 as どうちょう): no reading is better than a wrong one.
        readable = (
            not token.is_number
            and not token.is_proper
            and not any(char.isdigit() for char in token.surface)
            and "何" not in token.surface
        )
        offset = token.start
        reading = with_dictionary_reading(token).reading if readable else ""
        for part, ruby in furigana(token.surface, reading):
            pieces.append(_Piece(offset, offset + len(part), part, ruby))
            offset += len(part)
        position = token.end
    if position < len(text):
        pieces.append(_Piece(position, len(text), text[position:], ""))
    return pieces


def anki_furigana(
    text: str, analysis: list[dict] | None, *, mark: tuple[int, int] | None = None
) -> str:
    """HTML for Anki's ``{{furigana:…}}`` filter, with the answer span in ``<mark>``.

    A reading attaches to the text after the last space before its bracket, so each
    ruby run is preceded by a space (the filter swallows it). The mark widens to whole
    runs when the answer boundary falls inside one. Without an analysis the sentence
    is returned as plain (escaped) text.
    """
    pieces = _pieces(text, analysis) if analysis else [_Piece(0, len(text), text, "")]
    start, end = mark if mark else (-1, -1)
    html, open_mark = [], False
    for piece in pieces:
        if mark and not open_mark and piece.end > start and piece.start < end:
            # The run that holds the answer's first character may begin before it.
            before = max(start - piece.start, 0) if not piece.ruby else 0
            html.append(escape(piece.text[:before].translate(_BRACKETS)))
            html.append("<mark>")
            open_mark = True
            piece = _Piece(piece.start + before, piece.end, piece.text[before:], piece.ruby)
        body = escape(piece.text.translate(_BRACKETS))
        if open_mark and not piece.ruby and piece.end > end:
            inside = end - piece.start
            html.append(escape(piece.text[:inside].translate(_BRACKETS)))
            html.append("</mark>")
            html.append(escape(piece.text[inside:].translate(_BRACKETS)))
            open_mark = False
            continue
        html.append(f" {body}[{escape(piece.ruby)}]" if piece.ruby else body)
        if open_mark and piece.end >= end:
            html.append("</mark>")
            open_mark = False
    if open_mark:
        html.append("</mark>")
    return "".join(html)


def word_furigana(pairs: list[list[str]] | None, fallback: str) -> str:
    """A word's stored furigana pairs (from generation) in Anki's syntax."""
    if not pairs:
        return escape(fallback)
    return "".join(
        f" {escape(text)}[{escape(ruby)}]" if ruby else escape(text) for text, ruby in pairs
    ).strip()
