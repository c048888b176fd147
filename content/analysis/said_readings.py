"""Readings as a number and its counter are said, where Sudachi reads each token alone.

Sudachi gives 一階 as いち and かい, 一本 as いち and ぽん, 三階 as さん and かい: the reader's
furigana then taught いちかい (a walker). A counter after a number changes its sound, and the
number's with it: 一 and 八 and 十 double the next consonant (いっかい, はっさい, じゅっぷん),
and an h-sound after such a doubled one turns to p (いっぽん); after 三, 千 and 何 some
counters take a voiced sound (さんがい, さんぼん). The counters here are the common ones whose
changes are regular enough to state; any other keeps Sudachi's readings.

Numbers say other sounds before a month or an hour (四月 しがつ, 九時 くじ, 十四時 じゅうよじ),
一日 after a month is ついたち, and a ten Sudachi joins to its counter (二 + 十分) is counted.
Kanji written digit by digit (二〇一八) are said as their number, にせんじゅうはち.
分 after a counter or in a fraction is ぶん, a portion (三日分, 四分の一), not a minute; 日 after
a noun naming what happens that day is び (休館日).

Two readings of one kanji Sudachi chooses wrongly in plain text are set right too: 町立 (and
市立, 県立…) read as one word, and 米 before や, と or を, which is rice (こめ), not America.
So are two readings it gives whatever the text: 私 as the formal わたくし, where learners say
and are taught わたし, and 辛い as つらい (hard to bear) beside a dish or a taste, where it is
からい, spicy (a walker's 「カレーは少し辛いです」).
"""

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .kana import HALF_VOICING

if TYPE_CHECKING:  # tokens.py calls `said` on every tokenization
    from .tokens import Token

# Each counter's reading after a number that changes nothing (二, 五, 九).
COUNTERS = {
    "階": "かい",
    "回": "かい",
    "個": "こ",
    "軒": "けん",
    "件": "けん",
    "戸": "こ",
    "曲": "きょく",
    "校": "こう",
    "冊": "さつ",
    "歳": "さい",
    "才": "さい",
    "足": "そく",
    "週": "しゅう",
    "社": "しゃ",
    "頭": "とう",
    "通": "つう",
    "点": "てん",
    "本": "ほん",
    "匹": "ひき",
    "杯": "はい",
    "分": "ふん",
    "泊": "はく",
    "歩": "ほ",
    "発": "はつ",
    "票": "ひょう",
}
# Numbers said otherwise before a month or an hour.
_SAID_BEFORE = {
    "月": {"四": "し", "七": "しち", "九": "く"},
    "時": {"四": "よ", "七": "しち", "九": "く"},
}
_PLAIN_SOUND = {"四": "よん", "七": "なな", "九": "きゅう"}
# The numbers whose last sound doubles the counter's first consonant (k, s, t, h), and which.
_DOUBLING = {
    "一": ("いち", "いっ", "kstph"),
    "六": ("ろく", "ろっ", "kh"),
    "八": ("はち", "はっ", "kstph"),
    "十": ("じゅう", "じゅっ", "kstph"),
    "百": ("ひゃく", "ひゃっ", "kh"),
}
# After 三, 千, 万 and 何 (ん), these counters are voiced; 四 (よん) and the others keep theirs.
_VOICED_AFTER_N = {
    "階": "がい",
    "軒": "げん",
    "足": "ぞく",
    "本": "ぼん",
    "匹": "びき",
    "杯": "ばい",
}
_HALF_VOICED_AFTER_N = {"分": "ぷん", "泊": "ぱく", "歩": "ぽ", "発": "ぱつ", "票": "ぴょう"}
_ENDS_IN_N = {"三": "さん", "千": "せん", "万": "まん", "何": "なん"}
_ROW = {
    **dict.fromkeys("かきくけこ", "k"),
    **dict.fromkeys("さしすせそ", "s"),
    **dict.fromkeys("たちつてと", "t"),
    **dict.fromkeys("はひふへほ", "h"),
}
_DIGITS = dict(zip("0123456789０１２３４５６７８９", "〇一二三四五六七八九" * 2, strict=True))
# X立: owned by X (町立 ちょうりつ), where Sudachi reads 町 alone as まち.
_OWNERS = {
    "町": "ちょう",
    "村": "そん",
    "市": "し",
    "区": "く",
    "県": "けん",
    "都": "と",
    "府": "ふ",
}
_RICE_BEFORE = {"や", "と", "を", "が", "も"}
# Words of food and taste: beside one, 辛い is spicy (からい), not hard to bear (つらい).
_TASTES = frozenset(
    {"味", "味付け", "料理", "食べる", "飲む", "食べ物", "食事", "舌", "スパイス", "香辛料"}
    | {"唐辛子", "辛子", "山椒", "胡椒", "わさび", "カレー", "キムチ", "ラーメン", "スープ"}
    | {"ソース", "たれ", "タレ", "鍋", "麺", "甘い", "しょっぱい", "塩辛い", "酸っぱい", "苦い"}
    | {"おいしい", "美味しい", "まずい", "激辛", "辛口", "甘口", "中辛", "麻婆豆腐", "味噌", "醤油"}
)


