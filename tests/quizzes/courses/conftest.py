"""A class as the course tests need it: an instructor, a learner in their course, and an
article shared with courses. Here `article` and `learner` override tests/quizzes/conftest.py's,
which mean a plain learner's deck."""

import pytest

from tests.factories import make_article, make_course, make_user


@pytest.fixture
def teacher():
    return make_user(username="sensei", instructor=True)


@pytest.fixture
def learner():
    return make_user(username="gakusei")


@pytest.fixture
def course(teacher, learner):
    return make_course(instructor=teacher, learners=[learner])


@pytest.fixture
def article(teacher):
    return make_article(user=teacher, visibility="courses")
