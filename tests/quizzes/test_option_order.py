"""Options come in another order on each showing of a card (a walker remembered 25億円 as
"always 1"), the same on a reload; true or false keep theirs."""

import pytest

from content.models import QuestionKind, QuestionStatus
from quizzes.models import LearnerCard
from quizzes.queue import StudyItem
from quizzes.views.study import shown_options
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def orders(question, user):
    card = LearnerCard(user=user, question=question)
    seen = []
    for reps in range(6):
        card.reps = reps
        seen.append([value for value, _label in shown_options(StudyItem(question, card))])
    return seen


def test_a_choice_is_shuffled_per_showing_and_kept_on_a_reload():
    article = make_article()
    user = make_user()
    choice = article.questions.filter(kind=QuestionKind.CHOICE, status=QuestionStatus.PUBLISHED)[0]
    seen = orders(choice, user)
    assert all(sorted(order) == sorted(choice.choices) for order in seen)
    assert len({tuple(order) for order in seen}) > 1
    assert seen == orders(choice, user)  # a reload of one showing keeps its order


def test_true_or_false_keep_their_order():
    article = make_article()
    user = make_user()
    statement = article.questions.filter(kind=QuestionKind.TRUEFALSE).first()
    assert {tuple(order) for order in orders(statement, user)} == {tuple(statement.choices)}


def test_a_reading_with_options_is_shuffled_too():
    """「協定」 kept きょじょう/きょうじょう/きょてい/きょうてい on every showing (a walker)."""
    article = make_article()
    user = make_user()
    reading = article.questions.filter(kind=QuestionKind.READING).first()
    reading.choices = ["きょじょう", "きょうじょう", "きょてい", "きょうてい"]
    seen = orders(reading, user)
    assert len({tuple(order) for order in seen}) > 1
