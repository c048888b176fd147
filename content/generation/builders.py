"""One builder per question kind. Each returns a draft or None when the material does not fit."""

import hashlib

from content.analysis.furigana import furigana, has_kanji
from content.analysis.glossary import gloss_word
from content.analysis.spans import Span, SpanType
from content.analysis.tokens import Token
from content.models import QuestionKind

from .corpus import AnalysedSentence, ArticleCorpus
from .distractors import pick_distractors
from .drafts import QuestionDraft
from .readings import reading_distractors

BLANK = "［　？　］"
TRUE, FALSE = "true", "false"
# Spans that make a blank worth filling; plain terms need weight to earn one.
CLOZE_TYPES = {
    SpanType.NAME,
    SpanType.PERSON,
    SpanType.PLACE,
    SpanType.ORGANIZATION,
    SpanType.AMOUNT,
    SpanType.YEAR,
    SpanType.FISCAL_YEAR,
    SpanType.DECADE,
    SpanType.MONTH,
    SpanType.TIME,
    SpanType.PERCENT,
    SpanType.COUNT,
    SpanType.KATAKANA,
    SpanType.TERM,
}
TYPE_VALUE = {
    SpanType.NAME: 0.95,
    SpanType.PERSON: 0.95,
    SpanType.ORGANIZATION: 0.85,
    SpanType.PLACE: 0.8,
    SpanType.AMOUNT: 0.95,
    SpanType.DECADE: 0.9,
    SpanType.YEAR: 0.85,
    SpanType.FISCAL_YEAR: 0.85,
    SpanType.MONTH: 0.85,
    SpanType.PERCENT: 0.9,
    SpanType.COUNT: 0.85,
    SpanType.TIME: 0.75,
    SpanType.KATAKANA: 0.6,
    SpanType.TERM: 0.45,
    SpanType.ACRONYM: 0.4,
}
INTERROGATIVES = {
    SpanType.PERSON: "誰",
    SpanType.YEAR: "いつ",
    SpanType.FISCAL_YEAR: "いつ",
    SpanType.DECADE: "いつ",
    SpanType.MONTH: "いつ",
    SpanType.TIME: "何時",
    SpanType.AMOUNT: "いくら",
    SpanType.PLACE: "どこ",
    SpanType.PERCENT: "何%",
}
_NEGATIVE_ENDINGS = ("ない", "なかった", "ません", "ませんでした", "ず")


def _span_value(item: AnalysedSentence, span: Span, corpus: ArticleCorpus) -> float:
    base = TYPE_VALUE.get(span.type, 0.4)
    return min(
        1.0, base * 0.7 + corpus.weight(item.section, span) * 0.3 + _length_fitness(item) * 0.1
    )


def _length_fitness(item: AnalysedSentence) -> float:
    length = len(item.sentence.text)
    if length < 15:
        return 0.0
    return 1.0 if length <= 90 else max(0.0, 1.0 - (length - 90) / 120)


def _blanked(text: str, span: Span, replacement: str = BLANK) -> str:
    return text[: span.start] + replacement + text[span.end :]


def _span_gloss(item: AnalysedSentence, span: Span) -> dict:
    """An English gloss of a word answer (by its parts when JMdict lacks the compound)."""
    if span.type not in {SpanType.TERM, SpanType.KATAKANA}:
        return {}
    parts = [
        token.surface
        for token in item.tokens
        if span.start <= token.start and token.end <= span.end
    ]
    gloss = gloss_word(span.text, parts)
    return {"gloss": gloss} if gloss else {}


def _explanation(item: AnalysedSentence) -> str:
    heading = item.section.heading or item.section.article.title
    return f"「{heading}」より"


def _accepted(span: Span) -> list[str]:
    """Other spellings that count as right; the answer itself is not repeated."""
    variants = set()
    if span.type in {SpanType.YEAR, SpanType.FISCAL_YEAR}:
        variants.add(span.text.rstrip("年度").rstrip("年"))
    if "," in span.text:
        variants.add(span.text.replace(",", ""))
    return sorted(variants - {span.text})


