"""Feedback that teaches: the card's sentence with furigana in the learner's mode, and a gloss."""

from django import template
from django.urls import reverse
from django.utils import timezone

from content.analysis.furigana import has_digit
from content.analysis.glossary import dictionary_entry
from content.models import Question, QuestionKind
from content.reading import FuriganaMode, sentence_html, words_of
from quizzes.decks import own_words_deck
from quizzes.models import LearnerCard
from quizzes.words import known_words, own_words

register = template.Library()

# Kinds whose answer is not a word of the sentence (true/false, a heading), and vocabulary,
# whose back already gives the meaning.
_NO_ANSWER_GLOSS = {QuestionKind.TRUEFALSE, QuestionKind.SECTION, QuestionKind.VOCAB}


def answer_gloss(question: Question, words) -> str:
    """The answer word's English gloss: stored with the question, else JMdict by dictionary form."""
    if question.kind in _NO_ANSWER_GLOSS:
        return ""
    if question.extra.get("gloss"):
        return question.extra["gloss"]
    covered = [
        word
        for word in words
        if question.answer_start is not None
        and word.start < question.answer_end
        and word.end > question.answer_start
    ]
    if len(covered) == 1 and covered[0].lemma:
        word = covered[0]
        entry = dictionary_entry(word.lemma, word.reading if word.surface == word.lemma else "")
    else:
        text = question.extra.get("word") or question.answer
        entry = None if has_digit(text) else dictionary_entry(text)
    return entry.gloss if entry else ""


@register.inclusion_tag("quizzes/study/_teach.html", takes_context=True)
def teach(context, question: Question) -> dict:
    learner = context.get("learner")
    mode = learner.furigana_mode if learner else FuriganaMode.ALL
    sentence = question.sentence
    highlight = question.feedback_highlight
    if sentence is None:  # the sentence left the article on a re-import; the question kept its copy
        return {
            "question": question,
            "sentence_html": None,
            "highlight": highlight,
            "gloss": "",
            "reader_url": "",
        }
    words = words_of(sentence)
    user = context["request"].user
    known = known_words(user=user) if mode == FuriganaMode.UNKNOWN else frozenset()
    return {
        "question": question,
        "sentence_html": sentence_html(words, mode=mode, known=known, highlight=highlight),
        "gloss": answer_gloss(question, words),
        "reader_url": reverse("quizzes:reader", kwargs={"slug": question.article.slug})
        + f"#s-{sentence.pk}",
    }


@register.inclusion_tag("quizzes/study/_own_words_deck.html", takes_context=True)
def own_words_deck_card(context) -> dict:
    """The learner's own words as a deck among the others, once they have kept a word."""
    user = context["request"].user
    words = own_words(user=user)
    due = LearnerCard.objects.filter(
        user=user, suspended=False, due__lte=timezone.now(), question__in=words
    ).count()
    return {"count": words.count(), "due": due, "url": own_words_deck(user=user).url()}
