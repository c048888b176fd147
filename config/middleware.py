from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import resolve_url
from django.utils import translation
from django.utils.translation import check_for_language
from django_htmx.http import HttpResponseClientRedirect


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Japanese unless the person picked another language with the switcher.

    Django's own middleware would follow the browser's Accept-Language header;
    Dokkai's interface is Japanese by default, and English is a choice.
    """

    def process_request(self, request: HttpRequest) -> None:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if not (chosen and chosen in dict(settings.LANGUAGES) and check_for_language(chosen)):
            chosen = settings.LANGUAGE_CODE
        translation.activate(chosen)
        request.LANGUAGE_CODE = translation.get_language()


class HtmxLoginRedirectMiddleware:
    """An htmx request of a person whose session ended goes to the login page as a page.

    htmx follows the 302 of `login_required` itself and swapped the login page into the
    study card; its form then posted to the study URL (405), and the answer was lost (a
    walker). The whole page goes to the login instead, and back after it to the page the
    person was on, not to the endpoint htmx called.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not (getattr(request, "htmx", False) and response.status_code == 302):
            return response
        login = resolve_url(settings.LOGIN_URL)
        if urlsplit(response["Location"]).path != login:
            return response
        current = urlsplit(request.htmx.current_url or "")
        back = current.path + (f"?{current.query}" if current.query else "") or "/"
        return HttpResponseClientRedirect(redirect_to_login(back)["Location"])
