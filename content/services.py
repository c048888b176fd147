"""Writes to the material: importing articles, queueing their question generation."""

import logging
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import unquote

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from content.analysis.spans import BRACKET_READING
from content.generation.health import lost_reason
from content.importing.errors import ArticleImportError
from content.importing.preview import PreparedArticle, PreparedSection
from content.learning import learning
from content.models import (
    Article,
    Generation,
    GenerationStatus,
    PendingImport,
    Section,
    Sentence,
    SourceFormat,
    Visibility,
)
from content.selectors import articles_visible_to

logger = logging.getLogger(__name__)

SLUG_MAX_CHARS = 60
# Positions are moved out of the way before being rewritten, so that the
# unique (parent, position) constraints hold at every statement.
_POSITION_SHIFT = 1_000_000


@dataclass(frozen=True)
class ImportOutcome:
    article: Article
    created: bool
    replaced: bool


def base_slug(title: str) -> str:
    # 「郵便局（ゆうびんきょく）で…」: the URL reads as the title does, without its printed
    # readings run into the words (郵便局ゆうびんきょくで…, round 60).
    unread = BRACKET_READING.sub(r"\1", title)
    return slugify(unread, allow_unicode=True)[:SLUG_MAX_CHARS].strip("-") or "article"


def slug_reaches_its_reader(slug: str) -> bool:
    """Whether the article's own URL leads to its reader, not to a route of the same name.

    Asked of the URL configuration itself, so a route added later (say ``/articles/new/``)
    is never shadowed by an article's slug, nor an article by it.
    """
    try:
        # reverse() percent-encodes a Japanese slug; requests are resolved decoded.
        match = resolve(unquote(reverse("content:article_detail", kwargs={"slug": slug})))
    except Resolver404:
        return False
    return match.view_name == "content:article_detail" and match.kwargs.get("slug") == slug


def _unique_slug(title: str) -> str:
    base = base_slug(title)
    slug, suffix = base, 2
    while Article.objects.filter(slug=slug).exists() or not slug_reaches_its_reader(slug):
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


@transaction.atomic
def import_article(
    *,
    prepared: PreparedArticle,
    replacing: Article | None = None,
    user: AbstractBaseUser | None = None,
    visibility: Visibility = Visibility.EVERYONE,
) -> ImportOutcome:
    """Store a prepared article in one transaction and queue its question generation.

    The same text again (same checksum) returns the stored article untouched, when
    the importer may read it; a text someone else keeps private is stored again as
    the importer's own, so one person's privacy never blocks another's import. With
    ``replacing``, that article, named by the caller and never guessed, is updated in
    place: sections and sentences whose text is unchanged keep their rows and ids, so
    learners' cards on them survive the edit. Raises ArticleImportError when the text is
    already another article, or the article to replace is gone.
    """
    owner = user if user is not None and user.is_authenticated else None
    existing = _same_text(checksum=prepared.checksum, owner=owner)
    if existing is not None:
        if replacing is not None and existing.pk != replacing.pk:
            raise ArticleImportError(
                _("This text is already the article “%(title)s” (%(slug)s).")
                % {"title": existing.title, "slug": existing.slug}
            )
        return ImportOutcome(article=existing, created=False, replaced=False)
    if replacing is None:
        article = Article.objects.create(
            title=prepared.title,
            slug=_unique_slug(prepared.title),
            source_format=prepared.source_format,
            original_text=prepared.text,
            checksum=prepared.checksum,
            owner=owner,
            visibility=visibility if owner is not None else Visibility.EVERYONE,
        )
        for position, section in enumerate(prepared.sections):
            _create_section(article=article, position=position, prepared=section)
        outcome = ImportOutcome(article=article, created=True, replaced=False)
    else:
        target = Article.objects.select_for_update().filter(pk=replacing.pk).first()
        if target is None:
            raise ArticleImportError(_("The article to replace no longer exists."))
        target.title = prepared.title
        target.source_format = prepared.source_format
        target.original_text = prepared.text
        target.checksum = prepared.checksum
        target.save()
        _replace_sections(article=target, prepared_sections=prepared.sections)
        outcome = ImportOutcome(article=target, created=False, replaced=True)
    request_generation(article=outcome.article, user=user)
    return outcome


def _same_text(*, checksum: str, owner: AbstractBaseUser | None) -> Article | None:
    """The article this text already is for this importer: their own first, else a shared one."""
    same = Article.objects.filter(checksum=checksum)
    own = same.filter(owner=owner) if owner is not None else same.filter(owner__isnull=True)
    readable = (
        articles_visible_to(user=owner)
        if owner is not None
        else Article.objects.filter(visibility=Visibility.EVERYONE)
    )
    return own.first() or readable.filter(checksum=checksum).order_by("created_at", "id").first()


