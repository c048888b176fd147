"""Figures written in kanji numerals: read as digits, written back in the writer's own style.

Newspapers and vertical text spell figures out: 二〇二六年 (digit by digit, 〇 for
zero), 約四百二十億円 and 三千五百万円 (十・百・千 inside 万・億・兆 groups), 七・八キロ
(a 中黒 as the decimal point). The span patterns and the option makers work on digits;
this module turns a kanji figure into its digit spelling (四百二十億 → 420億, the way
Japanese digit text keeps 万・億・兆) and a digit option back into the answer's style, so
that 四百二十億円 gets 八百四十億円 and 二〇二六年 gets 二〇二四年, never 840億円.
"""

import re

KANJI_DIGITS = "〇一二三四五六七八九"
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"兆": 10**12, "億": 10**8, "万": 10**4}
_NUMERAL_CHARS = KANJI_DIGITS + "十百千万億兆"
# A run of kanji numerals, with a decimal part after a 中黒: 七・八, 〇・五.
KANJI_FIGURE = re.compile(rf"[{_NUMERAL_CHARS}]+(?:・[{KANJI_DIGITS}]+)?")
_DIGIT_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:[兆億万]\d+(?:\.\d+)?)*[兆億万]?")
# 七・八キロ is 7.8 km, but 三・四人 is "three or four people": a 中黒 is a decimal point
# only before a unit that takes fractions.
DECIMAL_UNITS = (
    "キロ",
    "メートル",
    "センチ",
    "ミリ",
    "グラム",
    "トン",
    "リットル",
    "%",
    "％",
    "パーセント",
    "ポイント",
    "倍",
    "度",
    "秒",
    "兆",
    "億",
    "万",
)


class Style:
    DIGITS = "digits"  # 2026年, 420億円
    POSITIONAL = "positional"  # 二〇二六年: kanji digits one by one
    GROUPED = "grouped"  # 四百二十億円, 三千五百万円
    NONE = ""


def style_of(text: str) -> str:
    """How the figure of a text is spelt; "" for a text without one."""
    if re.search(r"[0-9０-９]", text):
        return Style.DIGITS
    match = KANJI_FIGURE.search(text)
    if match is None:
        return Style.NONE
    figure = match.group().split("・")[0]
    if any(char in _SMALL_UNITS for char in figure):
        return Style.GROUPED
    # 二〇二六, 二五: kanji digits one by one; a lone 三 (三割, 三億) reads the same either way.
    if "〇" in figure or re.search(f"[{KANJI_DIGITS}]{{2}}", figure):
        return Style.POSITIONAL
    return Style.GROUPED


def _small_group(text: str) -> int | None:
    """The value of a group below 万: 四百二十 is 420, 二〇二六 is 2026, 三 is 3."""
    if not text:
        return None
    if any(char in _LARGE_UNITS for char in text):
        return None  # 一万一万: a large unit twice, or out of order
    if not any(char in _SMALL_UNITS for char in text):
        return int("".join(str(KANJI_DIGITS.index(char)) for char in text))
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in KANJI_DIGITS:
            if digit is not None:
                return None  # 二三十: no number
            digit = KANJI_DIGITS.index(char)
        else:
            unit = _SMALL_UNITS[char]
            if unit >= last_unit or digit == 0:
                return None  # 十百, 〇十: no number
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


def kanji_to_digits(figure: str) -> str | None:
    """The digit spelling of one kanji figure: 四百二十億 → 420億, 二万五千 → 2万5000, 七・八 → 7.8.

    None for a run that spells no number (十十, 億万).
    """
    whole, _, fraction = figure.partition("・")
    parts: list[str] = []
    rest = whole
    for large in _LARGE_UNITS:
        if large in rest:
            head, rest = rest.split(large, 1)
            value = _small_group(head)
            if value is None or value == 0:
                return None
            parts.append(f"{value}{large}")
    if rest:
        value = _small_group(rest)
        if value is None:
            return None
        parts.append(str(value))
    if not parts:
        return None
    text = "".join(parts)
    if fraction:
        if not parts[-1].isdigit():
            return None
        text += "." + "".join(str(KANJI_DIGITS.index(char)) for char in fraction)
    return text


def _positional(digits: str) -> str:
    return "".join(KANJI_DIGITS[int(char)] if char.isdigit() else char for char in digits)


def _grouped_small(value: int) -> str:
    """1 to 9999 in 十・百・千 style: 420 → 四百二十, 1000 → 千, 3500 → 三千五百."""
    text = ""
    for unit, size in (("千", 1000), ("百", 100), ("十", 10)):
        digit, value = divmod(value, size)
        if digit:
            text += ("" if digit == 1 else KANJI_DIGITS[digit]) + unit
    return text + (KANJI_DIGITS[value] if value else "")


def _grouped(number: str) -> str:
    """A digit number (no 万・億・兆 inside) in grouped style: 3500 → 三千五百, 12000 → 一万二千."""
    whole, _, fraction = number.partition(".")
    value = int(whole)
    if value == 0:
        text = "〇"
    else:
        text = ""
        for unit, size in (*_LARGE_UNITS.items(), ("", 1)):
            group, value = divmod(value, size)
            if group:
                # 千万 is written 一千万 in figures, and so is the 千 after a larger unit
                # (二万一千, not 二万千: round 87); 千 alone stays 千.
                small = _grouped_small(group)
                text += (
                    "一" + small if (unit or text) and group >= 1000 and small[0] == "千" else small
                ) + unit
    return text + ("・" + _positional(fraction) if fraction else "")


def digits_to_kanji(text: str, style: str) -> str:
    """Every digit figure of a text in the given kanji style: 840億円 → 八百四十億円."""
    if style == Style.POSITIONAL:
        # 二〇二六年二月十五日: the year and decimals digit by digit, a month or a day in full.
        return re.sub(
            r"\d+(?:\.\d+)?",
            lambda m: (
                _positional(m.group()).replace(".", "・")
                if len(m.group()) >= 3 or "." in m.group()
                else _grouped(m.group())
            ),
            text,
        )
    if style != Style.GROUPED:
        return text
    return _DIGIT_FIGURE.sub(
        lambda match: re.sub(r"\d+(?:\.\d+)?", lambda m: _grouped(m.group()), match.group()),
        text,
    )


def beside_digits(text: str, start: int, end: int) -> bool:
    """A kanji run touching digits (万 and 千 of 1万2千人) is part of a digit figure."""
    return bool(
        re.match(r"[0-9０-９]", text[start - 1 : start] if start else "")
        or re.match(r"[0-9０-９]", text[end : end + 1])
    )


def as_digits(text: str) -> str:
    """A text with its kanji figures in digits: 約四百二十億円 → 約420億円 (others unchanged)."""

    def digits(match: re.Match) -> str:
        figure = match.group()
        if "・" in figure and not text.startswith(DECIMAL_UNITS, match.end()):
            return figure
        if beside_digits(text, match.start(), match.end()):
            return figure  # 千 of 1万2千人 is a magnitude of digits
        converted = kanji_to_digits(figure)
        return figure if converted is None else converted

    return KANJI_FIGURE.sub(digits, text)
