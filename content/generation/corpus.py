"""An article analysed once for generation: tokens and spans per sentence, term weights, pools."""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from content.analysis.spans import ENTITY_TYPES, Span, SpanType, find_spans
from content.analysis.tokens import Token, tokenize, tokens_from_dicts
from content.models import Article, Section, Sentence


@dataclass
class AnalysedSentence:
    sentence: Sentence
    section: Section
    tokens: list[Token]
    spans: list[Span]


@dataclass
class ArticleCorpus:
    article: Article
    sections: list[Section]
    sentences: list[AnalysedSentence]
    # TF-IDF of each term (by key) within each section, scaled to 0..1 per section.
    term_weight: dict[tuple[int, str], float] = field(default_factory=dict)
    # Distinct spellings of answers in the article, by (type, unit): the first distractor pool.
    pools: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def weight(self, section: Section, span: Span) -> float:
        return self.term_weight.get((section.pk, span.key), 0.0)

    @property
    def headed_sections(self) -> list[Section]:
        return [section for section in self.sections if section.heading]


# Sentences analysed between two writes: each write is a short transaction of its own,
# so that a long article never holds the database's write lock for long.
ANALYSIS_BATCH = 200


def analyse_sentences(sentences: list[Sentence]) -> None:
    """Fill and save the cached analysis of sentences that lack it."""
    missing = [sentence for sentence in sentences if sentence.analysis is None]
    for start in range(0, len(missing), ANALYSIS_BATCH):
        batch = missing[start : start + ANALYSIS_BATCH]
        for sentence in batch:
            sentence.analysis = [token.as_dict() for token in tokenize(sentence.text)]
        Sentence.objects.bulk_update(batch, ["analysis"])


def build_corpus(article: Article) -> ArticleCorpus:
    sections = list(article.sections.order_by("position"))
    by_id = {section.pk: section for section in sections}
    sentences = list(
        Sentence.objects.filter(section__article=article).order_by("section__position", "position")
    )
    analyse_sentences(sentences)
    analysed = []
    for sentence in sentences:
        tokens = tokens_from_dicts(sentence.analysis)
        analysed.append(
            AnalysedSentence(
                sentence, by_id[sentence.section_id], tokens, find_spans(sentence.text, tokens)
            )
        )
    _unify_entities(analysed)
    corpus = ArticleCorpus(article=article, sections=sections, sentences=analysed)
    corpus.term_weight = _term_weights(analysed, len(sections))
    corpus.pools = _pools(analysed)
    return corpus


def _unify_entities(sentences: list[AnalysedSentence]) -> None:
    """One type per entity: 「META」 (an acronym by shape) is the name 「Meta」."""
    types_by_key: dict[str, Counter] = defaultdict(Counter)
    for item in sentences:
        for span in item.spans:
            if span.type in ENTITY_TYPES:
                types_by_key[span.key][span.type] += 1
    for item in sentences:
        item.spans = [
            Span(span.text, span.start, span.end, SpanType.NAME, span.unit)
            if span.type == SpanType.ACRONYM and types_by_key[span.key][SpanType.NAME]
            else span
            for span in item.spans
        ]


def _term_weights(
    sentences: list[AnalysedSentence], section_count: int
) -> dict[tuple[int, str], float]:
    frequency: dict[int, Counter] = defaultdict(Counter)
    for item in sentences:
        for span in item.spans:
            frequency[item.section.pk][span.key] += 1
    document_frequency = Counter(key for counts in frequency.values() for key in counts)
    weights: dict[tuple[int, str], float] = {}
    for section_id, counts in frequency.items():
        scores = {
            key: count * math.log((1 + section_count) / (1 + document_frequency[key])) + 0.1
            for key, count in counts.items()
        }
        top = max(scores.values())
        for key, score in scores.items():
            weights[(section_id, key)] = score / top
    return weights


def _pools(sentences: list[AnalysedSentence]) -> dict[tuple[str, str], list[str]]:
    """Each entity once, in its most common spelling (「Meta」 over 「META」)."""
    spellings: dict[tuple[str, str], dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for item in sentences:
        for span in item.spans:
            spellings[span.kind_key][span.key][span.text] += 1
    return {
        kind: [counts.most_common(1)[0][0] for counts in by_key.values()]
        for kind, by_key in spellings.items()
    }
