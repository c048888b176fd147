"""Wrong readings that a learner could believe: another reading of the same kanji, or a sound change.

Numbers and 何 never reach here (their readings are unreliable); see builders.
"""

import functools
import re
from collections import Counter
from collections.abc import Collection
from itertools import zip_longest

from jaconv import kata2hira

from content.analysis.furigana import furigana, has_kanji
from content.analysis.glossary import (
    all_readings,
    common_words_with,
    is_basic_word,
    kanji_readings,
    standalone_kun_readings,
)
from content.analysis.kana import HALF_VOICING, VOICING

# ぢ and づ are rare spellings; a misreading that needs them looks made up.
_RARE_KANA = {"ぢ", "づ"}
_HIRAGANA = set(chr(code) for code in range(0x3041, 0x3097)) | {"ー"}
# Nor does a native word double a voiced sound (じっぎょう) or put っ after ん (たんってき).
_VOICED = set("がぎぐげござじずぜぞだぢづでどばびぶべぼ")
_SOKUON_CANNOT_FOLLOW = set("んっー")
# A small っ is never followed by a vowel, a y-sound, ん, another small kana or nothing; nor,
# in a word of kanji, by an h-sound (it turns to p: 折半 せっぱん, not せっはん, round 173), an
# n-, m- or r-sound.
_SOKUON_CANNOT_PRECEDE = set("あいうえおやゆよわをんっゃゅょぁぃぅぇぉー") | set(
    "はひふへほなにぬねのまみむめもらりるれろ"
)


def reading_distractors(
    surface: str, reading: str, *, never: Collection[str] = frozenset()
) -> list[str]:
    """Three wrong readings that leave the key no place of its own: two misreadings of one
    change each, and the reading with both changes; none of them in `never`.

    Three misreadings of one change each all differ from the key in one place and from one
    another in two, so the key is the option the others agree on at every place (じゅんきょう
    じゅ among じゅんきょじゅ, じゅんきょうしゅ and じゅんぎょうじゅ: round 152). With both
    changes in the fourth option, each option is one change from two others and two from the
    last, the key as much as any. A word with no two changes that combine gets none, and its
    reading is asked typed.
    """
    singles = [candidate for candidate in misreadings(surface, reading) if candidate not in never]
    for later, second in enumerate(singles):
        for first in singles[:later]:
            both = _with_both_changes(reading, first, second)
            if both and both not in never and _believable(surface, reading, both):
                return [first, second, both]
    return []


def misreadings(surface: str, reading: str) -> list[str]:
    """Every misreading of one change a learner could make: substituted readings and sound
    changes, alternated so that both kinds come early."""
    pieces = furigana(surface, reading)
    if any(has_kanji(text) and not (ruby and _segment(text, ruby)) for text, ruby in pieces):
        # A reading KANJIDIC cannot explain kanji by kanji (一人 ひとり, 今日 きょう):
        # any change to it would be a guess, not a misreading.
        return []
    interleaved = [
        candidate
        for pair in zip_longest(
            _sound_changes(surface, reading), _kanji_substitutions(surface, reading)
        )
        for candidate in pair
        if candidate is not None
    ]
    return [
        candidate
        for candidate in dict.fromkeys(interleaved)
        if _believable(surface, reading, candidate)
    ]


def _believable(surface: str, reading: str, candidate: str) -> bool:
    return (
        reading not in candidate
        and candidate not in reading
        and len(candidate) >= 2
        and set(candidate) <= _HIRAGANA
        and not (set(candidate) & _RARE_KANA) - set(reading)
        and abs(len(candidate) - len(reading)) <= 1
        and _pronounceable(candidate)
        and not _cut_short(candidate, reading)
        and not _reads_a_piece_as_its_word(surface, candidate, reading)
        and not _misreads_a_word_learners_know(surface, candidate, reading)
    )


def _misreads_a_word_learners_know(surface: str, candidate: str, reading: str) -> bool:
    """しことがえり of 仕事帰り, かそくづれ of 家族連れ, ほじょうきん of 補助金: a word's first or
    last part is a word every learner reads (仕事, 家族, 補助), and the misreading changes it,
    or lengthens it where it ends; only the part a learner may not know, or the voicing at
    the join, is a believable slip (round 156)."""
    start, end, _new = _change(reading, candidate)
    for size in range(2, len(surface)):
        head, tail = surface[:size], surface[-size:]
        if _ALL_KANJI.fullmatch(head) and is_basic_word(head):
            for read in all_readings(head):
                if reading.startswith(read) and (start < len(read) or start == end == len(read)):
                    return True
        if _ALL_KANJI.fullmatch(tail) and is_basic_word(tail):
            for read in all_readings(tail):
                begins = len(reading) - len(read)
                if reading.endswith(read) and (end > begins or start == end == begins):
                    return True
    return False


