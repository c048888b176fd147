"""What a question asks, said above its prompt where the prompt alone does not say it."""

import pytest
from django.utils import translation

from content.models import BLANK, Question, QuestionKind, QuestionStatus
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_blank_says_what_fills_it_and_a_choice_of_kanji_says_its_own():
    # A walker: the quiz's figure blanks had no line above them, unlike every other kind.
    article = make_article()
    choices = article.questions.filter(kind=QuestionKind.CHOICE, status=QuestionStatus.PUBLISHED)
    figure = next(q for q in choices if not q.extra.get("spelling"))
    spelling = next(q for q in choices if q.extra.get("spelling"))
    assert BLANK in figure.prompt
    with translation.override("ja"):
        assert figure.instruction == "記事に合うものを選んでください。"
        assert spelling.instruction == "［　］の言葉は、漢字でどう書きますか？"
    # An instructor's own choice question that asks without a blank says nothing of one.
    asked = Question(kind=QuestionKind.CHOICE, prompt="港町の博物館が開館したのはいつですか。")
    assert asked.instruction == ""
