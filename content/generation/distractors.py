"""Wrong options of the answer's own class, unit, scale and surface format.

Class: a year gets years, an era eras (奈良時代 beside 平安時代, never 日本 beside
中国), a person people, a town towns; an amount the same currency within ten
times its size. Format: the same script, digit width and digit grouping, so
that no option gives itself away by its look. Options are distinct from the
answer and from each other after normalization, never fragments of one
another or of another name in the article, never of the answer's family
(源頼朝 → 源氏), and never already in the source sentence (where they could
make it true).
"""

import datetime
import functools
import itertools
import math
import re
import unicodedata
import zlib
from collections.abc import Callable

from content.analysis.glossary import (
    era_years,
    person_lifetime,
    place_gloss,
    place_kind,
)
from content.analysis.normalize import normalize_answer
from content.analysis.numerals import Style, as_digits, digits_to_kanji, style_of
from content.analysis.spans import (
    BRACKET_READING,
    ERA_WITH_WESTERN_YEAR,
    NUMERAL_COUNT,
    NUMERIC_TYPES,
    PREFECTURES,
    WEEKDAYS,
    Span,
    SpanType,
    find_spans,
    normalize_key,
)
from content.analysis.tokens import tokenize

from .corpus import PLAN_WORDS, ArticleCorpus
from .printed_readings import without_printed_readings

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FIGURE_RANGE = re.compile(r"[\d０-９][兆億万千]?\s*[~〜～\-–－][\d０-９]")
# 10,000万円 is 1億円 in every text: no option spells a unit's value past its next unit.
_PAST_ITS_UNIT = re.compile(r"(\d[\d,]*)(?=[万億])")
_MAGNITUDES = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
# Uneven factors, rounded to the answer's precision: 2,300万円 gets 1,400万円 and 3,200万円,
# not the evenly scaled 1,150/3,450/4,600万円 a reader picks out as made up. Uneven on each
# side too (0.45, 0.6 and 0.75 times made 2,600, 3,500 and 4,400人 a run beside 5,800人),
# and no pair around the key (0.6 and 1.4 times left it midway): rounds 147 and 150.
_SCALE_FACTORS = (0.6, 1.5, 1.8, 0.75, 2.5, 0.4)
_SHARE_FACTORS = (0.8, 1.15, 0.7, 1.35, 0.55, 1.4)
_NARROW_FACTORS = (0.8, 1.25, 0.65, 1.4, 0.9, 1.15)
_BODY_AND_SCORE_UNITS = {
    "歳",
    "才",
    "センチ",
    "cm",
    "ミリ",
    "mm",
    "キロ",
    "kg",
    "グラム",
    "g",
    "メートル",
    "m",
    "秒",
    "倍",
    "点",
}
# Years three or more apart first: 1882年, 1883年 and 1885年 beside 1884年 test one digit, not
# the reading (rounds 106, 109 and 110).
_YEAR_SHIFTS = (-3, 4, -6, 7, -2, 2)
# An era lasts a few years: its dates stay within it (天正11年 beside 天正13年), and apart
# where it allows: 宝暦3年 and 宝暦5年 beside 宝暦4年 were a memory test of one year, not
# reading (rounds 124 and 127).
_ERA_YEAR_SHIFTS = (3, -3, 5, -5, 2, -2, 4, -4, 6, -6, 1, -1)
_NEAR_ERA_YEAR_SHIFTS = (3, -3, 2, -2, 1, -1)
_DECADE_SHIFTS = (10, -10, 20, 5, -5, 15, 30, -20)
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
# A count within five times the answer: 120人, a race's whole field, stood out among the
# options of a lead pack of 15 (round 193; ten times until then).
MAX_SCALE_RATIO = 5.0
MAX_PERCENT_RATIO = 3.0
# A price of a night, a fare or a fee: 1,200円 is no option beside 7,500円.
MAX_AMOUNT_RATIO = 3.0
_DECIMAL_PART = re.compile(r"\d\.(\d+)")
_WHOLE_DECIMAL = re.compile(r"\d\.0+(?!\d)")


def pick_distractors(
    span: Span,
    *,
    corpus: ArticleCorpus,
    sentence_text: str,
    count: int = 3,
    from_article_only: bool = False,
) -> list[str]:
    """Up to `count` wrong options of the answer's class, the article's own first.

    `from_article_only` for a swapped statement: only a figure, date, name or place the
    article itself mentions, so that the statement is plausible and yet clearly false.
    """
    if span.type == SpanType.PERSON and span.text in corpus.fragments:
        return []  # 頼朝 where the article says 源頼朝: its options would be full names
    sentence = _normalized(sentence_text)
    answer = normalize_answer(span.text)
    round_target = _round_target(span, corpus, sentence_text)
    synthesized = (
        []
        if from_article_only
        else _synthesized(
            span,
            year_shifts=_DECADE_SHIFTS if round_target else _YEAR_SHIFTS,
            planned=bool(_LOOKS_AHEAD.search(sentence_text)),
        )
    )
    if corpus.groups_digits and span.type in {SpanType.AMOUNT, SpanType.COUNT}:
        # 780円 beside 1400円 where the article writes 4,500円 (round 17).
        synthesized = [_LONG_UNGROUPED.sub(_grouped, made) for made in synthesized]
    approximate = _approximate(span, sentence_text)

    def fits(candidate: str, chosen: list[str]) -> bool:
        normalized = normalize_answer(candidate)
        return bool(
            normalized
            and normalized not in sentence
            and not any(
                _overlaps(normalized, other)
                for other in [answer, *(normalize_answer(option) for option in chosen)]
            )
            and candidate not in corpus.fragments
            and not _named_in_the_sentence(candidate, span, sentence_text, corpus)
            and same_format(candidate, span.text)
            and not _nested_ranges(candidate, span.text)
            and (from_article_only or _same_clock_precision(candidate, span))
            and _same_numerals(candidate, span)
            and _same_scale(candidate, span)
            and _same_side_of_one(candidate, span)
            and _as_exact(candidate, span)
            and _as_many_figures(candidate, span)
            and _similar_length(candidate, span)
            and not _same_family(candidate, span)
            and _plausible_year(candidate, span, sentence_text, corpus)
            and _same_kind_of_place(candidate, span, sentence_text)
            and _same_size_of_place(candidate, span, corpus)
            and _on_the_answers_side(candidate, span, sentence_text)
            and _as_the_air_may_be(candidate, span, sentence_text)
            and _same_times(candidate, span, corpus)
            and _same_name_shape(candidate, span)
            and not one_persons_names(candidate, span, corpus)
            and _same_division(candidate, span, corpus)
            and _same_rank(candidate, span, corpus)
            and _minutes_in_fives(candidate, span)
            and _not_older_than_the_title_says(candidate, span, corpus)
            and not _one_for_many(candidate, span)
            and not _twin_of_another(candidate, span, chosen)
            and not _a_title_for_a_name(candidate, span, corpus)
            and _same_era(candidate, span)
            and _same_part_of_the_decade(candidate, span)
            and _fits_the_whole(candidate, span, sentence_text)
            and _within_its_bounds(candidate, span, sentence_text)
            and (not approximate or (_as_round(candidate, span) and not _near(candidate, span)))
            and not (round_target and _within_a_few_years(candidate, span))
        )

    article = _from_article(span, corpus)
    # A figure's key takes each place among its options alike: factors and steps around it
    # (0.6 and 1.4 times, one step down and one up) made it the midpoint of two others in 142
    # of 323 figure choices of the kit's articles of rounds 141–151 (round 147).
    below = (
        _options_below(span, sentence_text)
        if span.type in _STEPPED_TYPES and not from_article_only
        else None
    )

    def choose(made: list[str]) -> list[str]:
        if below is None:
            chosen: list[str] = []
            for candidate in [*article, *made]:
                if (
                    len(chosen) < count
                    and fits(candidate, chosen)
                    and not _key_set_apart(candidate, span, chosen, count)
                ):
                    chosen.append(candidate)
            return chosen
        return _spread_around(span, article=article, made=made, fits=fits, below=below, count=count)

    chosen: list[str] = []
    compound = bool(_COMPOUND_MAGNITUDE.search(as_digits(span.text)))
    if compound:
        # Of a figure of two parts (2万8千), options that move its leading part (3万8千) and
        # options that move the other (2万4千) together leave the key the one option that
        # shares a part with every other (round 149: 二万八千枚 among 二万二千, 二万四千 and
        # 三万八千枚): one way of the two, if either gives enough.
        for way in (True, False):
            chosen = choose([made for made in synthesized if _leading_kept(made, span) == way])
            if len(chosen) == count:
                break
    # Not both ways together, for a figure of two parts: 1億4,000万円 among 1億6,000万円,
    # 1億8,000万円 and 2億4,000万円 was still the hub of the others (round 172).
    if len(chosen) < count and not compound:
        chosen = choose(synthesized)
    if from_article_only:
        return chosen  # a statement's swap: one figure, which no ranking gives away
    return _unless_the_sentence_ranks_them(chosen, span, sentence_text)


def _unless_the_sentence_ranks_them(
    options: list[str], span: Span, sentence_text: str
) -> list[str]:
    """None where the sentence tells the key is the most and every option is less: 「最も多かった
    のは…平均［9.2個］に達した」 among 6.5, 3.8 and 1.1個 asks for the largest (round 162)."""
    key = _size(span.text)
    if (
        key is None
        or not _THE_MOST.search(sentence_text)
        or not all((size := _size(option)) is not None and size < key for option in options)
    ):
        return options
    return []


_THE_MOST = re.compile(r"最も(?:多|高|大き|長)|最(?:大|多|高)の?(?:は|で|と)|一番(?:多|高|大き)")


def _spread_around(
    span: Span,
    *,
    article: list[str],
    made: list[str],
    fits: Callable[[str, list[str]], bool],
    below: int,
    count: int,
) -> list[str]:
    """Up to `count` options of a figure, `below` of them under it and the rest over it, and
    the figure never midway between two: the article's own figures first, wherever they fall,
    then the made ones."""
    chosen: list[str] = []
    put_off: list[str] = []
    for candidate in [*article, *made]:
        if len(chosen) == count:
            break
        if not fits(candidate, chosen):
            continue
        synthetic = candidate not in article
        if _gives_the_key_away(candidate, span, chosen, article, count) or (
            synthetic and _side_full(candidate, span, chosen, below, count)
        ):
            put_off.append(candidate)
            continue
        # The side's share gives way to nearness: 1万1,000 put off beside 約［1万3,000］ comes
        # before 2万3,000, twice the key (round 75).
        # Only a made option gives way: the article's own figures come first, wherever they fall.
        nearer = [
            other
            for other in (put_off if synthetic else [])
            if _distance(other, span) < _distance(candidate, span)
            and fits(other, chosen)
            and not _gives_the_key_away(other, span, chosen, article, count)
        ]
        if nearer:
            put_off.remove(nearer[0])
            put_off.append(candidate)
            candidate = nearer[0]
        chosen.append(candidate)
    # Too few without them: a side over its share before no question at all; never the key
    # midway between two, alone in its roundness, nor outside a run of the wrong ones (2倍
    # among 4倍, 5倍 and 6倍 failed three times in round 161).
    for candidate in put_off:
        if len(chosen) == count:
            break
        if (
            candidate not in chosen
            and fits(candidate, chosen)
            and not _gives_the_key_away(candidate, span, chosen, article, count)
        ):
            chosen.append(candidate)
    return chosen


