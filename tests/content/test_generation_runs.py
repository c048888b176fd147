"""Finding 3: generation runs in the background and its page tells how it went."""

from datetime import timedelta

import pytest
from django.tasks import task_backends
from django.tasks.backends.dummy import DummyBackend
from django.test import Client, TestCase
from django.utils import timezone

from content.generation import service
from content.models import Article, Generation, GenerationStatus, QuestionStatus
from content.services import request_generation
from tests.factories import SAMPLE_MARKDOWN, make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued_only():
    """A task backend that queues and never runs, as when the db_worker is busy or stopped."""
    previous = task_backends["default"]
    task_backends["default"] = DummyBackend(alias="default", params={})
    yield task_backends["default"]
    task_backends["default"] = previous


@pytest.fixture
def teacher(client):
    user = make_user(instructor=True)
    client.force_login(user)
    return user


def test_importing_queues_a_generation_that_records_its_outcome():
    article = make_article()
    generation = article.generations.get()
    assert generation.status == GenerationStatus.DONE
    assert generation.task_id
    assert generation.counts["created"] == article.questions.count() > 0
    assert generation.started_at <= generation.finished_at


def test_importing_stores_the_article_and_only_queues_its_generation(queued_only):
    article = make_article()
    assert article.sections.count() == 3
    assert article.questions.count() == 0
    assert article.generations.get().status == GenerationStatus.QUEUED
    assert len(queued_only.results) == 1


def test_a_failed_generation_reads_as_a_failure_with_its_reason(client, teacher, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the analyser ran out of memory")

    monkeypatch.setattr(service, "build_corpus", broken)
    article = make_article()
    generation = article.generations.get()
    assert generation.status == GenerationStatus.FAILED
    assert "the analyser ran out of memory" in generation.error
    page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert 'class="generation failed"' in page
    assert "the analyser ran out of memory" in page
    assert "Generate again" in page or "もう一度生成" in page


def test_generate_again_after_a_failure_makes_the_questions(client, teacher, monkeypatch):
    monkeypatch.setattr(service, "build_corpus", lambda article: 1 / 0)
    article = make_article()
    monkeypatch.undo()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            f"/articles/{article.slug}/generate/", headers={"HX-Request": "true"}
        )
    assert response.status_code == 200
    assert 'id="generation"' in response.content.decode()
    assert article.generations.first().status == GenerationStatus.DONE
    assert article.questions.filter(status=QuestionStatus.PUBLISHED).exists()
    assert (
        'class="generation done"'
        in client.get(article.get_absolute_url(), follow=True).content.decode()
    )


def test_generate_again_is_for_instructors_and_only_by_post(client):
    article = make_article()
    client.force_login(make_user())
    assert client.post(f"/articles/{article.slug}/generate/").status_code == 403
    client.force_login(make_user(instructor=True))
    assert client.get(f"/articles/{article.slug}/generate/").status_code == 405
    assert client.post("/articles/no-such-article/generate/").status_code == 404


def test_generate_again_needs_csrf():
    article = make_article()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(make_user(instructor=True))
    assert browser.post(f"/articles/{article.slug}/generate/").status_code == 403
    assert article.generations.count() == 1


def test_a_queued_page_polls_and_a_done_page_does_not(client, teacher, queued_only):
    article = make_article()
    page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert 'class="generation queued"' in page and 'hx-trigger="every 3s"' in page
    partial = client.get(article.get_absolute_url(), headers={"HX-Request": "true"})
    assert "<html" not in partial.content.decode()
    assert 'class="generation queued"' in partial.content.decode()
    Generation.objects.filter(article=article).update(status=GenerationStatus.DONE)
    page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert "every 3s" not in page
    # The polling page reloads once the run is done: its furigana and word bars come with
    # the run (a walker waited for them).
    done = client.get(article.get_absolute_url(), headers={"HX-Request": "true"})
    assert done.headers["HX-Refresh"] == "true"


def test_a_run_that_lost_its_worker_reads_as_failed_and_can_be_queued_again(client, teacher):
    article = make_article()
    Generation.objects.filter(article=article).update(
        status=GenerationStatus.RUNNING, started_at=timezone.now() - timedelta(hours=2)
    )
    page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert 'class="generation failed"' in page
    assert "every 3s" not in page


def test_a_queued_run_serves_again_instead_of_queueing_twice(queued_only):
    article = make_article()
    with TestCase.captureOnCommitCallbacks(execute=True):
        again = request_generation(article=article)
    assert again == article.generations.get()
    assert len(queued_only.results) == 1


def test_saving_the_same_text_again_with_a_failed_generation_does_not_claim_success(
    client, teacher, monkeypatch
):
    monkeypatch.setattr(service, "build_corpus", lambda article: 1 / 0)
    for _ in range(2):
        preview = client.post("/articles/import/", {"text": SAMPLE_MARKDOWN})
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = client.post(
                "/articles/import/",
                {"action": "save", "pending": preview.context["pending"].pk},
                follow=True,
            )
    article = Article.objects.get()
    assert article.get_absolute_url() in [url for url, _status in response.redirect_chain]
    assert 'class="generation failed"' in response.content.decode()


def test_an_article_replaced_during_generation_hands_over_to_the_newer_run(monkeypatch):
    article = make_article()
    real_build = service.build_corpus

    def replaced_meanwhile(target):
        corpus = real_build(target)
        type(target).objects.filter(pk=target.pk).update(checksum="0" * 64)
        return corpus

    monkeypatch.setattr(service, "build_corpus", replaced_meanwhile)
    with TestCase.captureOnCommitCallbacks(execute=True):
        request_generation(article=article)
    assert article.generations.first().status == GenerationStatus.SUPERSEDED
