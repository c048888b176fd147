"""Regenerating an article's questions: idempotent, identity-preserving, never deleting."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from content.analysis.spans import Span, SpanType
from content.models import Article, Question, QuestionOrigin, QuestionStatus

from . import GENERATOR_NAME, GENERATOR_VERSION
from .builders import (
    build_choice,
    build_cloze,
    build_reading,
    build_section,
    build_truefalse,
    build_vocab,
    build_wh,
    is_readable_word,
)
from .corpus import ArticleCorpus, build_corpus
from .drafts import QuestionDraft
from .gates import rejection_reason
from .selection import rank_section

WORDS_PER_SECTION = 8
SPAN_BUILDERS = (build_cloze, build_choice, build_truefalse, build_wh)
# Fields an instructor may have edited; regeneration leaves them alone once edited.
EDITABLE_FIELDS = ("prompt", "answer", "accepted_answers", "choices", "explanation")


@dataclass
class RegenerationResult:
    created: int = 0
    kept: int = 0
    retired: int = 0
    by_kind: Counter = field(default_factory=Counter)
    rejected: Counter = field(default_factory=Counter)

    def as_counts(self) -> dict[str, int]:
        return {"created": self.created, "kept": self.kept, "retired": self.retired}


def generate_drafts(corpus: ArticleCorpus) -> tuple[list[tuple[QuestionDraft, bool]], Counter]:
    """Every draft that passed the gates, with whether ranking chose it for publishing."""
    rejected: Counter = Counter()
    ranked: list[tuple[QuestionDraft, bool]] = []
    seen: set[str] = set()
    for section in corpus.sections:
        items = [item for item in corpus.sentences if item.section.pk == section.pk]
        drafts: list[QuestionDraft] = []
        for item in items:
            for span in item.spans:
                drafts.extend(builder(item, span, corpus) for builder in SPAN_BUILDERS)
            drafts.append(build_section(item, corpus))
        for item, token in _key_words(items, corpus):
            drafts.append(build_reading(item, token, corpus))
            drafts.append(build_vocab(item, token, corpus))
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
        published, kept_as_drafts = rank_section(passed)
        ranked.extend((draft, True) for draft in published)
        ranked.extend((draft, False) for draft in kept_as_drafts)
    return ranked, rejected


def _key_words(items, corpus: ArticleCorpus):
    """The section's most distinctive kanji words, once each, with their first sentence."""
    best: dict[str, tuple[float, object, object]] = {}
    for item in items:
        for token in item.tokens:
            if not is_readable_word(token) or token.surface in best:
                continue
            weight = corpus.weight(
                item.section, Span(token.surface, token.start, token.end, SpanType.TERM)
            )
            best[token.surface] = (weight + len(token.surface) / 100, item, token)
    ordered = sorted(best.values(), key=lambda entry: -entry[0])[:WORDS_PER_SECTION]
    return [(item, token) for _weight, item, token in ordered]


@transaction.atomic
def regenerate_questions(*, article: Article) -> RegenerationResult:
    """Unchanged fingerprints keep their rows and ids; new ones are added; vanished ones retired."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    corpus = build_corpus(article)
    ranked, rejected = generate_drafts(corpus)
    result = RegenerationResult(rejected=rejected)
    # Questions written by people are theirs: regeneration neither refreshes nor retires them.
    existing = {
        question.fingerprint: question
        for question in article.questions.filter(origin=QuestionOrigin.GENERATED)
    }
    to_create, to_update = [], []
    for draft, publish in ranked:
        question = existing.pop(draft.fingerprint, None)
        if question is None:
            to_create.append(_new_question(article, draft, publish))
            result.created += 1
        else:
            if _refresh(question, draft):
                to_update.append(question)
            result.kept += 1
        result.by_kind[draft.kind] += 1
    vanished = [
        question for question in existing.values() if question.status != QuestionStatus.RETIRED
    ]
    for question in vanished:
        question.status = QuestionStatus.RETIRED
    result.retired = len(vanished)
    Question.objects.bulk_create(to_create, batch_size=500)
    Question.objects.bulk_update(
        [*to_update, *vanished],
        [
            "section",
            "sentence",
            "source_text",
            "status",
            "quality",
            "difficulty",
            "extra",
            *EDITABLE_FIELDS,
        ],
        batch_size=500,
    )
    return result


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
