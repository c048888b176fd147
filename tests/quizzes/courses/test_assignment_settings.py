"""An instructor's assignment settings are bounded and explained; a learner's page offers only
what the server will do. Found by a new instructor walking the course screens."""

import re
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import override

from content.models import Question
from quizzes.courses.models import Assignment, Attempt, Mode
from quizzes.courses.services import question_pool
from quizzes.progress import dashboard_for
from quizzes.services import learner_settings_for
from tests.factories import make_assignment
from tests.quizzes.study_helpers import show, study_one

pytestmark = pytest.mark.django_db


def _form_data(article, **changes) -> dict:
    now = timezone.localtime()
    return {
        "title": "小テスト",
        "article": article.pk,
        "question_count": 3,
        "mode": "quiz",
        "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
        "due_at": (now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
        "show_answers": "after_submit",
        "practice_target": "reviews",
        "target_reviews": 20,
        "target_mastery": 80,
    } | changes


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time_limit_minutes", 9_000_000_000_000),
        ("time_limit_minutes", 0),
        ("max_attempts", 0),
        ("max_attempts", 101),
        ("question_count", 0),
        ("question_count", 201),
        ("target_reviews", 10_001),
    ],
)
def test_out_of_range_settings_get_a_translated_message_and_save_nothing(
    client, course, teacher, article, field, value
):
    client.force_login(teacher)
    response = client.post(
        f"/courses/{course.pk}/assignments/new/", _form_data(article, **{field: value})
    )
    assert response.status_code == 400
    errors = response.context["form"].errors[field]
    # Django's own validators, in the default Japanese; never the constraint's raw name.
    assert all("以上" in error or "以下" in error for error in errors), errors
    assert "assignment_" not in response.content.decode()
    assert not Assignment.objects.exists()


def test_the_number_inputs_carry_their_bounds(client, course, teacher):
    client.force_login(teacher)
    page = client.get(f"/courses/{course.pk}/assignments/new/").content.decode()
    for name, high in [
        ("time_limit_minutes", 1440),
        ("max_attempts", 100),
        ("question_count", 200),
        ("target_reviews", 10000),
    ]:
        tag = re.search(rf'<input type="number" name="{name}"[^>]*>', page)[0]
        assert 'min="1"' in tag and f'max="{high}"' in tag


def test_the_database_refuses_an_overlong_time_limit(course, article):
    assignment = make_assignment(course=course, article=article)
    assignment.time_limit_minutes = 24 * 60 + 1
    with pytest.raises(IntegrityError), transaction.atomic():
        assignment.save(update_fields=["time_limit_minutes"])


def test_a_day_long_time_limit_starts_an_attempt(client, course, article, learner):
    quiz = make_assignment(course=course, article=article, time_limit_minutes=24 * 60)
    client.force_login(learner)
    response = client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    assert response.status_code == 302
    assert attempt.ends_at - attempt.started_at == timedelta(days=1)


def test_the_article_select_prompts_in_the_interface_language(client, course, teacher):
    client.force_login(teacher)
    page = client.get(f"/courses/{course.pk}/assignments/new/").content.decode()
    assert "Select an option" not in page and "記事を選んでください" in page


def test_a_nameless_course_keeps_the_instructors_course_list(client, teacher, course):
    client.force_login(teacher)
    response = client.post("/courses/new/", {"name": "", "description": ""})
    page = response.content.decode()
    assert response.status_code == 400
    assert course.name in page and "まだどのコースにも参加していません" not in page


def test_no_start_button_once_the_attempts_are_used(client, course, article, learner):
    quiz = make_assignment(course=course, article=article, max_attempts=1, question_count=2)
    client.force_login(learner)
    page = client.get(quiz.get_absolute_url()).content.decode()
    assert "小テストを始める" in page
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    continuing = client.get(quiz.get_absolute_url()).content.decode()
    assert f'action="/courses/assignments/{quiz.pk}/start/"' in continuing
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    used = client.get(quiz.get_absolute_url()).content.decode()
    assert f'action="/courses/assignments/{quiz.pk}/start/"' not in used
    assert "すべて使いました" in used


