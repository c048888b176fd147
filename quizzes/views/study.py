"""The study loop: one URL per deck; a plain GET renders the page, htmx requests the stage."""

from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from content.models import FlagReason, Question, QuestionKind
from quizzes import selectors
from quizzes.decks import Deck, deck_from_url
from quizzes.grading import InvalidResponse, grade, suggested_rating
from quizzes.models import LearnerCard, LearnerSettings, Rating
from quizzes.scheduling import next_intervals, scheduler_for
from quizzes.services import (
    learner_settings_for,
    record_review,
    save_study_kinds,
    undo_last_review,
    unsuspend_card,
)
from quizzes.study_day import learner_zone
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


def _learner(request: HttpRequest) -> LearnerSettings:
    """The learner's settings, read once per request."""
    if not hasattr(request, "learner_settings"):
        request.learner_settings = learner_settings_for(user=request.user)
    return request.learner_settings


def _session_key(deck: Deck) -> str:
    return f"study:{deck.kind}:{deck.key}"


def _session_start(request: HttpRequest, deck: Deck, now: datetime) -> datetime:
    started = request.session.get(_session_key(deck))
    if started is None:
        request.session[_session_key(deck)] = now.isoformat()
        return now
    return datetime.fromisoformat(started)


def _stage(
    request: HttpRequest, *, deck: Deck, stage: str, context: dict, status: int = 200
) -> HttpResponse:
    """Render one stage (card, feedback, summary): a partial for htmx, the page otherwise.

    Times are shown in the learner's own time zone.
    """
    learner = _learner(request)
    context = {"deck": deck, "stage": stage, "learner": learner, **context}
    template = f"{TEMPLATE}#{stage}" if request.htmx else TEMPLATE
    if not request.htmx:
        context["kinds"] = QuestionKind.choices
    with timezone.override(learner_zone(learner)):
        return render(request, template, context, status=status)


def _card_stage(
    request: HttpRequest, *, deck: Deck, now: datetime, error: str = "", status: int = 200
) -> HttpResponse:
    user = request.user
    learner = _learner(request)
    since = _session_start(request, deck, now)
    progress = selectors.study_progress(user=user, deck=deck, learner=learner, since=since, now=now)
    done = progress.done
    item = selectors.next_study_item(
        user=user, deck=deck, learner=learner, now=now, new_left=progress.new_left
    )
    if item is None:
        summary = selectors.session_summary(
            user=user, deck=deck, learner=learner, since=since, now=now
        )
        return _stage(
            request, deck=deck, stage="summary", context={"summary": summary, "done": done}
        )
    counts = selectors.deck_counts(
        user=user, deck=deck, learner=learner, now=now, new_left=progress.new_left
    )
    remaining = max(counts.total, 1)
    token = sign_shown(
        ShownCard(
            user_id=user.pk, question_id=item.question.pk, reps=item.reps, shown_at=now.timestamp()
        )
    )
    context = {
        "item": item,
        "question": item.question,
        "token": token,
        "counts": counts,
        "done": done,
        "progress_total": done + remaining,
        "error": error,
        "can_undo": done > 0,
        "learner": learner,
    }
    return _stage(request, deck=deck, stage="card", context=context, status=status)


