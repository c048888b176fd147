"""The learner's own words as a deck among the others (the study home)."""

from django import template
from django.utils import timezone

from quizzes.decks import own_words_deck
from quizzes.models import LearnerCard
from quizzes.words import own_words

register = template.Library()


@register.inclusion_tag("quizzes/study/_own_words_deck.html", takes_context=True)
def own_words_deck_card(context) -> dict:
    """The learner's own words as a deck among the others, once they have kept a word."""
    user = context["request"].user
    words = own_words(user=user)
    due = LearnerCard.objects.filter(
        user=user, suspended=False, due__lte=timezone.now(), question__in=words
    ).count()
    return {"count": words.count(), "due": due, "url": own_words_deck(user=user).url()}