def _gives_the_key_away(
    candidate: str, span: Span, chosen: list[str], article: list[str], count: int
) -> bool:
    """The candidate leaves the key found without reading: midway between two options, alone
    in its roundness or its look, or outside a run of three wrong ones."""
    return (
        _key_midway(candidate, span, chosen, article)
        or _key_alone_in_roundness(candidate, span, chosen, count)
        or _key_set_apart(candidate, span, chosen, count)
        or _wrong_ones_in_a_run(candidate, span, chosen)
    )


def _options_below(span: Span, sentence_text: str) -> int:
    """How many of a figure's three options fall below it: none to three, alike over
    figures, and the same for a sentence every time its questions are made."""
    return zlib.crc32(f"{span.start}:{sentence_text}".encode()) % 4


def _size(text: str) -> float | None:
    """A figure's size, a clock time's in hours of a day of 24 (午後二時 is 14, 8時30分 8.5)."""
    if clock := _CLOCK.fullmatch(as_digits(text)):
        return _minutes(clock) / 60
    return figure_value(text)


def _key_midway(candidate: str, span: Span, chosen: list[str], article: list[str]) -> bool:
    """The key lies midway between the candidate and an option already chosen: 40人 and 80人
    leave 60人 the middle one, a guess that needs no reading (round 147). Not two figures of
    the article: its own 1990年代 and 2010年代 around 2000年代 are its story's steps; but the
    years just before and after it are a run of three the key is the middle of (2022年 and
    2024年 around 2023年, round 160)."""
    key, value = _size(span.text), _size(candidate)
    if key is None or value is None:
        return False
    return any(
        (other := _size(option)) is not None
        and math.isclose(value + other, 2 * key, rel_tol=1e-9)
        and not (candidate in article and option in article and abs(value - key) > 1)
        for option in chosen
    )


def _wrong_ones_in_a_run(candidate: str, span: Span, chosen: list[str]) -> bool:
    """The candidate completes an evenly spaced run of three wrong options that the key stands
    outside: 50%, 60% and 70% beside 90% (round 150). A run the key ends or goes on (40人
    beside 50人 and 60人) singles out nothing."""
    key, value = _size(span.text), _size(candidate)
    others = [_size(option) for option in chosen]
    if key is None or value is None or None in others or len(others) != 2:
        return False
    low, middle, high = sorted((value, *others))  # type: ignore[type-var]
    step = middle - low
    return (
        step > 0
        and math.isclose(high - middle, step, rel_tol=1e-9)
        and not math.isclose(key, low - step, rel_tol=1e-9)
        and not math.isclose(key, high + step, rel_tol=1e-9)
    )


def _twin_of_another(candidate: str, span: Span, chosen: list[str]) -> bool:
    """A figure within a twentieth of an option already chosen: 300億円 and 310億円 beside
    ［200億円］ are one option twice (round 157). Not a small count or a year, whose steps
    are this close by nature."""
    if span.type not in _FIGURE_TYPES:
        return False
    value = figure_value(candidate)
    if value is None or value < 20:
        return False
    return any(
        (other := figure_value(option)) is not None
        and abs(other - value) <= TWIN_SHARE * max(other, value)
        for option in chosen
    )


# How close two options may come: a twentieth of the larger.
TWIN_SHARE = 0.05


def _a_title_for_a_name(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """常陸守 among 源経基 and 藤原興範: a governor by his title, no person's name; the article
    puts it before a name (常陸守の藤原興範), as the analyser, reading 守 as a given name, cannot
    tell (round 157)."""
    return span.type == SpanType.PERSON and normalize_key(candidate) in corpus.titles


def _key_set_apart(candidate: str, span: Span, chosen: list[str], count: int) -> bool:
    """The candidate completes wrong options that share what the key lacks: one length
    (心斎橋店 among 広島店, 仙台店 and 横浜店), or one family (堀田半右衛門 among three 小野寺s),
    so that the key is found by its look (round 155); 百九十万円 among 二百八十万円, 三百四十万円
    and 四百八十万円 (round 156). Not a clock's hour: 10時 among 7時, 8時 and 9時 is no odd one."""
    if len(chosen) != count - 1 or span.type == SpanType.TIME:
        return False
    wrong = [*chosen, candidate]
    if len({len(option) for option in wrong}) == 1 and len(wrong[0]) != len(span.text):
        return True
    if span.type in _FIGURE_TYPES | {SpanType.YEAR}:
        # 二十六か所 among 百四十二, 百八十七 and 二百三十一か所, the article's yearly totals: the one
        # figure of two digits; 1944年 among 1920, 1923 and 1929年 (round 160).
        return _alone_in_its_order(span, wrong)
    if span.type != SpanType.PERSON:
        return False
    shared = itertools.takewhile(lambda same: len(set(same)) == 1, zip(*wrong, strict=False))
    family = "".join(letters[0] for letters in shared)
    return len(family) >= 2 and not span.text.startswith(family)


def _alone_in_its_order(span: Span, wrong: list[str]) -> bool:
    """The wrong options share a number of digits the key lacks, or a decade ten years or more
    from the key's year."""
    # A year by its Western year: 弘治元年（1555年） is 1555, not the era's first year.
    size_of = year_of if span.type == SpanType.YEAR else _size
    key = size_of(span.text)
    sizes = [size for option in wrong if (size := size_of(option)) is not None]
    if key is None or len(sizes) < len(wrong):
        return False

    def order(size: float) -> int:
        return int(size) // 10 if span.type == SpanType.YEAR else len(str(int(abs(size))))

    orders = {order(size) for size in sizes}
    if span.type == SpanType.YEAR and min(abs(size - key) for size in sizes) < 10:
        return False  # 2020年 beside 2017年 is across a boundary, not apart
    return len(orders) == 1 and order(key) not in orders


def _key_alone_in_roundness(candidate: str, span: Span, chosen: list[str], count: int) -> bool:
    """The candidate completes options none of which is as round as the key: 350円 among
    200円, 500円 and 600円, 1980年 among 1973年, 1974年 and 1977年 (round 154). Not a clock's
    hour: 10時 among 7時, 8時 and 9時 is no rounder than they."""
    if len(chosen) != count - 1 or span.type in {SpanType.TIME, SpanType.DECADE}:
        return False
    key = _roundness(span.text, span)
    return key is not None and all(
        _roundness(option, span) != key for option in [*chosen, candidate]
    )


def _roundness(text: str, span: Span) -> int | None:
    """The trailing zeros of a figure's leading number, or minus its decimals: 350 is 1,
    600 is 2, 3.25 is -2. A year is round or not: 2100年 is no rounder than 2110年."""
    match = _NUMBER.search(as_digits(text).translate(_ASCII_DIGITS))
    if match is None:
        return None
    number = match.group().replace(",", "")
    if "." in number:
        return -len(number.split(".")[1])
    zeros = len(number) - len(number.rstrip("0")) if number.strip("0") else 0
    return min(zeros, 1) if span.type in {SpanType.YEAR, SpanType.FISCAL_YEAR} else zeros


def _leading_kept(candidate: str, span: Span) -> bool:
    """The option keeps the figure's leading number: 2万4千 of 2万8千, not 3万8千."""
    lead = _NUMBER.search(as_digits(candidate).translate(_ASCII_DIGITS))
    key = _NUMBER.search(as_digits(span.text).translate(_ASCII_DIGITS))
    return bool(lead and key) and lead.group() == key.group()


def _distance(candidate: str, span: Span) -> float:
    """How far an option lies from the answer: in steps for a figure whose options are steps
    from it, else as a ratio either way (0.5 and 2 times alike).

    As ratios, 明治8年 lay nearer 明治5年 than 明治2年 did, and 明治7年 nearer than 明治3年: the
    near ones above took the places of the ones below, and the key was the lowest option of
    all six era dates of a temple's history (round 153).
    """
    answer, value = _size(span.text), _size(candidate)
    if answer is None or value is None:
        return math.inf
    if span.type in _MOVED_BY_STEPS or span.unit in _UNITS_MOVED_BY_STEPS or abs(answer) < 20:
        return abs(value - answer)
    if not answer or not value:
        return math.inf
    return abs(math.log(value / answer))


# Figures whose made options are the answer plus or minus steps (_synthesized_digits); a
# small count is stepped too.
_MOVED_BY_STEPS = {
    SpanType.YEAR,
    SpanType.FISCAL_YEAR,
    SpanType.MONTH,
    SpanType.DECADE,
    SpanType.TIME,
}
_UNITS_MOVED_BY_STEPS = {"度", "割", "時間分"}


def _side_full(candidate: str, span: Span, chosen: list[str], below: int, count: int) -> bool:
    """The candidate's side of the answer (below or above) has its share of options."""
    answer, value = _size(span.text), _size(candidate)
    if answer is None or value is None:
        return False
    values = [_size(option) or 0.0 for option in chosen]
    if value < answer:
        return sum(other < answer for other in values) >= below
    return sum(other > answer for other in values) >= count - below


@functools.lru_cache(maxsize=4096)
def _other_shares(span: Span, sentence_text: str) -> tuple[float, ...] | None:
    """The sentence's other percentages, when it lists the answer with two or more others
    as shares of one whole (「通勤・通学が［41%］、観光が33%、買い物や通院が19%」); else None.
    Asked of every option twice (its side and its whole): read once."""
    if span.type != SpanType.PERCENT:
        return None
    text = unicodedata.normalize("NFKC", sentence_text)
    rest = text.replace(unicodedata.normalize("NFKC", span.text), "", 1)
    others = tuple(float(number) for number in _PERCENT.findall(rest))
    answer = figure_value(span.text)
    if len(others) < 2 or answer is None or answer + sum(others) > 100:
        return None
    return others


# 「一日［十三時間］」: hours of one day (round 38 had 三十二時間 among the options).
_OF_A_DAY = re.compile(r"(?:一日|1日|１日|一晩|1晩)(?:に|で|は|の)?$")
# 「［十六歳］の少女」: the age of a child (round 38 had 五十八歳, another person's, beside it).
_OF_A_CHILD = re.compile(r"^の?(?:少女|少年|子ども|子供|女の子|男の子|児童)")
_LONGEST_DAY, _OLDEST_CHILD = 24, 18
# 「1,650億円から［？］に」: the figure a change starts from, and its unit.
_CHANGED_FROM = re.compile(
    r"([0-9０-９〇一二三四五六七八九十百千万億,.]+)([^0-9０-９\s、。]{1,4})から$"
)
# 「［十四歳］から二十歳前後」: the start of a range stays below its end.
_RANGE_END = re.compile(r"^(?:から|〜|～|~)([0-9０-９〇一二三四五六七八九十百千万億,.]+)")


def _named_in_the_sentence(
    candidate: str, span: Span, sentence_text: str, corpus: ArticleCorpus
) -> bool:
    """A person the sentence names by a part of their name: 斎藤道三 for 「道三は主君の［？］を
    追放し」 is the sentence's own subject, ruled out at a glance (round 44). So is the person
    a life story's title names, the subject its sentences leave unsaid: 早瀬清臣 among the
    options of 「東京では［？］とも再会し」 under 「…早瀬清臣の生涯」 (round 194)."""
    return span.type == SpanType.PERSON and (
        candidate in corpus.article.title
        or any(
            len(part) >= 2 and part in candidate and part in sentence_text
            for part in corpus.fragments
        )
    )


# Past this age a person of an article is a rarity no reader would take an option for.
_OLDEST_AGE = 99
# The floors of a wooden house, an inn or a school that a reader takes for real.
_TALLEST_WOODEN = 4


def _within_its_bounds(candidate: str, span: Span, sentence_text: str) -> bool:
    """No option a reader rules out by sense: more hours than a day has, a child's age
    that no child is, a career longer than the person's grown life, an age past 99, more
    floors than a wooden building has, or the start of a range past its end."""
    value = figure_value(candidate)
    if value is None:
        return True
    if span.unit == "時間" and _OF_A_DAY.search(sentence_text[: span.start]):
        # And no more than half as many again as the key: 20時間 and 23時間 were no working
        # day beside 1日［13時間］ (round 160).
        answer = figure_value(span.text)
        return value <= min(_LONGEST_DAY, (answer or _LONGEST_DAY) * 1.5)
    if (
        span.type == SpanType.COUNT
        and span.unit in {"年間", "年"}
        and (age := _AGE.search(sentence_text))
    ):
        # 「［38年間］、教壇に立ち続けた森下ふみえさん（67）」: not 53 or 68 years (round 44).
        return value <= int(age.group(1) or age.group(2)) - _GROWN_UP
    after = sentence_text[span.end :]
    if span.unit == "歳" and _OF_A_CHILD.match(after):
        return value <= _OLDEST_CHILD
    if span.unit == "歳" and (career := _YEARS_AT_WORK.search(sentence_text)):
        # 「今年で［71歳］、この蔵で45年働いている」: not 26 or 19 (round 58).
        return value >= int(career.group(1)) + _GROWN_UP
    if span.unit == "歳" and value > _OLDEST_AGE:
        return False  # 「祖父が［82歳］で体を壊し」: no 100 or 110 (round 179)
    if span.unit == "階建て" and "木造" in sentence_text[: span.start]:
        return value <= _TALLEST_WOODEN  # 「木造［三階建て］の旅館」: no 五階建て (round 179)
    if (end := _RANGE_END.match(after)) and (limit := figure_value(end.group(1))) is not None:
        return value < limit
    if (whole := _OF_WHICH.search(sentence_text[: span.start])) and span.unit in whole.group(2):
        # 「41年間勤め、そのうち［37年間］は運転士として」: not 52年間 (round 64).
        return value < float(whole.group(1))
    if span.unit in {"日間", "日"} and (days := _days_between(sentence_text[: span.start])):
        # 「7月10日から8月25日までの延べ［32日間］」: no 48 or 58 days in 47 (round 154).
        return value <= days
    if _EVERY.match(after) and (answer := figure_value(span.text)):
        # 「シャトルバスは［30分］ごとに走る」: no bus every 80 or 50 minutes; an interval's options
        # lie between half the key and half as much again (round 167).
        return answer / 2 <= value <= answer * 1.5
    changed = _CHANGED_FROM.search(sentence_text[: span.start])
    if changed and changed.group(2) == span.unit:
        # 「従来の1,650億円から［1,690億円］に引き上げた」: a revision moves the way the key does and
        # no more than three times as far; 4,220億円 is no revision of 1,650億円 (round 161).
        origin, answer = figure_value(changed.group(1)), figure_value(span.text)
        if origin is not None and answer is not None and answer != origin:
            change, moved = answer - origin, value - origin
            return moved * change > 0 and abs(moved) <= 3 * abs(change)
    return True


# An interval: 30分ごと, 2時間おき, 10分間隔.
_EVERY = re.compile(r"(?:ごと|毎|おき|間隔)")
# Two dates of one year that bound a count of days: 7月10日から8月25日まで.
_DATES_BOUNDING = re.compile(r"(\d{1,2})月(\d{1,2})日から(?:(\d{1,2})月)?(\d{1,2})日まで")


def _days_between(text: str) -> int | None:
    """The days from the first date to the second, both counted, in a year of 365 days."""
    match = _DATES_BOUNDING.search(as_digits(text).translate(_ASCII_DIGITS))
    if match is None:
        return None
    first_month, first_day, last_month, last_day = match.groups()
    try:
        first = datetime.date(2001, int(first_month), int(first_day))
        last = datetime.date(2001, int(last_month or first_month), int(last_day))
    except ValueError:
        return None  # 2月30日: no date of a calendar
    return (last - first).days + 1 if last >= first else None


# A whole counted before 「そのうち」 (of which): 41年間勤め、そのうち.
_OF_WHICH = re.compile(r"(\d+)([^\d、。]{1,3})[^。]*?、?そのうち$")


# A person's age: 森下ふみえさん（67）, 67歳.
_AGE = re.compile(r"(?:さん|氏)[（(](\d{1,3})[）)]|(?<![\d.])(\d{1,3})歳")
# The age from which a working life or a career is counted.
_GROWN_UP = 18
# Years of a working life: 45年働いている, 30年間勤めた, 20年近く続けてきた.
_YEARS_AT_WORK = re.compile(
    r"(?<![\d.])(\d{1,2})年(?:間)?(?:近く|以上|余り)?(?:にわたって|にわたり|も)?"
    r"(?:働|勤め|務め|続け|携わ|従事)"
)


def _fits_the_whole(candidate: str, span: Span, sentence_text: str) -> bool:
    """A share listed with others of one whole leaves room for no more than the rest:
    55% and 51% for 41% beside 33% and 19% pass 100% (round 35)."""
    others, option = _other_shares(span, sentence_text), figure_value(candidate)
    return others is None or option is None or option + sum(others) <= 100


_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|パーセント)")


