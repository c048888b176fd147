"""The study loop: one URL per deck; a plain GET renders the page, htmx requests the stage.

Each request builds the deck's `StudyQueue` once and every part of the response
reads from it.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from config.htmx import HtmxHttpRequest, wants_partial
from config.url_formats import formatted_reverse
from content.models import Question, QuestionKind
from quizzes import selectors
from quizzes.courses.gradebook import learner_cells
from quizzes.courses.selectors import open_practices
from quizzes.decks import Deck, article_deck_with_learner, deck_from_url
from quizzes.grading import InvalidResponse, grade, suggested_rating
from quizzes.models import CardState, Grading, LearnerCard, LearnerSettings, Rating
from quizzes.queue import COUNT_CAP, StudyItem, StudyQueue, buried_count
from quizzes.scheduling import next_intervals, scheduler_for
from quizzes.services import (
    learner_settings_for,
    record_grading,
    record_review,
    save_study_kinds,
    undo_last_review,
    unsuspend_card,
)
from quizzes.study_day import learner_zone
from quizzes.teaching import kanji_contrast, teaching, typed_difference
from quizzes.templatetags.study import interval
from quizzes.tokens import (
    BadToken,
    GradedAnswer,
    ShownCard,
    read_graded,
    read_shown,
    sign_graded,
    sign_shown,
)

TEMPLATE = "quizzes/study/session.html"
# A deck's page opened again this soon after its session began goes on with that session.
SESSION_RESUMES_WITHIN = timedelta(hours=1)
# The kinds a learner may study: a choice of kanji is a multiple-choice card that says 漢字の書き,
# which a walker looked for in this list.
STUDY_KINDS = [
    (
        kind,
        gettext_lazy("Multiple choice (kanji spelling too)")
        if kind == QuestionKind.CHOICE
        else label,
    )
    for kind, label in QuestionKind.choices
]
# Labels of a card's state, looked up once per card rather than through get_FOO_display
# (which rebuilds the choices' dict on every call).
STATE_LABELS = dict(CardState.choices)


def _learner(request: HtmxHttpRequest) -> LearnerSettings:
    """The learner's settings, read once per request."""
    if not hasattr(request, "learner_settings"):
        request.learner_settings = learner_settings_for(user=request.user)
    return request.learner_settings


def _deck(request: HtmxHttpRequest, deck_kind: str, deck_key: str) -> Deck:
    """The deck a URL names (404 if the person may not study it). An article deck is read
    with the learner's settings, which `_learner` then returns."""
    if (
        deck_kind == "article"
        and not hasattr(request, "learner_settings")
        and (found := article_deck_with_learner(user=request.user, slug=deck_key))
    ):
        deck, request.learner_settings = found
        return deck
    return deck_from_url(user=request.user, deck_kind=deck_kind, deck_key=deck_key)


def _session_key(deck: Deck) -> str:
    return f"study:{deck.kind}:{deck.key}"


def _session_start(request: HtmxHttpRequest, deck: Deck, now: datetime) -> datetime:
    started = request.session.get(_session_key(deck))
    if started is None:
        request.session[_session_key(deck)] = now.isoformat()
        return now
    return datetime.fromisoformat(started)


def _queue(request: HtmxHttpRequest, deck: Deck, now: datetime) -> StudyQueue:
    return StudyQueue(
        user=request.user,
        deck=deck,
        learner=_learner(request),
        now=now,
        since=_session_start(request, deck, now),
    )


def _open_practices(request: HtmxHttpRequest, deck: Deck) -> list:
    """(assignment, cell) for each practice open on the deck's article, for the page's header:
    htmx swaps of the card read none."""
    if deck.article is None:
        return []
    now = timezone.now()
    practices = list(open_practices(user=request.user, article_id=deck.article.pk, now=now))
    if not practices:
        return []
    cells = learner_cells(user=request.user, assignments=practices, now=now)
    return list(zip(practices, cells, strict=True))


def _stage(
    request: HtmxHttpRequest, *, deck: Deck, stage: str, context: dict, status: int = 200
) -> HttpResponse:
    """Render one stage (card, feedback, summary): a partial for htmx, the page otherwise.

    Times are shown in the learner's own time zone.
    """
    learner = _learner(request)
    partial = wants_partial(request)
    # A partial's forms post through htmx, which sends the CSRF token in a header (hx-headers
    # on the page's body): only the whole page needs the token in each form.
    context = {"deck": deck, "stage": stage, "learner": learner, "is_partial": partial, **context}
    if not partial:
        context["kinds"] = STUDY_KINDS
    if not partial or stage == "summary":
        # The page's header, and the summary: how far the session took each practice, with
        # the way back to it (a walker's learner was sent to the deck list instead).
        context["practices"] = _open_practices(request, deck)
    with timezone.override(learner_zone(learner)):
        return render(
            request, f"{TEMPLATE}#{stage}" if partial else TEMPLATE, context, status=status
        )


