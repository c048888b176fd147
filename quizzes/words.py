"""A learner's words: the ones they know, and the ones they keep to study (their own deck).

Known means marked as known, or a vocabulary or reading card whose stability has
reached 21 days (Anki's "mature").
"""

import hashlib
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    F,
    JSONField,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Concat, StrIndex
from django.db.models.lookups import GreaterThan

from config.compiled_queries import CompiledQuery
from content.analysis.furigana import furigana
from content.analysis.glossary import DictionaryEntry, word_senses
from content.analysis.tokens import Token
from content.generation.builders import SENSE_CONTEXT_CHARS
from content.generation.corpus import content_words
from content.models import Question, QuestionKind, QuestionOrigin, QuestionStatus, Sentence
from content.reading import Word
from quizzes.models import KnownWord, LearnerCard, LearnerSettings, SectionRead
from quizzes.scheduling import MATURE_STABILITY_DAYS

OWN_WORD_GENERATOR = "reader"


# Separates the words a feedback screen asks about, in the one string its statement binds.
WORD_SEPARATOR = "\x1f"


def is_among(text, among: str) -> GreaterThan:
    """Whether `text` is one of the words in `among` (each between WORD_SEPARATOR)."""
    separator = Value(WORD_SEPARATOR)
    word = Concat(separator, text, separator, output_field=TextField())
    return GreaterThan(StrIndex(Value(among), word), 0)


def _mature_word_cards(user_id) -> QuerySet[LearnerCard]:
    return LearnerCard.objects.filter(
        user_id=user_id,
        kind__in=[QuestionKind.VOCAB, QuestionKind.READING],
        stability__gte=MATURE_STABILITY_DAYS,
    )


def knows_any_word(user_id) -> Q:
    """Whether the learner knows a word at all (`known_words` would find one): an expression,
    for a statement that reads the learner's settings to answer beside them."""
    return Q(Exists(_mature_word_cards(user_id))) | Q(
        Exists(KnownWord.objects.filter(user_id=user_id))
    )


def known_word_rows(*, user_id: int, among: str | None = None) -> QuerySet:
    """(kind, answer, extra) of the learner's mature vocabulary and reading cards, and
    ("", lemma, None) for each word marked as known: one statement.

    `among`, the few words one sentence shows (each between WORD_SEPARATOR), keeps only
    the rows about them, so that a feedback screen reads a handful of rows, not every
    mature card the learner has. The words are one string, so that the statement has
    the same shape (and is compiled once) for any sentence.
    """
    mature = _mature_word_cards(user_id)
    marked = KnownWord.objects.filter(user_id=user_id)
    if among is not None:
        # A vocabulary card names its word by its answer and lemma, a reading card by its word.
        # The kind is tested inside a CASE, not as a WHERE term: SQLite re-prepares a statement
        # with `kind = ?` among its terms on every run (the partial index one_own_word_per_learner
        # is conditioned on the kind), which cost 60 µs a feedback screen.
        mature = mature.filter(
            Case(
                When(
                    kind=QuestionKind.VOCAB,
                    then=ExpressionWrapper(
                        Q(is_among(F("question__answer"), among))
                        | Q(is_among(KeyTextTransform("lemma", "question__extra"), among)),
                        output_field=BooleanField(),
                    ),
                ),
                default=is_among(KeyTextTransform("word", "question__extra"), among),
                output_field=BooleanField(),
            )
        )
        marked = marked.filter(is_among(F("lemma"), among))
    rows = mature.values_list("question__kind", "question__answer", "question__extra")
    return rows.union(
        marked.annotate(
            no_kind=Value(""), no_extra=Value(None, output_field=JSONField())
        ).values_list("no_kind", "lemma", "no_extra"),
        all=True,
    )


# Read by every feedback screen: compiled once per process (see config/compiled_queries.py).
KNOWN_WORD_ROWS = CompiledQuery(known_word_rows)


