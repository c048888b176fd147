"""A typed blank on a name shows the name's reading wherever it is asked (issue 9)."""

import pytest

from content.exporting.anki import note_fields
from content.exporting.moodle import build_quiz
from content.models import QuestionKind, QuestionStatus
from quizzes.services import learner_settings_for
from tests.factories import make_article, make_user, publish_typed_blanks
from tests.quizzes.study_helpers import show

pytestmark = pytest.mark.django_db

GARDEN = """# 金沢の旅

## 庭園

旅の最初の日は、朝早くから兼六園をゆっくり歩いた。兼六園は江戸時代に造られた広い庭園である。
"""


@pytest.fixture
def name_cloze():
    article = publish_typed_blanks(make_article(text=GARDEN))
    question = article.questions.get(kind=QuestionKind.CLOZE, status=QuestionStatus.PUBLISHED)
    assert question.answer == "兼六園"
    return question


def test_the_study_card_shows_the_reading_of_a_typed_name(client, name_cloze):
    user = make_user()
    client.force_login(user)
    settings = learner_settings_for(user=user)
    settings.study_kinds = [QuestionKind.CLOZE]
    settings.save()
    context = show(client, name_cloze.article)
    assert context["question"] == name_cloze
    html = client.get(f"/learn/study/article/{name_cloze.article.slug}/").content.decode()
    assert "答えの読み：けんろくえん" in html


def test_exports_carry_the_reading_of_a_typed_name(name_cloze):
    assert "けんろくえん" in note_fields(name_cloze)[0]
    quiz = build_quiz(article=name_cloze.article, questions=[name_cloze]).decode()
    assert "けんろくえん" in quiz
