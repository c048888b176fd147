"""A term the article defines, typed: its printed reading counts as the answer too (issue 9)."""

import pytest

from content.models import QuestionKind, QuestionStatus
from quizzes.grading import grade
from tests.factories import make_article

pytestmark = pytest.mark.django_db

# Written for this test: one tax, defined once, and no other term of its class to offer.
PORT_TAX = """# 港の税

## 船から取る税

守護代は、港に出入りする船から「津料（つりょう）」と呼ばれる通行税を取り立てた。
津料の額は、船一艘につき銭三百文が基準だった。
積荷の多い大船は、その倍を納める決まりであった。
集めた税の一部は、寺の修理の費用として寄進された。

## 港の倉

港には、荷を預かる倉が二十棟も並んでいた。
倉の持ち主は、のちに町の有力な商人となった。
"""


def test_a_defined_terms_printed_reading_is_accepted():
    article = make_article(text=PORT_TAX)
    question = article.questions.get(kind=QuestionKind.CLOZE, answer="津料")
    # Kept for the instructor to publish, as every typed blank is.
    assert question.status == QuestionStatus.DRAFT
    assert "「［　？　］」と呼ばれる通行税" in question.prompt
    assert grade(question, "津料").correct
    assert grade(question, "つりょう").correct
    assert not grade(question, "通行税").correct