def _round_target(span: Span, corpus: ArticleCorpus, sentence_text: str) -> bool:
    """A round year after the article's own: a target or a forecast (2050年までに, 2100年には),
    which is round because it is one. Beside it, 2098年, 2099年 and 2101年 leave the key the
    one round year (round 32): its options are five years or more away, on fives. An article
    that dates nothing says it is ahead with its plan's words (「2030年までに…減らす目標」,
    round 110)."""
    whole_year = span.type in {SpanType.YEAR, SpanType.FISCAL_YEAR} and not span.unit
    year = year_of(span.text) if whole_year else None
    if year is None or year % 10 or _SINCE.search(sentence_text, span.end):
        # 「［2020年］に上海線が運休して以来、約4年ぶり」: a year gone by, however round; 2030年
        # and 2040年 beside it are years to come (round 133).
        return False
    present = corpus.present_year
    return year > present if present is not None else bool(_LOOKS_AHEAD.search(sentence_text))


# What has gone on since a year: 「…運休して以来」, 「約4年ぶり」.
_SINCE = re.compile(r"以来|ぶり")


def _within_a_few_years(candidate: str, span: Span) -> bool:
    answer, other = year_of(span.text), year_of(candidate)
    return answer is not None and other is not None and abs(other - answer) < 5


def _same_part_of_the_decade(candidate: str, span: Span) -> bool:
    """1980年代末 among 1920年代 and 1950年代: the one option with 末 stood out (round 48)."""
    return span.type != SpanType.DECADE or (_DECADE_PART.search(candidate) is None) == (
        _DECADE_PART.search(span.text) is None
    )


_DECADE_PART = re.compile(r"年代(?:末|初め|初頭|前半|後半|半ば|中ごろ|中頃)$")


def _same_era(candidate: str, span: Span) -> bool:
    """An era's date meets dates of its own era: 昭和2年（1927年） as the one Shōwa date among
    Taishō ones is read off the era alone, or off a heading 「昭和の延伸」 (round 29)."""
    if span.unit != ERA_WITH_WESTERN_YEAR:
        return True
    era = _ERA_DATE.match(as_digits(span.text))
    other = _ERA_DATE.match(as_digits(candidate))
    return (
        era is not None
        and other is not None
        and era.group("era") == other.group("era")
        # 明治五年（1872年） among 明治3年（1870年）…: the key the odd one out (round 30).
        and _year_in_digits(span.text) == _year_in_digits(candidate)
    )


def _year_in_digits(era_date: str) -> bool:
    """Whether an era's date spells the era's year in digits: 明治3年, not 明治五年."""
    return bool(re.search(r"[0-9０-９]", re.split(r"[（(]", era_date, maxsplit=1)[0]))


def _one_for_many(candidate: str, span: Span) -> bool:
    """「私を含む救助隊員［1人］」: a count of one among counts of many reads as absurd
    (round 27)."""
    return span.type == SpanType.COUNT and figure_value(candidate) == 1 != figure_value(span.text)


@functools.lru_cache(maxsize=256)
def _normalized(sentence_text: str) -> str:
    """Normalized once per sentence, however many spans and candidates ask."""
    return normalize_answer(sentence_text)


# 約120人, 10%ほど, 30分程度: a figure the text rounds.
_ABOUT_BEFORE = ("約", "およそ", "ほぼ", "おおよそ")
_ABOUT_AFTER = ("ほど", "程度", "くらい", "ぐらい", "前後", "余り")


def _approximate(span: Span, sentence_text: str) -> bool:
    if span.type not in NUMERIC_TYPES:
        return False
    before = sentence_text[: span.start].rstrip()
    return (
        span.text.startswith(_ABOUT_BEFORE)
        or before.endswith(_ABOUT_BEFORE)
        or (sentence_text[span.end :].startswith(_ABOUT_AFTER))
        # A forecast's horizon is round as a rough figure is: 「［10年後］には…4軒に1軒が空き家
        # に」 had 11年後 and 6年後 beside it, given away by the key's roundness (round 195).
        or bool(_ROUND_HORIZON.fullmatch(as_digits(span.text)))
    )


_ROUND_HORIZON = re.compile(r"[1-9]0年(?:後|先)")


