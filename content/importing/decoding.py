"""Bytes to text: BOMs, UTF-8, Shift_JIS (CP932) and EUC-JP, with newlines unified."""

import codecs
import re

from django.utils.translation import gettext as _

from .errors import ArticleImportError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
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
