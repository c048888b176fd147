"""Defined terms: what an explainer names (「底面滑り」と呼ばれる, 処方箋という紙, …のが獲得免疫だ),
asked as a choice among the article's other defined terms, typed where there are too few
(a draft for instructors), or swapped for one in a statement.

Why: an explainer's sections have no second name or figure to ask or swap, so they got only
reading and vocab cards (rounds 15 and 16: 45 % of long sections had four kinds). What a
teacher asks of such a section is the term it defines: 「これを［？］と呼び、氷の結晶の内部で
薄い層が少しずつずれることで起こる。」. The sentence itself describes the term, so the key is
fixed by it, and the other options are the terms the article defines for other things: each
plausible to a reader who skimmed, each wrong here because the article defines it otherwise.
A plain term blanked anywhere (terms.py) has no such guarantee, and stays a draft.

Options are the article's defined terms of the key's class and script (a coin for a coin,
kanji terms with kanji terms: a learner must not pick by the look), then its other terms of
that class; none inside another (免疫 and 獲得免疫 would be hypernym and hyponym), none in the
prompt. A sentence that opens with a pointer (これを…と呼び) is shown after the sentence
before it, which holds what これ is. A term typed must be named by its sentence (not merely
labelled, 処方箋という紙) and come back in another: a term named once is an aside.
"""

import re
import threading
from dataclasses import dataclass

from content.analysis.glossary import (
    dictionary_entry,
    gloss_vocabulary,
    is_basic_word,
    name_readings,
)
from content.analysis.spans import Span, SpanType
from content.analysis.tokens import tokenize
from content.models import QuestionKind

from .builders import (
    BLANK,
    _shuffled,
    _span_draft,
    _starts_with_pointer,
    kept_true,
    stands_alone,
    statement_draft,
)
from .corpus import AnalysedSentence, ArticleCorpus, content_words
from .terms import article_terms, term_class

_READING = r"(?:[（(][ぁ-ゖー・\s　]+[）)])?"
_UNIT = r"\u4e00-\u9fff々ァ-ヺーA-Za-z"
_BARE = rf"(?<![{_UNIT}0-9])(?P<term>[{_UNIT}]{{2,12}})(?P<reading>{_READING})"
_BRACKETED = rf"「(?P<term>[^」、。！？\s（）()]{{2,12}}?)(?P<reading>{_READING})」"
_CALLED, _LABELLED = r"(?=と(?:呼ば|呼ぶ|呼び|呼ん)|とは)", r"(?=と(?:いう|言う|いい|言い))"
# Where a sentence names what it describes: the term before the naming words (…と呼ぶ,
# …とは, …という), or after them (つまり…, …のが…だ); each with whether it comes after, and
# whether it only labels a thing of a class (処方箋という紙: which paper, the sentence
# does not say; the article does, so the term is asked among others, never typed).
_PATTERNS = (
    [
        (re.compile(term + naming), False, naming == _LABELLED)
        for term in (_BRACKETED, _BARE)
        for naming in (_CALLED, _LABELLED)
    ]
    + [
        # …岩盤の上を滑る「底面滑り」である。: the sentence ends naming what it described.
        (re.compile(_BRACKETED + r"(?=(?:である|だ|です)。)"), False, False)
    ]
    + [
        (re.compile(naming + term), True, False)
        for term in (_BRACKETED, _BARE)
        # 「…円柱状の氷、つまり氷床コアを」: an apposition inside the sentence; a sentence
        # that opens with つまり sums up (「つまり上水は…」, round 19).
        for naming in (r"(?<=、)(?:つまり|すなわち)、?", r"のが、?")
    ]
)
# After つまり/のが the term ends the naming: a case particle, a copula or a stop follows
# (not すなわち［AI時代］における: a phrase, no term).
_AFTER_APPOSITION = re.compile(r"[をはが、。]|だ|です|である")
# The noun a naming labels (「津料」と呼ばれる［通行税］, 藩札と呼ばれる紙の…): what the term is.
_NAMED_NOUN = re.compile(
    r"」?と(?:呼ばれ(?:る|た|ている|ていた)|いう|いった)(?P<noun>[\u4e00-\u9fff]+)"
)
OPTIONS = 4
QUALITY = 0.6
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_local = threading.local()