def said(tokens: "list[Token]") -> "list[Token]":
    """The tokens with the readings of numbers and counters as they are said."""
    said_tokens = [
        replace(token, reading=number_reading(int(token.surface.translate(_PLACE_VALUES))))
        if _numeral(token) and _POSITIONAL.fullmatch(token.surface)
        else token
        for token in tokens
    ]
    for index in range(len(said_tokens) - 1):
        number, counter = said_tokens[index], said_tokens[index + 1]
        if counter.surface in COUNTERS and _numeral(number) and number.end == counter.start:
            said_tokens[index], said_tokens[index + 1] = _counted(number, counter)
        elif _ten_and_counter(counter) and _numeral(number) and number.end == counter.start:
            # 二十分 as 二 and 十分 (じゅうぶん, enough), 百二十戸 as 百二 and 十戸: the counted
            # ten is the second token's, and is read as one.
            ten, unit = _counted(
                replace(counter, surface="十", reading="じゅう"),
                replace(counter, surface=counter.surface[1:]),
            )
            said_tokens[index + 1] = replace(counter, reading=ten.reading + unit.reading)
        elif (
            counter.surface in _SAID_BEFORE
            and _numeral(number)
            and number.end == counter.start
            and (last := number.surface[-1:]) in _SAID_BEFORE[counter.surface]
            and number.reading.endswith(_PLAIN_SOUND[last])
        ):
            # 四月 しがつ, 九月 くがつ, 十四時 じゅうよじ: Sudachi says よん and きゅう.
            said = (
                number.reading.removesuffix(_PLAIN_SOUND[last])
                + _SAID_BEFORE[counter.surface][last]
            )
            said_tokens[index] = replace(number, reading=said)
        elif counter.surface == "立" and number.surface in _OWNERS:
            said_tokens[index] = replace(number, reading=_OWNERS[number.surface])
    tasted = any(token.lemma in _TASTES for token in said_tokens)
    for index, token in enumerate(said_tokens):
        before = said_tokens[index - 1] if index else None
        after = said_tokens[index + 1].surface if index + 1 < len(said_tokens) else ""
        if token.surface == "私" and token.reading == "わたくし":
            said_tokens[index] = replace(token, reading="わたし")
        elif token.lemma == "辛い" and token.reading.startswith("つら") and tasted:
            said_tokens[index] = replace(token, reading="から" + token.reading.removeprefix("つら"))
        elif token.surface == "米" and token.reading == "べい" and after in _RICE_BEFORE:
            said_tokens[index] = replace(token, reading="こめ")
        elif token.surface == "分" and _portion_or_fraction(said_tokens, index):
            said_tokens[index] = replace(token, reading="ぶん")
            if before is not None and _numeral(before) and before.surface in _SAID_PLAIN:
                # 八分の一 is はちぶん: the number keeps its own sound before a fraction's 分.
                said_tokens[index - 1] = replace(before, reading=_SAID_PLAIN[before.surface])
        elif (
            token.surface == "日"
            and token.reading == "ひ"
            and before is not None
            and before.end == token.start
            and before.pos.startswith("名詞-普通名詞")
            and _KANJI.search(before.surface)
        ):
            # 休館日, 投票日, 締切日: a day named by what happens on it is び.
            said_tokens[index] = replace(token, reading="び")
    return _first_of_the_month(said_tokens)


# 二〇一八 and 一九六〇, kanji written digit by digit: Sudachi reads each, にれいいちはち (a
# walker). Not 一二 alone, as in 一二を争う.
_POSITIONAL = re.compile(
    r"[〇一二三四五六七八九]*〇[〇一二三四五六七八九]*|[一二三四五六七八九]{3,}"
)
_PLACE_VALUES = str.maketrans("〇一二三四五六七八九", "0123456789")
_ONES = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
# The places of a group of four, with the digits whose sound changes before each.
_PLACES = (
    (1000, "せん", {1: "せん", 3: "さんぜん", 8: "はっせん"}),
    (100, "ひゃく", {1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}),
    (10, "じゅう", {1: "じゅう"}),
)
_GROUPS = ((10**12, "ちょう"), (10**8, "おく"), (10**4, "まん"), (1, ""))


