"""Assignments: instructors create and edit them with a preview of the draw; learners
open them and start a quiz; instructors see the results."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from content.models import Question
from quizzes.courses import selectors, services
from quizzes.courses.draws import draw, most_drawn
from quizzes.courses.forms import ASSIGNABLE_KINDS, AssignmentForm, ExtensionForm
from quizzes.courses.gradebook import learner_cells, practice_results
from quizzes.courses.models import Assignment, Course, Mode, Role
from quizzes.courses.views.access import managed_assignment, managed_course, member_assignment

TEMPLATE = "quizzes/courses/assignment_form.html"
# The preview shows the draw of an attempt seeded with this number, and "draw again" the next.
PREVIEW_SEED = 1


def _save(request: HttpRequest, course: Course, assignment: Assignment | None) -> HttpResponse:
    articles = selectors.assignable_articles(course=course, user=request.user)
    initial = {}
    if assignment is None:
        now = timezone.localtime().replace(second=0, microsecond=0)
        initial = {"opens_at": now, "due_at": now + timezone.timedelta(days=7)}
    form = AssignmentForm(
        request.POST or None, instance=assignment, articles=articles, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "sections"}
        try:
            saved = services.save_assignment(
                course=course,
                assignment=assignment,
                sections=list(form.cleaned_data["sections"]),
                **fields,
            )
        except services.CourseError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The assignment was saved."))
            per_attempt = most_drawn(services.drawable(saved))
            if saved.is_quiz and per_attempt < saved.question_count:
                messages.warning(
                    request,
                    ngettext(
                        "An attempt holds %(counter)s question, not the %(asked)s asked: the "
                        "matching published questions give no more, at most one of a sentence.",
                        "An attempt holds %(counter)s questions, not the %(asked)s asked: the "
                        "matching published questions give no more, at most one of a sentence.",
                        per_attempt,
                    )
                    % {"counter": per_attempt, "asked": saved.question_count},
                )
            return redirect(saved)
    context = {
        "course": course,
        "form": form,
        "assignment": assignment,
        "attempt_count": assignment.attempts.count() if assignment else 0,
    }
    return render(request, TEMPLATE, context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@login_required
def assignment_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _save(request, managed_course(request, pk), None)


@require_http_methods(["GET", "POST"])
@login_required
def assignment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = managed_assignment(request, pk)
    return _save(request, assignment.course, assignment)


@require_GET
@login_required
def assignment_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The questions the form's settings would use, and one reproducible draw from them."""
    course = managed_course(request, pk)
    articles = selectors.assignable_articles(course=course, user=request.user)
    form = AssignmentForm(request.GET, articles=articles)
    form.is_valid()  # partial settings still preview: use whatever is valid
    data = form.cleaned_data
    article = data.get("article")
    context = {"course": course, "article": article}
    if article is not None:
        pool = list(
            services.question_pool(
                article=article,
                sections=list(data.get("sections") or []),
                kinds=data.get("kinds") or [],
                mode=data.get("mode") or Mode.QUIZ,
            ).values_list("pk", "sentence_id")
        )
        count = data.get("question_count") or 10
        try:
            seed = int(request.GET.get("seed", PREVIEW_SEED))
        except ValueError:
            seed = PREVIEW_SEED
        if data.get("mode") == Mode.PRACTICE:
            drawn = [pk for pk, _sentence in pool[:count]]
        else:
            drawn = draw(pool=pool, seed=seed, count=count)
        questions = Question.objects.in_bulk(drawn)
        mode, kinds = data.get("mode") or Mode.QUIZ, data.get("kinds") or []
        context |= {
            # A walker ticked 語彙 for a quiz and was told to publish drafts.
            "ungraded_only": mode == Mode.QUIZ
            and bool(kinds)
            and set(kinds) <= set(services.UNGRADED_KINDS),
            "pool_size": len(pool),
            # A walker ticked 穴埋め and got nothing, not told its questions all waited as drafts.
            "drafts": selectors.matching_drafts(
                article=article,
                sections=list(data.get("sections") or []),
                kinds=kinds,
                unusable_kinds=services.UNGRADED_KINDS if mode == Mode.QUIZ else (),
            )
            if not pool
            else 0,
            "asked": count,
            "is_quiz": data.get("mode") != Mode.PRACTICE,
            "drawn": [questions[pk] for pk in drawn],
            "next_seed": seed + 1,
        }
    return render(request, f"{TEMPLATE}#preview", context)


def practice_deck_url(assignment: Assignment) -> str:
    """The deck to study a practice in: its section's when it covers one, where most cards
    count (a walker's reviews went to the whole article's, and 5 of 24 counted)."""
    sections = list(assignment.sections.only("pk")[:2])
    if len(sections) == 1:
        return reverse("quizzes:study", kwargs={"deck_kind": "section", "deck_key": sections[0].pk})
    return reverse(
        "quizzes:study", kwargs={"deck_kind": "article", "deck_key": assignment.article.slug}
    )


@require_GET
@login_required
def assignment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    assignment, role = member_assignment(request, pk)
    return _detail(request, assignment, role)


