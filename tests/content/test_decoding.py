import codecs

import pytest

from content.importing.decoding import decode_article_bytes
from content.importing.errors import ArticleImportError

TEXT = "題名\n\n日本語の文章です。カタカナも含む。"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("cp932"),
        TEXT.encode("euc_jp"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("cp932"),
        TEXT.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "shift-jis", "euc-jp", "crlf", "cr-sjis", "utf16-bom"],
)
def test_encodings_and_newlines(data):
    assert decode_article_bytes(data, max_bytes=10_000) == TEXT


def test_width_is_kept_as_written():
    text = "ＡＢＣと１２３とｶﾀｶﾅ。"
    assert decode_article_bytes(text.encode("utf-8"), max_bytes=1000) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "バイナリ"),
        (bytes([0x82, 0xA0, 0xFF, 0xFE, 0x80, 0x81, 0xFD]), "文字コード"),
        ("あ".encode() * 400, "大きすぎ"),
    ],
    ids=["binary", "undecodable", "too-large"],
)
def test_bad_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(ArticleImportError, match=message):
        decode_article_bytes(data, max_bytes=1000)