def _span_draft(item: AnalysedSentence, span: Span, kind: QuestionKind, **fields) -> QuestionDraft:
    """A draft about one span of its sentence; the builders add what their kind needs."""
    defaults = {
        "answer": span.text,
        "topic": span.key,
        "explanation": _explanation(item),
    }
    return QuestionDraft(
        kind=kind,
        section=item.section,
        sentence=item.sentence,
        answer_start=span.start,
        answer_end=span.end,
        **{**defaults, **fields},
    )


def build_cloze(item: AnalysedSentence, span: Span, corpus: ArticleCorpus) -> QuestionDraft | None:
    if span.type not in CLOZE_TYPES:
        return None
    value = _span_value(item, span, corpus)
    if span.type == SpanType.TERM and corpus.weight(item.section, span) < 0.35:
        return None
    return _span_draft(
        item,
        span,
        QuestionKind.CLOZE,
        prompt=_blanked(item.sentence.text, span),
        accepted_answers=_accepted(span),
        extra=_span_gloss(item, span),
        difficulty=0.55 + min(len(span.text), 12) / 40,
        quality=value,
    )


def build_choice(item: AnalysedSentence, span: Span, corpus: ArticleCorpus) -> QuestionDraft | None:
    if span.type not in CLOZE_TYPES or span.type == SpanType.TERM:
        return None
    wrong = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    if len(wrong) < 3:
        return None
    return _span_draft(
        item,
        span,
        QuestionKind.CHOICE,
        prompt=_blanked(item.sentence.text, span),
        choices=_shuffled([span.text, *wrong], seed=item.sentence.text + span.text),
        extra=_span_gloss(item, span),
        difficulty=0.4,
        quality=_span_value(item, span, corpus) * 0.95,
    )


def build_truefalse(
    item: AnalysedSentence, span: Span, corpus: ArticleCorpus
) -> QuestionDraft | None:
    if span.type in {SpanType.TERM, SpanType.ACRONYM}:
        return None
    wrong = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=1)
    if not wrong:
        return None
    # Half the statements are kept true; the choice is stable so that regeneration agrees.
    keep_true = (
        int(hashlib.sha256((item.sentence.text + span.text).encode()).hexdigest(), 16) % 2 == 0
    )
    statement = item.sentence.text if keep_true else _blanked(item.sentence.text, span, wrong[0])
    return _span_draft(
        item,
        span,
        QuestionKind.TRUEFALSE,
        prompt=statement,
        answer=TRUE if keep_true else FALSE,
        choices=[TRUE, FALSE],
        extra={"original": span.text, "swapped": "" if keep_true else wrong[0]},
        variant="" if keep_true else wrong[0],
        difficulty=0.3,
        quality=_span_value(item, span, corpus) * 0.8,
    )


def build_wh(item: AnalysedSentence, span: Span, corpus: ArticleCorpus) -> QuestionDraft | None:
    text = item.sentence.text
    interrogative = INTERROGATIVES.get(span.type)
    if span.type == SpanType.COUNT:
        interrogative = f"何{span.unit}"
    if interrogative is None or "「" in text or not text.endswith("。"):
        return None
    before, after = text[: span.start], text[span.end :].rstrip("。")
    if before.endswith("約"):
        before = before[:-1]
    if after.endswith(_NEGATIVE_ENDINGS) or not after:
        return None
    if interrogative in {"誰", "どこ"} and after.startswith("は"):
        after = "が" + after[1:]
    if after.endswith("だ"):
        after = after[:-1]
    question = f"{before}{interrogative}{after}か？"
    wrong = pick_distractors(span, corpus=corpus, sentence_text=text)
    return _span_draft(
        item,
        span,
        QuestionKind.WH,
        prompt=question,
        accepted_answers=_accepted(span),
        choices=_shuffled([span.text, *wrong], seed=text + "wh") if len(wrong) == 3 else [],
        difficulty=0.6,
        quality=_span_value(item, span, corpus) * 0.9,
    )


