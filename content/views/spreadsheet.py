"""Instructors add questions from a spreadsheet: upload → preview (fix or drop rows) → confirm."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import reswap, retarget

from config.downloads import download_response
from content.forms import SpreadsheetUploadForm
from content.models import Article, QuestionKind, QuestionUpload
from content.spreadsheet.importing import (
    UploadHasErrors,
    confirm_upload,
    remove_row,
    replace_row,
    start_upload,
)
from content.spreadsheet.preview import article_sections, preview_rows, row_form
from content.spreadsheet.reading import SpreadsheetError
from content.spreadsheet.template import template_csv
from content.views.articles import editable_article
from content.views.exporting import file_stem

TEMPLATE = "content/question_upload.html"


def _upload(request: HttpRequest, article: Article, pk: int) -> QuestionUpload:
    """A pending upload is seen and changed only by the instructor who sent it."""
    return get_object_or_404(QuestionUpload, pk=pk, article=article, uploaded_by=request.user)


def _row_index(upload: QuestionUpload, index: int) -> int:
    if not 0 <= index < len(upload.rows):
        raise QuestionUpload.DoesNotExist
    return index


def _preview(request: HttpRequest, upload: QuestionUpload, *, status: int = 200, error: str = ""):
    previews = preview_rows(article=upload.article, rows=upload.rows)
    context = {
        "article": upload.article,
        "upload": upload,
        "previews": previews,
        "bad": sum(not preview.ok for preview in previews),
        "error": error,
    }
    template = f"{TEMPLATE}#preview" if request.htmx else TEMPLATE
    return render(request, template, context, status=status)


@require_http_methods(["GET", "POST"])
@login_required
def question_upload(request: HttpRequest, slug: str) -> HttpResponse:
    article = editable_article(request, slug)
    form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        try:
            upload = start_upload(
                article=article,
                user=request.user,
                filename=upload_file.name,
                data=upload_file.read(),
            )
        except SpreadsheetError as error:
            form.add_error("file", str(error))
        else:
            return redirect("content:question_upload_preview", slug=article.slug, pk=upload.pk)
    status = 400 if form.errors else 200
    context = {"article": article, "form": form, "kinds": QuestionKind.choices}
    return render(request, TEMPLATE, context, status=status)


@require_GET
@login_required
def question_upload_preview(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    upload = _upload(request, editable_article(request, slug), pk)
    return _preview(request, upload)


@require_http_methods(["GET", "POST"])
@login_required
def question_upload_row(request: HttpRequest, slug: str, pk: int, index: int) -> HttpResponse:
    """Correct one row in place: GET shows its form, a valid POST keeps it and shows the preview."""
    article = editable_article(request, slug)
    upload = _upload(request, article, pk)
    try:
        index = _row_index(upload, index)
    except QuestionUpload.DoesNotExist:
        return _preview(
            request, upload, status=404, error=_("That row is no longer in the upload.")
        )
    sections = article_sections(article)
    row = upload.rows[index]
    if request.method == "POST":
        form = row_form(None, sections=sections, data=request.POST)
        if form.is_valid():
            replace_row(upload=upload, index=index, form_data=request.POST)
            return _preview(request, upload)
        context = {"article": article, "upload": upload, "form": form, "index": index, "row": row}
        response = render(request, f"{TEMPLATE}#row-form", context)
        # The form stays in its row; only a saved row refreshes the whole preview.
        return reswap(retarget(response, f"#row-{index}"), "outerHTML")
    else:
        form = row_form(row["values"], sections=sections)
        form.is_valid()  # show the row's errors beside its fields from the start
    context = {"article": article, "upload": upload, "form": form, "index": index, "row": row}
    return render(request, f"{TEMPLATE}#row-form", context)


@require_POST
@login_required
def question_upload_remove_row(
    request: HttpRequest, slug: str, pk: int, index: int
) -> HttpResponse:
    upload = _upload(request, editable_article(request, slug), pk)
    if 0 <= index < len(upload.rows):
        remove_row(upload=upload, index=index)
    return _preview(request, upload)


@require_POST
@login_required
def question_upload_confirm(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    article = editable_article(request, slug)
    upload = _upload(request, article, pk)
    try:
        created = confirm_upload(upload=upload, publish=request.POST.get("status") != "draft")
    except UploadHasErrors:
        return _preview(
            request,
            upload,
            status=400,
            error=_("Nothing was saved: fix or remove the rows with errors first."),
        )
    messages.success(
        request,
        ngettext(
            "%(count)s question was added from the spreadsheet.",
            "%(count)s questions were added from the spreadsheet.",
            len(created),
        )
        % {"count": len(created)},
    )
    url = reverse("content:question_review", kwargs={"slug": article.slug})
    if request.htmx:
        return HttpResponse(status=204, headers={"HX-Redirect": url})
    return redirect(url)


@require_POST
@login_required
def question_upload_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    article = editable_article(request, slug)
    _upload(request, article, pk).delete()
    messages.info(request, _("The upload was discarded; nothing was saved."))
    return redirect("content:question_upload", slug=article.slug)


@require_GET
@login_required
def question_upload_template(request: HttpRequest, slug: str) -> HttpResponse:
    article = editable_article(request, slug)
    return download_response(
        content=template_csv(article=article),
        filename=f"{file_stem(article.title)} - questions.csv",
        content_type="text/csv; charset=utf-8",
    )
