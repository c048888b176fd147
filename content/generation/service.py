"""Regenerating an article's questions: idempotent, identity-preserving, never deleting."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Q

from content.analysis.glossary import is_basic_word
from content.analysis.spans import Span, SpanType
from content.learning import learning
from content.models import Article, Question, QuestionOrigin, QuestionStatus, RetiredReason

from . import GENERATOR_NAME, GENERATOR_VERSION
from .antonyms import build_antonym_truefalse
from .attributed import build_attributed_truefalse
from .builders import (
    build_choice,
    build_cloze,
    build_negated_truefalse,
    build_printed_vocab,
    build_reading,
    build_section,
    build_truefalse,
    build_vocab,
    build_wh,
    is_readable_word,
)
from .changes import build_change_truefalse
from .corpus import ArticleCorpus, PrintedWord, build_corpus
from .definitions import (
    build_definition_choice,
    build_definition_cloze,
    build_definition_truefalse,
)
from .drafts import QuestionDraft
from .gates import rejection_reason
from .selection import rank_article
from .spellings import build_spelling
from .standing import build_standing_truefalse
from .succession import leaving_questions, pass_on
from .terms import build_term_choice

WORDS_PER_SECTION = 8
SPELLINGS_PER_SECTION = 3
# Drafts are built for an answer in at most this many of a section's sentences.
SENTENCES_PER_ANSWER = 3
SPAN_BUILDERS = (build_cloze, build_choice, build_truefalse, build_wh, build_term_choice)
# Fields an instructor may have edited; regeneration leaves them alone once edited.
EDITABLE_FIELDS = ("prompt", "answer", "accepted_answers", "choices", "explanation")


@dataclass
class RegenerationResult:
    created: int = 0
    kept: int = 0
    retired: int = 0
    # Vanished questions whose fingerprint came back, with the status they had.
    restored: int = 0
    # Word cards whose sentence changed, handed on to the same card of the new text.
    passed_on: int = 0
    # The article's questions after the run: what learners study, and what waits for review.
    published: int = 0
    drafts: int = 0
    by_kind: Counter = field(default_factory=Counter)
    rejected: Counter = field(default_factory=Counter)

    def as_counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "kept": self.kept,
            "restored": self.restored,
            "passed_on": self.passed_on,
            "retired": self.retired,
            "published": self.published,
            "drafts": self.drafts,
        }


class ArticleChanged(Exception):
    """The article was replaced while its questions were being generated."""


def drafts_by_section(corpus: ArticleCorpus, rejected: Counter):
    """For each section in turn, its ranked drafts: (draft, chosen for publishing) pairs.

    Each section works on its own sentences only (grouped once), so the whole article
    costs one pass; fingerprints already made by an earlier section are skipped. The
    sections then choose across the article (rank_article): a word is published in one
    section only. Nothing is written until every section has chosen.
    """
    items_by_section: dict[int, list] = {section.pk: [] for section in corpus.sections}
    for item in corpus.sentences:
        # Questions come from what the article tells, never from an interviewer's question
        # or a speaker label; those still count for the article's words and pools.
        if item.is_content:
            items_by_section[item.section.pk].append(item)
    seen: set[str] = set()
    passed_by_section = {
        section.pk: _passed_drafts(items_by_section[section.pk], corpus, seen, rejected)
        for section in corpus.sections
    }
    ranked = rank_article(passed_by_section)
    for section in corpus.sections:
        published, kept_as_drafts = ranked[section.pk]
        yield [(draft, True) for draft in published] + [(draft, False) for draft in kept_as_drafts]


def _passed_drafts(
    items: list, corpus: ArticleCorpus, seen: set[str], rejected: Counter
) -> list[QuestionDraft]:
    """A section's drafts that pass the gates, each fingerprint once in the article."""
    drafts: list[QuestionDraft] = []
    # A section publishes one question per answer; building drafts for the same answer
    # in every sentence only costs time (a hostile file repeats one letter 100,000 times).
    answer_seen: Counter = Counter()
    for item in items:
        for span in item.spans:
            answer_seen[span.text] += 1
            if answer_seen[span.text] > SENTENCES_PER_ANSWER:
                continue
            drafts.extend(builder(item, span, corpus) for builder in SPAN_BUILDERS)
        drafts.append(build_section(item, corpus))
        drafts.append(build_negated_truefalse(item, corpus))
        drafts.append(build_antonym_truefalse(item, corpus))
        drafts.append(build_standing_truefalse(item, corpus))
        drafts.append(build_attributed_truefalse(item, corpus))
        drafts.append(build_change_truefalse(item, corpus))
        drafts.append(build_definition_choice(item, corpus))
        drafts.append(build_definition_cloze(item, corpus))
        drafts.append(build_definition_truefalse(item, corpus))
    for item, token in _key_words(items, corpus):
        drafts.append(build_reading(item, token, corpus))
        drafts.append(build_vocab(item, token, corpus))
    drafts.extend(build_printed_vocab(printed, corpus) for printed in _printed_words(items, corpus))
    drafts.extend(_spellings(items, corpus))
    passed = []
    for draft in drafts:
        if draft is None:
            continue
        reason = rejection_reason(draft)
        if reason is not None:
            rejected[reason] += 1
        elif draft.fingerprint not in seen:
            seen.add(draft.fingerprint)
            passed.append(draft)
    return passed


