"""The gradebook's cells, rendered in Python.

A class of 200 learners and 20 assignments has 4,000 cells; through the
template engine they cost most of the page's time (measured by bench/classes.py),
so one tag writes them. Nothing a person typed goes into a cell: the status is
one of a fixed set, the score a number, an extension a date, and each label is escaped
once per page.
"""

import math

from django import template
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from quizzes.courses.gradebook import STATUS_LABELS, Row

register = template.Library()


@register.simple_tag
def gradebook_cells(row: Row, labels: dict[str, str]) -> SafeString:
    cells = []
    for cell in row.cells:
        # Halves round up, as a teacher checks by hand (7/8 is 88 %, and so 5/8 is 63 %, where
        # Python's round gave 62); a practice not begun shows its status alone, as a quiz does.
        shown = cell.score is not None and not (cell.status == "todo" and not cell.score)
        score = f"<strong>{math.floor(cell.score + 0.5)}%</strong> " if shown else ""
        extended = (
            f' <span class="cell-extended">{labels["extended"]} '
            f"{timezone.localtime(cell.extended_to):%m/%d}</span>"
            if cell.extended_to
            else ""
        )
        cells.append(
            f'<td class="status-{cell.status}">{score}'
            f'<span class="cell-status">{labels[cell.status]}</span>{extended}</td>'
        )
    # Built from fixed, escaped parts only (see the module docstring).
    return mark_safe("".join(cells))


@register.simple_tag
def status_labels() -> dict[str, str]:
    """The labels translated and escaped once per page rather than once per cell."""
    labels = {status: escape(str(label)) for status, label in STATUS_LABELS.items()}
    # A learner's own later due date, beside their status.
    labels["extended"] = escape(gettext("Extended"))
    return labels
