"""The reader's text: a sentence's stored tokens as words with furigana, never re-analysed.

Rendering is plain string building (escaped piece by piece) rather than a template loop,
because an article has thousands of tokens and the reader must answer in milliseconds.
Which words get their reading depends on the learner's furigana mode and known words,
which the caller passes in: this module knows nothing of learners.
"""

import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape

from django.db import models
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from jaconv import kata2hira

from content.analysis.furigana import cached_furigana, has_digit, has_kanji


class FuriganaMode(models.TextChoices):
    ALL = "all", _("All words")
    UNKNOWN = "unknown", _("Only words I don't know")
    NONE = "none", _("None")


# Parts of speech that are vocabulary: they count for coverage and can be looked up.
VOCABULARY_POS = frozenset(
    {"名詞", "動詞", "形容詞", "形状詞", "副詞", "連体詞", "接続詞", "感動詞", "代名詞", "接頭辞"}
)
_KANA = "ぁ-ゖァ-ヺー"
# A reading the author printed after a word: 地震（じしん） or 地震(じしん).
_BRACKETED = re.compile(f"[（(]([{_KANA}]+)[）)]")
_ASCII_ONLY = re.compile(r"^[\x00-\x7f０-９Ａ-Ｚａ-ｚ]+$")
# How far back a printed reading may reach over the tokens of one compound.
_MAX_TOKENS_PER_READING = 4


@dataclass(frozen=True, slots=True)
class Word:
    index: int  # position in the sentence's stored analysis
    surface: str
    lemma: str
    reading: str
    pos: str
    start: int
    end: int
    pairs: tuple[tuple[str, str], ...]
    lookup: bool  # a word or a name the learner can look up
    counted: bool  # vocabulary: counts for coverage
    reading_given: bool  # the text prints its reading in brackets right after it
    # The word's HTML with and without furigana, escaped once when the word is built.
    ruby_html: str
    plain_html: str
    has_ruby: bool  # kanji with a reading the text does not already print

    def known_in(self, known: frozenset[str]) -> bool:
        return self.lemma in known or self.surface in known


def _is_vocabulary(token: dict) -> bool:
    pos = token["pos"]
    return (
        pos.split("-", 1)[0] in VOCABULARY_POS
        and "数詞" not in pos
        and "固有名詞" not in pos
        and not has_digit(token["surface"])
        # する・いる・ある after another word: grammar rather than vocabulary.
        and not ("非自立可能" in pos and not has_kanji(token["surface"]))
        and not _ASCII_ONLY.match(token["surface"])
    )


def sentence_words(text: str, analysis: list[dict] | None) -> list[Word]:
    """The sentence's tokens as words; a sentence not analysed yet is one plain piece."""
    if not analysis:
        plain = escape(text)
        return [
            Word(
                0,
                text,
                "",
                "",
                "",
                0,
                len(text),
                ((text, ""),),
                False,
                False,
                False,
                plain,
                plain,
                has_ruby=False,
            )
        ]
    brackets = [match.span() for match in _BRACKETED.finditer(text)]
    given = _tokens_with_printed_reading(text, analysis, brackets)
    words = []
    for index, token in enumerate(analysis):
        surface = token["surface"]
        inside_bracket = brackets and any(
            start <= token["start"] and token["end"] <= end for start, end in brackets
        )
        own_bracket = _BRACKETED.search(surface) if "（" in surface or "(" in surface else None
        word_like = not inside_bracket and token["pos"].split("-", 1)[0] not in {"補助記号", "空白"}
        vocabulary_word = word_like and _is_vocabulary(token)
        pairs = cached_furigana(surface, token["reading"])
        # Sudachi sometimes keeps 「地震（じしん）」 as one token, and a verb with the reading
        # of its kanji inside, 「借（か）りる」 (an easy-Japanese guide's furigana).
        reading_given = index in given or bool(
            own_bracket and has_kanji(surface[: own_bracket.start()])
        )
        words.append(
            Word(
                index=index,
                surface=surface,
                lemma=token["lemma"],
                reading=token["reading"],
                pos=token["pos"],
                start=token["start"],
                end=token["end"],
                pairs=pairs,
                lookup=vocabulary_word or (word_like and "固有名詞" in token["pos"]),
                counted=vocabulary_word,
                reading_given=reading_given,
                ruby_html=ruby_html(pairs),
                plain_html=escape(surface),
                has_ruby=not reading_given and any(ruby for _text, ruby in pairs),
            )
        )
    return words


