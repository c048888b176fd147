"""What a learner studies: a whole article, one of its sections, or their own words."""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS
from django.db.models import QuerySet, Subquery
from django.http import Http404
from django.utils.translation import gettext as _

from config.compiled_queries import CompiledQuery
from config.url_formats import formatted_reverse
from content.models import Article, Question, QuestionStatus, Section
from content.selectors import articles_visible_to
from quizzes.models import LearnerSettings

OWN_WORDS_KEY = "mine"


@dataclass(frozen=True)
class Deck:
    article: Article | None = None
    section: Section | None = None
    # The learner whose own words this deck holds (words kept from the reader).
    owner_id: int | None = None

    @property
    def kind(self) -> str:
        if self.owner_id is not None:
            return "words"
        return "section" if self.section else "article"

    @property
    def key(self) -> str:
        if self.owner_id is not None:
            return OWN_WORDS_KEY
        return str(self.section.pk) if self.section else self.article.slug

    @property
    def label(self) -> str:
        if self.owner_id is not None:
            return _("My words")
        return (
            f"{self.article.title} › {self.section.display_heading}"
            if self.section
            else self.article.title
        )

    def url(self) -> str:
        return self._url

    @cached_property
    def _url(self) -> str:
        # A card screen names its deck's URL four times (answer, undo): formatted once.
        return formatted_reverse("quizzes:study", deck_kind=self.kind, deck_key=self.key)

    def question_filter(self, prefix: str = "") -> dict:
        """Filter arguments selecting the deck's published questions (through `prefix`).

        Article and section decks hold the shared questions only; a learner's own
        words live in their own deck, which nobody else can open.
        """
        if self.owner_id is not None:
            return {f"{prefix}owner_id": self.owner_id, f"{prefix}status": QuestionStatus.PUBLISHED}
        where = {
            f"{prefix}article_id": self.article.pk,
            f"{prefix}status": QuestionStatus.PUBLISHED,
            f"{prefix}owner__isnull": True,
        }
        if self.section:
            where[f"{prefix}section_id"] = self.section.pk
        return where

    def questions(self) -> QuerySet[Question]:
        return Question.objects.filter(**self.question_filter())

    def ids(self) -> dict[str, int | None]:
        """The deck as plain values, the arguments of a compiled query (`from_ids` undoes it)."""
        return {
            "article_id": self.article.pk if self.article else None,
            "section_id": self.section.pk if self.section else None,
            "owner_id": self.owner_id,
        }

    @classmethod
    def from_ids(cls, *, article_id: int | None, section_id: int | None, owner_id: int | None):
        """A deck good for `question_filter`, from `ids()`: its article and section are bare keys."""
        return cls(
            article=Article(pk=article_id) if article_id is not None else None,
            section=Section(pk=section_id) if section_id is not None else None,
            owner_id=owner_id,
        )


def own_words_deck(*, user) -> Deck:
    return Deck(owner_id=user.pk)


def visible_article_by_slug(*, user_id: int, is_superuser: bool, slug: str) -> QuerySet[Article]:
    """The article of this slug if the person may see it: what a deck shows of it, its title
    and slug (the text is up to a megabyte, and the other columns cost every study request
    their conversion)."""
    person = get_user_model()(pk=user_id, is_superuser=is_superuser)
    return articles_visible_to(user=person).only("title", "slug").filter(slug=slug)[:1]


# Every study request names its deck: compiled once per process (see config/compiled_queries.py).
VISIBLE_ARTICLE = CompiledQuery(visible_article_by_slug)


def learner_with_article(*, user_id: int, is_superuser: bool, slug: str) -> QuerySet:
    """The learner's settings with the key and title of the article of this slug, if the person
    may see it: the reads every study request of an article deck starts with (but an answer,
    see quizzes.selectors.shown_article_question), in one statement (a statement costs the
    ORM about as much as both rows cost the database)."""
    person = get_user_model()(pk=user_id, is_superuser=is_superuser)
    article = articles_visible_to(user=person).filter(slug=slug).order_by()
    learner = LearnerSettings.objects.filter(user_id=user_id).annotate(
        deck_article_id=Subquery(article.values("pk")[:1]),
        deck_article_title=Subquery(article.values("title")[:1]),
    )
    return learner[:1]


# Read by every study request: compiled once per process.
LEARNER_WITH_ARTICLE = CompiledQuery(learner_with_article)


def article_deck_with_learner(*, user, slug: str) -> tuple[Deck, LearnerSettings] | None:
    """The article deck of this slug and the learner's settings, read together; 404 when the
    person may not see the article, None while the learner has no settings row yet (the
    caller then reads the deck and creates the settings apart)."""
    found = LEARNER_WITH_ARTICLE.models(user_id=user.pk, is_superuser=user.is_superuser, slug=slug)
    if not found:
        return None
    learner = found[0]
    if learner.deck_article_id is None:
        raise Http404("No such deck.")
    # Loaded as the ORM loads a row of these columns: any other column is read when asked for.
    article = Article.from_db(
        DEFAULT_DB_ALIAS,
        ["id", "title", "slug"],
        [learner.deck_article_id, learner.deck_article_title, slug],
    )
    return Deck(article=article), learner


def deck_from_url(*, deck_kind: str, deck_key: str, user) -> Deck:
    """The deck a URL names, if this person may study it; 404 otherwise."""
    if deck_kind == "article":
        if not user.is_authenticated:
            raise Http404("No such deck.")
        found = VISIBLE_ARTICLE.models(
            user_id=user.pk, is_superuser=user.is_superuser, slug=deck_key
        )
        if found:
            return Deck(article=found[0])
    elif deck_kind == "section" and deck_key.isdigit():
        section = (
            Section.objects.select_related("article")
            .defer("text", "article__original_text")
            .filter(pk=int(deck_key), article__in=articles_visible_to(user=user))
            .first()
        )
        if section:
            return Deck(article=section.article, section=section)
    elif deck_kind == "words" and deck_key == OWN_WORDS_KEY:
        return own_words_deck(user=user)
    raise Http404("No such deck.")