def build_section(item: AnalysedSentence, corpus: ArticleCorpus) -> QuestionDraft | None:
    headed = corpus.headed_sections
    if not item.section.heading or len(headed) < 2 or len(item.sentence.text) < 20:
        return None
    others = [section.heading for section in headed if section.pk != item.section.pk][:3]
    distinctive = max((corpus.weight(item.section, span) for span in item.spans), default=0.0)
    return QuestionDraft(
        kind=QuestionKind.SECTION,
        section=item.section,
        sentence=item.sentence,
        prompt=item.sentence.text,
        answer=item.section.heading,
        answer_start=None,
        answer_end=None,
        # The sentence text, not its row id: a sentence that returns in a new version keeps
        # its fingerprint, and so its question and the learners' cards on it.
        topic=f"section:{item.sentence.text}",
        choices=_shuffled([item.section.heading, *others], seed=item.sentence.text),
        explanation=_explanation(item),
        difficulty=0.45,
        quality=0.35 + 0.4 * distinctive + 0.1 * _length_fitness(item),
    )


def is_readable_word(token: Token) -> bool:
    return (
        has_kanji(token.surface)
        and len(token.surface) >= 2
        and token.pos_major in {"名詞", "動詞", "形容詞"}
        and not token.is_proper
        and not token.is_number
        and not any(char.isdigit() for char in token.surface)
        and "何" not in token.surface
        and bool(token.reading)
    )


def build_reading(
    item: AnalysedSentence, token: Token, corpus: ArticleCorpus
) -> QuestionDraft | None:
    if not is_readable_word(token):
        return None
    wrong = reading_distractors(token.surface, token.reading)
    ruby = _ruby(token)
    span = Span(token.surface, token.start, token.end, SpanType.TERM)
    return QuestionDraft(
        kind=QuestionKind.READING,
        section=item.section,
        sentence=item.sentence,
        prompt=f"「{token.surface}」の読み方は？",
        answer=token.reading,
        answer_start=token.start,
        answer_end=token.end,
        topic=f"reading:{token.surface}",
        choices=_shuffled([token.reading, *wrong], seed=token.surface) if len(wrong) == 3 else [],
        explanation=_explanation(item),
        extra={"word": token.surface, "furigana": ruby},
        difficulty=0.35 + 0.1 * sum(has_kanji(c) for c in token.surface),
        quality=0.45 + 0.3 * corpus.weight(item.section, span) + 0.1 * (len(wrong) == 3),
    )


def build_vocab(
    item: AnalysedSentence, token: Token, corpus: ArticleCorpus
) -> QuestionDraft | None:
    if not is_readable_word(token) or token.pos_major != "名詞":
        return None
    gloss = gloss_word(token.lemma)
    if not gloss:
        return None
    span = Span(token.surface, token.start, token.end, SpanType.TERM)
    return QuestionDraft(
        kind=QuestionKind.VOCAB,
        section=item.section,
        sentence=item.sentence,
        prompt=token.surface,
        answer=token.surface,
        answer_start=token.start,
        answer_end=token.end,
        topic=f"vocab:{token.lemma}",
        explanation=_explanation(item),
        extra={
            "reading": token.reading,
            "gloss": gloss,
            "furigana": _ruby(token),
        },
        difficulty=0.5,
        quality=0.4 + 0.4 * corpus.weight(item.section, span),
    )


def _ruby(token: Token) -> list[list[str]]:
    """Furigana pairs as JSON stores them, so that a regenerated draft compares equal."""
    return [[text, ruby] for text, ruby in furigana(token.surface, token.reading)]


def _shuffled(options: list[str], *, seed: str) -> list[str]:
    """A stable order that does not always put the answer first."""
    return sorted(options, key=lambda option: hashlib.sha256((seed + option).encode()).hexdigest())
