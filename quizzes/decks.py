"""What a learner studies: a whole article or one of its sections."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse

from content.models import Article, Question, QuestionStatus, Section
from content.selectors import articles_visible_to


@dataclass(frozen=True)
class Deck:
    article: Article
    section: Section | None = None

    @property
    def kind(self) -> str:
        return "section" if self.section else "article"

    @property
    def key(self) -> str:
        return str(self.section.pk) if self.section else self.article.slug

    @property
    def label(self) -> str:
        return (
            f"{self.article.title} › {self.section.display_heading}"
            if self.section
            else self.article.title
        )

    def url(self, name: str = "study") -> str:
        return reverse(f"quizzes:{name}", kwargs={"deck_kind": self.kind, "deck_key": self.key})

    def question_filter(self, prefix: str = "") -> dict:
        """Filter arguments selecting the deck's published questions (through `prefix`)."""
        where = {
            f"{prefix}article_id": self.article.pk,
            f"{prefix}status": QuestionStatus.PUBLISHED,
        }
        if self.section:
            where[f"{prefix}section_id"] = self.section.pk
        return where

    def questions(self) -> QuerySet[Question]:
        return Question.objects.filter(**self.question_filter())


def deck_from_url(*, user, deck_kind: str, deck_key: str) -> Deck:
    """The deck a URL names, if its article is one this person may see (404 otherwise)."""
    visible = articles_visible_to(user=user)
    if deck_kind == "article":
        article = visible.filter(slug=deck_key).first()
        if article:
            return Deck(article=article)
    elif deck_kind == "section" and deck_key.isdigit():
        section = (
            Section.objects.select_related("article")
            .filter(pk=int(deck_key), article__in=visible)
            .first()
        )
        if section:
            return Deck(article=section.article, section=section)
    raise Http404("No such deck.")