def test_a_quiz_not_yet_open_says_so_instead_of_offering_a_start(client, course, article, learner):
    now = timezone.now()
    quiz = make_assignment(
        course=course,
        article=article,
        opens_at=now + timedelta(days=1),
        due_at=now + timedelta(days=3),
    )
    client.force_login(learner)
    page = client.get(quiz.get_absolute_url()).content.decode()
    assert f'action="/courses/assignments/{quiz.pk}/start/"' not in page
    assert "まだ公開されていません" in page


@pytest.mark.parametrize(
    ("language", "expected"), [("ja", "「町の歴史」より"), ("en", "From “町の歴史”")]
)
def test_a_generated_explanation_reads_in_the_interface_language(language, expected):
    question = Question(explanation="「町の歴史」より")
    with override(language):
        assert question.explanation_label == expected


def test_an_instructors_own_explanation_is_shown_as_written():
    question = Question(explanation="第2段落を読み直そう。")
    with override("en"):
        assert question.explanation_label == "第2段落を読み直そう。"


def test_a_new_due_date_in_the_past_is_refused(client, course, teacher, article):
    client.force_login(teacher)
    past = timezone.localtime() - timedelta(days=3)
    data = _form_data(
        article,
        opens_at=(past - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        due_at=past.strftime("%Y-%m-%dT%H:%M"),
    )
    response = client.post(f"/courses/{course.pk}/assignments/new/", data)
    assert response.status_code == 400
    assert response.context["form"].errors["due_at"] == ["締め切りはすでに過ぎています。"]
    assert not Assignment.objects.exists()


def test_an_old_assignment_with_a_past_due_date_can_still_be_renamed(
    client, course, teacher, article
):
    now = timezone.now()
    quiz = make_assignment(
        course=course,
        article=article,
        opens_at=now - timedelta(days=9),
        due_at=now - timedelta(days=2),
    )
    client.force_login(teacher)
    data = _form_data(
        article,
        title="第1回（済）",
        opens_at=timezone.localtime(quiz.opens_at).strftime("%Y-%m-%dT%H:%M"),
        due_at=timezone.localtime(quiz.due_at).strftime("%Y-%m-%dT%H:%M"),
    )
    response = client.post(f"/courses/assignments/{quiz.pk}/edit/", data)
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert quiz.title == "第1回（済）"


def test_editing_after_attempts_warns_and_analysis_keeps_the_dropped_questions(
    client, course, teacher, learner, article
):
    quiz = make_assignment(course=course, article=article, question_count=4)
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")
    drawn = set(attempt.answers.values_list("question_id", flat=True))

    client.force_login(teacher)
    form = client.get(f"/courses/assignments/{quiz.pk}/edit/").content.decode()
    assert "attempts-warning" in form and "1 回" in form
    first_kind = Question.objects.get(pk=min(drawn)).kind
    kept_kinds = sorted({q.kind for q in quiz.questions.all()} - {first_kind})
    assert kept_kinds, "the sample article must publish more than one kind"
    data = _form_data(
        article,
        question_count=1,
        kinds=kept_kinds,
        opens_at=timezone.localtime(quiz.opens_at).strftime("%Y-%m-%dT%H:%M"),
        due_at=timezone.localtime(quiz.due_at).strftime("%Y-%m-%dT%H:%M"),
    )
    assert client.post(f"/courses/assignments/{quiz.pk}/edit/", data).status_code == 302
    assert min(drawn) not in set(quiz.questions.values_list("pk", flat=True))

    page = client.get(f"/courses/assignments/{quiz.pk}/analysis/").content.decode()
    dropped = Question.objects.get(pk=min(drawn))
    assert dropped.prompt[:20] in page and "出題対象外" in page


def test_a_quiz_mistake_is_due_and_does_not_spend_the_new_card_limit(
    client, course, article, learner
):
    quiz = make_assignment(course=course, article=article, question_count=2)
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")  # nothing answered: both missed
    first = show(client, article)["queue"]
    # The queue reads lazily: take its figures before the review.
    new_before, buried_before, new_left_before = first.new, first.buried, first.new_left
    assert first.due == 2 and new_before > 0
    assert first.next_item.question.pk in set(attempt.answers.values_list("question_id", flat=True))

    study_one(client, article, rating=3)
    after = show(client, article)["queue"]
    # A walker saw 期日 and 新規 both fall with each such card: it was counted as both.
    # (Its unstudied siblings wait until tomorrow: buried, no longer new today.)
    assert after.due == 1 and after.new + after.buried == new_before + buried_before
    assert after.new_left == new_left_before


def test_a_quiz_mistake_is_new_to_the_learner_until_studied(client, course, article, learner):
    """The walker's twin of the above: a queued card read 学習中 and counted as studied and
    learning on the dashboard before the learner had seen it once."""
    quiz = make_assignment(course=course, article=article, question_count=2)
    client.force_login(learner)
    client.post(f"/courses/assignments/{quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    client.post(f"/courses/attempts/{attempt.pk}/submit/")

    def board():
        now = timezone.now()
        return dashboard_for(user=learner, learner=learner_settings_for(user=learner), now=now)

    before = board()
    assert (before.due_now, before.cards, before.learning, before.articles) == (2, 0, 0, [])
    meta = _card_meta(client, article)
    assert "新規" in meta and "学習中" not in meta

    study_one(client, article, rating=1)  # Again: the card stays in its learning steps
    after = board()
    assert (after.due_now, after.cards, after.learning) == (1, 1, 1)
    assert [row.studied for row in after.articles] == [1]


def _card_meta(client, article) -> str:
    page = client.get(f"/learn/study/article/{article.slug}/").content.decode()
    return re.search(r'<p class="muted card-meta">(.*?)</p>', page, re.S).group(1)


def test_a_quiz_of_more_questions_than_match_says_how_many_an_attempt_has(
    client, course, teacher, article
):
    # Saved with the default 10 from an article of 6 published questions, the quiz said
    # 問題 10 while the learner saw 全6問 (a walker).
    # One question of a sentence is drawn (session 38's walker): an attempt holds as many
    # questions as the pool has sentences.
    pool = question_pool(article=article, sections=[], kinds=[], mode=Mode.QUIZ)
    per_attempt = len(set(pool.values_list("sentence_id", flat=True)))
    client.force_login(teacher)
    response = client.post(
        f"/courses/{course.pk}/assignments/new/",
        _form_data(article, question_count=pool.count() + 5),
        follow=True,
    )
    page = response.content.decode()
    assert f"1回の受験は{per_attempt}問です（指定は{pool.count() + 5}問）。" in page
    assert re.search(rf"<dt>問題</dt><dd>{per_attempt}</dd>", page)
    response = client.post(
        f"/courses/{course.pk}/assignments/new/", _form_data(article, question_count=1), follow=True
    )
    assert "1回の受験は" not in response.content.decode()


def test_the_share_to_master_is_typed_as_a_percentage(client, course, teacher, article):
    client.force_login(teacher)
    data = _form_data(article, mode="practice", practice_target="mastery", target_mastery=75)
    response = client.post(f"/courses/{course.pk}/assignments/new/", data)
    assert response.status_code == 302, response.context["form"].errors
    assignment = Assignment.objects.get()
    assert assignment.target_mastery == 0.75
    # Edited, it reads as it was typed, not as 0.75.
    page = client.get(f"/courses/assignments/{assignment.pk}/edit/").content.decode()
    tag = re.search(r'<input type="number" name="target_mastery"[^>]*>', page)[0]
    assert 'value="75"' in tag and 'max="100"' in tag and 'data-target="mastery"' in tag
    # Above a hundred is refused with a translated message.
    over = client.post(f"/courses/{course.pk}/assignments/new/", data | {"target_mastery": 120})
    assert over.status_code == 400
    assert "100 以下" in " ".join(over.context["form"].errors["target_mastery"])