def _detail(
    request: HttpRequest,
    assignment: Assignment,
    role: str,
    *,
    extension_form: ExtensionForm | None = None,
    status: int = 200,
) -> HttpResponse:
    now = timezone.now()
    services.close_expired_attempts(attempts=assignment.attempts.all(), now=now)
    # Practice's progress reads the pool's size (gradebook.learner_cells).
    assignment.pool_size = assignment.questions.count()
    per_attempt = services.attempt_size(assignment=assignment, pool=services.drawable(assignment))
    context = {
        "assignment": assignment,
        "role": role,
        "now": now,
        "per_attempt": per_attempt,
        # What it covers: a walker's learner was not told which section to read for it.
        "section_names": [section.display_heading for section in assignment.sections.all()],
        "kind_names": [str(label) for kind, label in ASSIGNABLE_KINDS if kind in assignment.kinds],
    }
    if role == Role.INSTRUCTOR:
        # Offered only while nothing a learner did would go with it.
        context["deletable"] = not assignment.is_quiz or not assignment.attempts.exists()
        context["extensions"] = list(
            assignment.extensions.select_related("user").order_by("user__username")
        )
        context["extension_form"] = extension_form or ExtensionForm(assignment=assignment)
    if role == Role.INSTRUCTOR and assignment.is_quiz:
        context["attempts"] = selectors.results(assignment=assignment)
        context["edited_since_drawn"] = selectors.edited_since_drawn(assignment=assignment)
        extended_to = {extension.user_id: extension.due_at for extension in context["extensions"]}
        not_started = list(selectors.learners_without_attempts(assignment=assignment))
        # Beside each name, that learner's own due date: a walker's teacher saw the extension
        # only in its panel at the foot of the page.
        for learner in not_started:
            learner.extended_to = extended_to.get(learner.pk)
        context["not_started"] = not_started
    elif role == Role.INSTRUCTOR:
        context["practice_rows"] = practice_results(assignment=assignment, now=now)
    else:
        context["cell"] = learner_cells(user=request.user, assignments=[assignment], now=now)[0]
        my_attempts = list(assignment.attempts.filter(user=request.user).order_by("number"))
        context["my_attempts"] = my_attempts
        # Not the status, which a submitted attempt sets to 提出済み while a retake is open.
        context["has_open_attempt"] = any(not attempt.submitted for attempt in my_attempts)
        context["start_refusal"] = services.new_attempt_refusal(
            assignment=assignment,
            attempts_made=len(my_attempts),
            now=now,
            due_at=context["cell"].extended_to or assignment.due_at,
        )
        if assignment.max_attempts is not None:
            context["attempts_left"] = max(assignment.max_attempts - len(my_attempts), 0)
        context["study_url"] = practice_deck_url(assignment)
    return render(request, "quizzes/courses/assignment_detail.html", context, status=status)


@require_http_methods(["GET", "POST"])
@login_required
def extension_grant(request: HttpRequest, pk: int) -> HttpResponse:
    """A later due date for one learner; a bad date shows the page again with its error.

    That page's address is this one: reopened or reloaded as a GET, it leads back to the
    assignment rather than to a bare 405 (a walker's teacher)."""
    assignment = managed_assignment(request, pk)
    if request.method == "GET":
        return redirect(assignment)
    form = ExtensionForm(request.POST, assignment=assignment)
    if not form.is_valid():
        return _detail(request, assignment, Role.INSTRUCTOR, extension_form=form, status=400)
    learner, due_at = form.cleaned_data["learner"], form.cleaned_data["due_at"]
    try:
        services.grant_extension(
            assignment=assignment, user_id=learner.pk, due_at=due_at, now=timezone.now()
        )
    except services.CourseError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(learner)s now has until %(due)s.")
            % {
                "learner": learner.get_username(),
                "due": timezone.localtime(due_at).strftime("%Y-%m-%d %H:%M"),
            },
        )
    return redirect(assignment)


@require_POST
@login_required
def extension_withdraw(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    assignment = managed_assignment(request, pk)
    if services.withdraw_extension(assignment=assignment, user_id=user_id):
        messages.success(
            request, _("The extension was withdrawn; the assignment's due date holds.")
        )
    return redirect(assignment)


@require_POST
@login_required
def attempt_start(request: HttpRequest, pk: int) -> HttpResponse:
    assignment, role = member_assignment(request, pk)
    if role != Role.LEARNER:
        raise PermissionDenied(_("Only the course's learners take its quizzes; use the preview."))
    try:
        attempt = services.start_attempt(
            assignment=assignment, user=request.user, now=timezone.now()
        )
    except services.CourseError as error:
        messages.error(request, str(error))
        return redirect(assignment)
    return redirect(attempt)


@require_POST
@login_required
def assignment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = managed_assignment(request, pk)
    course = assignment.course
    try:
        services.delete_assignment(assignment=assignment)
    except services.CourseError as error:
        messages.error(request, str(error))
        return redirect(assignment)
    messages.success(request, _("“%(title)s” was deleted.") % {"title": assignment.title})
    return redirect(course)
