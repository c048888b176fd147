"""Bytes to text: BOMs, UTF-8, Shift_JIS (CP932) and EUC-JP, with newlines unified."""

import codecs
import re
from collections import Counter

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .errors import ArticleImportError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
# Kanji and half-width katakana: what Latin-1 or Windows-1252 bytes become when read as CP932.
_MOJIBAKE_PRONE = re.compile(r"[\u4e00-\u9fff\uff61-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")
_REPLACEMENT = "\ufffd"
_LEGACY_JAPANESE = ("cp932", "euc_jp")


def decode_article_bytes(data: bytes, *, max_bytes: int) -> str:
    """Decode an uploaded file, refusing binary data and text that decodes as nothing we know."""
    if len(data) > max_bytes:
        raise ArticleImportError(
            _("The file is too large (%(size)s bytes; the limit is %(limit)s bytes).")
            % {"size": f"{len(data):,}", "limit": f"{max_bytes:,}"}
        )
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleImportError(_("This looks like a binary file, not text."))
    text = _decode(data)
    return normalize_text(text)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # CP932 and EUC-JP both decode some byte strings; prefer the reading with more kana.
    readings = []
    for encoding in _LEGACY_JAPANESE:
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise ArticleImportError(
            _("The file could not be decoded. Save it as UTF-8, Shift_JIS or EUC-JP and try again.")
        )
    return max(readings, key=lambda text: len(_KANA.findall(text)))


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ArticleImportError(
            _("The file could not be decoded as %(encoding)s.") % {"encoding": encoding}
        ) from error


def normalize_text(text: str) -> str:
    """Unify newlines and drop a leading BOM; refuse text with control characters."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise ArticleImportError(_("This looks like a binary file, not text."))
    return text


# A line this often, and as this share of the text's lines, is filler rather than prose: an
# article repeats a heading or a list mark, seldom a whole line, and not in a third of them.
REPEATED_LINE_TIMES = 3
REPEATED_LINE_SHARE = 0.3


def _repeated_line(text: str) -> tuple[str, int] | None:
    """The text's most repeated line and how often it appears, when that looks like junk."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if len(line) > 1]
    if not lines:
        return None
    line, times = Counter(lines).most_common(1)[0]
    if times >= REPEATED_LINE_TIMES and times >= REPEATED_LINE_SHARE * len(lines):
        return line, times
    return None


def suspicious_text_warnings(text: str) -> list[str]:
    """Warnings for text that decoded but probably not as its author wrote it.

    Japanese prose has far more hiragana than a quarter of its kanji. Latin-1 or Windows-1252 text
    read as CP932 turns its accented letters into scattered kanji and half-width
    katakana among Latin letters, with almost no hiragana; U+FFFD marks bytes already lost upstream.
    """
    warnings = []
    prone = len(_MOJIBAKE_PRONE.findall(text))
    if prone >= 3:
        hiragana = len(_HIRAGANA.findall(text))
        latin = len(_LATIN.findall(text))
        if hiragana * 4 < prone and latin > prone:
            warnings.append(
                _(
                    "This text has kanji or half-width katakana but almost no hiragana: it may "
                    "have been decoded with the wrong encoding (for example, a Latin-1 file "
                    "read as Shift_JIS). Check the preview before saving."
                )
            )
    if repeated := _repeated_line(text):
        line, times = repeated
        warnings.append(
            _(
                "The line “%(line)s” appears %(times)s times: the file may be one line "
                "copied over and over. Check the preview before saving."
            )
            % {"line": line[:40] + ("…" if len(line) > 40 else ""), "times": f"{times:,}"}
        )
    replaced = text.count(_REPLACEMENT)
    if replaced:
        warnings.append(
            ngettext(
                "%(count)s character had been lost before the upload and shows as U+FFFD.",
                "%(count)s characters had been lost before the upload and show as U+FFFD.",
                replaced,
            )
            % {"count": replaced}
        )
    return warnings
