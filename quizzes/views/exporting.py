"""A learner downloads their own data: everything as JSON, the review log as FSRS-ready CSV,
and the words they kept from the reader as an Anki package."""

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from config.downloads import download_response
from content.exporting.anki import build_words_package
from quizzes.exporting import learner_data, review_log_csv
from quizzes.services import learner_settings_for
from quizzes.words import own_words


def _filename(request: HttpRequest, what: str, extension: str) -> str:
    return f"dokkai-{request.user.get_username()}-{what}-{timezone.now():%Y%m%d}.{extension}"


@require_GET
@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    data = learner_data(user=request.user, learner=learner_settings_for(user=request.user))
    return download_response(
        content=json.dumps(data, ensure_ascii=False, indent=1),
        filename=_filename(request, "data", "json"),
        content_type="application/json; charset=utf-8",
    )


@require_GET
@login_required
def my_reviews(request: HttpRequest) -> HttpResponse:
    return download_response(
        content=review_log_csv(user=request.user),
        filename=_filename(request, "reviews", "csv"),
        content_type="text/csv; charset=utf-8",
    )


@require_GET
@login_required
def my_words_anki(request: HttpRequest) -> HttpResponse:
    """The learner's own words, as the article decks are: a walker found no way to take them to
    Anki."""
    words = own_words(user=request.user).select_related("sentence", "section", "article")
    return download_response(
        content=build_words_package(
            owner_key=f"user-{request.user.pk}",
            name=_("My words"),
            questions=words.order_by("created_at", "pk"),
        ),
        filename=_filename(request, "words", "apkg"),
        content_type="application/apkg",
    )
