"""Download views: who may download what, filenames, content types, and safe CSV."""

import io
import zipfile

import pytest
from django.urls import reverse

from content.exporting.selection import exported_questions
from content.models import Article, QuestionOrigin, QuestionStatus
from content.questions import edit_question
from content.selectors import export_rows
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

TITLE = "港町の小さな博物館"


@pytest.fixture
def article():
    return make_article()


def test_a_learner_downloads_an_anki_deck_with_a_japanese_filename(client, article):
    client.force_login(make_user())
    response = client.get(reverse("content:article_anki", args=[article.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/apkg"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''%E6%B8%AF%E7%94%BA" in disposition  # 港町, percent-encoded UTF-8
    assert disposition.endswith(".apkg")
    assert "collection.anki2" in zipfile.ZipFile(io.BytesIO(response.content)).namelist()


def test_a_section_deck_names_its_section(client, article):
    client.force_login(make_user())
    section = article.sections.get(position=1)
    response = client.get(
        reverse("content:article_anki", args=[article.slug]), {"section": section.pk}
    )
    assert response.status_code == 200
    other = make_article(text="# 別の記事\n\n本文です。\n\n## 見出し\n\n二つ目の段落です。")
    foreign = other.sections.first()
    response = client.get(
        reverse("content:article_anki", args=[article.slug]), {"section": foreign.pk}
    )
    assert response.status_code == 404
    assert (
        client.get(
            reverse("content:article_anki", args=[article.slug]), {"section": "x"}
        ).status_code
        == 404
    )


def test_moodle_and_csv_are_for_instructors(client, article):
    client.force_login(make_user())
    assert client.get(reverse("content:article_moodle", args=[article.slug])).status_code == 403
    assert (
        client.get(reverse("content:article_questions_csv", args=[article.slug])).status_code == 403
    )
    client.force_login(make_user(instructor=True))
    moodle = client.get(reverse("content:article_moodle", args=[article.slug]))
    assert moodle["Content-Type"] == "application/xml; charset=utf-8"
    assert moodle["Content-Disposition"].endswith(".moodle.xml")
    assert moodle.content.startswith(b"<?xml")


def test_question_csv_neutralises_formula_cells(client, article):
    question = article.questions.filter(kind="cloze").first()
    edit_question(
        question=question,
        prompt='=HYPERLINK("http://evil")',
        answer="+81",
        accepted_answers=["@x"],
        choices=[],
    )
    client.force_login(make_user(instructor=True))
    response = client.get(reverse("content:article_questions_csv", args=[article.slug]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+81" in text and "'@x" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_an_article_the_person_may_not_see_is_a_404_everywhere(client, article, monkeypatch):
    # Visibility is decided by content.selectors.articles_visible_to alone; hide this article.
    def hidden(*, user):
        return Article.objects.exclude(pk=article.pk)

    monkeypatch.setattr("content.views.articles.articles_visible_to", hidden)
    client.force_login(make_user(instructor=True))
    for name in (
        "article_anki",
        "article_moodle",
        "article_questions_csv",
        "question_upload",
        "question_upload_template",
    ):
        assert client.get(reverse(f"content:{name}", args=[article.slug])).status_code == 404, name


def test_downloads_need_an_account(client, article):
    response = client.get(reverse("content:article_anki", args=[article.slug]))
    assert response.status_code == 302


def test_a_learners_own_cards_never_leave_through_article_exports(client, article):
    learner = make_user()
    own = article.questions.filter(kind="vocab").first()
    own.origin, own.owner, own.status = QuestionOrigin.LEARNER, learner, QuestionStatus.PUBLISHED
    own.save()
    assert own not in exported_questions(article=article)
    assert own.pk not in {row["id"] for row in export_rows(article=article)}
