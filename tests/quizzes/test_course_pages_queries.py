"""The instructor's course pages read what they need once: the same queries for a class of
2 or of 20, with two assignments or four (no query per learner or per assignment)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes.courses.models import Mode
from tests.factories import make_assignment, make_course, make_user

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _grow(course, article, learners: int, assignments: int) -> None:
    from quizzes.courses.models import Enrollment, Role

    for _ in range(learners):
        Enrollment.objects.create(course=course, user=make_user(), role=Role.LEARNER)
    for number in range(assignments):
        make_assignment(
            course=course,
            article=article,
            title=f"追加の課題{number}",
            mode=Mode.PRACTICE if number % 2 else Mode.QUIZ,
        )


@pytest.mark.parametrize("page", ["courses:course_detail", "courses:gradebook"])
def test_course_pages_query_count_does_not_grow_with_the_class(client, article, page):
    instructor = make_user(instructor=True)
    course = make_course(instructor=instructor, learners=[make_user(), make_user()])
    make_assignment(course=course, article=article)  # a quiz
    make_assignment(course=course, article=article, title="練習", mode=Mode.PRACTICE)
    client.force_login(instructor)
    url = reverse(page, kwargs={"pk": course.pk})
    small = _queries(client, url)
    _grow(course, article, learners=18, assignments=2)
    assert _queries(client, url) == small
