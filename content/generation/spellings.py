"""Which kanji spell a word: a choice question on the word's written form, given its reading.

    運行にかかる費用の半分を、県が［ほじょ］する仕組みだ。 → 補助 / 捕助 / 補女 / 捕女

The kanji-form question of Japanese reading tests (the JLPT's 表記): the reading fixes the
word, and each wrong option spells that same reading with another kanji a learner knows by
the sound (捕 for ほ, 女 for じょ). No wrong option is a word JMdict knows, so none is also
right. Two options change one kanji each and the third changes both, as wrong readings do
(readings.py): each option is then one change from two others, and the key cannot be told
as the option the others agree on.

Only a word a learner of the level meets and can misspell: a common noun of two or three
jōyō kanji, each read with an on reading common words give it and no sound change (補助
ほ・じょ; not 学校's がっ, nor 椅子's す), with a kanji past the first four school years. Its sentence is the question: the word is
not shown in it again, nor in the title or heading.
"""

import functools
import re
from itertools import islice

import jaconv

from content.analysis.glossary import (
    SENSE_SEPARATOR,
    has_entry,
    has_several_readings,
    in_joyo_kanji,
    is_everyday_word,
    is_first_level_kanji,
    is_rare_reading,
    is_top_newspaper_word,
    kanji_of_the_first_school_years,
    kanji_parts,
    kanji_read_as,
    kanji_readings,
    with_dictionary_reading,
    word_senses,
)
from content.analysis.spans import Span, SpanType
from content.analysis.tokens import Token
from content.models import QuestionKind

from .builders import (
    BLANK,
    _blank_prompt,
    _explanation,
    _shuffled,
    _words_near,
    word_card_ruled_out,
)
from .corpus import AnalysedSentence, ArticleCorpus
from .drafts import QuestionDraft
from .readings import _segment, common_readings

_KANJI_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")
# Marks the question in its extra: the study card says what is asked.
SPELLING = "spelling"
# Below a reading card's (0.45 and up): a spelling question joins a section that has no other
# choice question, and is never preferred to one.
BASE_QUALITY = 0.4


def build_spelling(
    item: AnalysedSentence, token: Token, corpus: ArticleCorpus
) -> QuestionDraft | None:
    if (
        not item.is_statement
        or token.pos_major != "名詞"
        or not _KANJI_WORD.fullmatch(token.surface)
        or not in_joyo_kanji(token.surface)
        or not is_everyday_word(token.surface)
        or all(char in kanji_of_the_first_school_years() for char in token.surface)
        # 女性, 基本, 将来: among the 1,500 most frequent words and written with an N5 kanji,
        # a word every learner writes (rounds 186 and 187 each failed 女性 as too easy).
        or (
            is_top_newspaper_word(token.surface)
            and any(is_first_level_kanji(char) for char in token.surface)
        )
        or token.surface in corpus.article.title
        or item.sentence.text.count(token.surface) > 1
        or has_several_readings(token.surface)
        or is_rare_reading(token.surface, token.reading)
        or word_card_ruled_out(item, token, corpus)
    ):
        return None
    reading = jaconv.kata2hira(with_dictionary_reading(token).reading)
    span = Span(token.surface, token.start, token.end, SpanType.TERM)
    blanked = _blank_prompt(item.sentence.text, span)
    # A kanji the prompt shows elsewhere (層 of 地層 beside 層 twice, 沈 of 沈下 in 沈静化)
    # tells which options misspell it: it is never the one changed (round 185).
    wrong = misspellings(token.surface, reading, keep=set(blanked)) if reading else []
    if len(wrong) < 3:
        return None
    prompt = blanked.replace(BLANK, f"［{reading}］", 1)
    return QuestionDraft(
        kind=QuestionKind.CHOICE,
        section=item.section,
        sentence=item.sentence,
        prompt=prompt,
        answer=token.surface,
        answer_start=token.start,
        answer_end=token.end,
        # One topic with the word's reading and meaning cards: a word is asked once.
        topic=f"reading:{token.surface}",
        choices=_shuffled([token.surface, *wrong], seed=token.surface),
        explanation=_explanation(item),
        extra={
            SPELLING: True,
            "word": token.surface,
            "reading": reading,
            "gloss": _one_sense(item, token, reading),
        },
        difficulty=0.45,
        quality=BASE_QUALITY + 0.1 * corpus.weight(item.section, span),
    )


def _one_sense(item: AnalysedSentence, token: Token, reading: str) -> str:
    """The word's meaning for the feedback, when JMdict gives it one sense here; else none (""
    and not a look-up of the first: 組織 as "organization" where the text's is a plant's tissue,
    round 184). The question asks the spelling: a meaning is a help, never a guess."""
    if _AFTER_A_FIGURE.search(item.sentence.text[: token.start]):
        # 「千円程度」: "about", a suffix's sense that the first glosses ("degree, amount")
        # leave out (round 187).
        return ""
    gloss = word_senses(token.surface, reading, _words_near(item, token.start, token.end))
    return "" if SENSE_SEPARATOR in gloss else gloss


# A figure with its unit right before the word: 千円, 30分, 5人.
_AFTER_A_FIGURE = re.compile(r"[0-9０-９〇一二三四五六七八九十百千万億]+[^\s、。ぁ-ゖ]{0,2}$")


def misspellings(word: str, reading: str, *, keep: set[str] = frozenset()) -> list[str]:
    """Three spellings of the reading that no dictionary knows: the word with one kanji
    changed, with another changed, and with both; or none. A kanji in `keep` is not changed."""
    parts = _segment(word, reading)
    if len(parts) != len(word) or not all(
        part in kanji_readings(word[index])[0] and part in common_readings(word[index])
        for index, part in parts
    ):
        # A kun reading, a sound change or a reading of this word alone (子 as す in 椅子):
        # another kanji would not read the same.
        return []
    changeable = [index for index, char in enumerate(word) if char not in keep]
    for first in changeable:
        for second in (index for index in changeable if index > first):
            for one in _sound_alikes(word[first], parts[first][1]):
                for other in _sound_alikes(word[second], parts[second][1]):
                    options = [
                        _with(word, {first: one}),
                        _with(word, {second: other}),
                        _with(word, {first: one, second: other}),
                    ]
                    if not any(has_entry(option) for option in options):
                        return options
    return []


def _with(word: str, changes: dict[int, str]) -> str:
    return "".join(changes.get(index, char) for index, char in enumerate(word))


@functools.lru_cache(maxsize=4096)
def _sound_alikes(char: str, reading: str) -> tuple[str, ...]:
    """Kanji other than `char` known by the reading `reading`: the ones a learner who knows
    the sound but not the word would write. Those that share a part with `char` first (補 and
    捕, 原 and 源, 財 and 材: often the part that gives the sound), then the most frequent; a
    kanji of another look (三 for 算) is ruled out at a glance, and comes last. At most four."""
    own = kanji_parts(char)
    # sorted() keeps the frequency order among kanji that share as many parts.
    alikes = sorted(
        (other for other in kanji_read_as(reading) if other != char),
        key=lambda other: -len(own & kanji_parts(other)),
    )
    # Known for that sound in common words too: 埼 is さい in 埼玉, and its き (KANJIDIC's
    # first) no learner writes for 規 (round 185). Looked up only until four are found.
    return tuple(islice((other for other in alikes if reading in common_readings(other)), 4))
