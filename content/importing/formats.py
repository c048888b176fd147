"""Parsing the three source formats into a title and sections.

Choices worth knowing:
- Markdown ``###`` sub-sections become sections of their own whose
  ``parent_heading`` is the enclosing ``##``, so that "which section" questions
  stay fine-grained and the reader can still group them.
- Markdown code blocks and raw HTML are not article prose: they are left out.
- Lists and table rows are kept as text, one line each.
"""

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from markdown_it import MarkdownIt
from markdown_it import helpers as markdown_helpers

from content.models import SourceFormat

from .decoding import suspicious_text_warnings
from .errors import ArticleImportError
from .html_text import has_html, html_as_text
from .sentences import MAX_SENTENCE_CHARS, split_text

HEADING_MAX_CHARS = 60
TITLE_MAX_CHARS = 120
# What one article may make, however it is written: beyond these, sections are
# joined to the last one kept and sentences are left out, with a warning.
MAX_SECTIONS = 200
MAX_SENTENCES = 3000
# Generation costs about the same per character, however the text is cut into sentences.
MAX_TEXT_CHARS = 100_000
# Beyond this much input nothing can be kept unless most of it is markup or code, and
# markup-dense text is what makes markdown-it slowest: the rest is not read.
MAX_READ_CHARS = 4 * MAX_TEXT_CHARS
_SENTENCE_END = tuple("。．.!?！？:：、,，")
_TERMINATORS = tuple("。．.!?！？")
# A line ending in a closing bracket is a heading (町に生まれた「未来工場」) unless the
# bracket closes a sentence (「行くよ。」) or the whole line is one quotation.
_BRACKETS = {"」": "「", "』": "『", "）": "（", ")": "("}
# A bullet opens a list item, never a heading: the last short item of a list is followed by
# prose, as a heading is (「・竹串、清潔なふきん、ざる」 split a how-to's section, round 38).
_LIST_MARKS = tuple("・･•●○◆◇■□▪▫◎★☆※-*＊－–—")
# A step's number in brackets or circled: （6）, (6), 6）, ⑥.
_NUMBERED_ITEM = re.compile(r"^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[)）]|[①-⑳])")
# A number with a point, as headings are numbered too: 3. or 3．
_DOTTED_NUMBER = re.compile(r"^([0-9０-９]{1,2})\s*[.．](?![0-9０-９])")
_RUN_IN_HEADING = re.compile(r"\S\s*##\s+\S")
_WHITESPACE = re.compile(r"\s+")
# Explicit bidirectional formatting (U+202A–U+202E, U+2066–U+2069) can make text
# display differently from what it says; it is removed, with a warning.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_ENTITY = re.compile(r"&#?\w+;")


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
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    if (
        _RUN_IN_HEADING.search(first_line)
        and sum(1 for line in text.split("\n") if line.strip()) > 2
    ):
        return SourceFormat.MIXED
    if re.search(r"^#{1,6}\s+\S", text, flags=re.MULTILINE) or re.search(
        r"^(```|~~~)", text, flags=re.MULTILINE
    ):
        return SourceFormat.MARKDOWN
    return SourceFormat.TEXT


