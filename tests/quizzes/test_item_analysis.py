"""Item analysis against a worked example computed by hand.

Five attempts at a three-question quiz (1 = right, 0 = wrong):

    attempt   q1 q2 q3   total
    A          1  1  1     3
    B          1  1  0     2
    C          1  0  1     2
    D          0  1  0     1
    E          0  0  0     0

q1: marks 1,1,1,0,0, mean 0.6 → facility 60. Σ(x−0.6)² = 3·0.16 + 2·0.36 = 1.2,
    variance 1.2/4 = 0.3, SD √0.3 = 0.5477 → 54.77.
    Rest of test (total − q1) = 2,1,1,1,0, mean 1, Σ(r−1)² = 2.
    Σ(x−0.6)(r−1) = 0.4·1 + 0 + 0 + 0 + (−0.6)(−1) = 1.0.
    r = 1.0 / √(1.2 · 2) = 1/√2.4 = 0.6455 → discrimination 64.55.
    Sorted marks 0,0,1,1,1 against sorted rests 0,1,1,1,2 give the same 1.0 → efficiency 100.
q2: marks 1,1,0,1,0 → facility 60, SD 54.77. Rests 2,1,2,0,0 (mean 1).
    Σ(x−0.6)(r−1) = 0.4 + 0 − 0.6 − 0.4 + 0.6 = 0 → discrimination 0, efficiency 0: flagged low.
q3: marks 1,0,1,0,0 → facility 40, Σ(x−0.4)² = 1.2 → SD 54.77. Rests 2,2,1,1,0 (mean 1.2),
    Σ(r−1.2)² = 2.8. Σ(x−0.4)(r−1.2) = 0.48 − 0.32 − 0.12 + 0.08 + 0.48 = 0.6.
    r = 0.6/√(1.2 · 2.8) = 0.6/√3.36 = 0.3273 → 32.73.
    Sorted: marks 0,0,0,1,1 with rests 0,1,1,2,2 → Σ = 0.48+0.08+0.08+0.48+0.48 = 1.6,
    efficiency 0.6/1.6 = 37.5.
Alpha: item variances 0.3 + 0.3 + 0.3 = 0.9; totals 3,2,2,1,0 (mean 1.6),
    Σ(X−1.6)² = 5.2, variance 1.3. α = 3/2 · (1 − 0.9/1.3) = 0.4615 → 46.15.
"""

import pytest
from django.utils import timezone

from quizzes.courses.analysis import analyse
from quizzes.courses.services import save_answer, start_attempt, submit_attempt
from tests.factories import make_article, make_assignment, make_course, make_user

WORKED = {"A": [1, 1, 1], "B": [1, 1, 0], "C": [1, 0, 1], "D": [0, 1, 0], "E": [0, 0, 0]}


def rows(table: dict[str, list[int]]):
    for attempt_id, marks in enumerate(table.values(), start=1):
        for slot, mark in enumerate(marks, start=1):
            yield attempt_id, slot, 100 + slot, bool(mark)


def test_the_worked_example():
    stats = analyse(rows(WORKED))
    assert stats.attempts == 5
    assert stats.mean_score == pytest.approx(100 * 8 / 15)
    assert stats.alpha == pytest.approx(46.15, abs=0.01)
    assert stats.alpha_coefficient == pytest.approx(0.4615, abs=0.0001)
    # Five attempts are too few for the page to show it.
    assert not stats.alpha_shown
    twice = dict(WORKED) | {f"{name}2": marks for name, marks in WORKED.items()}
    assert analyse(rows(twice)).alpha_shown
    q1, q2, q3 = stats.items
    assert (q1.facility, q2.facility, q3.facility) == (60, 60, 40)
    assert q1.sd == pytest.approx(54.77, abs=0.01)
    assert q3.sd == pytest.approx(54.77, abs=0.01)
    assert q1.discrimination == pytest.approx(64.55, abs=0.01)
    assert q2.discrimination == pytest.approx(0, abs=1e-9)
    assert q3.discrimination == pytest.approx(32.73, abs=0.01)
    assert q1.efficiency == pytest.approx(100)
    assert q2.efficiency == pytest.approx(0, abs=1e-9)
    assert q3.efficiency == pytest.approx(37.5)
    # Five attempts are too few to flag an item.
    assert [q.flag for q in stats.items] == ["", "", ""]


