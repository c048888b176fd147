from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from quizzes.forms import SignUpForm


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    next_page = _next_page(request)
    if request.method == "POST":
        # Failed sign-ups count as failed logins for django-axes, so that probing
        # names or passwords here is throttled like the login form.
        credentials = {"username": request.POST.get("username", "")}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return get_lockout_response(request, None, credentials)
        if form.is_valid():
            user = form.save()
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            # The home page's heading welcomes them by name: the notice says what happened.
            messages.success(request, _("Your account was created and you are logged in."))
            return redirect(next_page or "home")
        user_login_failed.send(sender=SignUpForm, credentials=credentials, request=request)
    return render(request, "registration/signup.html", {"form": form, "next": next_page})


def _next_page(request: HttpRequest) -> str:
    """Where the person was going when the login page sent them here, if it is this site's:
    a course's join link opened logged out enrols them once they have signed up (a walker
    signed up from it and landed on the home page, not in the course)."""
    page = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        page, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return page if allowed else ""
