"""A CSV or TSV file (UTF-8 with or without BOM, or CP932 as Excel saves it) to rows of cells."""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.importing.decoding import decode_article_bytes
from content.importing.errors import ArticleImportError

MAX_BYTES = 2_000_000
MAX_ROWS = 2_000

# The columns in the order of the template, with the headers each may go by.
COLUMNS = {
    "kind": ("kind", "type", "種類", "問題の種類", "形式"),
    "section": ("section", "セクション", "節", "章"),
    "prompt": ("prompt", "question", "問題", "問題文", "設問"),
    "answer": ("answer", "答え", "正解", "解答"),
    "accepted_answers": ("accepted answers", "accepted", "also accepted", "別解", "許容する答え"),
    "options": ("options", "choices", "選択肢"),
    "explanation": ("explanation", "解説", "説明"),
}
REQUIRED = ("kind", "section", "prompt", "answer")
COLUMN_LABELS = {
    "kind": gettext_lazy("kind"),
    "section": gettext_lazy("section"),
    "prompt": gettext_lazy("prompt"),
    "answer": gettext_lazy("answer"),
    "accepted_answers": gettext_lazy("accepted answers"),
    "options": gettext_lazy("options"),
    "explanation": gettext_lazy("explanation"),
}
# Several answers or options in one cell: one per line, or separated by a vertical bar.
LIST_SEPARATOR = re.compile(r"\s*[|｜\n]\s*")


class SpreadsheetError(Exception):
    """A problem with the whole file; its message is shown to the instructor."""


@dataclass(frozen=True)
class SheetRow:
    line: int  # the row number a spreadsheet shows (the header is row 1)
    values: dict[str, str]


def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", text).casefold())


_ALIASES = {_header_key(alias): column for column, aliases in COLUMNS.items() for alias in aliases}


def split_list(cell: str) -> list[str]:
    return [part for part in LIST_SEPARATOR.split(cell.strip()) if part]


def _decode(data: bytes) -> str:
    try:
        return decode_article_bytes(data, max_bytes=MAX_BYTES)
    except ArticleImportError as error:
        advice = _(
            "Save the sheet as CSV (UTF-8 or Shift_JIS) or as tab-separated text, and upload that file."
        )
        raise SpreadsheetError(f"{error} {advice}") from error


def read_sheet(data: bytes) -> list[SheetRow]:
    """The file's data rows with their cells under our column names, or a SpreadsheetError."""
    if not data.strip():
        raise SpreadsheetError(_("The file is empty."))
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(records)
        columns = [_ALIASES.get(_header_key(cell)) for cell in header]
        missing = [column for column in REQUIRED if column not in columns]
        if missing:
            raise SpreadsheetError(
                _(
                    "The first row must name the columns; missing: %(missing)s. Download the template to see them."
                )
                % {"missing": ", ".join(str(COLUMN_LABELS[column]) for column in missing)}
            )
        rows = []
        for index, record in enumerate(records, start=2):
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) == MAX_ROWS:
                raise SpreadsheetError(
                    _("The file has more than %(limit)s questions; split it into smaller files.")
                    % {"limit": f"{MAX_ROWS:,}"}
                )
            values = {column: "" for column in COLUMNS}
            for column, cell in zip(columns, record, strict=False):
                if column:
                    values[column] = cell.strip()
            rows.append(SheetRow(line=index, values=values))
    except csv.Error as error:
        raise SpreadsheetError(
            _("The file is not valid CSV: %(reason)s.") % {"reason": error}
        ) from error
    if not rows:
        raise SpreadsheetError(_("The file has a header but no questions."))
    return rows
