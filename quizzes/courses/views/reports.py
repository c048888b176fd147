"""What instructors read: the gradebook, item analysis, and CSV exports of both."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from config.downloads import csv_text, download_response
from content.models import Question, QuestionStatus
from content.questions import set_question_status
from quizzes.courses import selectors, services
from quizzes.courses.analysis import MIN_ATTEMPTS_TO_FLAG
from quizzes.courses.gradebook import Gradebook, gradebook
from quizzes.courses.models import Attempt, Course, question_as_shown, shown_fields
from quizzes.courses.views.access import managed_assignment, managed_course
from quizzes.permissions import can_edit_article


def _gradebook(course: Course) -> Gradebook:
    now = timezone.now()
    services.close_expired_attempts(
        attempts=Attempt.objects.filter(assignment__course=course), now=now
    )
    return gradebook(course=course, now=now)


@require_GET
@login_required
def gradebook_view(request: HttpRequest, pk: int) -> HttpResponse:
    course = managed_course(request, pk)
    book = _gradebook(course)
    return render(request, "quizzes/courses/gradebook.html", {"course": course, "book": book})


@require_GET
@login_required
def gradebook_csv(request: HttpRequest, pk: int) -> HttpResponse:
    course = managed_course(request, pk)
    book = _gradebook(course)
    header = [_("Learner")]
    # Translated apart from the f-string, which makemessages does not read: the header said
    # 「(score %)」 beside 「(状態)」 (a walker).
    score, status = _("score (%)"), _("status")
    for assignment in book.assignments:
        header += [f"{assignment.title} ({score})", f"{assignment.title} ({status})"]
    rows = []
    for row in book.rows:
        cells = [row.user.get_username()]
        for cell in row.cells:
            cells += ["" if cell.score is None else f"{cell.score:.1f}", cell.label]
        rows.append(cells)
    return download_response(
        content=csv_text(header=header, rows=rows),
        filename=f"{course.name}-gradebook.csv",
        content_type="text/csv; charset=utf-8",
    )


def _as_drawn(question: Question, versions: list[dict]) -> tuple[Question, bool]:
    """The question as the analysed attempts drew it, and whether it has been edited since (or
    between them, when it is shown as it stands now): its options' counts are of what the
    learners were given."""
    if len(versions) == 1:
        return question_as_shown(question, versions[0]), versions[0] != shown_fields(question)
    return question, bool(versions)


def _options_chosen(question: Question, responses: dict) -> list[tuple[str, int, bool]]:
    """(option, times chosen, is the key) for a question with options, unanswered last."""
    if not question.choices:
        return []
    given = responses.get(question.pk, {})
    chosen = [
        (label, given.get(value, 0), value == question.answer)
        for value, label in question.labelled_choices
    ]
    if given.get(""):
        chosen.append((_("No answer"), given[""], False))
    return chosen


@require_GET
@login_required
def item_analysis(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = managed_assignment(request, pk)
    services.close_expired_attempts(attempts=assignment.attempts.all(), now=timezone.now())
    # Each learner's first attempt unless the teacher asks for all: retakes make items easier.
    all_attempts = request.GET.get("attempts") == "all"
    attempts = selectors.analysed_attempts(assignment=assignment, first_only=not all_attempts)
    stats = selectors.item_analysis(attempts=attempts)
    # Both switches say how many attempts they count (a walker's teacher switched and saw
    # nothing change, with no word that nobody had retaken the quiz), and the page how many
    # attempts of removed learners it leaves out.
    counts = selectors.analysed_counts(assignment=assignment)
    pool = services.drawable(assignment)
    # From all questions, not the pool: an edit may have dropped a question that attempts drew.
    questions = Question.objects.select_related("section", "article").in_bulk(
        [item.question_id for item in stats.items]
    )
    responses = selectors.responses_by_question(attempts=attempts)
    versions = selectors.shown_versions(attempts=attempts)
    items = []
    for item in stats.items:
        question, edited = _as_drawn(questions[item.question_id], versions[item.question_id])
        items.append((item, question, _options_chosen(question, responses), edited))
    context = {
        "pool_ids": set(assignment.questions.values_list("pk", flat=True)),
        "assignment": assignment,
        "stats": stats,
        "all_attempts": all_attempts,
        "first_count": counts.first,
        "all_count": counts.all,
        # Retakes the first-attempt analysis leaves out, so that the teacher knows they exist.
        "retakes": 0 if all_attempts else counts.all - counts.first,
        "removed": counts.removed,
        # Each attempt draws its own questions from the pool: an item has fewer attempts than
        # the quiz, which a walker's teacher took for a fault without this said.
        "pool_size": len(pool),
        "per_attempt": services.attempt_size(assignment=assignment, pool=pool),
        "items": items,
        # The article's owner may edit or retire a question from here.
        "can_edit": can_edit_article(request.user, assignment.article),
        "min_attempts_to_flag": MIN_ATTEMPTS_TO_FLAG,
    }
    return render(request, "quizzes/courses/item_analysis.html", context)


@require_POST
@login_required
def retire_question(request: HttpRequest, pk: int, question_id: int) -> HttpResponse:
    """Retire a question of the assignment from the analysis: it is drawn no more.
    Submitted attempts keep their grades."""
    assignment = managed_assignment(request, pk)
    question = get_object_or_404(assignment.questions.select_related("article"), pk=question_id)
    if not can_edit_article(request.user, question.article):
        raise PermissionDenied(_("Only the article's owner can change it."))
    set_question_status(question=question, status=QuestionStatus.RETIRED)
    messages.success(request, _("The question was retired; new attempts will not draw it."))
    return redirect("courses:item_analysis", pk=assignment.pk)


@require_POST
@login_required
def regrade(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark the quiz's attempts by its questions' current versions (after an edit of a key)."""
    assignment = managed_assignment(request, pk)
    if not assignment.is_quiz:
        raise PermissionDenied(_("Only a quiz's attempts are graded."))
    outcome = services.regrade_attempts(assignment=assignment)
    messages.success(
        request,
        ngettext(
            "%(answers)s answer was marked again; %(counter)s attempt's score changed.",
            "%(answers)s answers were marked again; %(counter)s attempts' scores changed.",
            outcome.rescored,
        )
        % {"answers": outcome.answers, "counter": outcome.rescored},
    )
    return redirect(assignment)


