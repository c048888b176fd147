"""Wrong options of the answer's own type and unit, from the article first.

A year gets years, a decade decades (never 「2007年代」), an amount the same
currency at a plausible magnitude. Options are distinct from the answer and
from each other after normalization, never substrings of one another, and
never already in the source sentence (where they could make it true).
"""

import re

from content.analysis.normalize import normalize_answer
from content.analysis.spans import NUMERIC_TYPES, Span, SpanType

from .corpus import ArticleCorpus

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE_FACTORS = (2.0, 0.5, 1.5, 3.0, 0.75)
_YEAR_SHIFTS = (-2, 1, -1, 3, 2, -3)


def pick_distractors(
    span: Span, *, corpus: ArticleCorpus, sentence_text: str, count: int = 3
) -> list[str]:
    chosen: list[str] = []
    for candidate in [*_from_article(span, corpus), *_synthesized(span)]:
        if len(chosen) == count:
            break
        if _acceptable(candidate, answer=span.text, chosen=chosen, sentence_text=sentence_text):
            chosen.append(candidate)
    return chosen


def _acceptable(candidate: str, *, answer: str, chosen: list[str], sentence_text: str) -> bool:
    normalized = normalize_answer(candidate)
    if not normalized or normalized in normalize_answer(sentence_text):
        return False
    for other in [answer, *chosen]:
        other_normalized = normalize_answer(other)
        if normalized in other_normalized or other_normalized in normalized:
            return False
    return True


def _from_article(span: Span, corpus: ArticleCorpus) -> list[str]:
    pool = corpus.pools.get(span.kind_key, [])
    if span.type == SpanType.NAME:
        # Latin names carry no person/company label; the shape ("LLaMA 4" has a digit,
        # "Alexandr Wang" two words) is the best offline proxy for a like-for-like option.
        shape = _name_shape(span.text)
        pool = sorted(pool, key=lambda text: _name_shape(text) != shape)
    return pool


def _name_shape(text: str) -> tuple[bool, int]:
    return (any(char.isdigit() for char in text), min(len(text.split()), 2))


def _synthesized(span: Span) -> list[str]:
    if span.type not in NUMERIC_TYPES:
        return []
    if span.type in {SpanType.YEAR, SpanType.FISCAL_YEAR, SpanType.MONTH}:
        return [_shift_first_number(span.text, shift) for shift in _YEAR_SHIFTS]
    if span.type == SpanType.DECADE:
        return [_shift_first_number(span.text, shift) for shift in (-10, 10, -20, 20)]
    if span.type == SpanType.PERCENT:
        value = float(_NUMBER.search(span.text).group().replace(",", ""))
        shifted = [value + delta for delta in (-20, 15, -10, 25, 10)]
        return [_NUMBER.sub(_format(v, "1"), span.text, count=1) for v in shifted if 0 < v < 100]
    if span.type == SpanType.TIME:
        return [_shift_first_number(span.text, shift) for shift in (-2, 2, 1, -1)]
    return [_scale_numbers(span.text, factor) for factor in _SCALE_FACTORS]


def _shift_first_number(text: str, shift: int) -> str:
    return _NUMBER.sub(
        lambda match: str(int(match.group().replace(",", "")) + shift), text, count=1
    )


def _scale_numbers(text: str, factor: float) -> str:
    return _NUMBER.sub(
        lambda match: _format(float(match.group().replace(",", "")) * factor, match.group()), text
    )


def _format(value: float, original: str) -> str:
    if "." in original and not original.endswith("."):
        return f"{value:.1f}"
    value = max(1, round(value))
    return f"{value:,}" if "," in original else str(value)