def _card_stage(
    request: HtmxHttpRequest,
    *,
    deck: Deck,
    queue: StudyQueue,
    error: str = "",
    status: int = 200,
    ahead: bool = False,
    rated_id: int | None = None,
    item: StudyItem | None = None,
) -> HttpResponse:
    """The next card, or the summary. `ahead`: the learner chose "continue now", and waiting
    learning cards are shown early, except the one just rated (`rated_id`), which would come
    straight back."""
    studying_ahead = item is None and queue.next_item is None and ahead
    item = item or queue.next_item or (queue.learning_ahead(besides=rated_id) if ahead else None)
    if item is None:
        return _stage(request, deck=deck, stage="summary", context={"queue": queue, "error": error})
    token = sign_shown(
        ShownCard(
            user_id=request.user.pk,
            question_id=item.question.pk,
            reps=item.reps,
            shown_at=queue.now.timestamp(),
        )
    )
    context = {
        "item": item,
        "question": item.question,
        "options": shown_options(item),
        "kind_label": item.question.kind_label,
        # A card a quiz queued is learning at step 0 before its first review: still new to
        # the learner, and labelled so.
        "state_label": STATE_LABELS.get(item.card.state, item.card.state)
        if item.card and item.card.reps
        else "",
        "token": token,
        "queue": queue,
        "progress_total": queue.done + max(queue.remaining, 1),
        # Carried by the answer and rating forms, so that continuing now goes on until no
        # learning card waits rather than one card at a time (a walker).
        "studying_ahead": studying_ahead,
        # Worded here rather than by {% blocktranslate %}, which cost every card 20 µs. A card
        # taken ahead of its step beside 「期日 0・新規 0」 read as a miscount (a walker).
        "progress_counts": (
            _("%(done)s done · studying ahead: nothing is due yet")
            if studying_ahead
            else _("%(done)s done · %(due)s due · %(new)s new")
        )
        % {"done": queue.done, "due": queue.due_shown, "new": queue.new_shown},
        "error": error,
    }
    return _stage(request, deck=deck, stage="card", context=context, status=status)


# Options whose order says nothing: on each showing of a card they come in another order, so
# that its answer is not remembered as "the third" (a walker). True or false keep theirs.
SHUFFLED_KINDS = {QuestionKind.CHOICE, QuestionKind.WH, QuestionKind.SECTION, QuestionKind.READING}


def shown_options(item: StudyItem) -> list[tuple[str, str]]:
    """The card's options as this showing orders them: the same on a reload, another order
    once the card has been reviewed again."""
    options = item.question.labelled_choices
    if item.question.kind in SHUFFLED_KINDS:
        random.Random(f"{item.question.pk}:{item.reps}").shuffle(options)
    return options


# Counts and cards change with every answer: Back and Forward fetch these pages again rather
# than show the browser's copy (a walker saw 期日 0 after a review, and a rated card come back).
@require_GET
@login_required
@never_cache
def study_home(request: HtmxHttpRequest) -> HttpResponse:
    now = timezone.now()
    learner = _learner(request)
    context = {
        "articles": selectors.decks_with_due_counts(user=request.user, now=now),
        "new_left": selectors.new_cards_left_today(user=request.user, learner=learner, now=now),
        "buried": buried_count(user=request.user, learner=learner, now=now),
        "cap": COUNT_CAP,
    }
    return render(request, "quizzes/study/home.html", context)