def _as_round(candidate: str, span: Span) -> bool:
    """A rounded figure's options are round too: 約120人 beside 約90人, never 約412人; 10%ほど
    beside 20%, never 6%, 7% and 8%, which a reader rules out by the ほど alone."""

    def zeros(text: str) -> int:
        match = _NUMBER.search(as_digits(text).translate(_ASCII_DIGITS))
        if match is None:
            return 0
        whole = match.group().replace(",", "").split(".")[0]
        return len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0

    # 「全部で［3万円］ほど」: no 16,300円 beside it, whatever its zeros (round 28).
    answer_digits, option_digits = _significant(span.text), _significant(candidate)
    if answer_digits and option_digits and option_digits > max(answer_digits, 2):
        return False
    # One trailing zero is enough: 約5,000人 may have 約7,500人 beside it. A figure of fives
    # has figures of fives beside it: 15分ほど beside 10分 and 20分, never 21分 or 27分 (round 18).
    if zeros(span.text) == 0 and _last_digit(span.text) == 5:
        return _last_digit(candidate) in {0, 5}
    return zeros(candidate) >= min(zeros(span.text), 1)


def _near(candidate: str, span: Span) -> bool:
    """「約［38%］」 beside 40%: about 38 is about 40 as well (round 31)."""
    answer, option = figure_value(span.text), figure_value(candidate)
    if not (answer and option):
        return False
    # 「朝で［3度］ほど」 beside 4度: one step from a small whole figure is about it too (157).
    least = 1 if answer == int(answer) else 0
    return abs(option - answer) <= max(NEAR_SHARE * answer, least)


# How close an option may come to an approximate answer: a tenth of it.
NEAR_SHARE = 0.1


def _significant(text: str) -> int | None:
    """How many digits a whole figure has before its zeros: 3万 has one, 16,300 three."""
    value = figure_value(text)
    if value is None or value != int(value):
        return None
    digits = str(int(value)).rstrip("0")
    return len(digits) or 1


def _fives(text: str) -> bool:
    """The leading number is below 100 and ends in 5 (15分, 15万円, 55%)."""
    match = _NUMBER.search(text)
    if match is None or "." in match.group():
        return False
    number = int(match.group().replace(",", ""))
    return number < 100 and number % 10 == 5


def _last_digit(text: str) -> int | None:
    match = _NUMBER.search(as_digits(text).translate(_ASCII_DIGITS))
    if match is None:
        return None
    whole = match.group().replace(",", "").split(".")[0]
    return int(whole[-1]) if whole else None


