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
MAX_PER_SENTENCE = 2
WHOLE_SENTENCE = {QuestionKind.TRUEFALSE, QuestionKind.SECTION}


def rank_section(drafts: list[QuestionDraft]) -> tuple[list[QuestionDraft], list[QuestionDraft]]:
    """(to publish, to keep as drafts), best first.

    The first pass takes the best of each kind, scarcest kind first, so that a
    section gets at least four kinds when it can; later passes fill up to the target with drafts above
    the quality floor. No answer is asked twice, no sentence serves more than two
    questions and no kind appears more than three times.
    """
    ordered = sorted(drafts, key=lambda draft: -draft.quality)
    chosen: list[QuestionDraft] = []
    chosen_ids: set[int] = set()
    kinds: Counter = Counter()
    topics: Counter = Counter()
    sentences: Counter = Counter()

    def take(draft: QuestionDraft) -> None:
        chosen.append(draft)
        chosen_ids.add(id(draft))
        kinds[draft.kind] += 1
        topics[draft.topic] += 1
        # A statement or a which-section question shows its whole sentence: it has the
        # sentence to itself, or it would settle true/false or fill another's blank.
        sentences[draft.sentence.pk] += MAX_PER_SENTENCE if draft.kind in WHOLE_SENTENCE else 1

    def crowded(draft: QuestionDraft) -> bool:
        used = sentences[draft.sentence.pk]
        return (
            topics[draft.topic] >= MAX_PER_TOPIC
            or used >= MAX_PER_SENTENCE
            or (draft.kind in WHOLE_SENTENCE and used > 0)
        )

    # The scarcest kinds choose first, so that a plentiful kind (cloze) does not take the
    # one answer a rare kind (wh, choice) could have asked about.
    by_kind: dict[str, list[QuestionDraft]] = {}
    for draft in ordered:
        by_kind.setdefault(draft.kind, []).append(draft)
    for kind_drafts in sorted(by_kind.values(), key=len):
        best = next((draft for draft in kind_drafts if not crowded(draft)), None)
        if best is not None:
            take(best)
    for draft in ordered:
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