@require_GET
@login_required
@never_cache
@vary_on_headers("HX-Request")
def study(request: HtmxHttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = _deck(request, deck_kind, deck_key)
    now = timezone.now()
    if not wants_partial(request):
        # Opening the deck page starts a new session (progress bar and summary count from here),
        # unless one began within the hour: a reload or a return from another page goes on with
        # it (a walker's summary after five answers over page loads counted one).
        started = request.session.get(_session_key(deck))
        if started is None or now - datetime.fromisoformat(started) > SESSION_RESUMES_WITHIN:
            request.session[_session_key(deck)] = now.isoformat()
    # "Continue now" at the end of a session: the learner asks for waiting learning steps early.
    ahead = request.GET.get("ahead") == "1"
    queue = _queue(request, deck, now)
    item = queue.next_item
    if not wants_partial(request) and item is not None:
        # A reload after answering shows that answer and its ratings again, not the question
        # (a walker answered it a second time, to be told the first answer counts).
        grading = selectors.grading_of_shown(
            user_id=request.user.pk, question_id=item.question.pk, shown_reps=item.reps
        )
        if grading is not None:
            shown = ShownCard(
                user_id=request.user.pk,
                question_id=item.question.pk,
                reps=item.reps,
                shown_at=grading.created_at.timestamp() - grading.duration_ms / 1000,
            )
            return _feedback_stage(
                request,
                deck=deck,
                question=item.question,
                card=item.card,
                shown=shown,
                grading=grading,
                graded_again=False,
                ahead=False,
                now=now,
            )
    return _card_stage(request, deck=deck, queue=queue, ahead=ahead)


@require_POST
@login_required
def study_kinds(request: HtmxHttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = _deck(request, deck_kind, deck_key)
    save_study_kinds(learner=_learner(request), kinds=request.POST.getlist("kinds"))
    return redirect(deck.url())


def _shown_question(
    request: HtmxHttpRequest, deck_kind: str, deck_key: str, shown: ShownCard
) -> tuple[Deck, Question, LearnerCard | None]:
    """The deck, the shown card's question and the learner's card for it (None while the card
    is new), in one query whether the card is new or studied; 404 if the person may not study
    the deck or the question is not the deck's. The feedback shows the sentence and links to it
    in the reader; the article's text stays unread.

    In an article deck the same statement reads the learner's settings and decides the
    article's visibility: an answer's reads before it grades are one statement.
    """
    user = request.user
    if deck_kind == "article":
        found = selectors.SHOWN_ARTICLE_QUESTION.models(
            user_id=user.pk,
            is_superuser=user.is_superuser,
            slug=deck_key,
            question_id=shown.question_id,
        )
        if not found:
            raise Http404("No such question in this deck.")
        question = found[0]
        request.learner_settings = selectors.learner_of_shown(
            question, user_id=user.pk
        ) or learner_settings_for(user=user)
        deck = Deck(article=question.article)
    else:
        deck = _deck(request, deck_kind, deck_key)
        found = selectors.SHOWN_QUESTION.models(
            user_id=user.pk, question_id=shown.question_id, **deck.ids()
        )
        if not found:
            raise Http404("No such question in this deck.")
        question = found[0]
    return deck, question, selectors.card_of_shown(question, user_id=user.pk)


@dataclass(frozen=True)
class RatingButton:
    """One rating button of the feedback, its text worked out here rather than by the template."""

    value: str
    label: str
    interval: timedelta  # what this rating would schedule
    next: str  # that interval as the button shows it
    suggested: bool
    focus: bool  # the button the keyboard starts on: the suggested rating, else Good


@cache
def _rating_labels(language: str) -> dict[int, str]:
    # In `language`, the active one when this first runs: translated once, not on every answer.
    return {rating.value: str(rating.label) for rating in Rating}


def rating_buttons(*, intervals: dict, suggestion: int | None) -> list[RatingButton]:
    labels = _rating_labels(get_language())
    return [
        RatingButton(
            value=str(rating.value),
            label=labels[rating.value],
            interval=intervals[rating],
            next=interval(intervals[rating]),
            suggested=rating == suggestion,
            focus=rating == (suggestion or Rating.GOOD),
        )
        for rating in Rating
    ]


@require_POST
@login_required
@vary_on_headers("HX-Request")
def answer(request: HtmxHttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    now = timezone.now()
    try:
        shown = read_shown(request.POST.get("token", ""), user_id=request.user.pk)
    except BadToken:
        deck = _deck(request, deck_kind, deck_key)
        return _card_stage(
            request,
            deck=deck,
            queue=_queue(request, deck, now),
            error=_("That card has expired; here is the current one."),
        )
    deck, question, card = _shown_question(request, deck_kind, deck_key, shown)
    if card is not None and card.reps > shown.reps:
        # A page the browser kept (Back, Forward, another tab) shows a card rated since: its
        # answer could record nothing, and its feedback would say it did.
        return _card_stage(
            request,
            deck=deck,
            queue=_queue(request, deck, now),
            error=_("You have studied that card since; here is the current one."),
        )
    result = None
    if not question.is_self_rated:
        try:
            result = grade(question, request.POST.get("response", ""))
        except InvalidResponse:
            return _card_stage(
                request,
                deck=deck,
                queue=_queue(request, deck, now),
                error=_("Type an answer or choose an option (at most 300 characters)."),
            )
    grading, first = record_grading(
        user=request.user,
        question=question,
        shown=shown,
        grade=result,
        duration_ms=shown.duration_ms(now),
    )
    return _feedback_stage(
        request,
        deck=deck,
        question=question,
        card=card,
        shown=shown,
        grading=grading,
        graded_again=not first,
        ahead=request.POST.get("ahead") == "1",
        now=now,
    )


def _feedback_stage(
    request: HtmxHttpRequest,
    *,
    deck: Deck,
    question: Question,
    card: LearnerCard | None,
    shown: ShownCard,
    grading: Grading,
    graded_again: bool,
    ahead: bool,
    now: datetime,
) -> HttpResponse:
    """The answer and what each rating would schedule, for the shown card's grading."""
    graded = GradedAnswer(
        shown=shown,
        response=grading.response,
        correct=grading.correct,
        duration_ms=grading.duration_ms,
    )
    suggestion = (
        None
        if graded.correct is None
        else suggested_rating(correct=graded.correct, duration_ms=graded.duration_ms)
    )
    intervals = next_intervals(
        card=card or LearnerCard(due=now),
        scheduler=scheduler_for(_learner(request), fuzz=False),
        now=now,
    )
    context = {
        "question": question,
        "graded": graded,
        "grading": grading,
        "graded_again": graded_again,
        "studying_ahead": ahead,
        "graded_token": sign_graded(graded),
        "suggestion": suggestion,
        "ratings": rating_buttons(intervals=intervals, suggestion=suggestion),
        "response_label": question.label_for(graded.response),
        "kanji_contrast": kanji_contrast(question, graded.response),
        "typed_difference": typed_difference(question, graded.response, graded.correct),
        "flag_url": formatted_reverse("content:question_flag", pk=question.pk),
        **teaching(question=question, learner=_learner(request), user=request.user),
    }
    return _stage(request, deck=deck, stage="feedback", context=context)


@require_POST
@login_required
@vary_on_headers("HX-Request")
def rate(request: HtmxHttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = _deck(request, deck_kind, deck_key)
    now = timezone.now()
    try:
        graded = read_graded(request.POST.get("graded", ""), user_id=request.user.pk)
        rating = int(request.POST.get("rating", ""))
    except (BadToken, ValueError):
        return _card_stage(
            request,
            deck=deck,
            queue=_queue(request, deck, now),
            error=_("That answer could not be recorded; here is the current card."),
            status=400,
        )
    if rating not in Rating.values:
        return _card_stage(
            request,
            deck=deck,
            queue=_queue(request, deck, now),
            error=_("Choose a rating from 1 to 4."),
            status=400,
        )
    try:
        outcome = record_review(
            user=request.user,
            question_id=graded.shown.question_id,
            deck=deck,
            answer=graded,
            rating=rating,
            learner=_learner(request),
            now=now,
        )
    except Question.DoesNotExist as missing:
        raise Http404("No such question in this deck.") from missing
    response = _card_stage(
        request,
        deck=deck,
        queue=_queue(request, deck, now),
        error="" if outcome.recorded else _("That card was rated already; here is the next one."),
        ahead=request.POST.get("ahead") == "1",
        rated_id=graded.shown.question_id,
    )
    if outcome.recorded:
        trigger_client_event(response, "reviewRecorded", {"rating": rating})
    return response


@require_POST
@login_required
@vary_on_headers("HX-Request")
def undo(request: HtmxHttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = _deck(request, deck_kind, deck_key)
    now = timezone.now()
    queue = _queue(request, deck, now)
    question = undo_last_review(user=request.user, deck=deck, since=queue.since, now=now)
    if question is None:
        return _card_stage(request, deck=deck, queue=queue, error=_("There is nothing to undo."))
    # The card undone comes back at once, whenever it would be due: the learner answers it again.
    card = LearnerCard.objects.filter(user=request.user, question=question).first()
    response = _card_stage(
        request, deck=deck, queue=queue, item=StudyItem(question=question, card=card)
    )
    trigger_client_event(response, "reviewRecorded", {"undone": True})
    return response


@require_GET
@login_required
def leech_list(request: HtmxHttpRequest) -> HttpResponse:
    return render(
        request, "quizzes/study/leeches.html", {"cards": selectors.leeches(user=request.user)}
    )


@require_POST
@login_required
def unsuspend(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    card = get_object_or_404(LearnerCard, pk=pk, user=request.user)
    unsuspend_card(card=card)
    messages.success(request, _("The card is back in your reviews."))
    return redirect("quizzes:leeches")


@require_GET
@login_required
def due_badge(request: HtmxHttpRequest) -> HttpResponse:
    due = selectors.due_count(user=request.user, now=timezone.now())
    return render(request, "quizzes/study/due_badge.html", {"due": due, "cap": COUNT_CAP})
