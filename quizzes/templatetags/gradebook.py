"""The gradebook's cells, rendered in Python.

A class of 200 learners and 20 assignments has 4,000 cells; through the
template engine they cost most of the page's time (measured by bench/classes.py),
so one tag writes them with format_html, which escapes just the same.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from quizzes.courses.gradebook import STATUS_LABELS, Row

register = template.Library()


@register.simple_tag
def gradebook_cells(row: Row, labels: dict[str, str]) -> SafeString:
    return format_html_join(
        "",
        '<td class="status-{}">{}<span class="cell-status">{}</span></td>',
        (
            (
                cell.status,
                format_html("<strong>{}%</strong> ", round(cell.score))
                if cell.score is not None
                else "",
                labels[cell.status],
            )
            for cell in row.cells
        ),
    )


@register.simple_tag
def status_labels() -> dict[str, str]:
    """The labels translated once per page rather than once per cell."""
    return {status: str(label) for status, label in STATUS_LABELS.items()}
