"""What an htmx request is, and when it gets a partial rather than the page (for every app's views)."""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def wants_partial(request: HtmxHttpRequest) -> bool:
    """htmx swaps a partial in; restoring a page from history needs the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request
