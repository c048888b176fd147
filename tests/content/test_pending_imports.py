"""Finding 8: the preview stores the upload once; the save refers to it, nothing round-trips."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.tasks import task_backends
from django.tasks.backends.dummy import DummyBackend

from content.models import Article, PendingImport
from tests.factories import SAMPLE_MARKDOWN, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued_only():
    previous = task_backends["default"]
    task_backends["default"] = DummyBackend(alias="default", params={})
    yield
    task_backends["default"] = previous


@pytest.fixture
def teacher(client):
    user = make_user(instructor=True)
    client.force_login(user)
    return user


def long_japanese_article(target_bytes: int) -> str:
    lines = ["# 港町の記録集", ""]
    chapter = 0
    while len("\n".join(lines).encode("utf-8")) < target_bytes:
        chapter += 1
        lines += [f"## 第{chapter}章の記録", ""]
        lines += [
            f"第{chapter}章の資料は{n}点あり、職員が一点ずつ丁寧に確かめて目録に書き加えた。"
            f"港の倉庫から見つかった帳面{n + chapter}冊も、同じ棚に並べて保管している。"
            for n in range(1, 41)
        ]
        lines.append("")
    return "\n".join(lines)


def save_form_fields(html: str) -> dict[str, str]:
    """The save form's fields, as a browser would send them back."""
    form = re.search(r'<form method="post" class="actions".*?</form>', html, re.S).group(0)
    fields = {
        unescape(name): unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)
    }
    fields["action"] = "save"
    return fields


def test_a_japanese_article_of_900_kb_saves_from_the_web(client, teacher, queued_only):
    text = long_japanese_article(900_000)
    assert 880_000 < len(text.encode("utf-8")) <= 1_000_000
    upload = SimpleUploadedFile("kiroku.md", text.encode("utf-8"), content_type="text/markdown")
    preview = client.post("/articles/import/", {"file": upload, "source_format": "auto"})
    assert preview.status_code == 200
    fields = save_form_fields(preview.content.decode())
    body = urlencode(fields)
    assert len(body) < 10_000, "the save form carries a reference, not the text"
    saved = client.post("/articles/import/", body, content_type="application/x-www-form-urlencoded")
    assert saved.status_code == 302
    article = Article.objects.get()
    assert article.original_text == text


def test_previewing_the_same_text_twice_stores_it_once(client, teacher):
    for _ in range(2):
        client.post("/articles/import/", {"text": SAMPLE_MARKDOWN, "title": "別の題"})
    pending = PendingImport.objects.get()
    assert pending.title == "別の題"
    assert pending.created_by == teacher


def test_nobody_saves_another_persons_pending_import(client, teacher):
    preview = client.post("/articles/import/", {"text": SAMPLE_MARKDOWN})
    pending = preview.context["pending"]
    client.force_login(make_user(instructor=True))
    response = client.post("/articles/import/", {"action": "save", "pending": pending.pk})
    assert response.status_code == 404
    assert not Article.objects.exists()


@pytest.mark.parametrize("pending", ["", "abc", "999999"])
def test_a_missing_or_forged_pending_id_is_a_404(client, teacher, pending):
    response = client.post("/articles/import/", {"action": "save", "pending": pending})
    assert response.status_code == 404


def test_the_title_and_format_chosen_at_preview_are_kept(client, teacher):
    preview = client.post(
        "/articles/import/", {"text": SAMPLE_MARKDOWN, "title": "選んだ題", "source_format": "text"}
    )
    client.post("/articles/import/", {"action": "save", "pending": preview.context["pending"].pk})
    article = Article.objects.get()
    assert article.title == "選んだ題"
    assert article.source_format == "text"
