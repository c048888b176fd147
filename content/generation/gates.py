"""Quality gates: a draft that fails any of these is never stored."""

from content.analysis.normalize import normalize_answer
from content.models import QuestionKind

from .builders import BLANK
from .drafts import QuestionDraft

MIN_CONTEXT_CHARS = 12
MAX_ANSWER_SHARE = 0.4
_SPAN_KINDS = {QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.WH, QuestionKind.TRUEFALSE}


def rejection_reason(draft: QuestionDraft) -> str | None:
    """Why a draft fails a gate, or None when it passes them all."""
    source = draft.sentence.text
    if draft.kind in _SPAN_KINDS | {QuestionKind.READING, QuestionKind.VOCAB}:
        span_text = source[draft.answer_start : draft.answer_end]
        expected = draft.extra.get("original") or draft.extra.get("word") or draft.answer
        if span_text != expected:
            return "answer not verbatim in its source sentence"
    if draft.kind in {QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.WH}:
        if normalize_answer(draft.answer) in normalize_answer(draft.prompt):
            return "prompt reveals the answer"
        context = draft.prompt.replace(BLANK, "")
        if len(context) < MIN_CONTEXT_CHARS:
            return "too little context around the blank"
        if len(draft.answer) > MAX_ANSWER_SHARE * len(source):
            return "blank covers too much of the sentence"
    if draft.choices:
        normalized = [normalize_answer(choice) for choice in draft.choices]
        if len(set(normalized)) != len(normalized):
            return "options coincide after normalization"
        if draft.answer not in draft.choices:
            return "answer missing from the options"
    return None
