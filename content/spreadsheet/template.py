"""The file instructors start from: the columns, and one example row per common kind."""

from django.utils.translation import gettext as _

from config.downloads import csv_text
from content.models import Article
from content.spreadsheet.reading import COLUMNS


def template_csv(*, article: Article) -> str:
    sections = list(article.sections.all())
    first = sections[0].heading or "1" if sections else "1"
    last = sections[-1].heading or str(len(sections)) if sections else "1"
    header = [aliases[0] for aliases in COLUMNS.values()]
    rows = [
        [
            "choice",
            first,
            _("Example: Dokkai turns an article into a ［　？　］."),
            _("course"),
            "",
            " | ".join([_("course"), _("novel"), _("poem"), _("song")]),
            _("Delete the example rows."),
        ],
        [
            "cloze",
            last,
            _("Example: Each section becomes a set of ［　？　］."),
            _("questions"),
            _("question"),
            "",
            "",
        ],
        ["truefalse", last, _("Example: Dokkai has no spaced repetition."), "false", "", "", ""],
    ]
    return csv_text(header=header, rows=rows)