# Words of sentences by (id, text): a sentence's stored analysis is written once and never
# changes under the same text, so a warm reader builds each sentence's words only once.
_WORDS_CACHE: OrderedDict[tuple[int, str], list[Word]] = OrderedDict()
_WORDS_CACHE_SIZE = 50_000


def has_words_cached(sentence) -> bool:
    return (sentence.pk, sentence.text) in _WORDS_CACHE


def words_of(sentence) -> list[Word]:
    """`sentence_words` of a stored sentence, remembered per process once it is analysed.

    On a hit the sentence's analysis is not read, so callers may leave it deferred.
    """
    key = (sentence.pk, sentence.text)
    words = _WORDS_CACHE.get(key)
    if words is None:
        words = sentence_words(sentence.text, sentence.analysis)
        if sentence.analysis:
            _WORDS_CACHE[key] = words
            if len(_WORDS_CACHE) > _WORDS_CACHE_SIZE:
                _WORDS_CACHE.popitem(last=False)
    return words


def _tokens_with_printed_reading(
    text: str, analysis: list[dict], brackets: list[tuple[int, int]]
) -> set[int]:
    """Indexes of the kanji tokens whose reading the text prints in brackets right after them."""
    given: set[int] = set()
    for bracket_start, bracket_end in brackets:
        reading = text[bracket_start + 1 : bracket_end - 1]
        before = [i for i, token in enumerate(analysis) if token["end"] == bracket_start]
        if not before:
            continue
        run = []
        index = before[0]
        while (
            index >= 0
            and has_kanji(analysis[index]["surface"])
            and len(run) < _MAX_TOKENS_PER_READING
        ):
            run.insert(0, index)
            if index == 0 or analysis[index - 1]["end"] != analysis[index]["start"]:
                break
            index -= 1
        if not run:
            continue
        target = kata2hira(reading)
        matched = next(
            (
                run[-k:]
                for k in range(1, len(run) + 1)
                if "".join(analysis[i]["reading"] for i in run[-k:]) == target
            ),
            run[-1:],
        )
        given.update(matched)
    return given


def ruby_html(pairs: Iterable[tuple[str, str]]) -> str:
    """Escaped text with <ruby> over the kanji pieces; the reading is hidden from screen readers,
    which read the kanji themselves, so that a word is not read twice."""
    return "".join(
        f'<ruby>{escape(text)}<rp>(</rp><rt aria-hidden="true">{escape(ruby)}</rt><rp>)</rp></ruby>'
        if ruby
        else escape(text)
        for text, ruby in pairs
    )


def shows_ruby(word: Word, *, mode: str, known: frozenset[str]) -> bool:
    if not word.has_ruby or mode == FuriganaMode.NONE:
        return False
    return mode == FuriganaMode.ALL or not word.known_in(known)


def sentence_html(
    words: list[Word],
    *,
    mode: str,
    known: frozenset[str],
    link: Callable[[Word], str] | None = None,
    highlight: tuple[int, int] | None = None,
) -> SafeString:
    """A sentence with furigana in the learner's mode; with `link`, each word opens its look-up.

    `link` returns an address already escaped for an attribute (it runs once per word).
    """
    parts = []
    marking = False
    for word in words:
        inside = highlight is not None and word.start < highlight[1] and word.end > highlight[0]
        if inside and not marking:
            parts.append("<mark>")
        elif marking and not inside:
            parts.append("</mark>")
        marking = inside
        body = word.ruby_html if shows_ruby(word, mode=mode, known=known) else word.plain_html
        if link is not None and word.lookup:
            state = " new" if word.counted and not word.known_in(known) else ""
            parts.append(f'<a class="w{state}" href="{link(word)}">{body}</a>')
        else:
            parts.append(body)
    if marking:
        parts.append("</mark>")
    return mark_safe("".join(parts))


@dataclass(frozen=True)
class Coverage:
    counted: int  # vocabulary tokens
    known: int  # of them, the ones the learner knows
    new_words: int  # distinct words the learner does not know

    @property
    def share(self) -> float | None:
        return self.known / self.counted if self.counted else None


def vocabulary(words: Iterable[Word]) -> Counter:
    """How often each word (by dictionary form) occurs: what coverage is computed over."""
    return Counter(word.lemma for word in words if word.counted)


def coverage(counts: Counter, known: frozenset[str]) -> Coverage:
    known_tokens = sum(count for lemma, count in counts.items() if lemma in known)
    return Coverage(
        counted=sum(counts.values()),
        known=known_tokens,
        new_words=sum(1 for lemma in counts if lemma not in known),
    )
