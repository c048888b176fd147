import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.importing.errors import ArticleImportError
from content.importing.preview import prepare_article
from content.models import Article, Section, Sentence, SourceFormat
from content.services import import_article
from quizzes.demo import DEMO_ARTICLE
from tests.factories import SAMPLE_MARKDOWN, make_article
from tests.seed import SEED_PATH, seed_text

pytestmark = pytest.mark.django_db
SEED_HEADINGS = [
    "",
    "$60 十億ドルの賭け:インフラが戦略になるとき",
    "LLaMA:オープンソースのトロイの木馬",
    "実行のための再構築:スピードの優位性",
    "これが意味すること:アプリではなくインフラの勝負",
]


def test_the_seed_imports_with_its_title_lead_and_four_sections():
    prepared = prepare_article(text=seed_text())
    article = import_article(prepared=prepared).article
    assert prepared.source_format == SourceFormat.MIXED
    assert prepared.warnings == []
    assert article.title == "Metaの2025年の戦略:AIの軌道変化が企業の未来を書き換える"
    assert list(article.sections.values_list("heading", flat=True)) == SEED_HEADINGS
    sentences = list(
        Sentence.objects.filter(section__article=article).values_list("text", flat=True)
    )
    assert len(sentences) == len(set(sentences)), "a sentence is stored twice"
    assert not any("](" in s or "*" in s or "##" in s for s in sentences)
    assert "Meta Platforms (NASDAQ: META) 2025年に安全策を取らなかった。" in sentences


def test_sentence_offsets_point_into_their_section():
    article = make_article()
    for section in article.sections.all():
        for sentence in section.sentences.all():
            assert section.text[sentence.start : sentence.end] == sentence.text


def test_the_demo_article_is_ours_and_rich_enough():
    prepared = prepare_article(text=DEMO_ARTICLE.read_text(encoding="utf-8"))
    assert 3000 <= len(prepared.text) <= 5000
    headed = [section for section in prepared.sections if section.heading]
    assert 4 <= len(headed) <= 6
    assert prepared.title.startswith("みなと市立図書館")


def test_the_same_text_again_creates_nothing():
    first = make_article()
    again = import_article(prepared=prepare_article(text=SAMPLE_MARKDOWN))
    assert not again.created
    assert again.article.pk == first.pk
    assert Article.objects.count() == 1
    assert Section.objects.count() == 3


def test_replace_keeps_the_identity_of_unchanged_sections_and_sentences():
    article = make_article()
    before = {s.text: s.pk for s in Sentence.objects.filter(section__article=article)}
    sections_before = {s.heading: s.pk for s in article.sections.all()}
    edited = SAMPLE_MARKDOWN.replace("作業には800時間がかかった。", "作業には900時間がかかった。")
    outcome = import_article(prepared=prepare_article(text=edited), replacing=article)
    assert outcome.replaced
    assert outcome.article.pk == article.pk
    after = {s.text: s.pk for s in Sentence.objects.filter(section__article=article)}
    assert {s.heading: s.pk for s in article.sections.all()} == sections_before
    for text, pk in before.items():
        if text != "作業には800時間がかかった。":
            assert after[text] == pk
    assert "作業には900時間がかかった。" in after
    assert "作業には800時間がかかった。" not in after
    assert list(
        Sentence.objects.filter(section__heading="デジタル化の課題").values_list(
            "position", flat=True
        )
    ) == [0, 1, 2, 3, 4]


def test_replace_handles_reordered_and_removed_sections():
    article = make_article()
    lead_ids = set(article.sections.get(position=0).sentences.values_list("pk", flat=True))
    text = SAMPLE_MARKDOWN.split("## 来館者を増やす工夫")[0] + "## 新しい章\n\n新しい内容の文。\n"
    import_article(prepared=prepare_article(text=text), replacing=article)
    assert list(article.sections.values_list("heading", flat=True)) == ["", "新しい章"]
    assert set(article.sections.get(position=0).sentences.values_list("pk", flat=True)) == lead_ids


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "空"), ("   \n\t  \n", "空"), ("# 題\n\n```\ncode only\n```\n", "文が見つかりません")],
)
def test_empty_text_is_refused(text, message):
    with pytest.raises(ArticleImportError, match=message):
        prepare_article(text=text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_arbitrary_text_imports_or_raises_the_importers_error(text):
    try:
        prepared = prepare_article(text=text)
    except ArticleImportError:
        return
    assert prepared.sentence_count > 0
    assert prepared.title


# The command line ----------------------------------------------------------------


def run_command(*args):
    out, err = StringIO(), StringIO()
    call_command("import_article", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_cli_json_for_the_seed():
    seed_text()
    out, _ = run_command(str(SEED_PATH), "--json")
    payload = json.loads(out)
    assert set(payload) == {"article", "sections"}
    assert set(payload["article"]) == {"id", "slug", "title"}
    assert [s["heading"] for s in payload["sections"]] == SEED_HEADINGS
    assert all(set(s) == {"position", "heading", "sentences", "chars"} for s in payload["sections"])
    assert all(s["sentences"] > 0 and s["chars"] > 0 for s in payload["sections"])


def test_cli_forced_format_and_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("# 見出しではない行\n本文の文。", encoding="utf-8")
    out, _ = run_command(str(path), "--format", "text", "--title", "別の題", "--json")
    assert json.loads(out)["article"]["title"] == "別の題"
    assert Article.objects.get().source_format == SourceFormat.TEXT


def test_show_article_json_lists_every_sentence():
    article = make_article()
    out = StringIO()
    call_command("show_article", article.slug, "--json", stdout=out)
    payload = json.loads(out.getvalue())
    assert sum(len(s["sentences"]) for s in payload["sections"]) == Sentence.objects.count()


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\x81\xff\x81\xfe\x80", "decode")],
)
def test_cli_bad_input_exits_2_and_saves_nothing(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError) as error:
        run_command(str(path))
    assert error.value.returncode == 2
    assert "\n" not in str(error.value)
    assert Article.objects.count() == 0


def test_cli_missing_file_exits_2(tmp_path):
    with pytest.raises(CommandError) as error:
        run_command(str(tmp_path / "missing.md"))
    assert error.value.returncode == 2


def test_cli_too_large_file(tmp_path, settings):
    settings.DOKKAI_MAX_ARTICLE_BYTES = 100
    path = tmp_path / "big.txt"
    path.write_text("題\n" + "長い文です。" * 50, encoding="utf-8")
    with pytest.raises(CommandError, match="大きすぎ"):
        run_command(str(path))


def test_a_failure_midway_leaves_nothing_half_written(monkeypatch):
    import content.services as services

    def explode(**kwargs):
        raise RuntimeError("disk full")

    calls = {"n": 0}
    original = services._create_section

    def fail_on_second(**kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            explode()
        return original(**kwargs)

    monkeypatch.setattr(services, "_create_section", fail_on_second)
    with pytest.raises(RuntimeError):
        make_article()
    assert Article.objects.count() == 0
    assert Section.objects.count() == 0


def test_fixture_files_are_ours():
    fixtures = Path(__file__).parent / "fixtures"
    assert {path.name for path in fixtures.iterdir()} == {"mixed_sample.txt", "plain_sample.txt"}
