"""Writes to the material: importing articles."""

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from content.importing.preview import PreparedArticle, PreparedSection
from content.learning import learning
from content.models import Article, Section, Sentence, Visibility

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
    return slugify(title, allow_unicode=True)[:SLUG_MAX_CHARS].strip("-") or "article"


def _unique_slug(title: str) -> str:
    base = base_slug(title)
    slug, suffix = base, 2
    while Article.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


@transaction.atomic
def import_article(
    *,
    prepared: PreparedArticle,
    replace: bool = False,
    user: AbstractBaseUser | None = None,
    visibility: Visibility = Visibility.EVERYONE,
) -> ImportOutcome:
    """Store a prepared article in one transaction.

    The same text again (same checksum) returns the stored article untouched.
    With ``replace``, the article with the same title's slug is updated in place:
    sections and sentences whose text is unchanged keep their rows and ids, so
    learners' cards on them survive the edit.
    """
    existing = Article.objects.filter(checksum=prepared.checksum).first()
    if existing is not None:
        return ImportOutcome(article=existing, created=False, replaced=False)
    target = (
        Article.objects.select_for_update().filter(slug=base_slug(prepared.title)).first()
        if replace
        else None
    )
    owner = user if user is not None and user.is_authenticated else None
    if target is None:
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
        target.title = prepared.title
        target.source_format = prepared.source_format
        target.original_text = prepared.text
        target.checksum = prepared.checksum
        target.save()
        _replace_sections(article=target, prepared_sections=prepared.sections)
        outcome = ImportOutcome(article=target, created=False, replaced=True)
    _enqueue_generation(outcome.article)
    return outcome


def _enqueue_generation(article: Article) -> None:
    # Imported here: generation pulls in the analyser, which the importer alone does not need.
    from content.tasks import generate_questions_task

    transaction.on_commit(lambda: generate_questions_task.enqueue(article_id=article.pk))


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