def _with_both_changes(reading: str, first: str, second: str) -> str | None:
    """The reading with the changes of two misreadings, when they fall in different places."""
    (start, end, new), (later_start, later_end, later_new) = sorted(
        (_change(reading, first), _change(reading, second))
    )
    # Two insertions at one place, or changes that overlap, make no reading of both.
    if end > later_start or (end == later_start and (start == end or later_start == later_end)):
        return None
    return reading[:start] + new + reading[end:later_start] + later_new + reading[later_end:]


def _change(reading: str, misreading: str) -> tuple[int, int, str]:
    """(start, end, text): the misreading is the reading with [start:end] made text."""
    start = next(
        (
            index
            for index, (kana, other) in enumerate(zip(reading, misreading, strict=False))
            if kana != other
        ),
        min(len(reading), len(misreading)),
    )
    end, other_end = len(reading), len(misreading)
    while end > start and other_end > start and reading[end - 1] == misreading[other_end - 1]:
        end -= 1
        other_end -= 1
    return start, end, misreading[start:other_end]


def _reads_a_piece_as_its_word(surface: str, candidate: str, reading: str) -> bool:
    """ちゅうてっかん for 鋳鉄管: its last two kanji read as the word 鉄管 (てっかん), a reading a
    speaker may well give the whole (round 102). So for a word's first part, or its last,
    unless the part's own reading differs only in the voicing the compound gives its first
    kana: いちつけ of 位置付け is a learner's slip, not a reading of 付け."""
    for size in range(2, len(surface)):
        head, tail = surface[:size], surface[-size:]
        if any(candidate.startswith(r) and not reading.startswith(r) for r in all_readings(head)):
            return True
        if any(
            candidate.endswith(r) and not reading.endswith(r) and not _voiced_start(r, reading)
            for r in all_readings(tail)
        ):
            return True
    return False


def _voiced_start(part: str, reading: str) -> bool:
    """The word ends in `part` but for its first kana voiced (づけ for つけ): rendaku."""
    end = reading[-len(part) :]
    return len(end) == len(part) and end[1:] == part[1:] and end[0] == part[0].translate(VOICING)


def _cut_short(candidate: str, reading: str) -> bool:
    """The reading with its last kana changed and what follows dropped: ちゅうきけいえいけいが of
    中期経営計画 (画 read が) reads as けいかく cut off, not as a misreading (rounds 93 and 98).
    A long vowel left short (ろうきゅか of ろうきゅうか) is a misreading a learner makes."""
    cut = len(candidate) - 1
    return (
        len(candidate) < len(reading)
        and candidate[:cut] == reading[:cut]
        # が for か: the kana voiced where the word stops (ゆそうりき of 輸送力 reads 力 as
        # りき, a reading of its own, and stays)
        and candidate[cut] == reading[cut].translate(VOICING)
        and reading[len(candidate) :] not in {"う", "い", "ー"}
    )


def _pronounceable(reading: str) -> bool:
    for index, char in enumerate(reading):
        if char == "っ" and (
            index + 1 == len(reading)
            or reading[index + 1] in _SOKUON_CANNOT_PRECEDE
            or reading[index + 1] in _VOICED
            or (index > 0 and reading[index - 1] in _SOKUON_CANNOT_FOLLOW)
        ):
            return False
    return not reading.startswith(("ん", "っ", "ゃ", "ゅ", "ょ", "ー"))


def _kanji_substitutions(surface: str, reading: str) -> list[str]:
    """Swap one kanji's reading for another of the same class (on for on, kun for kun)."""
    results = []
    pieces = furigana(surface, reading)
    for index, (text, ruby) in enumerate(pieces):
        if not ruby or not has_kanji(text):
            continue
        for char_index, segment in _segment(text, ruby):
            on, _kun = kanji_readings(text[char_index])
            is_on = any(segment in _variants((r,)) for r in on)
            if not is_on and len(segment) < 2:
                continue  # 人 read り in 一人: a one-kana kun reading is the word's, not the kanji's
            okurigana = pieces[index + 1][0] if index + 1 < len(pieces) else ""
            if not is_on and okurigana and char_index == len(text) - 1:
                # 後ろ is うしろ, one word with its kana: 後's other kun reading before them
                # (あとろ) reads no word a learner knows (round 153).
                continue
            # On for on; for kun only readings that stand alone (事 こと, not つか of 仕える).
            same_class = (
                on
                if is_on
                else tuple(r for r in standalone_kun_readings(text[char_index]) if len(r) >= 2)
            )
            # Only readings the kanji has in common words: 会 is かい in hundreds of them and
            # え in a few (会釈), so 株式会社 is never offered as かぶしきえしゃ.
            common = common_readings(text[char_index])
            for other in [r for r in same_class if r in common][:COMMON_READINGS]:
                # 組 read くみ before the okurigana み would spell しくみみ.
                if (
                    other == segment
                    or _after_n_only(other, on)
                    or (char_index == len(text) - 1 and okurigana and other.endswith(okurigana[0]))
                    or (
                        text[char_index] in _VOICED_EITHER_WAY
                        and other.translate(VOICING) == segment
                    )
                ):
                    continue
                new_ruby = _replace_segment(text, ruby, char_index, other)
                if new_ruby:
                    spelled = [piece_ruby or kata2hira(piece) for piece, piece_ruby in pieces]
                    spelled[index] = new_ruby
                    results.append("".join(spelled))
    return results


