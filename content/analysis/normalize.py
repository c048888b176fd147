"""One normalization for comparing answers: grading, distractor distinctness, fingerprints."""

import re
import unicodedata

import jaconv

_IGNORED = re.compile(r"[\s\u3000・･]+")
_TRAILING_PUNCTUATION = re.compile(r"[。．.、，,!！?？」』)）\]]+$")
_LEADING_PUNCTUATION = re.compile(r"^[「『(（\[]+")


def normalize_answer(text: str, *, reading: bool = False) -> str:
    """NFKC, case and width folded, spaces and edge punctuation ignored.

    With ``reading``, katakana counts as hiragana (「トウシ」 equals 「とうし」).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _IGNORED.sub("", text)
    # A removed space can leave a combining mark next to a letter (R¸ → ŗ): compose again,
    # so that the typed ŗ and the stored R¸ compare equal.
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_PUNCTUATION.sub("", text)
    text = _LEADING_PUNCTUATION.sub("", text)
    text = text.replace("〜", "~").replace("～", "~")
    if reading:
        text = jaconv.kata2hira(text)
    return text
