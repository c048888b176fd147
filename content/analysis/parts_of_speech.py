"""A word's part of speech as a learner names it, from Sudachi's tags.

The word look-up showed Sudachi's own 名詞-普通名詞-一般 beside JMdict's English "noun
(common) (futsuumeishi)": a tagger's code and a dictionary's, in the Japanese interface
too (a walker, session 38). A learner's grammar calls 形状詞 a na-adjective and counts a
noun that takes する apart.
"""

from django.utils.translation import gettext_lazy as _

_LABELS = {
    "名詞": _("noun"),
    "代名詞": _("pronoun"),
    "動詞": _("verb"),
    "形容詞": _("i-adjective"),
    "形状詞": _("na-adjective"),
    "副詞": _("adverb"),
    "連体詞": _("pre-noun adjectival"),
    "接続詞": _("conjunction"),
    "感動詞": _("interjection"),
    "助詞": _("particle"),
    "助動詞": _("auxiliary verb"),
    "接頭辞": _("prefix"),
    "接尾辞": _("suffix"),
}


def part_of_speech(pos: str) -> str:
    """名詞-固有名詞-人名 → proper noun; 名詞-普通名詞-サ変可能 → noun (also a する verb)."""
    major, _sep, rest = pos.partition("-")
    if rest == "助動詞語幹":
        # そう of 大変だったそうです (名詞-…, hearsay) and of おいしそうです (形状詞-…): the
        # stem of the auxiliary そうだ, which a learner's grammar teaches as one.
        return str(_("auxiliary verb"))
    if major == "名詞" and rest.startswith("固有名詞"):
        return str(_("proper noun"))
    if major == "名詞" and rest.startswith("数詞"):
        return str(_("number"))
    if major == "名詞" and "サ変可能" in rest:
        return str(_("noun (also a する verb)"))
    return str(_LABELS.get(major, major))
