"""Instructors review generated questions: filter, edit in place, publish or retire, see flags."""

from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from content.forms import FlagForm, QuestionEditForm
from content.models import Article, Question, QuestionKind, QuestionStatus
from content.questions import edit_question, flag_question, resolve_flags, set_question_status
from content.selectors import open_flags, questions_for_review

TEMPLATE = "content/question_review.html"


@require_GET
@permission_required("content.change_question", raise_exception=True)
def question_review(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article, slug=slug)
    # Unknown filter values are ignored rather than refused: the list simply shows everything.
    kind = request.GET.get("kind", "")
    kind = kind if kind in QuestionKind.values else ""
    status = request.GET.get("status", "")
    status = status if status in QuestionStatus.values else ""
    context = {
        "article": article,
        "questions": questions_for_review(article=article, kind=kind, status=status),
        "flags": open_flags(article=article),
        "kind": kind,
        "status": status,
        "kinds": QuestionKind.choices,
        "statuses": QuestionStatus.choices,
    }
    return render(request, f"{TEMPLATE}#question-list" if request.htmx else TEMPLATE, context)


def _question_for_instructor(pk: int) -> Question:
    # A learner's own words are theirs alone: instructors neither see nor edit them.
    return get_object_or_404(
        Question.objects.select_related("section", "article"), pk=pk, owner__isnull=True
    )


def _row(request: HttpRequest, question: Question) -> HttpResponse:
    question.open_flags = question.flags.filter(resolved=False).count()
    return render(request, f"{TEMPLATE}#question-row", {"question": question})


@require_http_methods(["GET", "POST"])
@permission_required("content.change_question", raise_exception=True)
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question_for_instructor(pk)
    if request.method == "GET" and request.GET.get("cancel"):
        return _row(request, question)
    form = QuestionEditForm(request.POST or None, question=question)
    if request.method == "POST" and form.is_valid():
        edit_question(question=question, **form.cleaned_data)
        return _row(request, question)
    return render(request, f"{TEMPLATE}#question-form", {"question": question, "form": form})


@require_POST
@permission_required("content.change_question", raise_exception=True)
def question_status(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question_for_instructor(pk)
    status = request.POST.get("status", "")
    if status not in QuestionStatus.values:
        return HttpResponse(_("Unknown status."), status=400)
    set_question_status(question=question, status=QuestionStatus(status))
    return _row(request, question)


@require_POST
@permission_required("content.change_questionflag", raise_exception=True)
def question_resolve_flags(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question_for_instructor(pk)
    resolve_flags(question=question)
    return _row(request, question)


@require_POST
@login_required
def question_flag(request: HttpRequest, pk: int) -> HttpResponse:
    """Any learner may report a published question they can study."""
    question = get_object_or_404(
        Question.objects.filter(Q(owner__isnull=True) | Q(owner=request.user)),
        pk=pk,
        status=QuestionStatus.PUBLISHED,
    )
    form = FlagForm(request.POST)
    if not form.is_valid():
        return render(request, "content/flag_result.html", {"form": form}, status=200)
    flag_question(question=question, user=request.user, **form.cleaned_data)
    return render(request, "content/flag_result.html", {"flagged": True})