@require_GET
@login_required
def responses_csv(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = managed_assignment(request, pk)
    services.close_expired_attempts(attempts=assignment.attempts.all(), now=timezone.now())
    header = [
        _("Learner"),
        _("Attempt"),
        _("Submitted at"),
        _("Late"),
        _("Position"),
        _("Question"),
        _("Response"),
        _("Correct"),
        _("Answer"),
    ]
    rows = (
        [
            answer.attempt.user.get_username(),
            answer.attempt.number,
            # What a spreadsheet reads as a date and time, without ISO's microseconds and offset.
            timezone.localtime(answer.attempt.submitted_at).strftime("%Y-%m-%d %H:%M:%S")
            if answer.attempt.submitted_at
            else "",
            int(answer.attempt.late),
            answer.position,
            answer.shown_question.prompt,
            # As the pages show them: 「正しい」, not the stored "true" (a walker).
            answer.response_label,
            # An unanswered question of a submitted attempt counts as wrong, as its score does.
            ""
            if answer.correct is None and not answer.attempt.submitted
            else int(bool(answer.correct)),
            answer.shown_question.answer_label,
        ]
        for answer in selectors.response_rows(assignment=assignment)
    )
    return download_response(
        content=csv_text(header=header, rows=rows),
        filename=f"{assignment.title}-responses.csv",
        content_type="text/csv; charset=utf-8",
    )
