"""English glosses (JMdict) and kanji readings (KANJIDIC2) through jamdict.

A jamdict context cannot cross threads, so each thread keeps its own
``Jamdict(reuse_ctx=False)``; results are cached per process.
"""

import functools
import re
import sqlite3
import threading
from collections import defaultdict
from contextlib import closing

import jaconv
from jamdict import Jamdict
from jamdict_data import JAMDICT_DB_PATH

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


_EVERYDAY_PRIORITIES = {"ichi1", "news1", "spec1", "gai1"}


@functools.lru_cache(maxsize=20_000)
def is_everyday_word(word: str) -> bool:
    """JMdict marks the word as common (ichi1, news1…): such words have synonyms (増加/上昇)."""
    result = _jamdict().lookup(word, lookup_chars=False, lookup_ne=False)
    return any(
        set(form.pri) & _EVERYDAY_PRIORITIES
        for entry in result.entries
        for form in [*entry.kanji_forms, *entry.kana_forms]
        if form.text == word
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


def kanji_readings(char: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """On and kun readings of one kanji in hiragana, without okurigana markers."""
    on, kun, _standalone = _kanjidic_readings().get(char, ((), (), ()))
    return on, kun


def standalone_kun_readings(char: str) -> tuple[str, ...]:
    """Kun readings that stand without okurigana (事 こと), not verb stems (事 つか.える)."""
    return _kanjidic_readings().get(char, ((), (), ()))[2]


@functools.cache
def _kanjidic_readings() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every kanji's readings, read with one query when first needed (about 0.2 s).

    jamdict's per-character look-up maps whole KANJIDIC rows and costs about 13 ms a
    kanji in a cold process; one SELECT of the readings alone is the cheap way.
    """
    on: dict[str, list[str]] = defaultdict(list)
    kun: dict[str, list[str]] = defaultdict(list)
    standalone: dict[str, list[str]] = defaultdict(list)
    with closing(_readonly_database()) as connection:
        rows = connection.execute(
            "SELECT c.literal, r.r_type, r.value FROM character c"
            " JOIN rm_group g ON g.cid = c.ID JOIN reading r ON r.gid = g.ID"
            " WHERE r.r_type IN ('ja_on', 'ja_kun') ORDER BY r.rowid"
        )
        for literal, r_type, value in rows:
            reading = jaconv.kata2hira(value.split(".")[0].strip("-"))
            (on if r_type == "ja_on" else kun)[literal].append(reading)
            if r_type == "ja_kun" and "." not in value and "-" not in value:
                standalone[literal].append(reading)
    return {
        char: (
            tuple(dict.fromkeys(on[char])),
            tuple(dict.fromkeys(kun[char])),
            tuple(dict.fromkeys(standalone[char])),
        )
        for char in on.keys() | kun.keys()
    }


def _readonly_database() -> sqlite3.Connection:
    return sqlite3.connect(f"file:{JAMDICT_DB_PATH}?mode=ro", uri=True)


@functools.lru_cache(maxsize=2_000)
def latin_of_katakana(word: str) -> str:
    """The English word a katakana loanword stands for, when JMdict's first gloss is one word.

    ロボット → robot; nothing for words glossed by a phrase.
    """
    first = lookup_gloss(word).split("; ")[0]
    return first if re.fullmatch(r"[A-Za-z][A-Za-z\-]*", first) else ""


@functools.lru_cache(maxsize=2_000)
def katakana_of_latin(word: str) -> tuple[str, ...]:
    """Katakana words whose JMdict gloss is exactly this Latin word: Android → アンドロイド."""
    variants = {word, word.lower(), word.capitalize()}
    with closing(_readonly_database()) as connection:
        rows = connection.execute(
            "SELECT DISTINCT k.text FROM SenseGloss g JOIN Sense s ON g.sid = s.ID"
            " JOIN Kana k ON k.idseq = s.idseq"
            f" WHERE g.text IN ({', '.join('?' * len(variants))})",
            sorted(variants),
        ).fetchall()
    return tuple(sorted(text for (text,) in rows if re.fullmatch(r"[ァ-ヺー・]+", text)))
