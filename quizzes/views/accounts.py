from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from quizzes.forms import SignUpForm


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
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
            return redirect("home")
        user_login_failed.send(sender=SignUpForm, credentials=credentials, request=request)
    return render(request, "registration/signup.html", {"form": form})
