"""Finding 1: a new version replaces the article it names, never one guessed from the title."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from content.models import Article, QuestionStatus
from content.services import slug_reaches_its_reader
from tests.factories import SAMPLE_MARKDOWN, import_text, make_article, make_user

pytestmark = pytest.mark.django_db

FIRST = SAMPLE_MARKDOWN.replace("# 港町の小さな博物館", "# 置換テスト")
SECOND = SAMPLE_MARKDOWN.replace("# 港町の小さな博物館", "# 置換テスト！").replace(
    "1987年", "1990年"
)
SECOND_V2 = SECOND.replace("作業には800時間がかかった。", "作業には900時間がかかった。")


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _import(*args: str) -> str:
    out = StringIO()
    call_command("import_article", *args, stdout=out)
    return out.getvalue()


def test_replacing_the_second_of_two_similar_titles_leaves_the_first_alone(tmp_path):
    _import(_write(tmp_path, "first.md", FIRST))
    _import(_write(tmp_path, "second.md", SECOND))
    first = Article.objects.get(title="置換テスト")
    second = Article.objects.get(title="置換テスト！")
    assert second.slug == "置換テスト-2"
    first_published = set(
        first.questions.filter(status=QuestionStatus.PUBLISHED).values_list("pk", flat=True)
    )
    first_checksum = first.checksum

    output = _import(_write(tmp_path, "second-v2.md", SECOND_V2), "--replace", second.slug)

    assert output.startswith("replaced: 置換テスト！ (置換テスト-2)")
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.checksum == first_checksum and first.title == "置換テスト"
    assert (
        set(first.questions.filter(status=QuestionStatus.PUBLISHED).values_list("pk", flat=True))
        == first_published
    )
    assert "900時間" in second.original_text


def test_article_is_a_synonym_of_replace(tmp_path):
    article = make_article()
    edited = SAMPLE_MARKDOWN.replace("800時間", "700時間")
    _import(_write(tmp_path, "v2.md", edited), "--article", article.slug)
    article.refresh_from_db()
    assert "700時間" in article.original_text
    assert Article.objects.count() == 1


def test_a_missing_target_is_exit_status_2_with_a_reason(tmp_path):
    make_article()
    with pytest.raises(CommandError, match="no-such-article") as raised:
        _import(_write(tmp_path, "v2.md", SECOND), "--replace", "no-such-article")
    assert raised.value.returncode == 2
    assert Article.objects.count() == 1


def test_two_different_targets_are_refused(tmp_path):
    one = make_article()
    other = make_article(text=SECOND)
    with pytest.raises(CommandError) as raised:
        _import(_write(tmp_path, "v.md", SECOND_V2), "--replace", one.slug, "--article", other.slug)
    assert raised.value.returncode == 2
    assert Article.objects.get(pk=other.pk).checksum == other.checksum


def test_a_text_that_is_already_another_article_is_refused(tmp_path):
    one = make_article(text=FIRST)
    other = make_article(text=SECOND)
    with pytest.raises(CommandError, match="置換テスト") as raised:
        _import(_write(tmp_path, "same-as-first.md", FIRST), "--replace", other.slug)
    assert raised.value.returncode == 2
    other.refresh_from_db()
    assert other.title == "置換テスト！" and one.title == "置換テスト"


def test_the_missing_target_message_is_translated(tmp_path, settings):
    settings.LANGUAGE_CODE = "ja"
    with pytest.raises(CommandError) as raised:
        _import(_write(tmp_path, "v2.md", SECOND), "--replace", "nothing-here")
    assert "nothing-here" in str(raised.value)
    assert any("\u3040" <= char <= "\u30ff" for char in str(raised.value))


def test_the_web_new_version_replaces_the_article_it_was_opened_from(client):
    teacher = make_user(instructor=True)
    client.force_login(teacher)
    first = make_article(text=FIRST)
    second = make_article(text=SECOND)
    url = f"/articles/{second.slug}/new-version/"
    preview = client.post(url, {"text": SECOND_V2, "source_format": "auto"})
    assert preview.status_code == 200
    pending = preview.context["pending"]
    saved = client.post(url, {"action": "save", "pending": pending.pk})
    assert saved.status_code == 302 and saved.url == second.get_absolute_url()
    second.refresh_from_db()
    first.refresh_from_db()
    assert "900時間" in second.original_text
    assert first.title == "置換テスト" and "800時間" in first.original_text


def test_the_new_version_page_is_for_instructors_only(client):
    article = make_article()
    client.force_login(make_user())
    assert client.get(f"/articles/{article.slug}/new-version/").status_code == 403


def test_a_pending_import_saves_only_to_the_article_it_was_previewed_for(client):
    teacher = make_user(instructor=True)
    client.force_login(teacher)
    first = make_article(text=FIRST)
    second = make_article(text=SECOND)
    preview = client.post(f"/articles/{second.slug}/new-version/", {"text": SECOND_V2})
    pending = preview.context["pending"]
    wrong = client.post(
        f"/articles/{first.slug}/new-version/", {"action": "save", "pending": pending.pk}
    )
    assert wrong.status_code == 404
    first.refresh_from_db()
    assert first.title == "置換テスト"


@pytest.mark.parametrize("title", ["Import", "import", "Questions"])
def test_a_title_that_names_a_route_gets_a_slug_its_reader_is_reached_at(client, title):
    client.force_login(make_user())
    article = import_text(text=f"# {title}\n\n港町の博物館は1987年に開館した。\n").article
    assert slug_reaches_its_reader(article.slug)
    response = client.get(article.get_absolute_url(), follow=True)
    assert response.status_code == 200
    assert response.context["article"] == article


def test_a_titles_printed_readings_stay_out_of_its_slug():
    article = make_article(
        text=SAMPLE_MARKDOWN.replace(
            "# 港町の小さな博物館", "# 郵便局（ゆうびんきょく）で荷物（にもつ）を送（おく）る"
        )
    )
    assert article.slug == "郵便局で荷物を送る"
