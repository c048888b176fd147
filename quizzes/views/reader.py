"""The reader: furigana in the learner's mode, one-tap look-ups, keeping and knowing words."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from config.htmx import HtmxHttpRequest
from content.analysis.glossary import DictionaryEntry, entry_in_text, gloss_word, phrase_entry
from content.analysis.parts_of_speech import part_of_speech
from content.generation.health import as_reported
from content.models import Section, Sentence
from content.permissions import can_edit_article
from content.reading import FuriganaMode, Word, sentence_html, words_of
from content.selectors import articles_visible_to, latest_generation
from quizzes import words as word_services
from quizzes.decks import own_words_deck
from quizzes.reader import article_coverages, reader_article, reader_sections
from quizzes.services import learner_settings_for

TEMPLATE = "quizzes/reader/article.html"
WORD_TEMPLATE = "quizzes/reader/word.html"


@require_GET
@login_required
def article_reader(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    # htmx asks for the sections alone, after a word's known state changed in the look-up.
    return _render_reader(request, slug=slug, partial=bool(request.htmx))


def _render_reader(request: HtmxHttpRequest, *, slug: str, partial: bool = False) -> HttpResponse:
    article = reader_article(user=request.user, slug=slug)
    learner = learner_settings_for(user=request.user)
    known = word_services.known_words(user=request.user)
    context = {
        "article": article,
        "learner": learner,
        "modes": FuriganaMode.choices,
        "sections": reader_sections(article=article, mode=learner.furigana_mode, known=known),
        "own_words_url": own_words_deck(user=request.user).url(),
        "generation": as_reported(latest_generation(article=article)),
        "can_edit": can_edit_article(request.user, article),
    }
    return render(request, f"{TEMPLATE}#sections" if partial else TEMPLATE, context)


@require_POST
@login_required
def reader_settings(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Save the furigana mode and the hold-back choice; the sections come back re-rendered."""
    reader_article(user=request.user, slug=slug)  # 404 for an article the person may not see
    mode = request.POST.get("furigana_mode", "")
    if mode not in FuriganaMode.values:
        return HttpResponse(_("Choose a furigana mode."), status=400)
    word_services.save_reader_settings(
        learner=learner_settings_for(user=request.user),
        furigana_mode=mode,
        hold_until_read=request.POST.get("hold_until_read") == "on",
    )
    if not request.htmx:
        return redirect("quizzes:reader", slug=slug)
    return _render_reader(request, slug=slug, partial=True)


@require_POST
@login_required
def section_opened(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    section = get_object_or_404(Section, pk=pk, article__in=articles_visible_to(user=request.user))
    word_services.mark_section_opened(user=request.user, section_id=section.pk)
    return HttpResponse(status=204)


@require_GET
@login_required
def coverage(request: HtmxHttpRequest) -> HttpResponse:
    """Each visible article's coverage, swapped into the article list out of band."""
    known = word_services.known_words(user=request.user)
    return render(
        request,
        "quizzes/reader/coverage.html",
        {"coverages": article_coverages(user=request.user, known=known)},
    )


@dataclass(frozen=True)
class LookedUp:
    sentence: Sentence
    word: Word
    entry: DictionaryEntry | None
    # For a compound JMdict lacks (来館者数), its parts' first senses: "visitor + number".
    parts_gloss: str = ""
    # The set phrase the word is part of here (気を使う), with its own senses.
    phrase: DictionaryEntry | None = None


def _look_up(request: HtmxHttpRequest, sentence_id: int, index: int) -> LookedUp:
    sentence = get_object_or_404(
        Sentence.objects.select_related("section__article"),
        pk=sentence_id,
        section__article__in=articles_visible_to(user=request.user),
    )
    words = words_of(sentence)
    if not sentence.analysis or not 0 <= index < len(words) or not words[index].lookup:
        raise Http404("No such word.")
    word = words[index]
    lemma = word.lemma or word.surface
    entry = entry_in_text(lemma=lemma, surface=word.surface, reading=word.reading, pos=word.pos)
    is_name = "固有名詞" in word.pos
    parts_gloss = gloss_word(lemma) if entry is None and not is_name else ""
    return LookedUp(
        sentence=sentence,
        word=word,
        entry=entry,
        parts_gloss=parts_gloss,
        phrase=phrase_entry(sentence.analysis, word.index),
    )


def _render_word(
    request: HtmxHttpRequest, looked_up: LookedUp, *, message: str = ""
) -> HttpResponse:
    if message and not request.htmx:
        # Without htmx the page is posted to: show the message after a redirect (no resubmission).
        messages.success(request, message)
        return redirect(
            "quizzes:word", sentence_id=looked_up.sentence.pk, index=looked_up.word.index
        )
    sentence, word = looked_up.sentence, looked_up.word
    lemma = word.lemma or word.surface
    learner = learner_settings_for(user=request.user)
    words = words_of(sentence)
    known = word_services.known_words(user=request.user)
    context = {
        "looked_up": looked_up,
        "word": word,
        "lemma": lemma,
        "entry": looked_up.entry,
        "parts_gloss": looked_up.parts_gloss,
        "phrase": looked_up.phrase,
        "is_name": "固有名詞" in word.pos,
        "part_of_speech": part_of_speech(word.pos),
        "sentence_html": sentence_html(
            words, mode=learner.furigana_mode, known=known, highlight=(word.start, word.end)
        ),
        "kept": word_services.own_word(user=request.user, lemma=lemma),
        "known": word_services.is_marked_known(user=request.user, lemma=lemma),
        "reader_url": reverse("quizzes:reader", kwargs={"slug": sentence.section.article.slug})
        + f"#s-{sentence.pk}",
        "own_words_url": own_words_deck(user=request.user).url(),
        "in_popover": bool(request.htmx),
        "message": message,
    }
    return render(request, f"{WORD_TEMPLATE}#lookup" if request.htmx else WORD_TEMPLATE, context)


@require_GET
@login_required
def word(request: HtmxHttpRequest, sentence_id: int, index: int) -> HttpResponse:
    return _render_word(request, _look_up(request, sentence_id, index))


@require_POST
@login_required
def keep_word(request: HtmxHttpRequest, sentence_id: int, index: int) -> HttpResponse:
    looked_up = _look_up(request, sentence_id, index)
    _question, created = word_services.keep_word(
        user=request.user,
        sentence=looked_up.sentence,
        word=looked_up.word,
        entry=looked_up.entry,
        parts_gloss=looked_up.parts_gloss,
    )
    message = _("Added to your words.") if created else _("Already in your words.")
    return _render_word(request, looked_up, message=message)


@require_POST
@login_required
def known_word(request: HtmxHttpRequest, sentence_id: int, index: int) -> HttpResponse:
    looked_up = _look_up(request, sentence_id, index)
    known = request.POST.get("known") != "0"
    word_services.set_known(
        user=request.user, lemma=looked_up.word.lemma or looked_up.word.surface, known=known
    )
    message = _("Marked as known.") if known else _("No longer marked as known.")
    response = _render_word(request, looked_up, message=message)
    # The reader behind the popover refreshes its furigana and coverage.
    trigger_client_event(response, "knownWordsChanged")
    return response