def known_words(*, user, among: Iterable[str] | None = None) -> frozenset[str]:
    """The words the learner knows, by dictionary form (and surface, for generated cards):
    every one, or only those of `among` (the words of one sentence)."""
    joined = None
    if among is not None:
        words = sorted(set(filter(None, among)))
        if not words:
            return frozenset()
        joined = WORD_SEPARATOR + WORD_SEPARATOR.join(words) + WORD_SEPARATOR
    known = set()
    for kind, answer, extra in KNOWN_WORD_ROWS.rows(user_id=user.pk, among=joined):
        extra = extra or {}
        if kind == QuestionKind.VOCAB:
            known.update(filter(None, (answer, extra.get("lemma"))))
        elif kind == QuestionKind.READING:
            if extra.get("word"):
                known.add(extra["word"])
        else:
            known.add(answer)
    return frozenset(known)


def own_words(*, user) -> QuerySet[Question]:
    return Question.objects.filter(owner=user, kind=QuestionKind.VOCAB)


def own_word(*, user, lemma: str) -> Question | None:
    return own_words(user=user).filter(answer=lemma).first()


def is_marked_known(*, user, lemma: str) -> bool:
    return KnownWord.objects.filter(user=user, lemma=lemma).exists()


def keep_word(
    *, user, sentence: Sentence, word: Word, entry: DictionaryEntry | None, parts_gloss: str = ""
) -> tuple[Question, bool]:
    """Put a word from the reader in the learner's own deck; keeping it again changes nothing.

    The word becomes a published vocabulary question that only this learner sees;
    the study loop gives it a card and FSRS schedules it like any other. The
    (owner, answer) constraint makes a double click or a second tab keep one card.
    """
    lemma = word.lemma or word.surface
    existing = own_word(user=user, lemma=lemma)
    if existing is not None:
        return existing, False
    reading = entry.reading if entry else (word.reading if word.surface == lemma else "")
    section = sentence.section
    question = Question(
        article=section.article,
        section=section,
        sentence=sentence,
        source_text=sentence.text,
        kind=QuestionKind.VOCAB,
        prompt=lemma,
        answer=lemma,
        answer_start=word.start,
        answer_end=word.end,
        explanation=f"「{section.heading or section.article.title}」より",
        extra={
            "lemma": lemma,
            "reading": reading,
            "gloss": _senses_in_sentence(sentence, word, lemma, reading)
            or (entry.gloss if entry else parts_gloss),
            "furigana": [[text, ruby] for text, ruby in furigana(lemma, reading)],
        },
        generator=OWN_WORD_GENERATOR,
        fingerprint="own:" + hashlib.sha256(f"{user.pk}:{lemma}".encode()).hexdigest()[:40],
        status=QuestionStatus.PUBLISHED,
        origin=QuestionOrigin.LEARNER,
        owner=user,
    )
    try:
        with transaction.atomic():
            question.save()
    except IntegrityError:
        # Another request kept the same word first.
        return own_word(user=user, lemma=lemma), False
    return question, True


def _senses_in_sentence(sentence: Sentence, word: Word, lemma: str, reading: str) -> str:
    """The word's senses as a generated vocabulary card gives them, chosen by the words around
    it: 材料 beside パン is "ingredients" first, not every sense JMdict lists (a walker's card
    read "ingredients; material; material (for a novel, …)")."""
    tokens = [Token(**token) for token in sentence.analysis or []]
    near = [
        token
        for token in tokens
        if token.end > word.start - SENSE_CONTEXT_CHARS
        and token.start < word.end + SENSE_CONTEXT_CHARS
        and token.start != word.start
    ]
    return word_senses(lemma, reading, tuple(sorted(content_words(near))))


def set_known(*, user, lemma: str, known: bool) -> None:
    """Mark a word as known (no furigana in "words I don't know", counted as covered) or unmark it."""
    if known:
        KnownWord.objects.get_or_create(user=user, lemma=lemma)
    else:
        KnownWord.objects.filter(user=user, lemma=lemma).delete()


def save_reader_settings(*, learner: LearnerSettings, furigana_mode: str, hold_until_read: bool):
    learner.furigana_mode = furigana_mode
    learner.hold_until_read = hold_until_read
    learner.save(update_fields=["furigana_mode", "hold_until_read"])


def mark_section_opened(*, user, section_id: int) -> None:
    SectionRead.objects.get_or_create(user=user, section_id=section_id)
