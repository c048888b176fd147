"""Practice assignments are met through the study loop: reviews of the assigned questions by the
due date, or a share of them mature (review state, stability of 21 days or more)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.courses.gradebook import gradebook
from quizzes.models import CardState, LearnerCard
from quizzes.services import learner_settings_for
from tests.factories import make_article, make_assignment, make_course, make_user
from tests.quizzes.study_helpers import review

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    teacher, learner = make_user(instructor=True), make_user()
    course = make_course(instructor=teacher, learners=[learner])
    article = make_article(user=teacher, visibility="courses")
    return course, article, learner


def test_reviews_target_counts_assigned_questions_until_the_due_date(setting):
    course, article, learner = setting
    now = timezone.now()
    practice = make_assignment(
        course=course,
        article=article,
        mode="practice",
        question_count=3,
        practice_target="reviews",
        target_reviews=3,
        opens_at=now - timedelta(days=2),
        due_at=now + timedelta(days=2),
    )
    assigned = list(practice.questions.order_by("id"))
    assert len(assigned) == 3
    outside = (
        article.questions.exclude(pk__in=[q.pk for q in assigned])
        .filter(status="published")
        .first()
    )
    review(learner, outside, now)  # not an assigned question: does not count
    review(learner, assigned[0], now)
    review(learner, assigned[1], now)
    [cell] = gradebook(course=course, now=now).rows[0].cells
    assert cell.status == "in_progress" and round(cell.score) == 67
    review(learner, assigned[2], now)
    [cell] = gradebook(course=course, now=now).rows[0].cells
    assert cell.status == "met"
    # Seen after the due date, the same reviews still count as met on time.
    [cell] = gradebook(course=course, now=now + timedelta(days=5)).rows[0].cells
    assert cell.status == "met"


def test_reviews_after_the_due_date_are_met_late(setting):
    course, article, learner = setting
    now = timezone.now()
    practice = make_assignment(
        course=course,
        article=article,
        mode="practice",
        question_count=2,
        practice_target="reviews",
        target_reviews=1,
        opens_at=now - timedelta(days=5),
        due_at=now - timedelta(days=1),
    )
    assert gradebook(course=course, now=now).rows[0].cells[0].status == "missing"
    review(learner, practice.questions.first(), now)
    assert gradebook(course=course, now=now).rows[0].cells[0].status == "met_late"


def test_mastery_target_counts_mature_cards_only(setting):
    course, article, learner = setting
    now = timezone.now()
    practice = make_assignment(
        course=course,
        article=article,
        mode="practice",
        question_count=4,
        practice_target="mastery",
        target_mastery=0.5,
    )
    first, second, third, _fourth = practice.questions.order_by("id")
    LearnerCard.objects.create(
        user=learner, question=first, due=now, state=CardState.REVIEW, stability=30
    )
    # Young review cards and long learning cards are not mature.
    LearnerCard.objects.create(
        user=learner, question=second, due=now, state=CardState.REVIEW, stability=20.9
    )
    LearnerCard.objects.create(
        user=learner, question=third, due=now, state=CardState.LEARNING, stability=40
    )
    [cell] = gradebook(course=course, now=now).rows[0].cells
    assert cell.status == "in_progress" and cell.score == 50  # 1 of 4 mature, half the target
    LearnerCard.objects.filter(question=second).update(stability=21)
    assert gradebook(course=course, now=now).rows[0].cells[0].status == "met"


def test_the_practice_page_says_which_reviews_count(client, setting):
    """A walker's 39 reviews of the article showed 90 % of a 30-review target: only the
    assigned questions' reviews counted, and nothing said so."""
    course, article, learner = setting
    practice = make_assignment(
        course=course, article=article, mode="practice", practice_target="reviews"
    )
    client.force_login(learner)
    page = client.get(f"/courses/assignments/{practice.pk}/").content.decode()
    assert "この課題の問題の復習だけが数えられます" in page


def test_a_practice_page_counts_in_the_targets_unit_for_learner_and_instructor(client, setting):
    course, article, learner = setting
    teacher = course.enrollments.get(role="instructor").user
    now = timezone.now()
    section = article.sections.order_by("position").first()
    practice = make_assignment(
        course=course,
        article=article,
        title="復習",
        mode="practice",
        question_count=3,
        target_reviews=5,
    )
    practice.sections.set([section])
    for question in practice.questions.order_by("id")[:2]:
        review(learner, question, now)

    client.force_login(learner)
    page = client.get(practice.get_absolute_url())
    assert "5回中2回" in page.text.replace(" ", "")
    # One section: the Study button opens that section's deck, where most cards count.
    assert page.context["study_url"] == f"/learn/study/section/{section.pk}/"
    home = client.get(f"/courses/{course.pk}/")
    assert "5回中2回" in home.text.replace(" ", "")
    # Its due date by the word the assignment's own page uses (a walker saw 期日 and 締め切り).
    assert "期日" not in home.text and "締め切り" in home.text

    client.force_login(teacher)
    page = client.get(practice.get_absolute_url())
    [row] = page.context["practice_rows"]
    assert row.user == learner and row.cells[0].reviews == 2
    assert "5回中2回" in page.text.replace(" ", "")
    # The teaching page names a practice as such, not by its (absent) submissions.
    teach = client.get("/courses/teach/")
    assert "提出0件" not in teach.text and "練習" in teach.text


def test_the_study_page_names_an_open_practice_with_its_count(client, setting):
    # A walker studying for a practice never saw it on the study screen, and stopped at
    # 「今すぐ復習するカードはもうありません」 at 7 of 12 reviews.
    course, article, learner = setting
    practice = make_assignment(
        course=course, article=article, title="復習課題", mode="practice", target_reviews=12
    )
    review(learner, practice.questions.first(), timezone.now())
    client.force_login(learner)
    page = client.get(f"/learn/study/article/{article.slug}/").text
    assert "復習課題" in page and "12回中1回" in page.replace(" ", "")
    assert "今すぐ続ける" in page
    # An htmx swap of the card reads no assignment.
    partial = client.get(
        f"/learn/study/article/{article.slug}/", headers={"HX-Request": "true"}
    ).text
    assert "study-card" in partial and "復習課題" not in partial
    # The session's summary, swapped in by htmx, says how far it took the practice and leads
    # back to it, not only to the deck list (a walker).
    settings = learner_settings_for(user=learner)
    settings.new_cards_per_day = 0
    settings.save()
    summary = client.get(
        f"/learn/study/article/{article.slug}/", headers={"HX-Request": "true"}
    ).text
    assert "summary-title" in summary and "12回中1回" in summary.replace(" ", "")
    assert f'href="{practice.get_absolute_url()}"' in summary and "「復習課題」に戻る" in summary
    # Another learner's page names none.
    client.force_login(make_user())
    assert "復習課題" not in client.get(f"/learn/study/article/{article.slug}/").text