def number_reading(value: int) -> str:
    """A whole number as it is said: 2018 にせんじゅうはち, 1960 せんきゅうひゃくろくじゅう."""
    if value == 0:
        return "ゼロ"
    said = ""
    for size, name in _GROUPS:
        group, value = divmod(value, size)
        if group:
            said += _group_reading(group) + name
    return said


def _group_reading(value: int) -> str:
    """A number below 10,000: 1234 せんにひゃくさんじゅうよん."""
    said = ""
    for size, name, changed in _PLACES:
        digit, value = divmod(value, size)
        if digit:
            said += changed.get(digit, _ONES[digit] + name)
    return said + _ONES[value]


def _numeral(token: "Token") -> bool:
    """A number (名詞-数詞), not a counter: Token.is_number holds 助数詞 too (台, 日)."""
    return token.pos.startswith("名詞-数詞")


# The sound of a number alone, where a counter after it would have changed it.
_SAID_PLAIN = {"一": "いち", "六": "ろく", "八": "はち", "十": "じゅう", "百": "ひゃく"}
_KANJI = re.compile(r"[\u4e00-\u9fff]")


def _portion_or_fraction(tokens: "list[Token]", index: int) -> bool:
    """分 as ぶん: after a counter (三日分, 四十台分, 二人分: a portion), or a number's 分 before
    の and a number (四分の一: a fraction). Sudachi reads it alone as ふん, a minute."""
    before = tokens[index - 1] if index else None
    if before is None or before.end != tokens[index].start:
        return False
    if "助数詞" in before.pos and not _numeral(before):
        return True
    return (
        _numeral(before)
        and index + 2 < len(tokens)
        and tokens[index + 1].surface == "の"
        and _numeral(tokens[index + 2])
    )


def _first_of_the_month(tokens: "list[Token]") -> "list[Token]":
    """一日 after a month (四月一日) is ついたち, the month's first day; Sudachi says いち にち."""
    said_tokens = list(tokens)
    for index in range(1, len(said_tokens) - 1):
        month, one, day = said_tokens[index - 1 : index + 2]
        if (
            month.surface == "月"
            and one.surface in {"一", "1", "１"}
            and day.surface == "日"
            and month.end == one.start
            and one.end == day.start
        ):
            said_tokens[index] = replace(one, reading="つい")
            said_tokens[index + 1] = replace(day, reading="たち")
    return said_tokens


def _ten_and_counter(token: "Token") -> bool:
    return len(token.surface) == 2 and token.surface[0] == "十" and token.surface[1] in COUNTERS


def _counted(number: "Token", counter: "Token") -> "tuple[Token, Token]":
    last = _last_unit(number.surface)
    base = COUNTERS[counter.surface]
    number_reading, counter_reading = number.reading, base
    if last in _DOUBLING:
        plain, doubled, rows = _DOUBLING[last]
        row = _ROW.get(base[0], "")
        # Digits carry no furigana (Sudachi reads 20 as にれい): only the counter's matters.
        written_in_digits = bool(_digits(number.surface))
        if row and row in rows and (written_in_digits or number.reading.endswith(plain)):
            if not written_in_digits:
                number_reading = number.reading.removesuffix(plain) + doubled
            if row == "h":
                counter_reading = base[0].translate(HALF_VOICING) + base[1:]
    elif last in _ENDS_IN_N:
        counter_reading = _VOICED_AFTER_N.get(counter.surface) or _HALF_VOICED_AFTER_N.get(
            counter.surface, base
        )
    elif last == "四" and counter.surface in _HALF_VOICED_AFTER_N:
        counter_reading = _HALF_VOICED_AFTER_N[counter.surface]  # 四分 よんぷん
    return replace(number, reading=number_reading), replace(counter, reading=counter_reading)


def _digits(surface: str) -> str:
    """The number's digits without their grouping marks, or "" when it is not in digits."""
    digits = surface.replace(",", "").replace("，", "")
    return digits if digits and all(char in _DIGITS for char in digits) else ""


def _last_unit(surface: str) -> str:
    """The last number word said: 二十一 ends in 一, 30 in 十, 200 in 百, 5000 in 千."""
    if digits := _digits(surface):
        value = digits.translate(str.maketrans("０１２３４５６７８９", "0123456789")).lstrip("0")
        if not value:
            return "〇"
        for zeros, unit in ((4, "万"), (3, "千"), (2, "百"), (1, "十")):
            if len(value) > zeros and value.endswith("0" * zeros):
                return unit
        return _DIGITS[value[-1]]
    return surface[-1:]
