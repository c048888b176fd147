import pytest

from content.models import QuestionFlag, QuestionKind, QuestionStatus
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article()


@pytest.fixture
def instructor(client):
    client.force_login(make_user(instructor=True))
    return client


def test_review_lists_questions_and_filters_by_kind_and_status(instructor, article):
    url = f"/articles/{article.slug}/questions/"
    response = instructor.get(url)
    assert response.status_code == 200
    assert len(response.context["questions"]) == article.questions.count()
    response = instructor.get(
        url, {"kind": "cloze", "status": "published"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="question-list"' in html
    assert {q.kind for q in response.context["questions"]} == {QuestionKind.CLOZE}
    assert {q.status for q in response.context["questions"]} == {QuestionStatus.PUBLISHED}


def test_unknown_filters_are_ignored(instructor, article):
    response = instructor.get(f"/articles/{article.slug}/questions/", {"kind": "nonsense"})
    assert response.status_code == 200
    assert len(response.context["questions"]) == article.questions.count()


def test_edit_in_place(instructor, article):
    question = article.questions.filter(kind=QuestionKind.CHOICE).first()
    form = instructor.get(f"/articles/questions/{question.pk}/edit/")
    assert "<form" in form.content.decode()
    wrong = [c for c in question.choices if c != question.answer]
    response = instructor.post(
        f"/articles/questions/{question.pk}/edit/",
        {
            "prompt": "新しい問題文［　？　］です。",
            "answer": question.answer,
            "accepted_answers": "",
            "choices": "\n".join([question.answer, *wrong]),
        },
    )
    assert response.status_code == 200
    assert "新しい問題文" in response.content.decode()
    question.refresh_from_db()
    assert question.prompt == "新しい問題文［　？　］です。" and question.edited


def test_the_editor_names_true_and_false_in_the_interface_language(instructor, article):
    question = article.questions.filter(kind=QuestionKind.TRUEFALSE).first()
    html = instructor.get(f"/articles/questions/{question.pk}/edit/").content.decode()
    assert (
        '<option value="true"' in html and ">正しい</option>" in html and ">誤り</option>" in html
    )
    assert ">true<" not in html and ">false<" not in html
    flipped = "false" if question.answer == "true" else "true"
    response = instructor.post(
        f"/articles/questions/{question.pk}/edit/",
        {"prompt": question.prompt, "answer": flipped, "accepted_answers": "", "choices": ""},
    )
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.answer == flipped and question.choices == ["true", "false"]


@pytest.mark.parametrize(
    ("choices", "message"),
    [("甲\n甲\n乙", "同じ"), ("甲\n乙\n丙", "選択肢のいずれか")],
)
def test_invalid_edits_show_errors_and_change_nothing(instructor, article, choices, message):
    question = article.questions.filter(kind=QuestionKind.CHOICE).first()
    response = instructor.post(
        f"/articles/questions/{question.pk}/edit/",
        {"prompt": "x", "answer": "甲" if "甲\n甲" in choices else "丁", "choices": choices},
    )
    assert message in response.content.decode()
    question.refresh_from_db()
    assert not question.edited


def test_publish_and_retire(instructor, article):
    question = article.questions.filter(status=QuestionStatus.DRAFT).first()
    instructor.post(f"/articles/questions/{question.pk}/status/", {"status": "published"})
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED
    instructor.post(f"/articles/questions/{question.pk}/status/", {"status": "retired"})
    question.refresh_from_db()
    assert question.status == QuestionStatus.RETIRED
    assert (
        instructor.post(
            f"/articles/questions/{question.pk}/status/", {"status": "gone"}
        ).status_code
        == 400
    )


def test_learners_cannot_review_or_edit(client, article):
    client.force_login(make_user())
    question = article.questions.first()
    assert client.get(f"/articles/{article.slug}/questions/").status_code == 403
    # A question of an article that is not yours is not found, as a tampered id would be.
    assert client.get(f"/articles/questions/{question.pk}/edit/").status_code == 404
    assert (
        client.post(
            f"/articles/questions/{question.pk}/edit/", {"prompt": "x", "answer": "y"}
        ).status_code
        == 404
    )
    assert (
        client.post(f"/articles/questions/{question.pk}/status/", {"status": "retired"}).status_code
        == 404
    )
    question.refresh_from_db()
    assert question.status != QuestionStatus.RETIRED or question.prompt != "x"


def test_learners_flag_and_instructors_see_and_resolve(client, article):
    learner = make_user()
    client.force_login(learner)
    question = article.questions.filter(status=QuestionStatus.PUBLISHED).first()
    response = client.post(
        f"/articles/questions/{question.pk}/flag/",
        {"reason": "ambiguous", "comment": "二つ当てはまる"},
    )
    assert "ありがとう" in response.content.decode()
    client.post(f"/articles/questions/{question.pk}/flag/", {"reason": "wrong_answer"})
    assert QuestionFlag.objects.filter(question=question, resolved=False).count() == 1
    assert (
        client.post(f"/articles/questions/{question.pk}/flag/", {"reason": "bogus"}).status_code
        == 200
    )
    assert QuestionFlag.objects.get().reason == "wrong_answer"

    client.force_login(make_user(instructor=True))
    html = client.get(f"/articles/{article.slug}/questions/").content.decode()
    assert "答えが間違っている" in html
    client.post(f"/articles/questions/{question.pk}/resolve/")
    assert not QuestionFlag.objects.filter(resolved=False).exists()


def test_draft_questions_cannot_be_flagged(client, article):
    client.force_login(make_user())
    draft = article.questions.filter(status=QuestionStatus.DRAFT).first()
    assert (
        client.post(f"/articles/questions/{draft.pk}/flag/", {"reason": "other"}).status_code == 404
    )
