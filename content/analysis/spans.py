"""Answer spans in a sentence: names, amounts, dates, counts, proper nouns, loanwords, terms.

Numbers and Latin names are found by pattern on the text (Sudachi splits
「600億~650億ドル」 into five tokens and reads LLaMA as the animal); proper
nouns, katakana compounds and noun compounds come from the tokens.
Affixes such as 約, 以降 and 用 stay outside every span.
"""

import re
import unicodedata
from dataclasses import dataclass

from .furigana import has_kanji
from .tokens import Token


class SpanType:
    NAME = "name"  # Latin-letter names: "Superintelligence Labs", "LLaMA 4"
    ACRONYM = "acronym"
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    AMOUNT = "amount"
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"
    DECADE = "decade"
    MONTH = "month"
    TIME = "time"
    PERCENT = "percent"
    COUNT = "count"
    KATAKANA = "katakana"
    TERM = "term"


ENTITY_TYPES = frozenset(
    {SpanType.NAME, SpanType.ACRONYM, SpanType.PERSON, SpanType.PLACE, SpanType.ORGANIZATION}
)
NUMERIC_TYPES = frozenset(
    {
        SpanType.AMOUNT,
        SpanType.YEAR,
        SpanType.FISCAL_YEAR,
        SpanType.DECADE,
        SpanType.MONTH,
        SpanType.TIME,
        SpanType.PERCENT,
        SpanType.COUNT,
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int
    type: str
    unit: str = ""

    @property
    def key(self) -> str:
        """Identity across spellings: 「META」 and 「Meta」 are one entity."""
        return normalize_key(self.text)

    @property
    def kind_key(self) -> tuple[str, str]:
        return (self.type, self.unit)


def normalize_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


_NUM = r"\d[\d,.]*"
_MAG = r"(?:兆|億|万|千)"
_NUMBER = rf"{_NUM}(?:{_MAG}{_NUM})*{_MAG}?"
_RANGE = rf"{_NUMBER}(?:\s*[~〜～\-–－]\s*{_NUMBER})?"
CURRENCIES = ("ドル", "円", "ユーロ", "ポンド", "元", "ウォン")
COUNT_UNITS = (
    "平方メートル",
    "タイトル",
    "パーセント",
    "か国",
    "か月",
    "カ月",
    "ヶ月",
    "週間",
    "日間",
    "時間",
    "年間",
    "種類",
    "人",
    "回",
    "点",
    "台",
    "校",
    "件",
    "倍",
    "社",
    "冊",
    "枚",
    "歳",
    "店",
    "館",
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        SpanType.AMOUNT,
        re.compile(
            rf"\$\s*{_RANGE}(?:\s*(?:十億|百万))?ドル|{_RANGE}\s*(?P<currency>{'|'.join(CURRENCIES)})"
        ),
    ),
    (SpanType.DECADE, re.compile(r"\d{4}年代(?:初頭|前半|後半|半ば|末|初め)?")),
    (SpanType.FISCAL_YEAR, re.compile(r"\d{4}年度")),
    (SpanType.MONTH, re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?")),
    (SpanType.YEAR, re.compile(r"\d{4}年(?![代度間])")),
    (SpanType.TIME, re.compile(r"午[前後]\d{1,2}時(?:\d{1,2}分)?")),
    (SpanType.PERCENT, re.compile(rf"{_NUM}\s*(?:%|％|パーセント)")),
    (SpanType.COUNT, re.compile(rf"{_RANGE}(?P<unit>{'|'.join(COUNT_UNITS)})")),
]
_LATIN_WORD = r"[A-Za-z][A-Za-z0-9]*(?:[.&'\-][A-Za-z0-9]+)*"
_LATIN = re.compile(rf"{_LATIN_WORD}(?:\s+(?:[A-Z0-9][A-Za-z0-9]*(?:[.&'\-][A-Za-z0-9]+)*))*")
_ACRONYM = re.compile(r"[A-Z0-9]{2,6}")
_KATAKANA = re.compile(r"[ァ-ヺー・ｦ-ﾟ]+")
EDGE_AFFIXES = frozenset({"約", "以降", "以来", "用", "的", "ごと", "など", "等", "各", "同", "計"})
TERM_MAX_TOKENS = 4


def find_spans(text: str, tokens: list[Token]) -> list[Span]:
    """Non-overlapping answer spans of one sentence, in text order."""
    spans: list[Span] = []
    taken = [False] * len(text)

    def claim(start: int, end: int, span_type: str, unit: str = "") -> None:
        if start >= end or any(taken[start:end]):
            return
        for index in range(start, end):
            taken[index] = True
        spans.append(Span(text[start:end], start, end, span_type, unit))

    for span_type, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            unit = ""
            if span_type == SpanType.AMOUNT:
                unit = match.group("currency") or "ドル"
            elif span_type == SpanType.COUNT:
                unit = match.group("unit")
            claim(match.start(), match.end(), span_type, unit)
    for match in _LATIN.finditer(text):
        word = match.group().rstrip(".")
        span_type = SpanType.ACRONYM if _ACRONYM.fullmatch(word) else SpanType.NAME
        claim(match.start(), match.start() + len(word), span_type)
    for group, span_type in _token_groups(tokens):
        claim(group[0].start, group[-1].end, span_type)
    spans.sort(key=lambda span: span.start)
    return spans


def _token_groups(tokens: list[Token]) -> list[tuple[list[Token], str]]:
    groups: list[tuple[list[Token], str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.is_proper and not _is_latin(token.surface):
            run = _run(tokens, index, lambda t: t.is_proper and not _is_latin(t.surface))
            if "人名" in token.pos:
                span_type = SpanType.PERSON
            elif "地名" in token.pos:
                span_type = SpanType.PLACE
            else:
                span_type = SpanType.ORGANIZATION
            groups.append((run, span_type))
        elif _is_katakana(token.surface):
            run = _run(
                tokens,
                index,
                lambda t: (
                    (_is_katakana(t.surface) and t.pos_major != "補助記号") or t.surface == "・"
                ),
            )
            while run and run[-1].surface == "・":
                run.pop()
            if sum(len(t.surface) for t in run) >= 3:
                groups.append((run, SpanType.KATAKANA))
            run = run or [token]
        elif _is_term_token(token):
            run = _run(tokens, index, _is_term_token)[:TERM_MAX_TOKENS]
            run = _trim_affixes(run)
            surface = "".join(t.surface for t in run)
            if run and len(surface) >= 2 and has_kanji(surface):
                groups.append((run, SpanType.TERM))
            run = run or [token]
        else:
            run = [token]
        index = tokens.index(run[-1], index) + 1 if run else index + 1
    return groups


def _run(tokens: list[Token], start: int, accept) -> list[Token]:
    run = []
    for token in tokens[start:]:
        if not accept(token):
            break
        run.append(token)
    return run


def _trim_affixes(run: list[Token]) -> list[Token]:
    while run and (run[0].surface in EDGE_AFFIXES or run[0].pos_major == "接頭辞"):
        run = run[1:]
    while run and (run[-1].surface in EDGE_AFFIXES or run[-1].pos_major == "接尾辞"):
        run = run[:-1]
    return run


def _is_term_token(token: Token) -> bool:
    if token.is_number or token.is_proper:
        return False
    return token.pos.startswith("名詞-普通名詞") or (
        token.pos_major == "接尾辞" and token.pos.startswith("接尾辞-名詞")
    )


def _is_latin(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9 .&'\-]+", text))


def _is_katakana(text: str) -> bool:
    return bool(_KATAKANA.fullmatch(text))
