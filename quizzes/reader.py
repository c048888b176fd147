"""Reads for the reader: an article's sections with furigana in the learner's mode, and coverage.

The reader lives on the learning side because what it shows depends on the learner
(their furigana mode, their known words, the sections they opened); the text itself
comes from content's stored analysis, so no request runs the analyser.
"""

from collections import Counter, OrderedDict
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from content.models import Article, Question, Section, Sentence
from content.reading import (
    Coverage,
    Word,
    coverage,
    has_words_cached,
    sentence_html,
    sentence_words,
    vocabulary,
    words_of,
)
from content.selectors import articles_visible_to
from quizzes.models import LearnerSettings, SectionRead


@dataclass(frozen=True)
class ReaderSection:
    section: Section
    # Each paragraph's sentences, each in a span the study feedback links to (#s-<id>).
    paragraphs: list[SafeString]
    coverage: Coverage


def reader_article(*, user, slug: str) -> Article:
    """The article with its sections and sentences, in two queries; 404 if the person may not see it."""
    # The analysis stays deferred: reader_sections loads it only for sentences whose
    # words this process has not built yet (decoding every sentence's JSON costs most).
    sentences = Sentence.objects.only("id", "section_id", "position", "text", "start", "end")
    return get_object_or_404(
        articles_visible_to(user=user).prefetch_related(
            Prefetch(
                "sections",
                queryset=Section.objects.prefetch_related(Prefetch("sentences", sentences)),
            )
        ),
        slug=slug,
    )


def word_url_prefix() -> str:
    """The look-up URL without its sentence and word, built once per page rather than per word."""
    return escape(
        reverse("quizzes:word", kwargs={"sentence_id": 1, "index": 1}).removesuffix("1/1/")
    )


def reader_sections(*, article: Article, mode: str, known: frozenset[str]) -> list[ReaderSection]:
    prefix = word_url_prefix()
    _load_missing_analyses(
        [sentence for section in article.sections.all() for sentence in section.sentences.all()]
    )
    sections = []
    for section in article.sections.all():
        paragraphs: list[list[str]] = []
        counts: Counter = Counter()
        previous_end = None
        for sentence in section.sentences.all():
            words = words_of(sentence)
            counts.update(vocabulary(words))

            def link(word: Word, sentence_id: int = sentence.pk) -> str:
                return f"{prefix}{sentence_id}/{word.index}/"

            html = sentence_html(words, mode=mode, known=known, link=link)
            item = f'<span id="s-{sentence.pk}" class="sentence">{html}</span>'
            # A line break between two sentences of the section text starts a paragraph.
            # Text between them that is in no sentence (the 「」 around speech) is shown as is.
            gap = section.text[previous_end or 0 : sentence.start].split("\n")
            if previous_end is not None and gap[0].strip():
                paragraphs[-1].append(escape(gap[0].strip()))
            if previous_end is None or len(gap) > 1:
                # A transcript's 「佐久間　」 keeps the space between the name and the answer.
                opening = gap[-1].lstrip()
                paragraphs.append([escape(opening)] if opening.strip() else [])
            paragraphs[-1].append(item)
            previous_end = sentence.end
        if previous_end is not None and (
            tail := section.text[previous_end:].split("\n")[0].strip()
        ):
            paragraphs[-1].append(escape(tail))
        # Every piece was escaped, by sentence_html or here; the ids are integers.
        html_paragraphs = [mark_safe("".join(paragraph)) for paragraph in paragraphs]
        sections.append(ReaderSection(section, html_paragraphs, coverage(counts, known)))
    return sections


def _load_missing_analyses(sentences: list[Sentence]) -> None:
    """One query for the analyses of the sentences whose words are not cached yet."""
    missing = {sentence.pk: sentence for sentence in sentences if not has_words_cached(sentence)}
    if not missing:
        return
    rows = Sentence.objects.filter(pk__in=missing).values_list("pk", "analysis")
    for pk, analysis in rows:
        missing[pk].analysis = analysis


# Each article's vocabulary, by (id, checksum): the text of an article never changes
# under the same checksum, so the article list reads the analyses once per process.
_VOCABULARY_CACHE: OrderedDict[tuple[int, str], Counter] = OrderedDict()
_VOCABULARY_CACHE_SIZE = 512


def article_vocabularies(articles: QuerySet[Article]) -> dict[int, Counter]:
    keys = {article.pk: (article.pk, article.checksum) for article in articles}
    missing = [pk for pk, key in keys.items() if key not in _VOCABULARY_CACHE]
    if missing:
        counts: dict[int, Counter] = {pk: Counter() for pk in missing}
        complete = dict.fromkeys(missing, True)
        rows = Sentence.objects.filter(section__article_id__in=missing).values_list(
            "section__article_id", "text", "analysis"
        )
        for article_id, text, analysis in rows:
            if analysis is None:
                complete[article_id] = False  # generation has not analysed it yet
            counts[article_id].update(vocabulary(sentence_words(text, analysis)))
        for pk in missing:
            if complete[pk]:
                _VOCABULARY_CACHE[keys[pk]] = counts[pk]
                while len(_VOCABULARY_CACHE) > _VOCABULARY_CACHE_SIZE:
                    _VOCABULARY_CACHE.popitem(last=False)
        found = {pk: counts[pk] for pk in missing}
    else:
        found = {}
    return {pk: found[pk] if pk in found else _VOCABULARY_CACHE[key] for pk, key in keys.items()}


def article_coverages(*, user, known: frozenset[str]) -> list[tuple[Article, Coverage]]:
    articles = articles_visible_to(user=user).only("id", "checksum")
    vocabularies = article_vocabularies(articles)
    return [(article, coverage(vocabularies[article.pk], known)) for article in articles]


def opened_sections_only(
    questions: QuerySet[Question], *, user, learner: LearnerSettings
) -> QuerySet[Question]:
    """With "hold back until read", new questions wait until their section was opened in the reader.

    A learner's own words came from the reader, so they never wait.
    """
    if not learner.hold_until_read:
        return questions
    opened = SectionRead.objects.filter(user=user, section_id=OuterRef("section_id"))
    return questions.filter(Q(owner__isnull=False) | Exists(opened))
