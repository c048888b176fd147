from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A CSRF failure in the site's own layout and language, not Django's English debug page."""
    return render(request, "403_csrf.html", status=403)
