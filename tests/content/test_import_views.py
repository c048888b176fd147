import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

from content.models import Article
from tests.factories import SAMPLE_MARKDOWN, make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def instructor_client(client):
    client.force_login(make_user(instructor=True))
    return client


def test_upload_preview_then_save(instructor_client):
    upload = SimpleUploadedFile("museum.md", SAMPLE_MARKDOWN.encode("cp932"))
    response = instructor_client.post(
        "/articles/import/", {"file": upload, "source_format": "auto", "action": "preview"}
    )
    assert response.status_code == 200
    prepared = response.context["prepared"]
    assert prepared.title == "港町の小さな博物館"
    assert [s.heading for s in prepared.sections] == ["", "来館者を増やす工夫", "デジタル化の課題"]
    assert Article.objects.count() == 0, "a preview saves nothing"
    # Sections are numbered from 1, as a reader counts them (a walker saw 0).
    rows = re.findall(r"<tr><td>(\d+)</td>", response.content.decode())
    assert rows == ["1", "2", "3"]

    pending = response.context["pending"]
    response = instructor_client.post(
        "/articles/import/", {"action": "save", "pending": pending.pk}
    )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response.url == article.get_absolute_url()
    assert article.owner.is_authenticated
    assert article.sections.count() == 3


def test_htmx_preview_returns_the_partial_only(instructor_client):
    response = instructor_client.post(
        "/articles/import/",
        {"text": SAMPLE_MARKDOWN, "source_format": "auto", "action": "preview"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "港町の小さな博物館" in html


def preview(client, text: str = SAMPLE_MARKDOWN) -> int:
    """Preview a pasted text; the id of the pending import its save refers to."""
    return client.post("/articles/import/", {"text": text}).context["pending"].pk


def test_htmx_save_redirects_through_hx_redirect(instructor_client):
    response = instructor_client.post(
        "/articles/import/",
        {"pending": preview(instructor_client), "action": "save"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 204
    assert response.headers["HX-Redirect"] == Article.objects.get().get_absolute_url()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "ファイルを選ぶか"),
        ({"file": SimpleUploadedFile("x.bin", b"\x00\x01\x02\x03")}, "バイナリ"),
        ({"file": SimpleUploadedFile("x.txt", b"\x81\xff\x81\xfe\x80")}, "文字コード"),
        ({"text": "# 題だけ\n\n```\nx\n```"}, "文が見つかりません"),
    ],
)
def test_bad_input_is_a_translated_message_and_saves_nothing(instructor_client, data, message):
    response = instructor_client.post(
        "/articles/import/", {**data, "source_format": "auto", "action": "preview"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_too_large_upload_is_refused(instructor_client, settings):
    settings.DOKKAI_MAX_ARTICLE_BYTES = 50
    upload = SimpleUploadedFile("big.md", SAMPLE_MARKDOWN.encode())
    response = instructor_client.post("/articles/import/", {"file": upload, "action": "preview"})
    assert "大きすぎ" in response.content.decode()


def test_too_long_pasted_text_is_refused_as_text_not_as_a_file(instructor_client, settings):
    # A walker pasted a long line and was told 「ファイルが大きすぎます」.
    settings.DOKKAI_MAX_ARTICLE_BYTES = 50
    response = instructor_client.post(
        "/articles/import/", {"text": SAMPLE_MARKDOWN, "action": "preview"}
    )
    html = response.content.decode()
    assert "貼り付けた文章が長すぎます" in html and "ファイルが大きすぎます" not in html
    assert Article.objects.count() == 0


def test_a_double_clicked_save_stores_one_article_and_answers_twice(instructor_client):
    pending = preview(instructor_client)
    for _ in range(2):
        response = instructor_client.post(
            "/articles/import/", {"action": "save", "pending": pending}
        )
        assert response.status_code == 302
    assert Article.objects.count() == 1


def test_saving_the_same_text_twice_keeps_one_article(instructor_client):
    for _ in range(2):
        instructor_client.post(
            "/articles/import/", {"pending": preview(instructor_client), "action": "save"}
        )
    assert Article.objects.count() == 1


def test_a_learners_import_is_private_to_them_and_ready_to_study(client):
    learner, other = make_user(), make_user()
    client.force_login(learner)
    text = SAMPLE_MARKDOWN.replace("港町", "山の町")
    # A learner cannot choose to share: a forged visibility is ignored.
    preview = client.post("/articles/import/", {"text": text, "visibility": "everyone"})
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/articles/import/",
            {"action": "save", "pending": preview.context["pending"].pk, "visibility": "everyone"},
        )
    assert response.status_code == 302
    article = Article.objects.get(owner=learner)
    assert article.visibility == "private"
    assert article.questions.filter(status="published").exists()
    assert client.get(f"/learn/study/article/{article.slug}/").status_code == 200
    client.force_login(other)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(f"/learn/study/article/{article.slug}/").status_code == 404
    assert article.title not in client.get("/articles/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_unknown_article_is_404(client):
    client.force_login(make_user())
    assert client.get("/articles/no-such-article/").status_code == 404


def test_article_text_is_always_escaped(client):
    # Tags of HTML are removed at import (a script's code with them); angle brackets that are
    # no HTML stay text, and are escaped.
    client.force_login(make_user())
    scripted = make_article(text="題\n\n<script>alert(1)</script>の文。\n\n普通の文。")
    html = client.get(scripted.get_absolute_url(), follow=True).content.decode()
    assert "<script>alert(1)</script>" not in html and "alert(1)" not in html
    bracketed = make_article(text="<xyz>題</xyz>\n\n<i onclick=1の文。\n\n普通の文。")
    html = client.get(bracketed.get_absolute_url(), follow=True).content.decode()
    assert "&lt;xyz&gt;題&lt;/xyz&gt;" in html and "<xyz>" not in html
