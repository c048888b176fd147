from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from config.htmx import HtmxHttpRequest, wants_partial


def csrf_failure(request: HtmxHttpRequest, reason: str = "") -> HttpResponse:
    """A CSRF failure in the site's own layout and language, not Django's English debug page.

    An htmx request swaps the response into a part of its page (the study card): it gets the
    message alone, with a link that reloads the page it came from and so a fresh token. The
    whole page inside the card was a page within a page (a walker, after a night away).
    """
    if wants_partial(request):
        return render(
            request, "403_csrf.html#message", {"reload_url": _current_page(request)}, status=403
        )
    return render(request, "403_csrf.html", status=403)


def _current_page(request: HtmxHttpRequest) -> str:
    """The page the htmx request came from, when it is one of this site's."""
    url = request.htmx.current_url or ""
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if allowed else ""