def twice(table: dict[str, list[int]]) -> dict[str, list[int]]:
    """The same attempts twice over: the same correlations, from twice the learners."""
    return {**table, **{name + "2": marks for name, marks in table.items()}}


def test_a_weak_item_is_flagged_once_it_has_enough_attempts():
    stats = analyse(rows(twice(WORKED)))
    assert stats.items[1].discrimination == pytest.approx(0, abs=1e-9)
    assert [q.flag for q in stats.items] == ["", "low", ""]


def test_an_item_the_weaker_learners_get_right_is_flagged_negative():
    table = {"A": [0, 1, 1], "B": [0, 1, 1], "C": [1, 0, 0], "D": [1, 0, 0], "E": [0, 1, 0]}
    item = analyse(rows(twice(table))).items[0]
    assert item.discrimination < 0
    assert item.flag == "negative"


def test_undefined_figures_are_none_not_errors():
    # Everyone right: no variance, so no correlation and no alpha; one attempt: no SD.
    stats = analyse(rows({"A": [1, 1], "B": [1, 1]}))
    assert stats.alpha is None
    assert all(item.discrimination is None and item.flag == "" for item in stats.items)
    single = analyse(rows({"A": [1, 0]}))
    assert single.items[0].sd is None and single.items[0].facility == 100
    assert analyse([]).attempts == 0


def _submitted(quiz, user, marks: list[int], *, number: int = 1):
    """A submitted attempt of a learner of the quiz's course (enrolled here if need be)."""
    from quizzes.courses.models import Attempt, AttemptAnswer, Enrollment, Role

    Enrollment.objects.get_or_create(course=quiz.course, user=user, defaults={"role": Role.LEARNER})
    now = timezone.now()
    attempt = Attempt.objects.create(
        assignment=quiz,
        user=user,
        number=number,
        seed=1,
        started_at=now,
        submitted_at=now,
        score=sum(marks),
        max_score=len(marks),
    )
    questions = list(quiz.questions.order_by("id")[: len(marks)])
    AttemptAnswer.objects.bulk_create(
        AttemptAnswer(attempt=attempt, question=q, position=slot, correct=bool(mark))
        for slot, (q, mark) in enumerate(zip(questions, marks, strict=True), start=1)
    )
    return attempt


def _worked_quiz(*, instructor=None):
    """The worked example's five first attempts, stored."""
    course = make_course(instructor=instructor) if instructor else make_course()
    article = make_article(user=instructor, visibility="courses") if instructor else make_article()
    quiz = make_assignment(course=course, article=article, question_count=3)
    for name, marks in WORKED.items():
        _submitted(quiz, make_user(username=f"learner-{name}"), marks)
    return quiz


@pytest.mark.django_db
def test_a_retake_is_left_out_unless_all_attempts_are_asked_for(client):
    """E retakes the quiz, having seen the keys, and gets all three right: counted, it makes
    every item look easier. The default analysis keeps each learner's first attempt."""
    from django.contrib.auth import get_user_model

    teacher = make_user(instructor=True)
    quiz = _worked_quiz(instructor=teacher)
    _submitted(quiz, get_user_model().objects.get(username="learner-E"), [1, 1, 1], number=2)
    client.force_login(teacher)
    url = f"/courses/assignments/{quiz.pk}/analysis/"

    first = client.get(url)
    expected = analyse(rows(WORKED))
    assert first.context["stats"].attempts == 5
    assert [item.facility for item in first.context["stats"].items] == [
        item.facility for item in expected.items
    ]
    assert "1回分の再受験" in first.content.decode()

    every = client.get(url + "?attempts=all")
    assert every.context["stats"].attempts == 6
    assert [round(item.facility, 1) for item in every.context["stats"].items] == [66.7, 66.7, 50.0]
    assert every.context["retakes"] == 0 and "再受験" not in every.content.decode()


@pytest.mark.django_db
def test_the_database_tallies_give_the_worked_example():
    """The same five attempts stored as attempts: the view's counted path agrees."""

    from quizzes.courses.selectors import analysed_attempts, item_analysis

    quiz = _worked_quiz()
    stats = item_analysis(attempts=analysed_attempts(assignment=quiz, first_only=True))
    expected = analyse(rows(WORKED))
    assert stats.attempts == 5 and stats.alpha == pytest.approx(expected.alpha)
    assert stats.mean_score == pytest.approx(expected.mean_score)
    for got, want in zip(stats.items, expected.items, strict=True):
        assert (got.facility, got.attempts) == (want.facility, want.attempts)
        assert got.discrimination == pytest.approx(want.discrimination, abs=1e-9)
        assert got.efficiency == pytest.approx(want.efficiency, abs=1e-9)


