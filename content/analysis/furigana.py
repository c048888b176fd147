"""Furigana placed over the kanji only: 生(う)み出(だ)す, not 生み出す(うみだす)."""

import re

import jaconv

_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]")
_RUNS = re.compile(
    r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]+)|([^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]+)"
)


def has_kanji(text: str) -> bool:
    return bool(_KANJI.search(text))


def furigana(surface: str, reading: str) -> list[tuple[str, str]]:
    """Pairs of (text, ruby); ruby is empty where the text is already kana or Latin."""
    if not has_kanji(surface) or not reading:
        return [(surface, "")]
    runs = [(match.group(1), match.group(2)) for match in _RUNS.finditer(surface)]
    pattern = "".join(
        "(.+?)" if kanji else f"({re.escape(jaconv.kata2hira(other))})" for kanji, other in runs
    )
    match = re.fullmatch(pattern, jaconv.kata2hira(reading))
    if match is None:
        return [(surface, reading)]
    return [
        (kanji, match.group(index + 1)) if kanji else (other, "")
        for index, (kanji, other) in enumerate(runs)
    ]
