"""Words printed with their reading (口座（こうざ）): what the printed reading gives away.

Easy-Japanese guides print a reading after most kanji words, and those are the very
words their readers are learning. Sudachi keeps such a word and its bracket as one token
(口座（こうざ）), so no word card was ever made of it, and the sections of those guides
got only which-section questions (blind round 14's bank guide: vocab and which-section,
8 questions in all). A printed reading answers a reading card, so none is made; it does
not tell what the word means, so a meaning card is fair. A word counts when the kanji
run before the bracket is one JMdict entry read as printed (not お薬手帳's 薬手帳, not
在留 of 在留（ざいりゅう）カード), of two kanji or more, and no basic word.
"""

import dataclasses
import re
from typing import TYPE_CHECKING

from content.analysis.glossary import (
    confirmed_reading,
    has_entry,
    is_basic_word,
    kanji_readings,
)
from content.analysis.spans import BRACKET_READING, NUMERIC_TYPES, Span, find_spans
from content.analysis.tokens import Token, tokenize

if TYPE_CHECKING:
    from .corpus import AnalysedSentence

# A word that runs on across the bracket: 在留（ざいりゅう）カード, 非常（ひじょう）用.
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")


def printed_reading_words(item: "AnalysedSentence") -> list[Token]:
    """The sentence's nouns printed with their reading, as tokens of the word alone."""
    text = item.sentence.text
    words = []
    for match in BRACKET_READING.finditer(text):
        word, reading = match.group(1), match.group(2)
        start, end = match.start(), match.start() + len(word)
        if (
            len(word) < 2
            or _WORD_GOES_ON.match(text, match.end())
            or (start and _WORD_GOES_ON.match(text[start - 1]))
            or is_basic_word(word)
            or not has_entry(word)
            or confirmed_reading(word, reading) != reading
        ):
            continue
        token = _token_at(item, start)
        if token is None or token.pos_major != "名詞":
            continue
        words.append(
            dataclasses.replace(
                token, surface=word, lemma=word, reading=reading, start=start, end=end
            )
        )
    return words


def _token_at(item: "AnalysedSentence", start: int) -> Token | None:
    """The analyser's token the word starts (口座（こうざ） whole, or 携帯電話 alone)."""
    return next((token for token in item.tokens if token.start == start), None)


# A counter printed with its reading right after digits: 10冊（さつ）, 110円（えん）.
_COUNTER_READING = re.compile(r"(?<=[0-9０-９])([\u4e00-\u9fff々]{1,2})[（(]([ぁ-ゖー]+)[）)]")


def reads_only_the_counter(counter: str, reading: str) -> bool:
    """The reading is the counter's own (冊 さつ, 週間 しゅうかん), one KANJIDIC reading a
    kanji, so it says nothing of the number before it (not なのか of 7日, ふたり of 2人)."""
    options = [""]
    for char in counter:
        on, kun = kanji_readings(char)
        options = [done + one for done in options for one in {*on, *kun}]
    return reading in options


def figures_with_printed_readings(item: "AnalysedSentence") -> list[Span]:
    """Figures whose counter carries a printed reading that reads only the counter.

    The readings are taken out, the span finder reads what is left, and the figures it
    finds there are mapped back onto the sentence: 「10冊（さつ）」 gives the span 10冊.
    """
    text = item.sentence.text
    kept, origin = [], []
    done = 0
    for match in _COUNTER_READING.finditer(text):
        if not reads_only_the_counter(match.group(1), match.group(2)):
            continue
        bracket = match.start(2) - 1
        kept.append(text[done:bracket])
        origin.extend(range(done, bracket))
        done = match.end()
    if not kept:
        return []
    kept.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    shadow = "".join(kept)
    taken = [(span.start, span.end) for span in item.spans]
    figures = []
    for span in find_spans(shadow, tokenize(shadow)):
        start, end = origin[span.start], origin[span.end - 1] + 1
        rest = text[printed_reading_after(text, end) :].lstrip(" \u3000")
        if (
            span.type in NUMERIC_TYPES
            and text[start:end] == span.text
            and not any(start < other_end and other_start < end for other_start, other_end in taken)
            # A piece of a date or a time (2025年（ねん）9月, 11時（じ）30分), a range's end
            # (1〜2週間), or a threshold (30度（ど）より高い, where 27度 is true as well).
            and not text[:start].endswith(("）", ")"))
            and not rest[:1].isdigit()
            and not _RANGE_MARK.search(span.text)
            and not _THRESHOLD_AFTER.match(rest)
        ):
            figures.append(Span(span.text, start, end, span.type, span.unit))
    return figures


def printed_reading_after(text: str, end: int) -> int:
    """Where the printed reading of the counter ending at `end` ends (10冊［（さつ）］), or
    `end` itself when none follows or it reads more than the counter."""
    printed = _PRINTED.match(text, end)
    counter = _TRAILING_KANJI.search(text, 0, end)
    if printed and counter and reads_only_the_counter(counter.group(), printed.group(1)):
        return printed.end()
    return end


_RANGE_MARK = re.compile(r"[~〜～\-–－]")
_THRESHOLD_AFTER = re.compile(r"より|以上|以下|未満|を?超え|を?下回|を?上回|近く|前後")
_PRINTED = re.compile(r"[（(]([ぁ-ゖー]+)[）)]")
_TRAILING_KANJI = re.compile(r"[\u4e00-\u9fff々]{1,2}$")
