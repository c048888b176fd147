"""Parsing the three source formats into a title and sections.

Choices worth knowing:
- Markdown ``###`` sub-sections become sections of their own whose
  ``parent_heading`` is the enclosing ``##``, so that "which section" questions
  stay fine-grained and the reader can still group them.
- Markdown code blocks and raw HTML are not article prose: they are left out.
- Lists and table rows are kept as text, one line each.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from markdown_it import MarkdownIt

from content.models import SourceFormat

from .errors import ArticleImportError

HEADING_MAX_CHARS = 60
_SENTENCE_END = tuple("。．.!?！？」』)）:：、,，")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(\S.*?\S|\S)\1")
_RUN_IN_HEADING = re.compile(r"\S\s*##\s+\S")
_WHITESPACE = re.compile(r"\s+")


@dataclass
class ParsedSection:
    heading: str
    text: str
    parent_heading: str = ""


@dataclass
class ParsedArticle:
    title: str
    source_format: SourceFormat
    sections: list[ParsedSection]
    warnings: list[str] = field(default_factory=list)


def detect_format(text: str) -> SourceFormat:
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and _RUN_IN_HEADING.search(lines[0]) and len(lines) > 2:
        return SourceFormat.MIXED
    if re.search(r"^#{1,6}\s+\S", text, flags=re.MULTILINE) or re.search(
        r"^(```|~~~)", text, flags=re.MULTILINE
    ):
        return SourceFormat.MARKDOWN
    return SourceFormat.TEXT


def parse(text: str, source_format: SourceFormat | None = None) -> ParsedArticle:
    source_format = source_format or detect_format(text)
    parser = {
        SourceFormat.MARKDOWN: parse_markdown,
        SourceFormat.TEXT: parse_plain_text,
        SourceFormat.MIXED: parse_mixed,
    }[source_format]
    return parser(text)


def strip_inline_markdown(text: str) -> str:
    """Keep link text, drop link targets and emphasis markers."""
    text = _LINK.sub(r"\1", text)
    return _EMPHASIS.sub(r"\2", text)


# Markdown -------------------------------------------------------------------


def parse_markdown(text: str) -> ParsedArticle:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    title = ""
    sections = [ParsedSection(heading="", text="")]
    lines: list[list[str]] = [[]]
    current_h2 = ""
    heading_level = 0
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines[-1].append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            content = _render_inline(token)
            if heading_level == 1 and not title:
                title = content
            elif heading_level:
                if heading_level <= 2:
                    current_h2 = content
                    parent = ""
                else:
                    parent = current_h2
                sections.append(ParsedSection(heading=content, text="", parent_heading=parent))
                lines.append([])
            elif row is not None:
                row.append(content)
            else:
                lines[-1].append(content)
    for section, section_lines in zip(sections, lines, strict=True):
        section.text = "\n".join(line for line in section_lines if line.strip())
    return ParsedArticle(title=title, source_format=SourceFormat.MARKDOWN, sections=sections)


def _render_inline(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


# Plain text -----------------------------------------------------------------


def looks_like_heading(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= HEADING_MAX_CHARS and not line.endswith(_SENTENCE_END) and "。" not in line
    )


def parse_plain_text(text: str) -> ParsedArticle:
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ParsedArticle(title="", source_format=SourceFormat.TEXT, sections=[])
    title = lines.pop(0).strip()
    return ParsedArticle(
        title=title, source_format=SourceFormat.TEXT, sections=_sections_from_lines(lines)
    )


def _sections_from_lines(lines: list[str], headings: set[str] | None = None) -> list[ParsedSection]:
    """Group lines under headings: the given set, or short unpunctuated lines followed by text."""
    sections = [ParsedSection(heading="", text="")]
    body: list[list[str]] = [[]]
    stripped = [line.strip() for line in lines]
    for index, line in enumerate(stripped):
        if not line:
            continue
        has_text_after = any(stripped[index + 1 :])
        is_heading = line in headings if headings is not None else looks_like_heading(line)
        if is_heading and has_text_after:
            sections.append(ParsedSection(heading=line, text=""))
            body.append([])
        else:
            body[-1].append(line)
    for section, section_lines in zip(sections, body, strict=True):
        section.text = "\n".join(section_lines)
    return sections


# The seed's mixed format ----------------------------------------------------


def parse_mixed(text: str) -> ParsedArticle:
    """Line 1 is the article as one-line Markdown; then the title; then the same text again.

    We keep the plain copy (it has paragraph breaks), take as headings the lines
    that a ``## `` marker of line 1 starts with, and check that both copies agree.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        raise ArticleImportError(
            _("The mixed format needs a one-line Markdown copy, a title line and a plain copy.")
        )
    one_line = strip_inline_markdown(lines[0])
    title = strip_inline_markdown(lines[1]).strip()
    plain_lines = [strip_inline_markdown(line).strip() for line in lines[2:]]
    marked = [segment.strip() for segment in re.split(r"##\s+", one_line)[1:]]
    headings = {
        line
        for line in plain_lines
        if looks_like_heading(line) and any(segment.startswith(line) for segment in marked)
    }
    warnings = []
    if len(headings) != len(marked):
        warnings.append(
            _("%(found)s of %(marked)s headings marked with ## were found in the plain copy.")
            % {"found": len(headings), "marked": len(marked)}
        )
    one_line_compact = _WHITESPACE.sub("", re.sub(r"##\s+", "", one_line))
    plain_compact = _WHITESPACE.sub("", "".join(plain_lines))
    if one_line_compact != plain_compact:
        warnings.append(_("The one-line copy and the plain copy differ; the plain copy was kept."))
    return ParsedArticle(
        title=title,
        source_format=SourceFormat.MIXED,
        sections=_sections_from_lines(plain_lines, headings),
        warnings=warnings,
    )