_N_ROW_TO_VOWEL = str.maketrans("なにぬねの", "あいうえお")


def _after_n_only(other: str, on: tuple[str, ...]) -> bool:
    """のう of 応 is おう after ん (反応 はんのう), which common words count as its own: no
    learner reads 応援 as のうえん (round 166). A reading of the な row whose vowel form is
    an on reading of the kanji is such a sound change."""
    first, rest = other[:1], other[1:]
    return first != "" and first in "なにぬねの" and first.translate(_N_ROW_TO_VOWEL) + rest in on


_ALL_KANJI = re.compile(r"[\u4e00-\u9fff々]+")
# A reading is the kanji's own when this share of its common words use it.
COMMON_READING_SHARE = 0.1


@functools.lru_cache(maxsize=4096)
def common_readings(char: str) -> frozenset[str]:
    """The readings of a kanji that common JMdict words use, at least twice and in 10 % of them.

    Counted by splitting each common word's reading kanji by kanji (KANJIDIC explains
    the split, with voicing and っ folded back into the reading they change).
    """
    words = common_words_with(char)
    counts: Counter = Counter()
    for word, reading in words:
        # A word all of kanji is one piece; only words with kana need furigana's split.
        pieces = ((word, reading),) if _ALL_KANJI.fullmatch(word) else furigana(word, reading)
        for text, ruby in pieces:
            if char not in text or not ruby:
                continue
            for index, part in _segment(text, ruby):
                if text[index] == char:
                    counts[_base_reading(char, part)] += 1
    floor = max(2, COMMON_READING_SHARE * max(counts.values(), default=0))
    return frozenset(reading for reading, count in counts.items() if count >= floor)


def _base_reading(char: str, part: str) -> str:
    """The KANJIDIC reading a part of a word's reading comes from: がっ of 学 is がく, ぱ is は."""
    return next((base for variant, base in _char_variants(char) if variant == part), part)


def _is_on_reading(char: str, part: str) -> bool:
    """Whether a kanji's part of a reading is one of its on readings (voiced or cut by っ)."""
    on, _kun = kanji_readings(char)
    return part in _variants(on)


def _segment(text: str, ruby: str) -> list[tuple[int, str]]:
    """Per-kanji readings of a kanji run when KANJIDIC explains it (allowing voicing and っ)."""
    return list(_cached_segment(text, ruby))


@functools.lru_cache(maxsize=50_000)
def _cached_segment(text: str, ruby: str) -> tuple[tuple[int, str], ...]:
    def solve(position: int, rest: str) -> list[str] | None:
        if position == len(text):
            return [] if not rest else None
        for option, _base in _char_variants(text[position]):
            if rest.startswith(option):
                tail = solve(position + 1, rest[len(option) :])
                if tail is not None:
                    return [option, *tail]
        return None

    parts = solve(0, ruby)
    return tuple(enumerate(parts)) if parts else ()


@functools.lru_cache(maxsize=8192)
def _char_variants(char: str) -> tuple[tuple[str, str], ...]:
    """(variant, the KANJIDIC reading it comes from) for every reading of a kanji."""
    on, kun = kanji_readings(char)
    return tuple(
        (variant, reading)
        for reading in on + kun
        for variant in dict.fromkeys(_variants((reading,)))
        if variant
    )


def first_sound_changed(reading: str) -> tuple[str, str, str]:
    """The reading as it is, with its first kana voiced (or unvoiced), and half-voiced: ふん,
    ぶん, ぷん."""
    first, rest = reading[:1], reading[1:]
    return reading, first.translate(VOICING) + rest, first.translate(HALF_VOICING) + rest


