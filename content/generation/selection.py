"""Choosing a varied, high-quality set per section from the drafts that passed the gates."""

from collections import Counter

from content.models import QuestionKind

from .drafts import QuestionDraft

# Fewer, better: a section publishes at most eight, and beyond the best of each kind only
# drafts that clear the floor; the rest stay drafts for instructors.
PUBLISH_TARGET = 8
QUALITY_FLOOR = 0.55
MAX_KEPT_DRAFTS = 30
# An answer is asked once: a cloze and a choice on one span teach the same thing twice.
MAX_PER_TOPIC = 1
MAX_PER_KIND = 3
# Questions that show only a word; every other kind shows its sentence.
WORD_KINDS = {QuestionKind.READING, QuestionKind.VOCAB}


def rank_section(
    drafts: list[QuestionDraft], *, asked: frozenset[str] | set[str] = frozenset()
) -> tuple[list[QuestionDraft], list[QuestionDraft]]:
    """(to publish, to keep as drafts), best first.

    ``asked`` holds the words earlier sections of the article publish questions on:
    none of them is published again here (a learner would meet one word twice).

    The first pass takes the best of each kind, scarcest kind first, so that a
    section gets at least four kinds when it can; a second pass fills up to the
    target with drafts above the quality floor. No question gives another away:
    a sentence serves one question that shows it (two blanks in one sentence fill
    each other; a statement or a which-section question shows the other's answer),
    and a word asked for its reading or meaning is never also a blank's answer, nor
    asked for both its reading and its meaning.
    No kind appears more than three times.
    """
    ordered = sorted(drafts, key=lambda draft: -draft.quality)
    publishable = [draft for draft in ordered if draft.answer_text not in asked]
    chosen: list[QuestionDraft] = []
    chosen_ids: set[int] = set()
    kinds: Counter = Counter()
    topics: Counter = Counter()
    shown_sentences: set[int] = set()
    blank_answers: set[str] = set()
    shown_words: set[str] = set()

    def take(draft: QuestionDraft) -> None:
        chosen.append(draft)
        chosen_ids.add(id(draft))
        kinds[draft.kind] += 1
        topics[draft.topic] += 1
        if draft.kind in WORD_KINDS:
            shown_words.add(draft.answer_text)
        else:
            shown_sentences.add(draft.sentence.pk)
            blank_answers.add(draft.answer_text)

    def crowded(draft: QuestionDraft) -> bool:
        if topics[draft.topic] >= MAX_PER_TOPIC:
            return True
        if draft.kind in WORD_KINDS:
            # A word's reading and its meaning are one card's two sides: asked once.
            return draft.answer_text in blank_answers or draft.answer_text in shown_words
        return draft.sentence.pk in shown_sentences or draft.answer_text in shown_words

    for draft in _one_of_each_kind(publishable):
        take(draft)
    for draft in publishable:
        if len(chosen) >= PUBLISH_TARGET:
            break
        if (
            id(draft) in chosen_ids
            or draft.quality < QUALITY_FLOOR
            or kinds[draft.kind] >= MAX_PER_KIND
            or crowded(draft)
        ):
            continue
        take(draft)
    chosen.sort(key=lambda draft: -draft.quality)
    published = interleave_kinds(chosen[:PUBLISH_TARGET])
    published_ids = {id(draft) for draft in published}
    rest = [draft for draft in ordered if id(draft) not in published_ids][:MAX_KEPT_DRAFTS]
    return published, rest


CANDIDATES_PER_KIND = 4


def _one_of_each_kind(ordered: list[QuestionDraft]) -> list[QuestionDraft]:
    """One draft of as many kinds as can stand together, scarcest kind first.

    A small bounded search (a few candidates a kind): a cloze must not take the one
    sentence a rare kind could have used. Drafts conflict when they share a topic or
    a shown sentence, or when one shows the word the other blanks.
    """
    by_kind: dict[str, list[QuestionDraft]] = {}
    for draft in ordered:
        group = by_kind.setdefault(draft.kind, [])
        if len(group) < CANDIDATES_PER_KIND:
            group.append(draft)
    groups = sorted(by_kind.values(), key=len)
    best: list[QuestionDraft] = []

    def search(index: int, picked: list[QuestionDraft]) -> None:
        nonlocal best
        if len(picked) + len(groups) - index <= len(best):
            return
        if index == len(groups):
            best = list(picked)
            return
        for draft in groups[index]:
            if not any(_conflict(draft, other) for other in picked):
                picked.append(draft)
                search(index + 1, picked)
                picked.pop()
                if len(best) == len(groups):
                    return
        search(index + 1, picked)

    search(0, [])
    return best


def _conflict(one: QuestionDraft, other: QuestionDraft) -> bool:
    if one.topic == other.topic:
        return True
    one_word, other_word = one.kind in WORD_KINDS, other.kind in WORD_KINDS
    if one_word and other_word:
        return one.answer_text == other.answer_text
    if not one_word and not other_word:
        return one.sentence.pk == other.sentence.pk
    return one.answer_text == other.answer_text


def interleave_kinds(drafts: list[QuestionDraft]) -> list[QuestionDraft]:
    """Best first, but never two of a kind in a row while another kind is left.

    Questions are stored in this order, and learners meet new cards in storage
    order, so a session alternates cloze, choice, reading and the rest.
    """
    queues: dict[str, list[QuestionDraft]] = {}
    for draft in drafts:
        queues.setdefault(draft.kind, []).append(draft)
    ordered: list[QuestionDraft] = []
    while queues:
        for kind in list(queues):
            ordered.append(queues[kind].pop(0))
            if not queues[kind]:
                del queues[kind]
    return ordered