@dataclass(frozen=True)
class Definition:
    """A term where its sentence names it: the term's place, and where its printed reading ends."""

    index: int
    start: int
    end: int
    blank_end: int
    term: str
    labelled: bool
    # What it is (by its head, or the noun it names: 「津料」と呼ばれる通行税 is a measure).
    kind: str
    # The kind is the named noun's only: 「中分堀」と呼ばれる水路 names one waterway.
    kind_of_the_named: bool = False


# …のが特徴だ, …のが目安です: a relation the sentence states, no term it names.
_RELATIONAL = {
    "特徴",
    "目的",
    "理由",
    "原因",
    "基本",
    "一般",
    "普通",
    "目安",
    "主流",
    "課題",
    "役割",
    "狙い",
}


def _is_term(text: str) -> bool:
    """A noun compound worth asking (塑性変形, 底面滑り, 処方箋): no figure, name or basic word."""
    if (
        re.search(r"[0-9０-９〇一二三四五六七八九十百千万億]", text)
        or is_basic_word(text)
        or text in _RELATIONAL
    ):
        return False
    tokens = tokenize(text)
    return bool(tokens) and all(
        token.pos_major in {"名詞", "接尾辞", "接頭辞"}
        and not token.is_proper
        and not token.pos.startswith("名詞-数詞")
        for token in tokens
    )


def _script(text: str) -> str:
    """What a learner sees at a glance: letters, kanji, or katakana alone."""
    if re.search(r"[A-Za-z]", text):
        return "latin"
    return "kanji" if re.search(r"[\u4e00-\u9fff々]", text) else "katakana"


def article_definitions(corpus: ArticleCorpus) -> list[Definition]:
    """Every defined term of the article's content sentences, first place of each term once.

    Kept for the last corpus only: the builders ask for it once per sentence.
    """
    if getattr(_local, "corpus", None) is corpus:
        return _local.definitions
    found: dict[str, Definition] = {}
    for index, item in enumerate(corpus.sentences):
        if not item.is_content:
            continue
        text = item.sentence.text
        for pattern, named_after, labelled in _PATTERNS:
            for match in pattern.finditer(text):
                term = match.group("term")
                if named_after and not _AFTER_APPOSITION.match(text, match.end()):
                    continue
                if term in found or not _is_term(term):
                    continue
                named = _NAMED_NOUN.match(text, match.end())
                if named and _opens_a_clause(item, named.end()):
                    # 「高瀬舟と呼ばれる底の平たい川舟」: 底 is the subject of a clause on the
                    # boat, not what the term is (its "place" drew 倉庫 and 酒屋, round 94).
                    named = None
                own_kind = term_class(term, verbal=False)
                found[term] = Definition(
                    index,
                    match.start("term"),
                    match.end("term"),
                    match.end("reading"),
                    term,
                    labelled,
                    own_kind or (term_class(named.group("noun"), verbal=False) if named else ""),
                    kind_of_the_named=not own_kind,
                )
    definitions = sorted(found.values(), key=lambda definition: definition.index)
    _local.corpus, _local.definitions = corpus, definitions
    # Each builder looks up its sentence's definition: by key, not by a scan of the article.
    _local.by_sentence = {corpus.sentences[found.index].sentence.pk: found for found in definitions}
    return definitions


def _opens_a_clause(item: AnalysedSentence, end: int) -> bool:
    """The noun ending at `end` is followed by の and a verb or adjective: the subject of a
    clause on a noun further on (底の平たい川舟), not a noun of its own (紙のお金)."""
    if not item.sentence.text.startswith("の", end):
        return False
    following = next((token for token in item.tokens if token.start == end + 1), None)
    return following is not None and following.pos_major in {"動詞", "形容詞"}


