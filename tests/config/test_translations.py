import re
from pathlib import Path

from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale"
ENTRY = re.compile(
    r'^msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?((?:msgstr(?:\[\d\])? (?:".*"\n)+)+)', re.M
)


def unquote(block: str) -> str:
    return "".join(re.findall(r'"(.*)"', block))


def test_every_message_has_a_japanese_translation():
    catalog = (LOCALE / "ja" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in catalog
    missing = [
        unquote(msgid)
        for msgid, msgstr in ENTRY.findall(catalog)
        if unquote(msgid) and not unquote(msgstr)
    ]
    assert missing == []


def test_the_compiled_catalog_is_used():
    with translation.override("ja"):
        assert translation.gettext("Study") == "学習"
    with translation.override("en"):
        assert translation.gettext("Study") == "Study"
