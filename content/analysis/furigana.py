"""Furigana placed over the kanji only: 生(う)み出(だ)す, not 生み出す(うみだす).

A run of kanji gets one reading, so jukujikun (今日 → きょう, 大人 → おとな) stay whole;
digits never get a reading (Sudachi reads 600 as ろくれいれい), and the kanji units
of a number (12万, 3億) get their own.
"""

import functools
import re

import jaconv

_KANJI_CLASS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ"
_KANJI = re.compile(f"[{_KANJI_CLASS}]")
_RUNS = re.compile(f"([{_KANJI_CLASS}]+)|([^{_KANJI_CLASS}]+)")
_DIGIT_RUNS = re.compile(r"([0-9０-９.,，．]+)|([^0-9０-９.,，．]+)")
# How the units of a written number read on their own (after digits: 12万 → 12 まん).
NUMBER_UNITS = {
    "十": "じゅう",
    "百": "ひゃく",
    "千": "せん",
    "万": "まん",
    "億": "おく",
    "兆": "ちょう",
}


def has_kanji(text: str) -> bool:
    return bool(_KANJI.search(text))


def has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def furigana(surface: str, reading: str) -> list[tuple[str, str]]:
    """Pairs of (text, ruby); ruby is empty where the text is already kana, Latin or digits."""
    return list(cached_furigana(surface, reading))


@functools.lru_cache(maxsize=50_000)
def cached_furigana(surface: str, reading: str) -> tuple[tuple[str, str], ...]:
    """The same pairs as a tuple, computed once per process for each word (the reader's hot path)."""
    if not has_kanji(surface) or not reading:
        return ((surface, ""),)
    if has_digit(surface):
        return _number_furigana(surface)
    runs = [(match.group(1), match.group(2)) for match in _RUNS.finditer(surface)]
    pattern = "".join(
        "(.+?)" if kanji else f"({re.escape(jaconv.kata2hira(other))})" for kanji, other in runs
    )
    match = re.fullmatch(pattern, jaconv.kata2hira(reading))
    if match is None:
        return ((surface, reading),)
    return tuple(
        (kanji, match.group(index + 1)) if kanji else (other, "")
        for index, (kanji, other) in enumerate(runs)
    )


def _number_furigana(surface: str) -> tuple[tuple[str, str], ...]:
    """12万 → (12, ""), (万, まん): digits stay bare, each unit kanji gets its own reading."""
    pairs: list[tuple[str, str]] = []
    for match in _DIGIT_RUNS.finditer(surface):
        digits, rest = match.groups()
        if digits:
            pairs.append((digits, ""))
            continue
        for char in rest:
            pairs.append((char, NUMBER_UNITS.get(char, "")))
    return tuple(pairs)