@require_GET
@login_required
def study_home(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    context = {
        "articles": selectors.decks_with_due_counts(user=request.user, now=now),
        "new_left": selectors.new_cards_left_today(
            user=request.user, learner=_learner(request), now=now
        ),
    }
    return render(request, "quizzes/study/home.html", context)


@require_GET
@login_required
def study(request: HttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = deck_from_url(user=request.user, deck_kind=deck_kind, deck_key=deck_key)
    now = timezone.now()
    if "kinds" in request.GET:
        save_study_kinds(learner=_learner(request), kinds=request.GET.getlist("kinds"))
        return redirect(deck.url())
    if not request.htmx:
        # Opening the deck page starts a new session (progress bar and summary count from here).
        request.session[_session_key(deck)] = now.isoformat()
    return _card_stage(request, deck=deck, now=now)


def _shown_question(request: HttpRequest, deck: Deck, token: str) -> tuple[ShownCard, Question]:
    shown = read_shown(token, user_id=request.user.pk)
    question = get_object_or_404(
        Question.objects.select_related("section"), pk=shown.question_id, **deck.question_filter()
    )
    return shown, question


@require_POST
@login_required
def answer(request: HttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = deck_from_url(user=request.user, deck_kind=deck_kind, deck_key=deck_key)
    now = timezone.now()
    try:
        shown, question = _shown_question(request, deck, request.POST.get("token", ""))
    except BadToken:
        return _card_stage(
            request,
            deck=deck,
            now=now,
            error=_("That card has expired; here is the current one."),
            status=200,
        )
    duration = shown.duration_ms(now)
    if question.is_self_rated:
        graded = GradedAnswer(shown=shown, response="", correct=None, duration_ms=duration)
        suggestion = None
    else:
        try:
            result = grade(question, request.POST.get("response", ""))
        except InvalidResponse:
            return _card_stage(
                request,
                deck=deck,
                now=now,
                error=_("Type an answer or choose an option (at most 300 characters)."),
            )
        graded = GradedAnswer(
            shown=shown, response=result.response, correct=result.correct, duration_ms=duration
        )
        suggestion = suggested_rating(correct=result.correct, duration_ms=duration)
    learner = _learner(request)
    card = LearnerCard.objects.filter(user=request.user, question=question).first()
    intervals = next_intervals(
        card=card or LearnerCard(due=now), scheduler=scheduler_for(learner), now=now
    )
    ratings = [(rating, rating.label, intervals[rating]) for rating in Rating]
    context = {
        "question": question,
        "graded": graded,
        "graded_token": sign_graded(graded),
        "suggestion": suggestion,
        "ratings": ratings,
        "response_label": question.label_for(graded.response),
        "flag_reasons": FlagReason.choices,
    }
    return _stage(request, deck=deck, stage="feedback", context=context)


@require_POST
@login_required
def rate(request: HttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = deck_from_url(user=request.user, deck_kind=deck_kind, deck_key=deck_key)
    now = timezone.now()
    try:
        graded = read_graded(request.POST.get("graded", ""), user_id=request.user.pk)
        rating = int(request.POST.get("rating", ""))
    except (BadToken, ValueError):
        return _card_stage(
            request,
            deck=deck,
            now=now,
            error=_("That answer could not be recorded; here is the current card."),
            status=400,
        )
    if rating not in Rating.values:
        return _card_stage(
            request, deck=deck, now=now, error=_("Choose a rating from 1 to 4."), status=400
        )
    question = get_object_or_404(Question, pk=graded.shown.question_id, **deck.question_filter())
    outcome = record_review(
        user=request.user,
        question=question,
        answer=graded,
        rating=rating,
        learner=_learner(request),
        now=now,
    )
    response = _card_stage(request, deck=deck, now=now)
    if outcome.recorded:
        trigger_client_event(response, "reviewRecorded", {"rating": rating})
    return response


@require_POST
@login_required
def undo(request: HttpRequest, deck_kind: str, deck_key: str) -> HttpResponse:
    deck = deck_from_url(user=request.user, deck_kind=deck_kind, deck_key=deck_key)
    if undo_last_review(user=request.user) is None:
        return _card_stage(
            request, deck=deck, now=timezone.now(), error=_("There is nothing to undo.")
        )
    response = _card_stage(request, deck=deck, now=timezone.now())
    trigger_client_event(response, "reviewRecorded", {"undone": True})
    return response


@require_GET
@login_required
def leech_list(request: HttpRequest) -> HttpResponse:
    return render(
        request, "quizzes/study/leeches.html", {"cards": selectors.leeches(user=request.user)}
    )


@require_POST
@login_required
def unsuspend(request: HttpRequest, pk: int) -> HttpResponse:
    card = get_object_or_404(LearnerCard, pk=pk, user=request.user)
    unsuspend_card(card=card)
    messages.success(request, _("The card is back in your reviews."))
    return redirect("quizzes:leeches")


@require_GET
@login_required
def due_badge(request: HttpRequest) -> HttpResponse:
    due = selectors.due_count(user=request.user, now=timezone.now())
    return render(request, "quizzes/study/due_badge.html", {"due": due, "cap": selectors.COUNT_CAP})
