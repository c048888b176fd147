"""The gradebook's cells as a teacher reads them."""

import re

import pytest

from quizzes.courses.gradebook import Cell, Row
from quizzes.templatetags.gradebook import gradebook_cells, status_labels


def _scores(*cells: Cell) -> list[str]:
    html = gradebook_cells(Row(user=None, cells=list(cells)), status_labels())
    return [
        (match.group(1) or "")
        for match in re.finditer(r"<td[^>]*>(?:<strong>(\d+%)</strong> )?", html)
    ]


@pytest.mark.parametrize(
    ("score", "shown"),
    [(87.5, "88%"), (62.5, "63%"), (12.5, "13%"), (33.3333, "33%"), (0.0, "0%"), (100.0, "100%")],
)
def test_halves_round_up_as_a_teacher_checks_by_hand(score, shown):
    # Python's round gave 88 for 7/8 but 62 for 5/8 and 12 for 1/8 (a walker's teacher).
    assert _scores(Cell("done", score=score)) == [shown]


def test_a_practice_not_begun_shows_its_status_alone_as_a_quiz_does():
    assert _scores(Cell("todo", score=0.0), Cell("todo"), Cell("in_progress", score=20.0)) == [
        "",
        "",
        "20%",
    ]
    # A missing practice keeps its 0 %: it counts as such in the class's average.
    assert _scores(Cell("missing", score=0.0)) == ["0%"]
