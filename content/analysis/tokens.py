"""SudachiPy tokens in mode C, one dictionary per process and one tokenizer per thread."""

import functools
import threading
from dataclasses import asdict, dataclass

import jaconv
from sudachipy import Dictionary, SplitMode

from .said_readings import said

# Sudachi refuses inputs over 49,149 bytes; callers feed it sentence by sentence,
# and this guard splits anything longer on character boundaries.
_MAX_INPUT_CHARS = 16_000
_local = threading.local()


@functools.cache
def _dictionary() -> Dictionary:
    return Dictionary(dict="core")


def _tokenizer(mode: SplitMode = SplitMode.C):
    name = f"tokenizer_{mode}"
    tokenizer = getattr(_local, name, None)
    if tokenizer is None:
        tokenizer = _dictionary().tokenizer(mode=mode)
        setattr(_local, name, tokenizer)
    return tokenizer


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    lemma: str
    reading: str  # hiragana
    pos: str  # e.g. "名詞-固有名詞-人名-姓"
    start: int
    end: int
    oov: bool

    @property
    def pos_major(self) -> str:
        return self.pos.split("-", 1)[0]

    @property
    def is_proper(self) -> bool:
        return "固有名詞" in self.pos

    @property
    def is_number(self) -> bool:
        return "数詞" in self.pos

    def as_dict(self) -> dict:
        return asdict(self)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for offset in range(0, len(text), _MAX_INPUT_CHARS):
        chunk = text[offset : offset + _MAX_INPUT_CHARS]
        for morpheme in _tokenizer().tokenize(chunk):
            pos = "-".join(part for part in morpheme.part_of_speech()[:4] if part != "*")
            surface = morpheme.surface()
            reading = morpheme.reading_form()
            tokens.append(
                Token(
                    surface=surface,
                    lemma=morpheme.dictionary_form(),
                    reading=jaconv.kata2hira(reading) if reading else "",
                    pos=pos,
                    start=offset + morpheme.begin(),
                    end=offset + morpheme.end(),
                    oov=morpheme.is_oov(),
                )
            )
    return said(tokens)


@dataclass(frozen=True, slots=True)
class Inflected:
    """A morpheme with Sudachi's conjugation data: 造ら is 五段-ラ行 in 未然形-一般."""

    surface: str
    lemma: str
    pos_major: str
    pos_minor: str
    conjugation_type: str
    conjugation_form: str


def inflections(text: str) -> list[Inflected]:
    """The morphemes of a short text with their conjugation type and form (mode C)."""
    return [
        Inflected(
            surface=morpheme.surface(),
            lemma=morpheme.dictionary_form(),
            pos_major=pos[0],
            pos_minor=pos[1],
            conjugation_type=pos[4],
            conjugation_form=pos[5],
        )
        for morpheme in _tokenizer().tokenize(text[:_MAX_INPUT_CHARS])
        for pos in (morpheme.part_of_speech(),)
    ]


def tokens_from_dicts(rows: list[dict]) -> list[Token]:
    return [Token(**row) for row in rows]


def split_word(word: str) -> list[str]:
    """A compound's shortest units (Sudachi mode A): 支出増 → 支出, 増."""
    return [morpheme.surface() for morpheme in _tokenizer(SplitMode.A).tokenize(word)]