def generate_drafts(corpus: ArticleCorpus) -> tuple[list[tuple[QuestionDraft, bool]], Counter]:
    """Every draft that passed the gates, with whether ranking chose it for publishing."""
    rejected: Counter = Counter()
    ranked = [pair for section in drafts_by_section(corpus, rejected) for pair in section]
    return ranked, rejected


def _key_words(items, corpus: ArticleCorpus):
    """The section's most distinctive kanji words, once each, with their first sentence."""
    best: dict[str, tuple[float, object, object]] = {}
    for item in items:
        for token in item.tokens:
            if not is_readable_word(token) or token.surface in best or is_basic_word(token.surface):
                continue
            weight = corpus.weight(
                item.section, Span(token.surface, token.start, token.end, SpanType.TERM)
            )
            best[token.surface] = (weight + len(token.surface) / 100, item, token)
    ordered = sorted(best.values(), key=lambda entry: -entry[0])[:WORDS_PER_SECTION]
    return [(item, token) for _weight, item, token in ordered]


def _spellings(items, corpus: ArticleCorpus) -> list[QuestionDraft]:
    """Spelling questions on the section's most distinctive words that have one, at most
    SPELLINGS_PER_SECTION (the section publishes one at most: it asks for a kind)."""
    candidates: dict[str, tuple[float, object, object]] = {}
    for item in items:
        for token in item.tokens:
            if token.surface not in candidates and is_readable_word(token):
                span = Span(token.surface, token.start, token.end, SpanType.TERM)
                candidates[token.surface] = (corpus.weight(item.section, span), item, token)
    drafts = []
    for _weight, item, token in sorted(candidates.values(), key=lambda entry: -entry[0]):
        if (draft := build_spelling(item, token, corpus)) is not None:
            drafts.append(draft)
            if len(drafts) == SPELLINGS_PER_SECTION:
                break
    return drafts


def _printed_words(items, corpus: ArticleCorpus) -> list[PrintedWord]:
    """The words the section is the first to print with their reading, its most distinctive
    first, as many as `_key_words` takes, of those that may be carded: the kanji of a verb
    (分（わ）けて) or a basic word (新聞) would take the places of the section's words to learn."""
    sections = {item.section.pk for item in items}
    printed = [
        word
        for section in sections
        for word in corpus.printed_words_by_section.get(section, [])
        if len(word.word) > 1 and not is_basic_word(word.word)
    ]
    return sorted(
        printed,
        key=lambda word: (
            -corpus.weight(
                word.item.section,
                Span(word.word, word.start, word.start + len(word.word), SpanType.TERM),
            )
        ),
    )[:WORDS_PER_SECTION]


def regenerate_questions(*, article: Article) -> RegenerationResult:
    """Unchanged fingerprints keep their rows and ids; new ones are added; vanished ones retired.

    A vanished question whose fingerprint returns gets back the status it had, and with
    it its learners' cards and their history; one an instructor retired stays retired.
    Nothing is held while the analyser and the builders work: each section's questions
    are written in a short transaction of their own, so learners' reviews never wait on
    a generation (SQLite has one writer at a time). Raises ArticleChanged when the article
    is replaced meanwhile; the replacement queues its own run.
    """
    checksum = Article.objects.values_list("checksum", flat=True).get(pk=article.pk)
    corpus = build_corpus(article)
    result = RegenerationResult()
    generated: set[str] = set()
    created: list[Question] = []
    restored: list[Question] = []
    for ranked in drafts_by_section(corpus, result.rejected):
        generated.update(draft.fingerprint for draft, _publish in ranked)
        with transaction.atomic():
            _lock_unchanged(article, checksum)
            section_created, section_restored = _write_section(article, ranked, result)
        created += section_created
        restored += section_restored
    with transaction.atomic():
        _lock_unchanged(article, checksum)
        result.passed_on = pass_on(
            leaving=leaving_questions(article, generated), created=created, restored=restored
        )
        result.retired = _retire_vanished(article, generated)
    statuses = article.questions.aggregate(
        published=Count("pk", filter=Q(status=QuestionStatus.PUBLISHED)),
        drafts=Count("pk", filter=Q(status=QuestionStatus.DRAFT)),
    )
    result.published, result.drafts = statuses["published"], statuses["drafts"]
    return result


