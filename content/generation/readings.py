"""Wrong readings that a learner could believe: another reading of the same kanji, or a sound change.

Numbers and 何 never reach here (their readings are unreliable); see builders.
"""

from itertools import zip_longest

from jaconv import kata2hira

from content.analysis.furigana import furigana, has_kanji
from content.analysis.glossary import kanji_readings

_VOICING = str.maketrans(
    "かきくけこさしすせそたちつてとはひふへほがぎぐげござじずぜぞだぢづでどばびぶべぼ",
    "がぎぐげござじずぜぞだぢづでどばびぶべぼかきくけこさしすせそたちつてとはひふへほ",
)
_SMALL_Y = {"ゃ": "や", "ゅ": "ゆ", "ょ": "よ"}
_HIRAGANA = set(chr(code) for code in range(0x3041, 0x3097)) | {"ー"}
# A small っ is never followed by a vowel, a y-sound, ん, another small kana or nothing.
_SOKUON_CANNOT_PRECEDE = set("あいうえおやゆよわをんっゃゅょぁぃぅぇぉー")


def reading_distractors(surface: str, reading: str, count: int = 3) -> list[str]:
    """Substituted readings and sound changes, alternated so that both kinds appear."""
    substitutions = _kanji_substitutions(surface, reading)
    sound_changes = _sound_changes(reading)
    interleaved = [
        candidate
        for pair in zip_longest(sound_changes, substitutions)
        for candidate in pair
        if candidate is not None
    ]
    chosen: list[str] = []
    for candidate in interleaved:
        if (
            reading not in candidate
            and candidate not in reading
            and candidate not in chosen
            and len(candidate) >= 2
            and set(candidate) <= _HIRAGANA
            and abs(len(candidate) - len(reading)) <= 1
            and _pronounceable(candidate)
        ):
            chosen.append(candidate)
        if len(chosen) == count:
            break
    return chosen


def _pronounceable(reading: str) -> bool:
    for index, char in enumerate(reading):
        if char == "っ" and (
            index + 1 == len(reading) or reading[index + 1] in _SOKUON_CANNOT_PRECEDE
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
            on, kun = kanji_readings(text[char_index])
            same_class = on if any(segment in _variants((r,)) for r in on) else kun
            for other in same_class[:4]:
                if other == segment:
                    continue
                new_ruby = _replace_segment(text, ruby, char_index, other)
                if new_ruby:
                    spelled = [piece_ruby or kata2hira(piece) for piece, piece_ruby in pieces]
                    spelled[index] = new_ruby
                    results.append("".join(spelled))
    return results


def _segment(text: str, ruby: str) -> list[tuple[int, str]]:
    """Per-kanji readings of a kanji run when KANJIDIC explains it (allowing voicing and っ)."""

    def solve(position: int, rest: str) -> list[str] | None:
        if position == len(text):
            return [] if not rest else None
        on, kun = kanji_readings(text[position])
        for option in _variants(on + kun):
            if option and rest.startswith(option):
                tail = solve(position + 1, rest[len(option) :])
                if tail is not None:
                    return [option, *tail]
        return None

    parts = solve(0, ruby)
    return list(enumerate(parts)) if parts else []


def _variants(readings: tuple[str, ...]) -> list[str]:
    variants = []
    for reading in readings:
        variants.append(reading)
        variants.append(reading[0].translate(_VOICING) + reading[1:])
        if len(reading) >= 2:
            variants.append(reading[:-1] + "っ")
    return variants


def _replace_segment(text: str, ruby: str, char_index: int, new: str) -> str:
    parts = [part for _, part in _segment(text, ruby)]
    if not parts:
        return ""
    parts[char_index] = new
    return "".join(parts)


def _sound_changes(reading: str) -> list[str]:
    changes = []
    for index, char in enumerate(reading):
        voiced = char.translate(_VOICING)
        if voiced != char and index > 0:
            changes.append(reading[:index] + voiced + reading[index + 1 :])
    for long_vowel, short in (
        ("おう", "お"),
        ("えい", "え"),
        ("うう", "う"),
        ("ゅう", "ゅ"),
        ("ょう", "ょ"),
    ):
        if long_vowel in reading:
            changes.append(reading.replace(long_vowel, short, 1))
    if "っ" in reading:
        changes.append(reading.replace("っ", "つ", 1))
    elif len(reading) >= 3:
        changes.append(reading[:1] + "っ" + reading[2:])
    for small, big in _SMALL_Y.items():
        if small in reading:
            changes.append(reading.replace(small, big, 1))
    if not reading.endswith("ん") and len(reading) >= 2:
        changes.append(reading[:-1] + reading[-1].translate(_VOICING))
    return changes