def _variants(readings: tuple[str, ...]) -> list[str]:
    variants = []
    for reading in readings:
        variants.extend(first_sound_changed(reading))
        if len(reading) >= 2:
            variants.append(reading[:-1] + "っ")
    return variants


def _replace_segment(text: str, ruby: str, char_index: int, new: str) -> str:
    parts = [part for _, part in _segment(text, ruby)]
    if not parts:
        return ""
    parts[char_index] = new
    return "".join(parts)


_LENGTHENED = {
    "ょ": "ょう",
    "ゅ": "ゅう",
    "こ": "こう",
    "そ": "そう",
    "と": "とう",
    "ほ": "ほう",
    "よ": "よう",
}
COMMON_READINGS = 2
# A kanji's reading in く or き may or may not double before the next (学校 がっこう, but 学生
# がくせい, 曲線 きょくせん): the other is a misreading to offer. One in つ or ち
# doubles as a rule (脱退 だったい), and 脱炭素's だったんそ is heard as often as the
# dictionary's だつたんそ (round 134): no wrong option.
_GEMINATING_ENDS = set("くき")
_GEMINATION_STARTS = set("かきくけこさしすせそたちつてとぱぴぷぺぽ")


# 所 after another kanji is read both ways (研究所 けんきゅうじょ and けんきゅうしょ, 出張所):
# its other voicing is no misreading (round 42).
_VOICED_EITHER_WAY = {"所"}


def voiced_either_way(surface: str, reading: str) -> list[str]:
    """The word's reading with its last 所 voiced the other way: 停留所 is ていりゅうじょ and
    ていりゅうしょ alike, whichever JMdict gives (round 155). Not the word 場所 at the end of
    a longer one: 居場所 is いばしょ, never いばじょ (round 191)."""
    if (
        len(surface) < 2
        or surface[-1] not in _VOICED_EITHER_WAY
        or not has_kanji(surface[-2])
        or surface.endswith("場所")
    ):
        return []
    reading = kata2hira(reading)
    for ending, other in (("じょ", "しょ"), ("しょ", "じょ")):
        if reading.endswith(ending):
            return [reading[: -len(ending)] + other]
    return []


def _sound_changes(surface: str, reading: str) -> list[str]:
    """Misreadings learners make at the joins of a kanji compound.

    Rendaku or its absence at the start of a later kanji, a long vowel shortened
    or a short one lengthened at the end of a kanji's reading, and a small っ
    where two readings meet (がくこう ↔ がっこう). Nothing is changed inside a
    kanji's own reading, so every option is a reading some word could have.
    """
    pieces = furigana(surface, reading)
    changes: list[str] = []
    for index, (text, ruby) in enumerate(pieces):
        segments = [part for _, part in _segment(text, ruby)] if ruby else []
        for position, part in enumerate(segments):
            variants = []
            on_reading = _is_on_reading(text[position], part)
            # Rendaku or its absence: a kun reading may take it (かわ, がわ), an on reading only
            # where the word has it (会社 as がいしゃ, offered as かいしゃ). 看護師 as かんごじ,
            # 小児科 as しょうにが, 役職 as やくじょく are slips no learner makes (round 158).
            sound_changed = _base_reading(text[position], part) != part
            if (
                position > 0
                and not segments[position - 1].endswith("っ")
                and (not on_reading or sound_changed)
            ):
                voiced = part[0].translate(VOICING)
                if voiced != part[0] and text[position] not in _VOICED_EITHER_WAY:
                    variants.append(voiced + part[1:])
            if not on_reading:
                variants = variants[:1]
            else:
                for long_vowel, short in (
                    ("ょう", "ょ"),
                    ("ゅう", "ゅ"),
                    ("おう", "お"),
                    ("うう", "う"),
                ):
                    if part.endswith(long_vowel) and len(part) > len(long_vowel) - 1:
                        variants.append(part[: -len(long_vowel)] + short)
                if part[-1] in _LENGTHENED:
                    variants.append(part[:-1] + _LENGTHENED[part[-1]])
            if on_reading and position + 1 < len(segments):
                following = segments[position + 1][0]
                # がく → がっ keeps a mora of the kanji's reading; き → っ would leave 企 of
                # 経営企画 unread (けいえいっかく, round 15).
                if (
                    len(part) >= 2
                    and part[-1] in _GEMINATING_ENDS
                    and following in _GEMINATION_STARTS
                ):
                    variants.append(part[:-1] + "っ")
            for variant in variants:
                spelled_segments = [*segments[:position], variant, *segments[position + 1 :]]
                spelled = [piece_ruby or kata2hira(piece) for piece, piece_ruby in pieces]
                spelled[index] = "".join(spelled_segments)
                changes.append("".join(spelled))
    return changes
