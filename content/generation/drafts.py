"""A question before it is stored: what the builders make and the gates judge."""

import hashlib
from dataclasses import dataclass, field

from content.analysis.normalize import normalize_answer
from content.models import QuestionKind, Section, Sentence

# Marks, in a true statement's extra, that it is its sentence copied (see
# builders.copied_from): never published, its false side is.
COPIED = "copied"


@dataclass
class QuestionDraft:
    kind: QuestionKind
    section: Section
    sentence: Sentence
    prompt: str
    answer: str
    answer_start: int | None
    answer_end: int | None
    # What the question is about (a span's key or a word), to keep a section's set varied.
    topic: str
    accepted_answers: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    explanation: str = ""
    extra: dict = field(default_factory=dict)
    difficulty: float = 0.5
    quality: float = 0.5
    # What besides kind, sentence and answer tells two questions apart (the swapped-in span).
    variant: str = ""
    # A statement's other side (true as it stands, or false with a word turned), which the
    # selection may publish instead to keep an article's answers balanced; never stored.
    other_side: "QuestionDraft | None" = field(default=None, repr=False, compare=False)

    @property
    def answer_text(self) -> str:
        """The words of the source sentence the question is about (not "true" or a heading)."""
        if self.answer_start is None or self.answer_end is None:
            return ""
        return self.sentence.text[self.answer_start : self.answer_end]

    @property
    def fingerprint(self) -> str:
        parts = [
            self.kind,
            normalize_answer(self.sentence.text),
            normalize_answer(self.answer),
            self.topic,
            self.variant,
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]
