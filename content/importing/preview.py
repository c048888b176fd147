"""Parse and split an article without saving it: what the upload preview and the importer share."""

import hashlib
from dataclasses import dataclass

from django.utils.translation import gettext as _

from content.models import SourceFormat

from .errors import ArticleImportError
from .formats import parse
from .sentences import SentenceSpan, split_sentences

TITLE_MAX_CHARS = 300


@dataclass(frozen=True)
class PreparedSection:
    heading: str
    parent_heading: str
    text: str
    sentences: list[SentenceSpan]

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class PreparedArticle:
    title: str
    source_format: SourceFormat
    text: str
    checksum: str
    sections: list[PreparedSection]
    warnings: list[str]

    @property
    def sentence_count(self) -> int:
        return sum(len(section.sentences) for section in self.sections)


def checksum_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare_article(
    *, text: str, title: str = "", source_format: SourceFormat | None = None
) -> PreparedArticle:
    """Everything the importer would store, computed in memory; raises ArticleImportError."""
    if not text.strip():
        raise ArticleImportError(_("The article is empty."))
    parsed = parse(text, source_format)
    sections = [
        PreparedSection(
            heading=section.heading,
            parent_heading=section.parent_heading,
            text=section.text,
            sentences=split_sentences(section.text),
        )
        for section in parsed.sections
    ]
    sections = [section for section in sections if section.sentences]
    if not sections:
        raise ArticleImportError(_("No sentences were found in this text."))
    chosen_title = title or parsed.title or sections[0].heading or sections[0].sentences[0].text
    chosen_title = chosen_title.strip()[:TITLE_MAX_CHARS]
    return PreparedArticle(
        title=chosen_title,
        source_format=parsed.source_format,
        text=text,
        checksum=checksum_of(text),
        sections=sections,
        warnings=parsed.warnings,
    )
