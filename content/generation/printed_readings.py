"""Figures printed with their counter's reading (10冊（さつ）): what the printed reading
gives away, and what it does not.

Easy-Japanese guides print a reading after most kanji words. A figure whose counter is so
printed is still a figure worth asking: the reading is the counter's own (冊 さつ) and says
nothing of the number before it, unlike なのか of 7日 or ふたり of 2人. The analyser does
not see such a figure through its bracket, so the bracket is read past here.
"""

import re
from typing import TYPE_CHECKING

from content.analysis.glossary import (
    kanji_readings,
)
from content.analysis.numerals import KANJI_DIGITS
from content.analysis.spans import BRACKET_READING, NUMERIC_TYPES, Span, find_spans
from content.analysis.tokens import tokenize

from .bounds import BOUND_AFTER
from .readings import first_sound_changed

if TYPE_CHECKING:
    from .corpus import AnalysedSentence

_NUMERALS = KANJI_DIGITS + "十百千万億"
# A reading printed in brackets after a word, as easy-Japanese guides print them: 病院（びょういん）.
PRINTED_READING = re.compile(r"[（(]([ぁ-ゖー]+)[）)]")


def without_printed_readings(text: str) -> str:
    """The text as a reader of kanji sees it, without printed readings or easy Japanese's
    spacing: 口座（こうざ）を　作（つく）る → 口座を作る. Only a reading after kanji is one."""
    return BRACKET_READING.sub(r"\1", text).replace(" ", "").replace("\u3000", "")


# A counter printed with its reading right after digits: 10冊（さつ）, 110円（えん）.
_COUNTER_READING = re.compile(r"(?<=[0-9０-９])([\u4e00-\u9fff々]{1,2})[（(]([ぁ-ゖー]+)[）)]")
# A figure in kanji printed with the reading of the whole: 八時（はちじ）, 四百円（よんひゃくえん）.
# The reading tells the figure, so a blank takes it too (builders._blank_prompt).
_FIGURE_READING = re.compile(
    rf"(?<![{_NUMERALS}])[{_NUMERALS}]+[\u4e00-\u9fff々]{{1,2}}[（(]([ぁ-ゖー]+)[）)]"
)


def reads_only_the_counter(counter: str, reading: str) -> bool:
    """The reading is the counter's own (冊 さつ, 週間 しゅうかん), one KANJIDIC reading a
    kanji, so it says nothing of the number before it (not なのか of 7日, ふたり of 2人)."""
    options = [""]
    for char in counter:
        on, kun = kanji_readings(char)
        options = [done + one for done in options for one in {*on, *kun}]
    # After a number a counter's first sound may be voiced or half-voiced, as KANJIDIC does
    # not list: 10分（ぷん）, 3本（ぼん）, 1杯（ぱい） (round 125's guide asked none of its minutes).
    return any(reading in first_sound_changed(option) for option in options)


def figures_with_printed_readings(item: "AnalysedSentence") -> list[Span]:
    """Figures whose counter carries a printed reading that reads only the counter.

    The readings are taken out, the span finder reads what is left, and the figures it
    finds there are mapped back onto the sentence: 「10冊（さつ）」 gives the span 10冊.
    """
    text = item.sentence.text
    kept, origin = [], []
    done = 0
    brackets = sorted(
        [
            match.start(2) - 1
            for match in _COUNTER_READING.finditer(text)
            if reads_only_the_counter(match.group(1), match.group(2))
        ]
        + [match.start(1) - 1 for match in _FIGURE_READING.finditer(text)]
    )
    for bracket in brackets:
        kept.append(text[done:bracket])
        origin.extend(range(done, bracket))
        done = PRINTED_READING.match(text, bracket).end()
    if not kept:
        return []
    kept.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    shadow = "".join(kept)
    taken = [(span.start, span.end) for span in item.spans]
    figures = []
    for span in find_spans(shadow, tokenize(shadow)):
        start, end = origin[span.start], origin[span.end - 1] + 1
        printed = PRINTED_READING.match(text, end)
        rest = text[printed.end() if printed else end :].lstrip(" \u3000")
        if (
            span.type in NUMERIC_TYPES
            and text[start:end] == span.text
            and not any(start < other_end and other_start < end for other_start, other_end in taken)
            # A piece of a date or a time (2025年（ねん）9月, 11時（じ）30分), a range's end
            # (1〜2週間), or a threshold (30度（ど）より高い, where 27度 is true as well).
            and not _FIGURE_READ_BEFORE.search(text, 0, start)
            and not rest[:1].isdigit()
            and not _RANGE_MARK.search(span.text)
            and not BOUND_AFTER.match(rest)
            and not rest.startswith("より")
        ):
            figures.append(Span(span.text, start, end, span.type, span.unit))
    return figures


def printed_reading_after(text: str, end: int) -> int:
    """Where the printed reading of the counter ending at `end` ends (10冊［（さつ）］), or
    `end` itself when none follows or it reads more than the counter."""
    printed = PRINTED_READING.match(text, end)
    counter = _TRAILING_KANJI.search(text, 0, end)
    if printed and counter and reads_only_the_counter(counter.group(), printed.group(1)):
        return printed.end()
    return end


_RANGE_MARK = re.compile(r"[~〜～\-–－]")
# A figure's counter and its printed reading right before: 2025年（ねん）［9月］ is a piece of
# a date. A word's reading is not (夜（よる）7時).
_FIGURE_READ_BEFORE = re.compile(r"[0-9０-９][\u4e00-\u9fff々]{1,2}[（(][ぁ-ゖー]+[）)]$")
_TRAILING_KANJI = re.compile(r"[\u4e00-\u9fff々]{1,2}$")