def _others(key: Definition, corpus: ArticleCorpus, shown: str) -> list[str]:
    """Up to three terms a reader could mistake for the key: the article's other defined
    terms, nearest first, then its other terms of the key's class and about its length.

    A defined term may share a kanji with the key (自然免疫 beside 獲得免疫: what a reader
    must tell apart, each defined otherwise); a term the article does not define may not,
    nor share an English gloss with it, for nothing in the article rules it out.
    """
    chosen: list[str] = []

    def fits(term: str) -> bool:
        return not (
            term == key.term
            or _script(term) != _script(key.term)
            or term in shown
            or any(term in taken or taken in term for taken in [key.term, *chosen])
        )

    # Only terms of the key's class (a coin for 宋銭, a tax for 津料): others are absurd in
    # its place (両替商, a money changer; 交渉), and a reader rules them out without reading.
    key_class = key.kind
    if not key_class:
        return chosen
    definitions = article_definitions(corpus)
    for other in sorted(definitions, key=lambda other: abs(other.index - key.index)):
        if len(chosen) < OPTIONS - 1 and other.kind == key_class and fits(other.term):
            chosen.append(other.term)
    if key.kind_of_the_named:
        # 「「中分堀」と呼ばれる水路」: the term names one waterway, and the article's words of
        # its kind (用水路, 流域, 荘園) name none; only other names fit (round 171: 0 of 3).
        return chosen
    defined = {other.term for other in definitions}
    key_kanji = set(_KANJI.findall(key.term))
    key_glosses = gloss_vocabulary(key.term)
    plain = sorted(
        term
        for term, found in article_terms(corpus).items()
        if term not in defined and key_class in found.classes
    )
    for term in plain:
        if len(chosen) == OPTIONS - 1:
            break
        if (
            fits(term)
            and abs(len(term) - len(key.term)) <= 1
            and not is_basic_word(term)
            and not key_kanji & set(_KANJI.findall(term))
            and not any(set(_KANJI.findall(taken)) & set(_KANJI.findall(term)) for taken in chosen)
            and not key_glosses & gloss_vocabulary(term)
        ):
            chosen.append(term)
    return chosen


def _hinted(term: str, prompt: str) -> bool:
    """A word of the prompt is part of the term (鼓 of 鼓門 in 「…鼓の形をまねて…」). Its head
    is not (銭 of 渡来銭 beside 「…大量の銭が…」): it says what the term is, not which."""
    head = term[-1]
    return any(
        word in term and word != head
        for word in content_words(tokenize(prompt.replace(BLANK, "、")))
    )


def _own_definition(item: AnalysedSentence, corpus: ArticleCorpus) -> Definition | None:
    """The term the sentence defines, if the sentence (with the one before, which a pointer
    needs) also says what it is."""
    article_definitions(corpus)
    found = _local.by_sentence.get(item.sentence.pk)
    return found if found is not None and _describes(item, found, corpus) else None


# The naming itself (「…」と呼ばれるものだ) says nothing of what the term is.
_NAMING_WORDS = frozenset({"呼ぶ", "言う", "いう", "物", "もの", "一つ", "一"})
# Words of the sentence beside the term's naming, at least: 「一つは「睡眠圧」と呼ばれるものだ。」
# names a term that the next sentence describes; blanked, nothing fixes it (round 37).
_DESCRIBING_WORDS = 2


def _describes(item: AnalysedSentence, found: Definition, corpus: ArticleCorpus) -> bool:
    text = item.sentence.text
    rest = f"{_context(item, corpus, found.index) or ''}{text[: found.start]}、{text[found.blank_end :]}"
    return len(content_words(tokenize(rest)) - _NAMING_WORDS) >= _DESCRIBING_WORDS


def _context(item: AnalysedSentence, corpus: ArticleCorpus, index: int) -> str | None:
    """What the prompt shows before the sentence: the one before when this opens with a
    pointer (これを…と呼び), nothing otherwise; None when that one leans back too."""
    if not _starts_with_pointer(item.sentence.text):
        return ""
    previous = corpus.sentences[index - 1] if index else None
    if (
        previous is None
        or previous.section.pk != item.section.pk
        or not previous.is_content
        or _starts_with_pointer(previous.sentence.text)
    ):
        return None
    return previous.sentence.text