@transaction.atomic
def request_generation(*, article: Article, user: AbstractBaseUser | None = None) -> Generation:
    """Queue a generation of the article's questions, reported on the article's page.

    A run still waiting in the queue serves again; the task is enqueued once the
    transaction commits, so the worker always finds the stored article.
    """
    for waiting in article.generations.filter(status=GenerationStatus.QUEUED):
        reason = lost_reason(waiting)
        if not reason:
            return waiting
        waiting.status, waiting.error = GenerationStatus.FAILED, reason
        waiting.save(update_fields=["status", "error"])
    generation = Generation.objects.create(
        article=article,
        requested_by=user if user is not None and user.is_authenticated else None,
    )
    transaction.on_commit(lambda: _enqueue(generation))
    return generation


# Uploads left in preview longer than this are removed when the next one is stored.
PENDING_IMPORT_LIFETIME = timedelta(days=1)


@transaction.atomic
def store_pending_import(
    *,
    user: AbstractBaseUser,
    text: str,
    checksum: str,
    title: str = "",
    source_format: SourceFormat | None = None,
    replacing: Article | None = None,
) -> PendingImport:
    """Keep an upload for its preview and save, once per person and text (by checksum)."""
    PendingImport.objects.filter(created_at__lt=timezone.now() - PENDING_IMPORT_LIFETIME).delete()
    pending, _created = PendingImport.objects.update_or_create(
        created_by=user,
        checksum=checksum,
        defaults={
            "text": text,
            "title": title,
            "source_format": source_format or "",
            "replacing": replacing,
        },
    )
    return pending


def _enqueue(generation: Generation) -> None:
    # Imported here: generation pulls in the analyser, which the importer alone does not need.
    from content.tasks import generate_questions_task

    try:
        result = generate_questions_task.enqueue(generation_id=generation.pk)
    except Exception as error:  # a broken queue must read as a failure, never as "queued"
        logger.exception("Could not queue generation %s", generation.pk)
        Generation.objects.filter(pk=generation.pk).update(
            status=GenerationStatus.FAILED,
            error=_("Could not queue the generation: %(reason)s") % {"reason": error},
        )
        return
    # The immediate backend has run the task by now: keep its outcome, add the id.
    Generation.objects.filter(pk=generation.pk).update(task_id=result.id)


def _create_section(*, article: Article, position: int, prepared: PreparedSection) -> Section:
    section = Section.objects.create(
        article=article,
        position=position,
        heading=prepared.heading,
        parent_heading=prepared.parent_heading,
        text=prepared.text,
    )
    Sentence.objects.bulk_create(
        Sentence(section=section, position=index, text=span.text, start=span.start, end=span.end)
        for index, span in enumerate(prepared.sentences)
    )
    return section


def _replace_sections(*, article: Article, prepared_sections: list[PreparedSection]) -> None:
    old_sections = list(article.sections.prefetch_related("sentences"))
    for section in old_sections:
        section.position += _POSITION_SHIFT
    Section.objects.bulk_update(old_sections, ["position"])

    unmatched = list(old_sections)
    for position, prepared in enumerate(prepared_sections):
        # Same heading first; otherwise the section that stood here (its heading was edited).
        match = next((s for s in unmatched if s.heading == prepared.heading), None) or next(
            (s for s in unmatched if s.position == position + _POSITION_SHIFT), None
        )
        if match is None:
            _create_section(article=article, position=position, prepared=prepared)
            continue
        unmatched.remove(match)
        match.position = position
        match.heading = prepared.heading
        match.parent_heading = prepared.parent_heading
        match.text = prepared.text
        match.save()
        _replace_sentences(section=match, prepared=prepared)
    for section in unmatched:
        section.delete()


def _replace_sentences(*, section: Section, prepared: PreparedSection) -> None:
    old = list(section.sentences.all())
    for sentence in old:
        sentence.position += _POSITION_SHIFT
    Sentence.objects.bulk_update(old, ["position"])
    by_text: dict[str, list[Sentence]] = {}
    for sentence in old:
        by_text.setdefault(sentence.text, []).append(sentence)
    kept, created = [], []
    for index, span in enumerate(prepared.sentences):
        same = by_text.get(span.text)
        if same:
            sentence = same.pop(0)
            sentence.position, sentence.start, sentence.end = index, span.start, span.end
            kept.append(sentence)
        else:
            created.append(
                Sentence(
                    section=section, position=index, text=span.text, start=span.start, end=span.end
                )
            )
    Sentence.objects.filter(pk__in=[s.pk for group in by_text.values() for s in group]).delete()
    Sentence.objects.bulk_update(kept, ["position", "start", "end"])
    Sentence.objects.bulk_create(created)


class ArticleInUse(Exception):
    """The article has been studied: it can be archived, not deleted."""


def archive_article(*, article: Article, archived: bool = True) -> Article:
    article.archived_at = timezone.now() if archived else None
    article.save(update_fields=["archived_at", "updated_at"])
    return article


@transaction.atomic
def delete_article(*, article: Article) -> None:
    """Delete an article nobody studied or was assigned; otherwise raise ArticleInUse."""
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if learning().in_use(article_id=locked.pk):
        raise ArticleInUse
    locked.delete()
