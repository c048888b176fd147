"""The progress dashboard, the study settings with projected workload, and FSRS fitting."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quizzes.charts import bar_chart, heatmap
from quizzes.fitting import MIN_DAYS, MIN_REVIEWS, fit_readiness
from quizzes.forms import RETENTION_PERCENT_MAX, RETENTION_PERCENT_MIN, LearnerSettingsForm
from quizzes.permissions import can_view_progress
from quizzes.progress import dashboard_for
from quizzes.projection import RETENTION_CHOICES, projected_reviews_per_day
from quizzes.services import learner_settings_for
from quizzes.study_day import learner_zone
from quizzes.tasks import fit_parameters_task


def _render_dashboard(request: HttpRequest, learner_user) -> HttpResponse:
    learner = learner_settings_for(user=learner_user)
    board = dashboard_for(user=learner_user, learner=learner, now=timezone.now())
    context = {
        "subject": learner_user,
        "board": board,
        "heat": heatmap(board.heatmap, today=board.today),
        "forecast": bar_chart(board.forecast),
        "own": learner_user.pk == request.user.pk,
    }
    with timezone.override(learner_zone(learner)):
        return render(request, "quizzes/progress/dashboard.html", context)


@require_GET
@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return _render_dashboard(request, request.user)


@require_GET
@login_required
def learner_dashboard(request: HttpRequest, user_id: int) -> HttpResponse:
    learner_user = get_object_or_404(get_user_model(), pk=user_id)
    if not can_view_progress(viewer=request.user, learner=learner_user):
        raise PermissionDenied(_("You can only see the progress of your own learners."))
    return _render_dashboard(request, learner_user)


def _projection_rows(
    request: HttpRequest, learner, chosen: float | None
) -> list[tuple[float, float, bool]]:
    retentions = sorted({*RETENTION_CHOICES, *([chosen] if chosen else [])})
    projection = projected_reviews_per_day(
        user=request.user, learner=learner, retentions=retentions
    )
    return [(retention, load, retention == chosen) for retention, load in projection.items()]


@require_http_methods(["GET", "POST"])
@login_required
def study_settings(request: HttpRequest) -> HttpResponse:
    learner = learner_settings_for(user=request.user)
    form = LearnerSettingsForm(request.POST or None, instance=learner)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your study settings were saved."))
        return redirect("quizzes:settings")
    context = {
        "form": form,
        "rows": _projection_rows(request, learner, learner.desired_retention),
        "fits": request.user.fsrs_fits.all()[:5],
        "readiness": fit_readiness(user=request.user),
    }
    with timezone.override(learner_zone(learner)):
        return render(request, "quizzes/progress/settings.html", context)


@require_GET
@login_required
def projection(request: HttpRequest) -> HttpResponse:
    """The projection table for a retention the learner is trying out (before saving)."""
    learner = learner_settings_for(user=request.user)
    try:
        chosen = round(float(request.GET.get("desired_retention", "")) / 100, 2)
    except ValueError:
        chosen = None
    error = ""
    if chosen is not None and not RETENTION_PERCENT_MIN <= chosen * 100 <= RETENTION_PERCENT_MAX:
        chosen, error = None, _("Choose a retention from 70% to 97%.")
    context = {"rows": _projection_rows(request, learner, chosen), "error": error}
    return render(request, "quizzes/progress/settings.html#projection", context)


@require_POST
@login_required
def fit(request: HttpRequest) -> HttpResponse:
    readiness = fit_readiness(user=request.user)
    if not readiness.ready:
        messages.error(
            request,
            _("Fitting needs %(reviews)s reviews on %(days)s days; you have %(have)s on %(on)s.")
            % {
                "reviews": MIN_REVIEWS,
                "days": MIN_DAYS,
                "have": readiness.reviews,
                "on": readiness.days,
            },
        )
        return redirect("quizzes:settings")
    fit_parameters_task.enqueue(user_id=request.user.pk)
    messages.info(request, _("Fitting started; the result appears below when it is done."))
    return redirect("quizzes:settings")