def parse(text: str, source_format: SourceFormat | None = None) -> ParsedArticle:
    """Title, sections and warnings; linear in the text and bounded in what it makes."""
    warnings = suspicious_text_warnings(text)
    bidi = len(_BIDI_CONTROLS.findall(text))
    if bidi:
        text = _BIDI_CONTROLS.sub("", text)
        warnings.append(
            ngettext(
                "%(count)s bidirectional control character (such as U+202E) was removed.",
                "%(count)s bidirectional control characters (such as U+202E) were removed.",
                bidi,
            )
            % {"count": bidi}
        )
    if len(text) > MAX_READ_CHARS:
        # At a line end if one is near the limit, so that no line is cut in two.
        cut = text.rfind("\n", MAX_READ_CHARS // 2, MAX_READ_CHARS)
        text = text[: cut if cut != -1 else MAX_READ_CHARS]
        warnings.append(
            _("Only the first %(limit)s characters were read; the rest was left out.")
            % {"limit": f"{len(text):,}"}
        )
    if has_html(text):
        text = html_as_text(text)
        warnings.append(
            _(
                "HTML tags were removed and the text between them kept; scripts and styles were left out."
            )
        )
    source_format = source_format or detect_format(text)
    parser = {
        SourceFormat.MARKDOWN: parse_markdown,
        SourceFormat.TEXT: parse_plain_text,
        SourceFormat.MIXED: parse_mixed,
    }[source_format]
    parsed = parser(text)
    parsed.warnings[:0] = warnings
    _bound(parsed)
    return parsed


def _markdown_parser(*, tables: bool = False) -> MarkdownIt:
    """CommonMark through markdown-it-py, with an inline link that cannot close rejected early.

    markdown-it reads up to ~130 characters of destination for every ``[a](`` before
    giving up, which makes ``[a](`` repeated cost seconds per 100 KB. An inline link
    needs a ``)`` after its ``(``; where none follows anywhere, we say so at once.
    """
    parser = MarkdownIt("commonmark")
    if tables:
        parser.enable("table")
    parser.helpers = SimpleNamespace(
        parseLinkLabel=markdown_helpers.parseLinkLabel,
        parseLinkTitle=markdown_helpers.parseLinkTitle,
        parseLinkDestination=_DestinationWithClosingParen(),
    )
    return parser


class _DestinationWithClosingParen:
    """markdown-it's parseLinkDestination, failing at once for ``(`` with no ``)`` after it.

    The position of the next ``)`` is cached per source text; the link rule asks at
    increasing positions, so all the look-ups together read the text about once.
    """

    def __init__(self) -> None:
        self._source: str | None = None
        self._asked_from = 0
        self._found = -1

    def __call__(self, string: str, pos: int, maximum: int):
        if self._after_opening_paren(string, pos) and self._next_paren(string, pos) == -1:
            return markdown_helpers.parseLinkDestination(string, pos, pos)  # "not a link"
        return markdown_helpers.parseLinkDestination(string, pos, maximum)

    @staticmethod
    def _after_opening_paren(string: str, pos: int) -> bool:
        index = pos - 1
        while index >= 0 and string[index] in " \t\n":
            index -= 1
        return index >= 0 and string[index] == "("

    def _next_paren(self, string: str, pos: int) -> int:
        still_valid = (
            string is self._source
            and self._asked_from <= pos
            and (self._found == -1 or self._found >= pos)
        )
        if not still_valid:
            self._source, self._asked_from = string, pos
            self._found = string.find(")", pos)
        return self._found


def _inline_parser() -> MarkdownIt:
    return _markdown_parser()


def strip_inline_markdown(text: str, parser: MarkdownIt | None = None) -> str:
    """Keep link text, drop link targets and emphasis markers (markdown-it's own inline rules)."""
    tokens = (parser or _inline_parser()).parseInline(text)
    return _render_inline(tokens[0]) if tokens else ""


def _bound(parsed: ParsedArticle) -> None:
    """Apply MAX_SECTIONS, MAX_SENTENCES and MAX_TEXT_CHARS, warning about what was joined or
    left out. Sentences are counted as split_sentences will split them, so the cut falls
    exactly after the last sentence kept."""
    sections = parsed.sections
    if len(sections) > MAX_SECTIONS:
        kept, rest = sections[:MAX_SECTIONS], sections[MAX_SECTIONS:]
        last = kept[-1]
        last.text = "\n".join(
            [last.text, *(line for s in rest for line in (s.heading, s.text) if line)]
        )
        parsed.sections = sections = kept
        parsed.warnings.append(
            _(
                "The article has %(count)s sections; only %(limit)s are kept as sections, and "
                "the text of the others was added to the last one."
            )
            % {"count": f"{len(kept) + len(rest):,}", "limit": MAX_SECTIONS}
        )
    sentences = chars = long_sentences = 0
    for index, section in enumerate(sections):
        split = split_text(section.text)
        long_sentences += split.long_sentences
        for position, span in enumerate(split.spans):
            if sentences < MAX_SENTENCES and chars + len(span.text) <= MAX_TEXT_CHARS:
                sentences += 1
                chars += len(span.text)
                continue
            left_out = (
                len(split.spans)
                - position
                + sum(len(split_text(later.text).spans) for later in sections[index + 1 :])
            )
            section.text = section.text[: split.spans[position - 1].end] if position else ""
            parsed.sections = sections[: index + 1]
            parsed.warnings.append(
                _(
                    "An article keeps at most %(sentences)s sentences and %(chars)s characters: "
                    "the last %(count)s sentences were left out."
                )
                % {
                    "sentences": f"{MAX_SENTENCES:,}",
                    "chars": f"{MAX_TEXT_CHARS:,}",
                    "count": f"{left_out:,}",
                }
            )
            break
        else:
            continue
        break
    if long_sentences:
        parsed.warnings.append(
            ngettext(
                # Not "at its commas" alone: a walker's pasted line had none (content/importing/
                # sentences.py cuts at spaces, then at the limit).
                "%(count)s sentence was longer than %(limit)s characters and was split at its "
                "commas or spaces, or where it has none, every %(limit)s characters.",
                "%(count)s sentences were longer than %(limit)s characters and were split at "
                "their commas or spaces, or where they have none, every %(limit)s characters.",
                long_sentences,
            )
            % {"count": f"{long_sentences:,}", "limit": MAX_SENTENCE_CHARS}
        )


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def _dropped_warning(kept: int, expected: int) -> list[str]:
    """A warning when parsing kept clearly less prose than the source holds."""
    if expected - kept > max(20, expected // 20):
        return [
            _(
                "Part of the text could not be read and was left out (%(kept)s of about "
                "%(expected)s letters were kept). Check deeply nested lists or quotes."
            )
            % {"kept": f"{kept:,}", "expected": f"{expected:,}"}
        ]
    return []


# Markdown -------------------------------------------------------------------


def parse_markdown(text: str) -> ParsedArticle:
    tokens = _markdown_parser(tables=True).parse(text)
    title = ""
    sections = [ParsedSection(heading="", text="")]
    lines: list[list[str]] = [[]]
    current_h2 = ""
    heading_level = 0
    row: list[str] | None = None
    # Letters that are left out on purpose (code, HTML, link targets), for the dropped-text check.
    skipped = 0
    for token in tokens:
        if token.type in {"fence", "code_block", "html_block"}:
            skipped += _letters(token.content)
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines[-1].append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            skipped += _skipped_inline_letters(token)
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
    kept = _letters(title) + sum(_letters(s.heading) + _letters(s.text) for s in sections)
    expected = _letters(text) - skipped - sum(_letters(m) for m in _ENTITY.findall(text))
    return ParsedArticle(
        title=title,
        source_format=SourceFormat.MARKDOWN,
        sections=sections,
        warnings=_dropped_warning(kept, expected),
    )


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


def _skipped_inline_letters(token) -> int:
    skipped = 0
    for child in token.children or []:
        if child.type == "html_inline":
            skipped += _letters(child.content)
        for name in ("href", "src", "title"):
            value = child.attrs.get(name) if child.attrs else None
            if isinstance(value, str):
                skipped += _letters(value)
    return skipped


# Plain text -----------------------------------------------------------------

# 「みどり市国際交流センター　2024年7月」: who issued a text and when, after a space: a byline
# (round 68 offered it among a guide's headings), not a heading.
_DATED_CREDIT = re.compile(r"\S[\s　]+\d{4}年\d{1,2}月(?:\d{1,2}日)?$")
# 「電話番号：0570-013904（平日…）」: a number to call is a line of its section, not its heading
# (round 69).
_PHONE_NUMBER = re.compile(r"\d{2,4}-\d{2,4}-?\d{3,4}")


def looks_like_heading(line: str) -> bool:
    line = line.strip()
    if (
        not 0 < len(line) <= HEADING_MAX_CHARS
        or "。" in line
        or line.startswith(_LIST_MARKS)
        or _DATED_CREDIT.search(line)
        or _PHONE_NUMBER.search(line)
    ):
        return False
    opening = _BRACKETS.get(line[-1])
    if opening is not None:
        # 町に生まれた「未来工場」 is a heading; 「行くよ」 and 「行くよ。」 are speech. A number's
        # brackets open no speech: (3)ゆうちょ銀行(ぎんこう)の国際送金(こくさいそうきん) (round 53).
        unnumbered = _NUMBERED_ITEM.sub("", line, count=1)
        return not unnumbered.startswith(opening) and not line[:-1].endswith(_TERMINATORS)
    return not line.endswith(_SENTENCE_END)


def _looks_like_title(line: str) -> bool:
    """The first line of a plain text is its title unless it is already prose."""
    line = line.strip()
    return 0 < len(line) <= TITLE_MAX_CHARS and "。" not in line and not line.endswith("．")


def parse_plain_text(text: str) -> ParsedArticle:
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return ParsedArticle(title="", source_format=SourceFormat.TEXT, sections=[])
    title = ""
    if _looks_like_title(lines[first]):
        title = lines[first].strip()
        first += 1
    return ParsedArticle(
        title=title, source_format=SourceFormat.TEXT, sections=_sections_from_lines(lines[first:])
    )


def _sections_from_lines(lines: list[str], headings: set[str] | None = None) -> list[ParsedSection]:
    """Group lines under headings: the given set, or short unpunctuated lines followed by text.

    Without a given set, of several heading-like lines in a row only the last
    is a heading (the others are kept as text), so that a list of short lines
    never turns into empty sections.
    """
    sections = [ParsedSection(heading="", text="")]
    body: list[list[str]] = [[]]
    stripped = [line.strip() for line in lines]
    candidates = [
        bool(line) and (line in headings if headings is not None else looks_like_heading(line))
        for line in stripped
    ]
    if headings is None:
        _drop_numbered_items(stripped, candidates)
        _admit_quoted_headings(stripped, candidates)
    # The next non-empty line after each line, found in one backward pass.
    next_line = [-1] * len(stripped)
    following = -1
    for index in range(len(stripped) - 1, -1, -1):
        next_line[index] = following
        if stripped[index]:
            following = index
    for index, line in enumerate(stripped):
        if not line:
            continue
        after = next_line[index]
        is_heading = (
            candidates[index] and after != -1 and (headings is not None or not candidates[after])
        )
        if is_heading:
            sections.append(ParsedSection(heading=line, text=""))
            body.append([])
        else:
            body[-1].append(line)
    for section, section_lines in zip(sections, body, strict=True):
        section.text = "\n".join(section_lines)
    return sections


def _drop_numbered_items(lines: list[str], candidates: list[bool]) -> None:
    """A numbered line beside another (（5）…, （6）…) is a list's item, never a heading: the
    last step of a guide, followed by prose, took a heading's place beside the guide's own
    「2．…」 headings (round 45). So are lines numbered 1. 2. 3. one after the other: headings
    numbered so have text between them (round 49 took 「3. タクシーの会社」 for one). A
    numbered line between prose may be a heading: （1）歴史, 3. まとめ."""
    filled = [index for index, line in enumerate(lines) if line]
    numbered = {index for index in filled if _NUMBERED_ITEM.match(lines[index])}
    for one, next_one in itertools.pairwise(filled):
        if (one in numbered and next_one in numbered) or _one_after_the_other(
            lines[one], lines[next_one]
        ):
            candidates[one] = candidates[next_one] = False


# A line that is one quotation and nothing else: 「まずは食べる楽しさを」, 「行くよ。」.
_QUOTATION_LINE = re.compile(r"「[^「」]+」|『[^『』]+』")
# More lines of quotation alone than this, and the text is speech: 「はい」, 「そうですね」.
_MOST_QUOTED_HEADINGS = 2


def _admit_quoted_headings(lines: list[str], candidates: list[bool]) -> None:
    """A report heads a section with a quotation (「まずは食べる楽しさを」, round 76) among
    headings of its own words. A line that is one unpunctuated quotation is then a heading
    too, but only in a text with two other headings and no more than two such lines: in an
    interview or a story, quotations alone on their lines are speech."""
    quoted = [index for index, line in enumerate(lines) if _QUOTATION_LINE.fullmatch(line)]
    if not quoted or len(quoted) > _MOST_QUOTED_HEADINGS or sum(candidates) < 2:
        return
    for index in quoted:
        line = lines[index]
        if len(line) <= HEADING_MAX_CHARS and not line[:-1].endswith(_TERMINATORS):
            candidates[index] = True


def _one_after_the_other(line: str, next_line: str) -> bool:
    """Two lines numbered with a point, the second the next number: 2. …, 3. …"""
    first, second = _DOTTED_NUMBER.match(line), _DOTTED_NUMBER.match(next_line)
    return (
        first is not None
        and second is not None
        and int(second.group(1)) == int(first.group(1)) + 1  # int() reads ３ as 3
    )


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
    inline = _inline_parser()
    one_line = strip_inline_markdown(lines[0], inline)
    title = strip_inline_markdown(lines[1], inline).strip()
    plain_lines = [strip_inline_markdown(line, inline).strip() for line in lines[2:]]
    marked = sorted(segment.strip() for segment in re.split(r"##\s+", one_line)[1:])
    headings = {
        line for line in plain_lines if looks_like_heading(line) and _starts_one_of(marked, line)
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


def _starts_one_of(sorted_segments: list[str], prefix: str) -> bool:
    """Whether a segment starts with ``prefix``: the first segment not below it, if any, does."""
    index = bisect_left(sorted_segments, prefix)
    return index < len(sorted_segments) and sorted_segments[index].startswith(prefix)
