"""The article's owner reviews its questions: filter, edit in place, publish or retire
(one by one or in bulk), write their own, see flags. Learners flag questions they study."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from config.htmx import HtmxHttpRequest, wants_partial
from content.forms import FlagForm, QuestionEditForm, QuestionWriteForm
from content.models import Question, QuestionKind, QuestionStatus, Section
from content.permissions import can_edit_article
from content.questions import (
    edit_question,
    flag_question,
    resolve_flags,
    set_question_status,
    set_questions_status,
    write_question,
)
from content.selectors import (
    REVIEW_KINDS,
    articles_visible_to,
    open_flags,
    questions_for_review,
    review_sections,
)
from content.views.articles import editable_article

TEMPLATE = "content/question_review.html"
# A page an instructor can read through and a server renders quickly: an article
# makes about 140 questions, and rendering them all at once cost 380 ms at p95 under load.
PAGE_SIZE = 25
# The review's filters: with the page, all that the bulk form carries back to the list.
FILTERS = ("section", "kind", "status", "reported")


def _review_filters(query: QueryDict, sections: list[Section]) -> dict:
    """The filters asked for. Unknown values are ignored rather than refused: the list
    simply shows everything."""
    kind = query.get("kind", "")
    status = query.get("status", "")
    section = query.get("section", "")
    question = query.get("question", "")
    return {
        # One question, from a link elsewhere (a quiz's item analysis) to edit it here.
        "question": int(question) if question.isdigit() and len(question) < 12 else None,
        "section": int(section) if section in {str(s.pk) for s in sections} else None,
        "kind": kind if kind in {value for value, _label in REVIEW_KINDS} else "",
        "status": status if status in QuestionStatus.values else "",
        "reported": query.get("reported") == "1",
    }


@require_GET
@login_required
def question_review(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    article = editable_article(request, slug)
    sections = list(review_sections(article=article))
    filters = _review_filters(request.GET, sections)
    paginator = Paginator(questions_for_review(article=article, **filters), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "article": article,
        "page": page,
        "questions": page.object_list,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "flags": open_flags(article=article),
        "sections": sections,
        "kinds": REVIEW_KINDS,
        "statuses": QuestionStatus.choices,
        **filters,
    }
    template = f"{TEMPLATE}#question-list" if wants_partial(request) else TEMPLATE
    return render(request, template, context)


def _question_for_instructor(request: HttpRequest, pk: int) -> Question:
    """The question, or 404 when its article is not this person's to change (a tampered id)."""
    question = get_object_or_404(
        Question.objects.select_related("section", "article").filter(
            article__in=articles_visible_to(user=request.user)
        ),
        pk=pk,
        # A learner's own words are theirs alone: instructors neither see nor edit them.
        owner__isnull=True,
    )
    if not can_edit_article(request.user, question.article):
        raise Http404(_("No such question."))
    return question


def _row(request: HttpRequest, question: Question) -> HttpResponse:
    question.open_flags = question.flags.filter(resolved=False).count()
    return render(request, f"{TEMPLATE}#question-row", {"question": question})


@require_http_methods(["GET", "POST"])
@login_required
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question_for_instructor(request, pk)
    if request.method == "GET" and request.GET.get("cancel"):
        return _row(request, question)
    form = QuestionEditForm(request.POST or None, question=question)
    if request.method == "POST" and form.is_valid():
        edit_question(question=question, **form.cleaned_data)
        return _row(request, question)
    return render(request, f"{TEMPLATE}#question-form", {"question": question, "form": form})


@require_POST
@login_required
def question_status(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question_for_instructor(request, pk)
    status = request.POST.get("status", "")
    if status not in QuestionStatus.values:
        return HttpResponse(_("Unknown status."), status=400)
    set_question_status(question=question, status=QuestionStatus(status))
    return _row(request, question)


@require_POST
@login_required
def question_resolve_flags(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question_for_instructor(request, pk)
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
        article__in=articles_visible_to(user=request.user),
    )
    form = FlagForm(request.POST)
    if not form.is_valid():
        return render(request, "content/flag_result.html", {"form": form}, status=200)
    flag_question(question=question, user=request.user, **form.cleaned_data)
    # The person who flags a question of their own article is the one who will review it.
    own = can_edit_article(request.user, question.article)
    return render(request, "content/flag_result.html", {"flagged": True, "own": own})


@require_POST
@login_required
def questions_bulk_status(request: HttpRequest, slug: str) -> HttpResponse:
    """Publish or retire the ticked questions of one article."""
    article = editable_article(request, slug)
    status = request.POST.get("status", "")
    ids = [int(value) for value in request.POST.getlist("ids") if value.isdigit()]
    if status not in (QuestionStatus.PUBLISHED, QuestionStatus.RETIRED) or not ids:
        messages.error(request, _("Tick some questions and choose publish or retire."))
    else:
        changed = set_questions_status(article=article, ids=ids, status=QuestionStatus(status))
        messages.success(request, _("%(count)s questions changed.") % {"count": changed})
    # Back to the page of the list the instructor was on, with its filters.
    back = QueryDict(request.POST.get("back", ""))
    query = urlencode({key: back[key] for key in (*FILTERS, "page") if back.get(key)})
    url = reverse("content:question_review", kwargs={"slug": article.slug})
    return redirect(f"{url}?{query}" if query else url)


@require_http_methods(["GET", "POST"])
@login_required
def question_write(request: HttpRequest, slug: str) -> HttpResponse:
    article = editable_article(request, slug)
    form = QuestionWriteForm(request.POST or None, article=article)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if article.questions.filter(prompt=data["prompt"], answer=data["answer"]).exists():
            form.add_error(None, _("This question already exists in the article."))
        else:
            write_question(
                article=article,
                section=data["section"],
                kind=QuestionKind(data["kind"]),
                prompt=data["prompt"],
                answer=data["answer"],
                accepted_answers=data["accepted_answers"],
                choices=data["choices"],
                explanation=data["explanation"],
                status=QuestionStatus.PUBLISHED if data["publish"] else QuestionStatus.DRAFT,
            )
            messages.success(request, _("Your question was saved."))
            return redirect("content:question_review", slug=article.slug)
    return render(request, "content/question_write.html", {"article": article, "form": form})