def build_definition_choice(item: AnalysedSentence, corpus: ArticleCorpus):
    """The sentence's defined term blanked, with three other defined terms; None when unfair."""
    found = _own_definition(item, corpus)
    if found is None or found.term in item.section.heading + corpus.article.title:
        return None
    context = _context(item, corpus, found.index)
    if context is None:
        return None
    text = item.sentence.text
    blanked = text[: found.start] + BLANK + text[found.blank_end :]
    prompt = f"{context}{blanked}"
    wrong = _others(found, corpus, prompt)
    if len(wrong) < OPTIONS - 1 or found.term in prompt or _hinted(found.term, prompt):
        return None
    span = Span(found.term, found.start, found.end, SpanType.TERM)
    return _span_draft(
        item,
        span,
        QuestionKind.CHOICE,
        prompt=prompt,
        choices=_shuffled([found.term, *wrong], seed=text + found.term),
        extra={"definition": True},
        difficulty=0.45,
        quality=QUALITY,
    )


def build_definition_cloze(item: AnalysedSentence, corpus: ArticleCorpus):
    """The defined term typed, where the article defines too few others for a choice: the
    sentence describes it and names it once, so its name is the one answer. Its reading
    (printed in the article, or JMdict's only one) is accepted as well: a learner types
    what an input method turns into 塑性変形, or stops at そせいへんけい."""
    found = _own_definition(item, corpus)
    if found is None or found.labelled or found.term in item.section.heading + corpus.article.title:
        return None
    context = _context(item, corpus, found.index)
    text = item.sentence.text
    if context is None or len(_others(found, corpus, text)) == OPTIONS - 1:
        return None
    # 「堆石、あるいはモレーン」: a second name is as right as the first.
    if re.search(r"あるいは|または|もしくは|とも(?:呼|いう|言う)", text):
        return None
    prompt = f"{context}{text[: found.start]}{BLANK}{text[found.blank_end :]}"
    if found.term in prompt or _hinted(found.term, prompt) or _script(found.term) == "latin":
        return None
    if _extended_by_a_place_suffix(found.term):
        return None  # 「［？］を決めずに」: 震源地 fits where 震源 stands (round 25)
    # A term named once is the article's aside, not one to type back (合成開口レーダー in
    # a volcano explainer, round 18): it must come back in another sentence.
    if corpus.mentions(found.term) < 2:
        return None
    span = Span(found.term, found.start, found.end, SpanType.TERM)
    # The reading printed here, or where the article first printed it (尺玉（しゃくだま）, the
    # sentence before its definition: round 22 marked しゃくだま wrong).
    printed = text[found.end : found.blank_end].strip("（）() 　") or corpus.bracket_read.get(
        found.term, ""
    )
    readings = set(name_readings(found.term))
    reading = printed or (readings.pop() if len(readings) == 1 else "")
    return _span_draft(
        item,
        span,
        QuestionKind.CLOZE,
        prompt=prompt,
        accepted_answers=[reading] if reading else [],
        # Held for instructors, as every typed blank is (builders.build_cloze).
        extra={"definition": True, "held": True},
        difficulty=0.7,
        quality=QUALITY,
    )


# Suffixes that name the place or the part of a thing: 震源地, 震源域, 中心部.
_PLACE_SUFFIXES = ("地", "域", "部", "点")


def _extended_by_a_place_suffix(term: str) -> bool:
    """JMdict has the term with a place suffix: a word a learner may type as rightly."""
    return any(dictionary_entry(term + suffix) is not None for suffix in _PLACE_SUFFIXES)


def build_definition_truefalse(item: AnalysedSentence, corpus: ArticleCorpus):
    """The sentence as it stands (true) or with its defined term swapped for another (false);
    only when it stands alone: its term is then all that decides."""
    found = _own_definition(item, corpus)
    if found is None or not stands_alone(item, corpus):
        return None
    text = item.sentence.text
    # Only a term the article defines too: swapped in, a term it merely uses made the
    # sentence absurd, false by its words (「史料と呼ばれる手数料」 for 口銭, round 33).
    defined = {other.term for other in article_definitions(corpus)}
    wrong = [term for term in _others(found, corpus, text) if term in defined]
    if not wrong:
        return None
    other = wrong[0]
    # The reading printed after the term is the term's own; the swapped one goes without it.
    turned = text[: found.start] + other + text[found.blank_end :]
    return statement_draft(
        item,
        statement=text,
        turned=turned,
        keep_true=kept_true(text),
        start=found.start,
        end=found.end,
        original=found.term,
        replacement=other,
        how="definition",
        variant=f"definition:{other}",
        difficulty=0.5,
        quality=QUALITY,
    )