def one_persons_names(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """高野 and 遥 of 「高野 遥」: the surname and the given name of one person, so a
    statement with the other is still true, and an option with it is also right (round 13)."""
    if span.type != SpanType.PERSON:
        return False
    joined = re.compile(
        f"{re.escape(span.text)}[ 　・]?{re.escape(candidate)}"
        f"|{re.escape(candidate)}[ 　・]?{re.escape(span.text)}"
    )
    return any(joined.search(item.sentence.text) for item in corpus.sentences)


def _overlaps(one: str, other: str) -> bool:
    return one in other or other in one


def script_of(text: str) -> str:
    """The script a learner sees at a glance: Latin, kanji, katakana or other."""
    if re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", text):
        return "latin"
    if re.search(r"[\u4e00-\u9fff々]", text):
        return "kanji"
    if re.search(r"[ァ-ヺ]", text):
        return "katakana"
    return "other"


def digit_format(text: str) -> tuple[bool, bool]:
    """(full-width digits, grouped with commas): 「５年」 and 「3,000台」 look different."""
    return bool(re.search(r"[０-９]", text)), bool(re.search(r"\d,\d{3}", text))


# 6〜8時間 shifted to 10〜10時間: a range must still run from a smaller to a larger figure,
# magnitudes and all (600億~650億ドル scaled to 400億~390億ドル, seen on the seed).
_RANGE_BOUNDS = re.compile(
    r"(\d+(?:\.\d+)?(?:[兆億万千]\d*)*)\s*[~〜～\-–－]\s*(\d+(?:\.\d+)?(?:[兆億万千]\d*)*)"
)


def _nested_ranges(candidate: str, answer: str) -> bool:
    """Two ranges, one inside the other: 2〜4キロ holds 2〜3キロ, and is half right (round 171).
    Ranges that only touch (3〜4キロ beside 2〜3キロ) are told apart."""
    one = _RANGE_BOUNDS.search(as_digits(candidate).replace(",", ""))
    other = _RANGE_BOUNDS.search(as_digits(answer).replace(",", ""))
    if one is None or other is None:
        return False
    low, high = figure_value(one.group(1)), figure_value(one.group(2))
    answer_low, answer_high = figure_value(other.group(1)), figure_value(other.group(2))
    if None in (low, high, answer_low, answer_high):
        return False
    return (low <= answer_low and answer_high <= high) or (
        answer_low <= low and high <= answer_high
    )


# A figure of two magnitudes: 1億2000万円, 2万9千円.
_COMPOUND_MAGNITUDE = re.compile(r"[兆億万千][\d０-９]")
# A figure counted in 万, 億 or 兆 (2万円), not in digits alone (9,800円).
_KANJI_MAGNITUDE = re.compile(r"\d[万億兆]")


def _clock_shape(text: str) -> bool | None:
    """Whether a clock time says 午前 or 午後; None for no clock time."""
    clock = _CLOCK.fullmatch(as_digits(text))
    return None if clock is None else clock.group(1) is not None


def _same_clock_precision(candidate: str, span: Span) -> bool:
    """An option of a clock time gives minutes when the answer does, and none when it gives
    none: 7時42分 beside 8時 stands out (round 125's kit); and in the answer's words, 半 or
    分: 午後1時15分 stood out among 午後4時半, 5時半 and 6時半 (round 155). A swapped statement
    shows one time alone, and may take the article's other."""
    answer, option = _CLOCK.fullmatch(as_digits(span.text)), _CLOCK.fullmatch(as_digits(candidate))
    if answer is None or option is None:
        return True
    return (bool(answer.group(3)), bool(answer.group(4))) == (
        bool(option.group(3)),
        bool(option.group(4)),
    )


def _decimals(text: str) -> int:
    """How many decimals the text's first figure has: 2 for 10.84%, 0 for 36%."""
    found = _DECIMAL_PART.search(as_digits(text))
    return len(found.group(1)) if found else 0


def same_format(candidate: str, answer: str) -> bool:
    bounds = _RANGE_BOUNDS.search(as_digits(candidate).replace(",", ""))
    if bounds and (figure_value(bounds.group(1)) or 0) >= (figure_value(bounds.group(2)) or 0):
        return False  # 10〜10時間 is no range (round 16)
    if script_of(candidate) != script_of(answer):
        return False
    if digit_format(candidate)[0] != digit_format(answer)[0]:
        return False
    if _decimals(candidate) != _decimals(answer):
        # 36% beside 54.1% looks like another kind of figure, 12.1% beside 10.84% (round 76).
        return False
    if bool(_FIGURE_RANGE.search(as_digits(candidate))) != bool(
        _FIGURE_RANGE.search(as_digits(answer))
    ):
        return False  # 50〜60分 beside 10分: a range among single figures stands out
    if bool(_COMPOUND_MAGNITUDE.search(as_digits(candidate))) != bool(
        _COMPOUND_MAGNITUDE.search(as_digits(answer))
    ):
        return False  # 22億2000万円 beside 38億円 and 62億円 stands out (round 50)
    if bool(_KANJI_MAGNITUDE.search(as_digits(candidate))) != bool(
        _KANJI_MAGNITUDE.search(as_digits(answer))
    ):
        return False  # 9,800円 beside 1万円, 2万円 and 3万円 (round 117)
    if _clock_shape(candidate) != _clock_shape(answer):
        return False  # 午前9時 beside 8時30分 and 6時30分 (found by round 50's test of 8時30分)
    grouped, answer_grouped = digit_format(candidate)[1], digit_format(answer)[1]
    # A number of four or more digits is grouped in both or in neither; beside a shorter
    # answer (780円) it is written as the article writes such numbers (1,400円).
    return (
        grouped == answer_grouped
        or not (_long_number(candidate) or _long_number(answer))
        or (grouped and not _long_number(answer))
    )


def _same_numerals(candidate: str, span: Span) -> bool:
    """Figures spelt alike: 八百四十億円 beside 四百二十億円, never 840億円; 二〇二四年 beside 二〇二六年."""
    return span.type not in NUMERIC_TYPES or style_of(candidate) == style_of(span.text)


def _long_number(text: str) -> bool:
    return bool(re.search(r"\d{4,}|\d,\d{3}", text)) and not re.fullmatch(r"\d{4}年.*", text)


def figure_value(text: str) -> float | None:
    """The size of an amount or count: 「1億2000万円」 and 「一億二千万円」 are 120,000,000."""
    normalized = as_digits(text).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    match = _NUMBER.search(normalized)
    if match is None:
        return None
    total, number = 0.0, float(match.group().replace(",", ""))
    rest = normalized[match.end() :]
    for char in rest:
        if char in _MAGNITUDES:
            total += number * _MAGNITUDES[char]
            number = 0.0
            following = _NUMBER.match(rest[rest.index(char) + 1 :])
            if following is None:
                break
            number = float(following.group().replace(",", ""))
        elif not char.isdigit() and char != ",":
            break
    return total + number


# An age meets ages of the same time of life: the ages a biography gives its subject (11歳,
# 18歳, 30歳) were the options of her father's death at 67 (round 190).
MAX_AGE_RATIO = 2
_AGE_UNITS = {"歳", "才"}


def _same_scale(candidate: str, span: Span) -> bool:
    """Counts within five times the answer, amounts and shares within three (54.1% is no
    5.2%), ages within two."""
    if span.type not in {SpanType.AMOUNT, SpanType.COUNT, SpanType.PERCENT}:
        return True
    answer, other = figure_value(span.text), figure_value(candidate)
    if not answer or not other:
        return False
    ratio = {SpanType.PERCENT: MAX_PERCENT_RATIO, SpanType.AMOUNT: MAX_AMOUNT_RATIO}.get(
        span.type, MAX_SCALE_RATIO
    )
    if span.unit in _AGE_UNITS:
        ratio = MAX_AGE_RATIO
    return 1 / ratio <= other / answer <= ratio


def _same_side_of_one(candidate: str, span: Span) -> bool:
    """A multiple meets multiples on its side of one: 0.9倍 beside a revenue 「約1.4倍に拡大
    した」 is ruled out by the sentence's growth, not by reading (round 191)."""
    if span.unit != "倍":
        return True
    answer, other = figure_value(span.text), figure_value(candidate)
    return answer is None or other is None or (answer > 1) == (other > 1)


def _as_exact(candidate: str, span: Span) -> bool:
    """A count or an amount as exact as the answer, give or take a digit: 1284人 among 260人,
    300人 and 900人 stands out as the one exact figure (round 66)."""
    if span.type not in {SpanType.AMOUNT, SpanType.COUNT}:
        return True
    answer, other = _exact_digits(span.text), _exact_digits(candidate)
    if answer is None or other is None:
        return True
    if style_of(span.text) == Style.GROUPED:
        # In kanji a figure's exactness shows as its length: 三千円 among 四千四百円, 五千六百円
        # and 七千四百円, and 四百軒 beside 二百二十軒, stood out (round 172).
        return answer == other
    return abs(answer - other) <= 1


def _as_many_figures(candidate: str, span: Span) -> bool:
    """A count or an amount of three figures or more before its unit has as many as the
    answer: 798億円 stands out among 1330億円, 1284億円 and 1270億円 (round 71). A count
    below ten meets counts below ten: 月に［2回］ stood out among 10回, 14回 and 20回 (147)."""
    if span.type not in {SpanType.AMOUNT, SpanType.COUNT}:
        return True
    if span.type == SpanType.COUNT and (value := figure_value(span.text)) and value < 10:
        return (figure_value(candidate) or 0) < 10
    answer, other = _leading_figures(span.text), _leading_figures(candidate)
    return answer is None or other is None or answer < 3 or answer == other


def _leading_figures(text: str) -> int | None:
    """How many figures the number before its first unit has: 1,330億円 four, 2万 one."""
    match = _NUMBER.search(as_digits(text).translate(_ASCII_DIGITS))
    return len(match.group().replace(",", "").split(".")[0]) if match else None


def _exact_digits(text: str) -> int | None:
    """How many digits the figure gives before its zeros: 1284 four, 1,500 two, 1.5億 two."""
    value = figure_value(text)
    if not value:
        return None
    return len(f"{value:.15g}".replace(".", "").strip("0"))


# 1585年, or the Western year in brackets after an era's date: 明治五年（1872）.
_YEAR = re.compile(r"(?<![\d０-９])[12]\d{3}(?=年)|(?<=[（(])\d{3,4}(?=年?[）)])")
# A decade too: 「彼は［1950年代］に…、1960年代以降…応用した」 leaves no room for 1980年代
# (round 71).
_DATE_TYPES = {SpanType.YEAR, SpanType.FISCAL_YEAR, SpanType.MONTH, SpanType.DECADE}
_POST_WAR = re.compile(r"戦後")
_AFTER_THE_WORKS_BEGAN = re.compile(r"完成|竣工|貫通|開業|開通|完了|落成|工事中|通水|その後")
_WAR_END = 1945
# The years of the war a Shōwa story means by 戦争 or 戦時中, from the war with China on.
_WAR_START = 1937
_WARTIME = re.compile(r"戦争が始ま|戦争に入|開戦|戦時中|戦争中|空襲|出征|召集")
# Years a reader would weigh: near the answer, not across centuries (1641年 is no
# option for Perry's 1853年 in a paragraph about the nineteenth century).
YEAR_WINDOW = 25
# A plan or target lies ahead of the article's own date: 2024年12月 cannot be a start
# of work planned in an article dated 2026年3月12日.
# 「［2030年代前半］の成果が期待されている」: results still to come (round 71).
_LOOKS_AHEAD = re.compile(
    rf"{PLAN_WORDS}|見通し|期待されて?(?:いる|います|る)。?$"
    r"|(?:いたし|してまいり|実施し|始め)ます。?$"
    # 「［2026年］には最初の一本を出したいと思っています」: a wish, still ahead (round 94).
    r"|たい(?:と(?:思|考)[^。]*)?。?$|つもり(?:だ|です)。?$"
)
# A sentence told in the past, or of what has been done up to now (…てきた, …てきました),
# past tenses in だ too (結んだ, 泳いだ: round 159).
_DONE = re.compile(r"(?:た|[んい]だ|ました|でした)。?$")
# 「観測を少なくとも［2030年］まで続け、…という」: a work that goes on until a year, told in
# the present, runs ahead of the article's time; 2022年 and 2023年, years it tells as done, were
# offered (round 172).
_GOES_ON_UNTIL = re.compile(r"まで(?:続|継続)")
# What has gone on since a year, to this day: 「［2020年］からレストランに出荷しています」.
_ONGOING_SINCE = re.compile(r"から.*(?:ている|ています)。?$")


def year_of(text: str) -> int | None:
    match = _YEAR.search(normalize_answer(as_digits(text)))
    return int(match.group()) if match else None


def _plausible_year(candidate: str, span: Span, sentence_text: str, corpus: ArticleCorpus) -> bool:
    """A year option the sentence itself does not rule out.

    Within 25 years of the answer; on the answer's side of every other year in the
    sentence (「［？］に禁止されると、…1641年に移された」 leaves no room for 1774年);
    and, in a sentence about plans, not before the article's own date.
    """
    if span.type not in _DATE_TYPES:
        return True
    answer, other = year_of(span.text), year_of(candidate)
    if answer is None or other is None:
        return True
    if abs(other - answer) > YEAR_WINDOW:
        return False
    # 「トンネルは［明治22年（1889年）］に貫通し」 where the works began in 1885: no year
    # before then for a completion, an opening or what befell during the works (round 137).
    begun = corpus.works_begun_year
    if (
        begun is not None
        and answer > begun
        and other <= begun
        and _AFTER_THE_WORKS_BEGAN.search(sentence_text)
    ):
        return False
    # 「［昭和二十七年（1952年）］には、…戦後最高の…」: no pre-war year (round 61).
    if _POST_WAR.search(sentence_text) and answer >= _WAR_END and other < _WAR_END:
        return False
    # 「［昭和十六年（1941年）］に戦争が始まると…」: no year after the war's end, nor before
    # its start (昭和二十一年 was offered, round 172).
    if (
        _WARTIME.search(sentence_text)
        and _WAR_START <= answer <= _WAR_END
        and not _WAR_START <= other <= _WAR_END
    ):
        return False
    rest = sentence_text.replace(span.text, "", 1)
    for match in _YEAR.finditer(normalize_answer(as_digits(rest))):
        year = int(match.group())
        if year != answer and (other < year) != (answer < year):
            return False
    anchor = corpus.present_year
    if _ONGOING_SINCE.search(sentence_text, span.end) and other > max(answer, anchor or answer):
        return False  # 2030年 for what has gone on since 2020年 (round 63)
    planned = corpus.earliest_planned_year if anchor is None else None
    ahead = bool(_LOOKS_AHEAD.search(sentence_text, span.end))
    if planned is not None and ahead and answer >= planned:
        # 「…新製品を［2026年4月］に発売すると発表した」 beside 「2025年秋に工事を始め…計画
        # だ」: an article that dates nothing is written before all it plans; a plan's options
        # lie after that (2020年4月 to 2024年4月 were offered, round 181) ...
        return other > planned if answer > planned else other >= planned
    if planned is not None and not ahead and answer < planned:
        # ... and a state it reports (「市場規模は［2024年度］に約2400億円で…拡大している」)
        # lies before them, as must its options (2026年度 was offered, round 181).
        return other < planned
    if anchor is None:
        # 「…話し合いを重ね、［2020年］に協定を結んだ」, where no year is the article's own (its
        # sentences told in the past with a year speak of plans too): a deed told as done
        # lies no later than the latest year the article names (2030年 was one, round 159).
        latest = corpus.latest_year
        if _DONE.search(sentence_text) and not _LOOKS_AHEAD.search(sentence_text, span.end):
            return other <= max(answer, latest or answer)
        return True
    if _LOOKS_AHEAD.search(sentence_text) or (
        _GOES_ON_UNTIL.match(sentence_text, span.end) and not _DONE.search(sentence_text)
    ):
        # 2016年 for a target still ahead (round 26); and a plan for a later year than the
        # article's gets no option of the article's year (2025年 for 2026年春, round 28).
        if answer > anchor:
            return other > anchor
        return other >= anchor or answer < anchor
    if answer < anchor or _DONE.search(sentence_text):
        # 「2023年度から…進めてきた」: what has been done lies before the article's date, and
        # so does every option of it (2027年度 was one, round 27); so does a year before it
        # that is not a plan's (2027年 for 「父が［2019年］の春に腰を痛めて…」, round 33).
        return other <= anchor or answer > anchor
    return True


def _similar_length(candidate: str, span: Span) -> bool:
    """Names of a like length: 近江町市場 does not stand beside 東京."""
    if span.type not in {SpanType.PLACE, SpanType.ORGANIZATION, SpanType.NAMED, SpanType.PERSON}:
        return True
    return abs(len(candidate) - len(span.text)) <= 2


def _same_family(candidate: str, span: Span) -> bool:
    """A person's family or a name's first word: 源氏 for 源頼朝, Open for Open Labs."""
    if span.type == SpanType.PERSON:
        # Another of the family is a person as the key is: 紀是貞 and 紀忠光 were the likeliest
        # options for the priest 紀忠康, which warriors of other houses took (round 162).
        return candidate[0] == span.text[0] and (
            len(candidate) <= 2
            or candidate.endswith(_CLAN_ENDINGS)
            or span.text.startswith(candidate)
        )
    if span.type in {SpanType.NAMED, SpanType.ORGANIZATION, SpanType.PLACE}:
        return candidate[0] == span.text[0]
    if span.type == SpanType.NAME:
        return candidate.split()[0].casefold() == span.text.split()[0].casefold()
    return False


# A family or a clan, no person: 源氏, 平家, 藤原一族.
_CLAN_ENDINGS = ("氏", "家", "一族", "一門")
_FIGURE_TYPES = {SpanType.COUNT, SpanType.AMOUNT, SpanType.PERCENT}
# Figures whose options are made in steps around them, so that the key may take any place
# among them: clock times (七時, 九時 and 十時 left 八時 the middle one, round 149), decades
# and years as well (明治21年, 24年 and 27年, round 150; 2030年度 among 2020, 2040 and
# 2050年度, round 152).
_STEPPED_TYPES = {
    *_FIGURE_TYPES,
    SpanType.TIME,
    SpanType.DECADE,
    SpanType.YEAR,
    SpanType.FISCAL_YEAR,
}


@functools.lru_cache(maxsize=256)
def _figures(sentence_text: str) -> tuple[tuple[tuple[str, str], str], ...]:
    """(class, text) of the counts, amounts and shares of a sentence.

    A bound is a figure too: 「最低［？］、できれば6時間以上」 rules out 7〜9時間 (round 26),
    though 6時間以上 is no span to ask (its kanji suffix makes another word).
    """
    # 「800円（えん）から1,600円（えん）」: a figure with its counter's printed reading is one
    # too (round 27: 1,700円 was an option for a price between them).
    unread = BRACKET_READING.sub(r"\1", sentence_text)
    unbound = _BOUND.sub(lambda match: "、" * len(match.group()), unread)
    return tuple(
        (span.kind_key, span.text)
        for span in find_spans(unbound, tokenize(unbound))
        if span.type in _FIGURE_TYPES
    )


_BOUND = re.compile(r"以上|以下|未満|以内")


_CLOCK = re.compile(r"(午前|午後)?(\d{1,2})時(?:(\d{1,2})分|(半))?")


def _minutes(match: re.Match) -> int:
    hours = int(match.group(2)) % 12 + (12 if match.group(1) == "午後" else 0)
    if match.group(1) is None:
        hours = int(match.group(2))
    return hours * 60 + (30 if match.group(4) else int(match.group(3) or 0))


# Hours of a day of 24 that each part of the day names: 夕方［5時30分］ leaves no room for
# 3時30分 or 7時30分 (round 72); nor each meal: 夕食は［午後6時半］から, no 午後1時15分 (155).
_PARTS_OF_THE_DAY = {
    "朝": range(5, 11),
    "昼": range(11, 15),
    "夕方": range(16, 19),
    "夜": range(19, 24),
    **dict.fromkeys(("朝食", "朝ごはん", "朝ご飯"), range(6, 10)),
    **dict.fromkeys(("昼食", "昼ごはん", "昼ご飯", "ランチ"), range(11, 14)),
    **dict.fromkeys(("夕食", "夕飯", "晩ごはん", "晩ご飯", "夕ごはん", "ディナー"), range(17, 22)),
}


def _within_the_times(candidate: str, span: Span, sentence_text: str) -> bool:
    """「［？］から11時30分まで」: a start time lies before the end, and so must every option;
    after 夕方 or 朝, an option is a time of that part of the day."""
    # 「夜（よる）［？］」, 「昼（ひる）の ［？］」: as a reader of kanji sees it, past printed
    # readings and easy Japanese's spacing (rounds 125 and 159).
    before = without_printed_readings(sentence_text[: span.start])
    after = without_printed_readings(sentence_text[span.end :])
    # 「午前（ごぜん）［十時］から」: the half of the day written before the blank is each option's,
    # and 午前十二時 no time anyone writes (round 162).
    half = re.search(r"(午前|午後)$", before)
    prefix = half.group(1) if half else ""
    answer = _CLOCK.search(prefix + as_digits(span.text))
    option = _CLOCK.search(prefix + as_digits(candidate))
    if answer is None or option is None:
        return True
    if prefix and option.group(1) and not 1 <= int(option.group(2)) <= 11:
        return False
    # 「翌朝は［6時半］に起きて」: the part of the day as the topic, 13時25分 no option (139).
    before = re.sub(r"(?:には|は|の)$", "", before)
    part = next((part for part in _PARTS_OF_THE_DAY if before.endswith(part)), None)
    if part:
        hours = _PARTS_OF_THE_DAY[part]
        hour = _minutes(option) // 60
        # 夕方6時 is 18; 18時半 is no morning's hour on a 24-hour clock.
        if not (hour in hours or (option.group(1) is None and hour < 12 and hour + 12 in hours)):
            return False
    rest = as_digits(before + "\x00" + after)
    # 「昼の［12時］から午後3時まで」: a sentence on the clock of 午前 and 午後 has no 13時
    # (round 159).
    if option.group(1) is None and _minutes(option) >= 13 * 60 and re.search("午前|午後", rest):
        return False
    # 「受付は平日の午前［8時半］から」, 「時間は朝［9時］から」: a service or a place opens in the
    # day, not at 5時半 or 6時 (round 159).
    if _OPENING_HOURS.search(rest) and not 7 * 60 <= _minutes(option) <= 22 * 60:
        return False
    for other in _CLOCK.finditer(rest):
        if (_minutes(option) < _minutes(other)) != (_minutes(answer) < _minutes(other)):
            return False
    return True


_OPENING_HOURS = re.compile(r"受付|窓口|営業|開館|開庁|診療|開店|相談|電話|^時間は")


def _as_the_air_may_be(candidate: str, span: Span, sentence_text: str) -> bool:
    """An air temperature Japan has: 「気温が［30度］を超える日は」 had 45度 (no summer's) and
    20度 (no heat at all) beside it (round 159). None above 40度, nor more than 5度 below."""
    if span.unit != "度" or "気温" not in sentence_text:
        return True
    answer, option = figure_value(span.text), figure_value(candidate)
    if answer is None or option is None:
        return True
    return answer - 5 <= option <= max(_HOTTEST_AIR, answer)


# Japan's hottest day on record was 41.1度.
_HOTTEST_AIR = 40


def _on_the_answers_side(candidate: str, span: Span, sentence_text: str) -> bool:
    """A figure the sentence's other figures of its unit do not rule out.

    「［？］に2点を先制すると、5回にも1点を加えた」: the answer lies before 5回, and so
    must every option; 「水温は［？］から4度ほど」 leaves no room for 6度.
    """
    if span.type == SpanType.TIME:
        return _within_the_times(candidate, span, sentence_text)
    if span.type not in _FIGURE_TYPES or _other_shares(span, sentence_text) is not None:
        # Shares listed side by side are bounded by their whole (`_fits_the_whole`), not
        # ordered: the list says nothing of which is larger.
        return True
    answer, option = figure_value(span.text), figure_value(candidate)
    if answer is None or option is None:
        return True
    for kind_key, text in _figures(sentence_text):
        other = figure_value(text)
        if (
            kind_key == span.kind_key
            and other is not None
            and other != answer
            and (option < other) != (answer < other)
        ):
            return False
    return True


# Suffixes that say what kind of place a name is: a prefecture meets prefectures.
_PLACE_KINDS = tuple("県府都道市町村区郡")
# Kinds of no place at all: an era (天保) or a common word (麻布 read as hemp cloth).
_NO_PLACE_KINDS = {"era", "common"}


def _same_kind_of_place(candidate: str, span: Span, sentence_text: str) -> bool:
    """大分県 beside 熊本県 and 福岡県; a city beside cities, a lake beside lakes.

    Never beside 十人, an era (天保, which the analyser takes for a place), a lake for a
    city (琵琶湖 beside 日本橋), the same place by another name (江戸 beside 東京: JMdict
    glosses Edo as "now Tokyo"), nor, where the sentence names the kind after the blank
    (［？］町), any option at all: a lake or a district is no 町.
    """
    if span.type != SpanType.PLACE:
        return True
    if NUMERAL_COUNT.fullmatch(candidate):
        return False  # 十人, which Sudachi may tag as a place
    if sentence_text[span.end : span.end + 1] in _PLACE_KINDS:
        return False
    kind = span.text[-1] if span.text.endswith(_PLACE_KINDS) else ""
    other = candidate[-1] if candidate.endswith(_PLACE_KINDS) else ""
    if kind != other or _landform(span.text) != _landform(candidate):
        return False  # 桜島, a volcano, among 東京, 札幌 and 仙台 (round 51)
    if (span.text in _REGIONS) != (candidate in _REGIONS):
        return False  # 北米 among 静岡, 埼玉 and 台湾 (round 54)
    answer_kind, candidate_kind = place_kind(span.text), place_kind(candidate)
    if answer_kind in _NO_PLACE_KINDS or candidate_kind in _NO_PLACE_KINDS:
        return False
    if not answer_kind and span.text not in PREFECTURES and candidate in PREFECTURES:
        # A district JMdict does not class (豊洲, 日本橋) meets no prefecture's name: 東京 and
        # 宮城 stood out among its options (round 66).
        return False
    # A name JMdict does not class (東京, 日本橋) may meet a city; a city JMdict classes
    # meets only cities (神戸 never beside the battlefields 一ノ谷 and 屋島), and a city
    # never its prefecture (名古屋 made false by 愛知 stays true).
    if answer_kind != candidate_kind and (answer_kind, candidate_kind) != ("", "city"):
        return False
    if span.unit != "国" and any(unit == "国" for unit in _place_units(sentence_text)):
        return False  # 「次いで［？］、中国、米国の順」 lists countries: 大阪 and 東京 stand out
    return not _one_place(span.text, candidate)


# Parts of the world, which meet one another, never a country or a town.
_REGIONS = frozenset(
    {"北米", "南米", "中南米", "中米", "欧州", "欧米", "北欧", "西欧", "東欧", "中東", "極東"}
    | {"アジア", "東アジア", "東南アジア", "南アジア", "アフリカ", "オセアニア", "中央アジア"}
)
# Names of mountains, islands, lakes and rivers meet their own kind, never a town.
_LANDFORMS = {"山": "山", "岳": "山", "島": "島", "湖": "湖", "川": "川", "峠": "峠", "岬": "岬"}


def _landform(name: str) -> str:
    """The kind of landform a name ends in (桜島: 島); none for a city JMdict knows (広島)."""
    if len(name) < 2 or name[-1] not in _LANDFORMS or place_kind(name) == "city":
        return ""
    return _LANDFORMS[name[-1]]


@functools.lru_cache(maxsize=256)
def _place_units(sentence_text: str) -> tuple[str, ...]:
    return tuple(
        span.unit
        for span in find_spans(sentence_text, tokenize(sentence_text))
        if span.type == SpanType.PLACE
    )


def _one_place(one: str, other: str) -> bool:
    """JMdict's gloss of one name holds the other's: 江戸 is "Edo (…, now Tokyo)"."""
    one_gloss, other_gloss = place_gloss(one), place_gloss(other)
    one_name, other_name = one_gloss.split(" ")[0], other_gloss.split(" ")[0]
    return bool(one_name and other_name) and (
        re.search(rf"\b{re.escape(one_name)}\b", other_gloss) is not None
        or re.search(rf"\b{re.escape(other_name)}\b", one_gloss) is not None
    )


# People whose lives lie this far apart (between their midpoints) belong to other times:
# a Meiji educator is no option beside Sengoku warlords.
ERA_WINDOW = 60
# The article's own people are dated by its sections, more coarsely than lives are: a
# temple's monks of 1282 and 1414 stand together, its present abbot apart.
STORY_WINDOW = 100


def _same_name_shape(candidate: str, span: Span) -> bool:
    """A full name beside full names, a given name beside given names: 津守正継 is no option
    where 「津守 ［？］」 asks for 正敦, nor beside 与兵衛."""
    if span.type != SpanType.PERSON:
        return True
    # 大坂屋吉兵衛, a merchant of a house name, stood out among 久保田伝蔵 and 佐藤義男 (round 82).
    return _name_parts(candidate) == _name_parts(span.text) and bool(
        _HOUSE_NAME.fullmatch(candidate)
    ) == bool(_HOUSE_NAME.fullmatch(span.text))


# A merchant's house name and his given name: 大坂屋吉兵衛, 近江屋喜右衛門.
_HOUSE_NAME = re.compile(r"[\u4e00-\u9fff々]{1,3}屋[\u4e00-\u9fff々]{2,4}")


@functools.lru_cache(maxsize=2_000)
def _name_parts(name: str) -> tuple[bool, bool]:
    """(has a family name, has a given name) as the analyser reads the name.

    A famous name is one token of its own (源義経: 人名-一般), a full name.
    """
    pos = [token.pos for token in tokenize(name)]
    whole = any(p.endswith("人名-一般") for p in pos)
    return whole or any(p.endswith("姓") for p in pos), whole or any(p.endswith("-名") for p in pos)


def _same_times(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """People of the answer's times, or of its part of the article.

    Where JMnedict dates both lives, they lie within 60 years; where it dates only one,
    the two must share a section (people of one story: the portraits on today's notes).
    People it dates neither of are the article's own (a farmer, a mayor), dated by the years
    the article tells beside them: a temple's present abbot (平成18年) is no option for its
    second (正安2年, round 153), nor its founder's patron for a monk of the Meiji era.
    """
    if span.type != SpanType.PERSON:
        return True
    if _voice_beside_history(span.key, normalize_key(candidate), corpus):
        return False
    answer_life, other_life = person_lifetime(span.text), person_lifetime(candidate)
    if answer_life and other_life:
        return abs(sum(answer_life) / 2 - sum(other_life) / 2) <= ERA_WINDOW
    if answer_life or other_life:
        return bool(_sections_of(span.key, corpus) & _sections_of(normalize_key(candidate), corpus))
    answer_time = corpus.person_times.get(span.key)
    other_time = corpus.person_times.get(normalize_key(candidate))
    return (
        answer_time is None or other_time is None or abs(answer_time - other_time) <= STORY_WINDOW
    )


def _voice_beside_history(answer: str, other: str, corpus: ArticleCorpus) -> bool:
    """One is quoted in the present (a guide who 「…」と話す), the other a person the article
    dates a generation or more before its latest year: a mill's founder of 1920 is no option
    for the founder's workers' granddaughter who shows visitors round today (round 160)."""
    voices = corpus.living_voices
    if (answer in voices) == (other in voices):
        return False
    dated = corpus.person_times.get(other if answer in voices else answer)
    latest = corpus.latest_year
    return dated is not None and latest is not None and latest - dated >= _A_GENERATION


_A_GENERATION = 30


def _sections_of(key: str, corpus: ArticleCorpus) -> set[int]:
    return {section_id for section_id, other in corpus.term_weight if other == key}


def _from_article(span: Span, corpus: ArticleCorpus) -> list[str]:
    pool = corpus.pools.get(span.kind_key, [])
    if span.type == SpanType.PERSON:
        # A clan (源氏, 平氏) for a clan and a person for a person: 誰 is never answered by a clan.
        pool = [text for text in pool if text.endswith("氏") == span.text.endswith("氏")]
        # Others of the answer's family first, then people of its own sections: the same
        # story, most likely the same role. A shrine's priest 紀忠康 met warriors of its story
        # before the shrine's other priests 紀忠光 and 紀是貞 (round 162).
        own = _sections_of(span.key, corpus)
        pool = sorted(
            pool,
            key=lambda text: (
                text[0] != span.text[0],
                not (_sections_of(normalize_key(text), corpus) & own),
            ),
        )
    if span.type == SpanType.TIME:
        # A clock time of another section is another event's: the day's end (午後2時) and a
        # notice (朝6時) among a morning programme's 9時, 10時 and 11時 (round 156).
        own = _sections_of(span.key, corpus)
        pool = [text for text in pool if _sections_of(normalize_key(text), corpus) & own]
    if span.type == SpanType.NAME:
        # Latin names carry no person/company label; the shape ("LLaMA 4" has a digit,
        # "Alexandr Wang" two words) is the best offline proxy for a like-for-like option.
        shape = _name_shape(span.text)
        pool = [text for text in pool if _name_shape(text) == shape]
    return pool


def _minutes_in_fives(candidate: str, span: Span) -> bool:
    """Minutes counted in fives, as the answer is: 21分 and 9分 beside 毎日［15分］ずつ早く寝る
    are no step anyone would take (round 139)."""
    if span.type != SpanType.COUNT or span.unit not in {"分", "分間"}:
        return True
    answer, option = figure_value(span.text), figure_value(candidate)
    # Below a quarter of an hour, 3分 and 7分 are walks and waits as real as 5分.
    if not answer or answer < 15 or answer % 5 != 0:
        return True
    return option is not None and option % 5 == 0


def _not_older_than_the_title_says(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """「大学で建築を学んでいた［20歳］の夏」 of a carpenter the title calls 28: no 30歳 (round
    142). An age below the title's is the person's past, and no option passes the present."""
    if not span.text.endswith("歳"):
        return True
    # 「28歳の宮大工・岡野遥さんに聞く」 or 「岡野遥さん（28）」: the title's ages, now.
    ages = [int(age.group(1) or age.group(2)) for age in _AGE.finditer(corpus.article.title)]
    value, offered = figure_value(span.text), figure_value(candidate)
    if value is None or offered is None:
        return True
    return not any(value < age < offered for age in ages)


# What halves a whole into regions: 内房 and 外房, 東濃 and 西濃, 上総 and 下総.
_HALVES = frozenset("内外東西南北上下")


def _halves_of_a_whole(name: str, places: list[str]) -> bool:
    """内房 where the article names 外房 too: one of a pair of regions, told apart by its
    first character alone."""
    return name[:1] in _HALVES and any(
        other != name and other[:1] in _HALVES and other[1:] == name[1:] for other in places
    )


def _same_size_of_place(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """A region for a region: 木更津 among 内房 and 外房, which hold it, stood out as the
    one town, and 富津 beside ［内房］ was inside it, so also true (round 147)."""
    if span.type != SpanType.PLACE:
        return True
    places = corpus.pools.get(span.kind_key, [])
    return _halves_of_a_whole(span.text, places) == _halves_of_a_whole(candidate, places)


def _same_division(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """A runner of the answer's own division: 「女子は…［佐々木美咲］（22）が優勝」 among the
    men's winners leaves a choice of one (round 138), and a person told under no division
    (an 81-year-old citizen runner, the race's chairman) is of another role than a player."""
    if span.type != SpanType.PERSON or not corpus.divisions:
        return True
    # And the other way: a race's chairman (61) among its players (round 139).
    return corpus.divisions.get(span.key) == corpus.divisions.get(normalize_key(candidate))


def _same_rank(candidate: str, span: Span, corpus: ArticleCorpus) -> bool:
    """A retainer for a retainer, a lord for a lord: 「長貞の家臣である［村井左近］」 offered
    two lords, and 「越後の［長尾景虎］に助けを求めた」 the besieged castle's own keeper
    (round 144)."""
    if span.type != SpanType.PERSON or not corpus.retainers:
        return True
    return (span.key in corpus.retainers) == (normalize_key(candidate) in corpus.retainers)


def _name_shape(text: str) -> tuple[bool, int]:
    return (any(char.isdigit() for char in text), min(len(text.split()), 2))


def _synthesized(
    span: Span, *, year_shifts: tuple[int, ...] = _YEAR_SHIFTS, planned: bool = False
) -> list[str]:
    if span.type == SpanType.WEEKDAY:
        return _other_weekdays(span.text)
    if span.type not in NUMERIC_TYPES:
        return []
    full_width = digit_format(span.text)[0]
    # Options are made on digits and written back in the answer's style: 四百二十億円 gets
    # 八百四十億円, 二〇二六年 gets 二〇二四年.
    style = style_of(span.text)
    text = as_digits(span.text).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if span.type == SpanType.MONTH and planned:
        # 「続編は［2026年2月］の発売を予定」: a plan's month beside the months around it, not
        # beside 2030年2月 and 2033年2月, no plan of this year's outlook (rounds 114, 115).
        made = [_shift_month(text, shift) for shift in _PLANNED_MONTH_SHIFTS]
    else:
        made = _synthesized_digits(span, text, year_shifts=year_shifts)
    if span.unit == ERA_WITH_WESTERN_YEAR:
        # 延暦十五年（796年）, 明治五年（一八七二）: each part spelt as the answer spells it, the
        # era's year grouped and the Western one digit by digit (one style for both would
        # write 明治三年（千八百七十）).
        return [_spelt_like(option, span.text) for option in made]
    if style in {Style.POSITIONAL, Style.GROUPED}:
        # 一回, 一年間 and 二人 spelt out are words (いっかい, ふたり) more than figures:
        # no option of one, and only an option read as a figure of the answer's class.
        spelt = [digits_to_kanji(m, style) for m in made if figure_value(m) != 1]
        if "一千" in span.text:
            # 一億一千万円 beside 二億一千万円, not 二億千万円: the answer's own habit (round 39).
            spelt = [_ONE_THOUSAND.sub("一千", m) for m in spelt]
        return [m for m in spelt if _read_as(m) == span.kind_key]
    return [m.translate(_FULL_WIDTH_DIGITS) for m in made] if full_width else made


def _other_weekdays(day: str) -> list[str]:
    """The other days of the week, nearest first and written as the answer is: 木曜日 and
    火曜日 for 水曜日, 木曜 and 火曜 for 水曜."""
    place = WEEKDAYS.index(day[0])
    nearest = sorted(range(1, 7), key=lambda step: min(step, 7 - step))
    return [WEEKDAYS[(place + step) % 7] + day[1:] for step in nearest]


# A bare 千 where no digit counts it: 千万, 二億千万.
_ONE_THOUSAND = re.compile(r"(?<![一二三四五六七八九])千")


def _spelt_like(era_date: str, answer: str) -> str:
    """An era's date made in digits, spelt part by part as the answer is, with the answer's
    own bracket (明治九年(一八七六年) beside 明治八年(一八七五年), not 明治八年(千八百七十五年))."""
    head, bracket, tail = _split_at_bracket(era_date)
    answer_head, _, answer_tail = _split_at_bracket(answer)
    if not re.search(r"[0-9０-９]", answer_head):
        head = digits_to_kanji(head, Style.GROUPED)
    if not re.search(r"[0-9０-９]", answer_tail):
        tail = digits_to_kanji(tail, Style.POSITIONAL)
    return f"{head}{bracket}{tail}" if tail else head


def _split_at_bracket(text: str) -> tuple[str, str, str]:
    match = re.search(r"[（(]", text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end() :]


@functools.lru_cache(maxsize=1024)
def _read_as(text: str) -> tuple[str, str] | None:
    """The class of a text read alone, when it is one span: (count, 回) for 三回."""
    spans = find_spans(text, tokenize(text))
    return spans[0].kind_key if len(spans) == 1 and spans[0].text == text else None


@functools.lru_cache(maxsize=512)
def _era_last_year(era: str) -> int:
    """The era's last year by its own count: 平成32年 and 文政十四年 never were (round 38),
    nor 文明20年, whose era JMdict dates in its second entry (round 133). An era JMdict gives
    no end (令和) has none."""
    years = era_years(era)
    return years[1] - years[0] + 1 if years else _UNKNOWN_ERA_LENGTH


_UNKNOWN_ERA_LENGTH = 99


def _synthesized_digits(span: Span, text: str, *, year_shifts: tuple[int, ...]) -> list[str]:
    """Options for a figure spelt in digits."""
    if span.unit == ERA_WITH_WESTERN_YEAR:
        return _shifted_era_dates(text)
    if span.type == SpanType.YEAR and span.unit:
        last = _era_last_year(span.unit)
        year = int(figure_value(text[2:]) or 1)
        # 平成三十年 beside 平成二十年 (round 154).
        shifts = _with_a_round_year(_ERA_YEAR_SHIFTS, year=year)
        # The year shifted, not the digits after its sign: 令和4年 less 6 gave 令和-2年, read
        # as year 2 (round 190).
        return [_shift_first_number(text, shift) for shift in shifts if 1 < year + shift <= last]
    if span.type in {SpanType.YEAR, SpanType.FISCAL_YEAR, SpanType.MONTH}:
        if span.type != SpanType.MONTH:
            year_shifts = _with_a_round_year(year_shifts, year=figure_value(text) or 1)
        made = [_shift_first_number(text, shift) for shift in year_shifts]
    elif span.type == SpanType.DECADE:
        made = [_shift_first_number(text, shift) for shift in (-10, 10, -20, 20, 30, -30)]
    elif span.type == SpanType.PERCENT:
        original = _NUMBER.search(text).group()
        value = float(original.replace(",", ""))
        # 64.2% beside 51.4% and 73.8%, not beside 54.2/44.2/79.2% (one step apart).
        shifted = [value * factor for factor in _SHARE_FACTORS]
        if value < 5:
            # 0.5% beside 15.5% is another kind of figure: small shares move by factors.
            shifted = [value * factor for factor in (0.6, 1.4, 1.8, 0.4, 2.0)]
        made = [_NUMBER.sub(_format(v, original), text, count=1) for v in shifted if 0 < v < 100]
    elif span.type == SpanType.TIME:
        made = [_shift_first_number(text, shift) for shift in (-2, 2, 1, -1, 3, -3)]
        # 午後1時 has no 午後-1時 beside it, nor 午後11時 a 午後13時.
        made = [m for m in made if _clock_hour_fits(m)]
    elif span.unit == "度":
        # A temperature moves by steps, not by factors: 28度 has 25度 and 31度 beside it. A
        # round figure moves by fives: 90度 beside 81度, 99度 and 72度 was the one round angle
        # of four (round 132).
        value = figure_value(text) or 0
        step = max(1, round(value / 10))
        if value >= 20 and value % 10 == 0:
            step = max(5, round(step / 5) * 5)
        made = [_shift_first_number(text, shift * step) for shift in (-1, 1, 2, -2, 3)]
        made = [m for m in made if not m.startswith(("0", "-"))]
    elif span.unit == "割":
        # Tenths of a whole: 三割 beside 二割, 四割 and 五割, never 十五割.
        made = [_shift_first_number(text, shift) for shift in (-1, 1, 2, -2, 3)]
        made = [m for m in made if 0 < figure_value(m) < 10]  # type: ignore[operator]
    elif span.unit == "時間分":
        made = [_shift_first_number(text, shift) for shift in (1, -1, 2)]  # 2時間30分 → 3時間30分
        made = [m for m in made if not m.startswith(("0", "-"))]
    elif re.search(r"[万億兆千]\d", text):
        # 2万9千円: scaling each part would spell 4万18千円; move the leading part instead,
        # by a tenth of it: 612億3,000万円 beside 611億 and 613億 left the key the middle one
        # of three near-misses (round 20).
        leading = figure_value(_NUMBER.search(text).group()) or 0
        step = max(1, round(leading / 10))
        made = [_shift_first_number(text, shift * step) for shift in (1, -1, 2, 3)]
        made = [m for m in made if not m.startswith(("0", "-"))]
        if leading < 3:
            # 1万3,000キログラム beside 2万3,000, 3万3,000 and 4万3,000 is a series at two to
            # four times the key (round 75): a leading 1 or 2 keeps, and the part after it moves.
            made = [*_second_part_shifted(text), *made]
    elif span.unit in _BODY_AND_SCORE_UNITS:
        # A height, an age, a weight or a multiple keeps within a plausible band: 163センチ
        # beside 326センチ, or an athletes' average age of 73.8歳, is picked out by sense.
        made = [_scale_numbers(text, factor) for factor in _NARROW_FACTORS]
        made = [m for m in made if _NUMBER.search(m).group() not in {"0", "1"}]
    else:
        made = [_scale_numbers(text, factor) for factor in _SCALE_FACTORS]
    if span.type in {SpanType.AMOUNT, SpanType.COUNT, SpanType.PERCENT} and _fives(text):
        # 15分ほど, 約15万円, 約55%: a figure of fives has neighbours of fives (10, 20, 25).
        made += [_shift_first_number(text, shift) for shift in (5, -5, 10, -10)]
        made = [m for m in made if not m.startswith(("0", "-"))]
    if (
        span.type in {SpanType.AMOUNT, SpanType.COUNT}
        and re.fullmatch(r"\d{1,2}\D*", text)
        and int(_NUMBER.search(text).group()) < 20
    ):
        # A small count has few neighbours the factors reach (6倍: 4, 5, 7 and 8, each pair
        # around it): steps on one side let the key stand at an end rather than midway.
        made += [_shift_first_number(text, shift) for shift in (1, -1, 2, -2, 3, -3, 4, -4)]
        made = [m for m in made if not m.startswith(("0", "-"))]
    if span.unit == "日間":
        made = [m for m in made if not m.startswith("1日")]  # 「1日間」 is no Japanese
    if not _WHOLE_DECIMAL.search(text):
        made = [m for m in made if not _WHOLE_DECIMAL.search(m)]  # 2.0倍 beside 2.5倍
    return [
        m for m in made if all(int(n.replace(",", "")) < 10_000 for n in _PAST_ITS_UNIT.findall(m))
    ]


def _clock_hour_fits(text: str) -> bool:
    hour = re.search(r"-?\d+", text)
    if hour is None:
        return False
    if text.startswith(("午前", "午後")):
        # 午前12時 reads as noon to some and midnight to others: 正午 is what is written.
        return 1 <= int(hour.group()) <= 11
    return 0 <= int(hour.group()) <= 24


_ERA_DATE = re.compile(r"(?P<era>\D+?)(?P<year>\d+|元)年(?P<open>[（(])(?P<western>\d+)")


def _shifted_era_dates(text: str) -> list[str]:
    """天正13年（1585年） → 天正11年（1583年）, …: the era's year and the Western one move
    together, so that each option is a date that was; no era year before its first, nor
    a modern era's past its last (平成32年)."""
    match = _ERA_DATE.match(text)
    if match is None:
        return []
    era, western = match.group("era"), int(match.group("western"))
    year = 1 if match.group("year") == "元" else int(match.group("year"))
    last = _era_last_year(era)
    tail = text[match.end() :]
    # An era whose end the dictionary does not give (文化, whose word is "culture") may be
    # short: its dates keep within three years, as 文化17年 never was.
    shifts = _ERA_YEAR_SHIFTS if last < _UNKNOWN_ERA_LENGTH else _NEAR_ERA_YEAR_SHIFTS
    # 昭和50年 beside 昭和40年.
    shifts = _with_a_round_year(shifts, year=year)
    return [
        f"{era}{year + shift}年{match.group('open')}{western + shift}{tail}"
        for shift in shifts
        if 1 < year + shift <= last
    ]


def _with_a_round_year(shifts: tuple[int, ...], *, year: int) -> tuple[int, ...]:
    """A round year's shifts end with the round year ten before it: 1980年 needs a round year
    beside it, or it is the one round option (round 154); one gone by, as a year ahead may not
    have come (2030年 beside 「［2020年］…以来」)."""
    return (*shifts, -10) if year % 10 == 0 else shifts


def _shift_first_number(text: str, shift: int) -> str:
    def shifted(match: re.Match) -> str:
        number = match.group().replace(",", "")
        if "." in number:  # 3.2度 moves to 4.2度, keeping its one decimal
            return f"{float(number) + shift:.{len(number.split('.')[1])}f}"
        return str(int(number) + shift)

    return _NUMBER.sub(shifted, text, count=1)


_PLANNED_MONTH_SHIFTS = (3, -3, 6, -2, 4, 9)
_YEAR_AND_MONTH = re.compile(r"(\d{4})年(\d{1,2})月")


def _shift_month(text: str, shift: int) -> str:
    """2026年2月 moved by `shift` months: 2026年5月, 2025年11月."""

    def shifted(match: re.Match) -> str:
        year, month = divmod(int(match.group(1)) * 12 + int(match.group(2)) - 1 + shift, 12)
        return f"{year}年{month + 1}月"

    return _YEAR_AND_MONTH.sub(shifted, text, count=1)


def _second_part_shifted(text: str) -> list[str]:
    """The figure's second number moved by twice its leading place, within its unit: 1万3,000
    → 1万5,000, 1万1,000, 1万7,000, 1万9,000; 2万9千 → 2万7千, 2万5千, 2万3千 (a count of 千
    stays below ten). Three steps up, for options that leave the key no midpoint of two."""
    numbers = list(_NUMBER.finditer(text))
    if len(numbers) < 2 or "." in numbers[1].group():
        return []
    second = numbers[1]
    value = int(second.group().replace(",", ""))
    if value == 0:
        return []
    limit = 10 if text[second.end() : second.end() + 1] == "千" else 10_000
    step = 2 * 10 ** (len(str(value)) - 1)
    made = []
    for shift in (1, -1, 2, -2, 3, -3):
        moved = value + shift * step
        # Not one thousand after 万: spelt in kanji it is a bare 千 (二万千円).
        if 0 < moved < limit and not (limit == 10 and moved == 1):
            spelt = f"{moved:,}" if "," in second.group() else str(moved)
            made.append(text[: second.start()] + spelt + text[second.end() :])
    return made


def _scale_numbers(text: str, factor: float) -> str:
    # A range's ends keep one precision, its finer end's: 600億~650億 times 0.6 is 360億~390億,
    # not 400億~390億 (the seed).
    numbers = _NUMBER.findall(text)
    finest = (
        max(numbers, key=lambda number: len(number.replace(",", "").rstrip("0")))
        if _RANGE_BOUNDS.search(as_digits(text).replace(",", ""))
        else None
    )
    return _NUMBER.sub(
        lambda match: _format(
            float(match.group().replace(",", "")) * factor, finest or match.group()
        ),
        text,
    )


_LONG_UNGROUPED = re.compile(r"(?<![\d,.])\d{4,}(?![\d,.])")


def _grouped(match: re.Match) -> str:
    return f"{int(match.group()):,}"


def _format(value: float, original: str) -> str:
    if "." in original and not original.endswith("."):
        # As many decimals as the answer: 10.84% beside 12.1% stood out by its width (round 76).
        return f"{value:.{len(original.rsplit('.', 1)[1])}f}"
    # As precise as the answer: 7,500 has two figures, so 0.6 times it is 4,500, not 4,490.
    significant = max(1, len(original.replace(",", "").rstrip("0")))
    digits = len(str(max(1, round(value))))
    value = max(1, round(round(value, significant - digits)))
    # 200円 has neighbours of whole hundreds, not 90円 (round 50): no finer than an answer in
    # hundreds or more. 10冊 keeps 6冊 and 14冊 beside it.
    whole = original.replace(",", "")
    if (zeros := len(whole) - len(whole.rstrip("0"))) >= 2:
        quantum = 10**zeros
        value = max(quantum, round(value / quantum) * quantum)
    return f"{value:,}" if "," in original else str(value)