def _lock_unchanged(article: Article, checksum: str) -> None:
    current = (
        Article.objects.select_for_update()
        .filter(pk=article.pk)
        .values_list("checksum", flat=True)
        .first()
    )
    if current != checksum:
        raise ArticleChanged(article.pk)


def _write_section(
    article: Article, ranked: list[tuple[QuestionDraft, bool]], result: RegenerationResult
) -> tuple[list[Question], list[Question]]:
    """Write one section's questions; the questions it created and those it restored."""
    # Questions written by people are theirs: regeneration neither refreshes nor retires them.
    existing = {
        question.fingerprint: question
        for question in article.questions.filter(
            origin=QuestionOrigin.GENERATED,
            fingerprint__in=[draft.fingerprint for draft, _publish in ranked],
        )
    }
    to_create, to_update, moved, restored = [], [], [], []
    for draft, publish in ranked:
        question = existing.get(draft.fingerprint)
        if question is None:
            to_create.append(_new_question(article, draft, publish))
            result.created += 1
        else:
            was_restored = _restore(question)
            sentence_before = question.sentence_id
            if _refresh(question, draft) or was_restored:
                to_update.append(question)
            if question.sentence_id != sentence_before:
                moved.append(question.pk)
            result.kept += 1
            if was_restored:
                result.restored += 1
                restored.append(question)
        result.by_kind[draft.kind] += 1
    Question.objects.bulk_create(to_create, batch_size=500)
    Question.objects.bulk_update(
        to_update,
        [
            "section",
            "sentence",
            "source_text",
            "status",
            "retired_reason",
            "status_before_retired",
            "quality",
            "difficulty",
            "extra",
            *EDITABLE_FIELDS,
        ],
        batch_size=500,
    )
    if moved:  # a re-import dropped their sentence, and brought its text back as another
        learning().questions_moved(question_ids=moved)
    return to_create, restored


def _restore(question: Question) -> bool:
    """A vanished question comes back with the status it had; an instructor's retirement stays."""
    if (
        question.status != QuestionStatus.RETIRED
        or question.retired_reason != RetiredReason.VANISHED
    ):
        return False
    question.status = question.status_before_retired
    question.retired_reason = question.status_before_retired = ""
    return True


def _retire_vanished(article: Article, generated: set[str]) -> int:
    vanished = [
        question
        for question in article.questions.filter(origin=QuestionOrigin.GENERATED)
        .exclude(status=QuestionStatus.RETIRED)
        .only("pk", "fingerprint", "status")
        if question.fingerprint not in generated
    ]
    for question in vanished:
        question.status_before_retired = question.status
        question.status = QuestionStatus.RETIRED
        question.retired_reason = RetiredReason.VANISHED
    Question.objects.bulk_update(
        vanished, ["status", "retired_reason", "status_before_retired"], batch_size=500
    )
    return len(vanished)


def _new_question(article: Article, draft: QuestionDraft, publish: bool) -> Question:
    return Question(
        article=article,
        section=draft.section,
        sentence=draft.sentence,
        source_text=draft.sentence.text,
        kind=draft.kind,
        prompt=draft.prompt,
        answer=draft.answer,
        accepted_answers=draft.accepted_answers,
        choices=draft.choices,
        answer_start=draft.answer_start,
        answer_end=draft.answer_end,
        explanation=draft.explanation,
        extra=draft.extra,
        difficulty=round(draft.difficulty, 3),
        quality=round(draft.quality, 3),
        generator=GENERATOR_NAME,
        generator_version=GENERATOR_VERSION,
        fingerprint=draft.fingerprint,
        status=QuestionStatus.PUBLISHED if publish else QuestionStatus.DRAFT,
    )


def _refresh(question: Question, draft: QuestionDraft) -> bool:
    """Bring a kept question up to date with its draft; True when anything changed."""
    values = {
        "section_id": draft.section.pk,
        "sentence_id": draft.sentence.pk,
        "source_text": draft.sentence.text,
        "quality": round(draft.quality, 3),
        "difficulty": round(draft.difficulty, 3),
        "extra": draft.extra,
    }
    if not question.edited:
        values.update({name: getattr(draft, name) for name in EDITABLE_FIELDS})
    changed = False
    for name, value in values.items():
        if getattr(question, name) != value:
            setattr(question, name, value)
            changed = True
    return changed
