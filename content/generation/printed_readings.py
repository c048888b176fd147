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

from content.analysis.glossary import confirmed_reading, has_entry, is_basic_word
from content.analysis.spans import BRACKET_READING
from content.analysis.tokens import Token

from .corpus import AnalysedSentence

# A word that runs on across the bracket: 在留（ざいりゅう）カード, 非常（ひじょう）用.
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")


def printed_reading_words(item: AnalysedSentence) -> list[Token]:
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


def _token_at(item: AnalysedSentence, start: int) -> Token | None:
    """The analyser's token the word starts (口座（こうざ） whole, or 携帯電話 alone)."""
    return next((token for token in item.tokens if token.start == start), None)
