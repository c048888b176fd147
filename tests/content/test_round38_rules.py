"""Issue 9, blind round 38: statements that name nothing they are about, and statements
always true (fillers), which teachers failed one in two. Each text is our own."""

import pytest

from content.generation.builders import _names_what_it_is_about


@pytest.mark.parametrize(
    "statement",
    [
        "もとは大阪の米問屋の次男だった。",  # whose son?
        "転機は大正三年に訪れる。",  # whose turning point?
        "午前中は尾根を西へ。",  # cut off at its particle
        "手で直せるところは機械に頼らない。",  # who says so?
    ],
)
def test_a_statement_that_names_nothing_it_is_about_does_not_stand(statement):
    assert not _names_what_it_is_about(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "北海道の冬はとても寒いです。",  # a season of something named
        "江戸時代には、各地の藩が藩札と呼ばれる紙のお金を発行していた。",  # a subject in a clause
        "料理をするときは、火のそばを離れません。",  # a guide's step is the reader's own
        "工女は近隣の村の娘たちで、初年度は三十八人。",
    ],
)
def test_a_statement_with_a_topic_or_a_subject_stands(statement):
    assert _names_what_it_is_about(statement)
