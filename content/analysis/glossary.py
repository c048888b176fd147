"""English glosses (JMdict) and kanji readings (KANJIDIC2) through jamdict.

A jamdict context cannot cross threads, so each thread keeps its own
``Jamdict(reuse_ctx=False)``; results are cached per process.
"""

import functools
import threading
from dataclasses import dataclass

import jaconv
from jamdict import Jamdict

from .tokens import split_word

_local = threading.local()
GLOSSES_PER_WORD = 3


def _jamdict() -> Jamdict:
    jam = getattr(_local, "jamdict", None)
    if jam is None:
        jam = _local.jamdict = Jamdict(reuse_ctx=False)
    return jam


@functools.lru_cache(maxsize=20_000)
def lookup_gloss(word: str) -> str:
    """The first few English senses of a word, or "" when JMdict does not know it."""
    result = _jamdict().lookup(word, lookup_chars=False, lookup_ne=False)
    for entry in result.entries:
        glosses = [gloss.text for sense in entry.senses for gloss in sense.gloss]
        if glosses:
            return "; ".join(dict.fromkeys(glosses[:GLOSSES_PER_WORD]))
    return ""


SENSES_PER_ENTRY = 5


@dataclass(frozen=True)
class DictionaryEntry:
    """What the reader's look-up shows of a JMdict entry."""

    headword: str
    reading: str
    parts_of_speech: tuple[str, ...]
    senses: tuple[str, ...]  # each sense's glosses, joined

    @property
    def gloss(self) -> str:
        return "; ".join(self.senses[:GLOSSES_PER_WORD])


@functools.lru_cache(maxsize=20_000)
def dictionary_entry(word: str, reading: str = "") -> DictionaryEntry | None:
    """The JMdict entry of a word, preferring one read as `reading`; None when JMdict lacks it."""
    if not word:
        return None
    result = _jamdict().lookup(word, lookup_chars=False, lookup_ne=False)
    entries = [entry for entry in result.entries if entry.senses]
    if not entries:
        return None
    wanted = jaconv.kata2hira(reading)
    entry = next(
        (e for e in entries if any(kana.text == wanted for kana in e.kana_forms)), entries[0]
    )
    kana = [form.text for form in entry.kana_forms]
    pos = [part for sense in entry.senses for part in sense.pos]
    return DictionaryEntry(
        headword=word,
        reading=wanted if wanted in kana else (kana[0] if kana else ""),
        parts_of_speech=tuple(dict.fromkeys(pos)),
        senses=tuple(
            "; ".join(gloss.text for gloss in sense.gloss)
            for sense in entry.senses[:SENSES_PER_ENTRY]
            if sense.gloss
        ),
    )


def gloss_word(word: str, parts: list[str] | None = None) -> str:
    """Gloss a word, or, when JMdict lacks it, its parts joined with " + ".

    Without parts given, the word is split into Sudachi's shortest units.
    """
    gloss = lookup_gloss(word)
    if gloss:
        return gloss
    parts = parts if parts and len(parts) > 1 else split_word(word)
    if len(parts) < 2:
        return ""
    part_glosses = [lookup_gloss(part).split("; ")[0] for part in parts]
    if not all(part_glosses):
        return ""
    return " + ".join(part_glosses)


@functools.lru_cache(maxsize=5_000)
def kanji_readings(char: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """On and kun readings of one kanji in hiragana, without okurigana markers."""
    entry = _jamdict().get_char(char)
    on: list[str] = []
    kun: list[str] = []
    for group in entry.rm_groups if entry is not None else ():
        for reading in group.readings:
            value = jaconv.kata2hira(reading.value.split(".")[0].strip("-"))
            if reading.r_type == "ja_on":
                on.append(value)
            elif reading.r_type == "ja_kun":
                kun.append(value)
    return tuple(dict.fromkeys(on)), tuple(dict.fromkeys(kun))