@pytest.mark.django_db
def test_the_page_counts_each_option_chosen_with_the_key_marked(client):
    teacher, learner = make_user(instructor=True), make_user()
    article = make_article(user=teacher, visibility="courses")
    course = make_course(instructor=teacher, learners=[learner])
    quiz = make_assignment(
        course=course, article=article, kinds=["choice", "spelling"], question_count=3
    )
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    first, second, third = attempt.answers.select_related("question").order_by("position")
    wrong = next(choice for choice in first.question.choices if choice != first.question.answer)
    save_answer(attempt=attempt, question_id=first.question_id, response=wrong, now=timezone.now())
    save_answer(
        attempt=attempt,
        question_id=second.question_id,
        response=second.question.answer,
        now=timezone.now(),
    )
    submit_attempt(attempt=attempt, now=timezone.now())
    client.force_login(teacher)
    page = client.get(f"/courses/assignments/{quiz.pk}/analysis/")
    chosen = {question.pk: options for _item, question, options, _edited in page.context["items"]}
    # The wrong option the learner took, once; the key, never; the third, unanswered.
    assert (wrong, 1, False) in chosen[first.question_id]
    assert (first.question.answer, 0, True) in chosen[first.question_id]
    assert (second.question.answer, 1, True) in chosen[second.question_id]
    assert ("無回答", 1, False) in chosen[third.question_id]


@pytest.mark.django_db
def test_the_page_says_what_its_counts_are_and_which_figures_are_tentative(client):
    """A walker's teacher switched to all attempts and saw nothing change, wondered why each
    question had fewer attempts than the quiz, and read figures from two answers as firm."""
    from django.contrib.auth import get_user_model

    teacher = make_user(instructor=True)
    quiz = _worked_quiz(instructor=teacher)
    client.force_login(teacher)
    url = f"/courses/assignments/{quiz.pk}/analysis/"
    page = client.get(url).content.decode()
    assert "各学習者の1回目の受験 (5)" in page and "すべての受験 (5)" in page
    assert "再受験した学習者はまだいない" in page
    # Five attempts of each item, fewer than a flag needs: every row is tentative, and said so.
    assert page.count('class="tentative"') == 3 and "灰色の数値" in page
    # The article's owner may edit each question from its row.
    for question in quiz.questions.all()[:3]:
        assert f"/questions/?question={question.pk}" in page
    pool = quiz.questions.count()
    assert (f"{pool} 問の中から 3 問" in page) == (pool > 3)

    _submitted(quiz, get_user_model().objects.get(username="learner-E"), [1, 1, 1], number=2)
    page = client.get(url + "?attempts=all").content.decode()
    assert "各学習者の1回目の受験 (5)" in page and "すべての受験 (6)" in page
    assert "再受験した学習者はまだいない" not in page


@pytest.mark.django_db
def test_a_teacher_who_does_not_own_the_article_gets_no_edit_column(client):
    owner, teacher = make_user(instructor=True), make_user(instructor=True)
    article = make_article(user=owner, visibility="courses")
    quiz = make_assignment(course=make_course(instructor=teacher), article=article)
    _submitted(quiz, make_user(username="only-learner"), [1, 0, 1])
    client.force_login(teacher)
    page = client.get(f"/courses/assignments/{quiz.pk}/analysis/").content.decode()
    assert "?question=" not in page and '<td class="actions">' not in page


@pytest.mark.django_db
def test_a_removed_learners_attempt_is_left_out_and_said_so(client):
    """A walker's teacher removed a learner: the results listed 5 attempts, the analysis 6."""
    from django.contrib.auth import get_user_model

    from quizzes.courses.services import remove_learner

    teacher = make_user(instructor=True)
    quiz = _worked_quiz(instructor=teacher)
    client.force_login(teacher)
    url = f"/courses/assignments/{quiz.pk}/analysis/"
    assert client.get(url).context["stats"].attempts == 5
    remove_learner(
        course=quiz.course, user_id=get_user_model().objects.get(username="learner-E").pk
    )
    page = client.get(url)
    assert page.context["stats"].attempts == 4
    assert "コースにいない学習者の受験 1 回" in page.content.decode()
