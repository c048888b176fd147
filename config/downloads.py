"""File downloads: a filename that survives any script, and CSV that spreadsheets open safely."""

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.utils.http import content_disposition_header

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP's list).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value: object) -> str:
    """The cell as text, prefixed with an apostrophe when a spreadsheet would run it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def csv_text(*, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV with every cell neutralised, as UTF-8 text starting with a BOM for Excel."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralize_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralize_cell(cell) for cell in row])
    return buffer.getvalue()


def download_response(*, content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    """An attachment whose filename keeps Japanese through RFC 5987 (filename*=UTF-8'')."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
