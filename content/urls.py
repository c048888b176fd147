from django.urls import path

from content.views import articles, exporting, importing, review, spreadsheet

app_name = "content"

urlpatterns = [
    path("", articles.article_list_view, name="article_list"),
    path("import/", importing.article_import, name="article_import"),
    path("questions/<int:pk>/edit/", review.question_edit, name="question_edit"),
    path("questions/<int:pk>/status/", review.question_status, name="question_status"),
    path("questions/<int:pk>/flag/", review.question_flag, name="question_flag"),
    path("questions/<int:pk>/resolve/", review.question_resolve_flags, name="question_resolve"),
    path("<text:slug>/", articles.article_detail, name="article_detail"),
    path("<text:slug>/questions/", review.question_review, name="question_review"),
    path("<text:slug>/export/anki/", exporting.article_anki, name="article_anki"),
    path("<text:slug>/export/moodle/", exporting.article_moodle, name="article_moodle"),
    path("<text:slug>/export/csv/", exporting.article_questions_csv, name="article_questions_csv"),
    path("<text:slug>/questions/upload/", spreadsheet.question_upload, name="question_upload"),
    path(
        "<text:slug>/questions/upload/template/",
        spreadsheet.question_upload_template,
        name="question_upload_template",
    ),
    path(
        "<text:slug>/questions/upload/<int:pk>/",
        spreadsheet.question_upload_preview,
        name="question_upload_preview",
    ),
    path(
        "<text:slug>/questions/upload/<int:pk>/rows/<int:index>/",
        spreadsheet.question_upload_row,
        name="question_upload_row",
    ),
    path(
        "<text:slug>/questions/upload/<int:pk>/rows/<int:index>/remove/",
        spreadsheet.question_upload_remove_row,
        name="question_upload_remove_row",
    ),
    path(
        "<text:slug>/questions/upload/<int:pk>/confirm/",
        spreadsheet.question_upload_confirm,
        name="question_upload_confirm",
    ),
    path(
        "<text:slug>/questions/upload/<int:pk>/cancel/",
        spreadsheet.question_upload_cancel,
        name="question_upload_cancel",
    ),
    path("<text:slug>/generate/", articles.article_generate, name="article_generate"),
    path("<text:slug>/new-version/", importing.article_new_version, name="article_new_version"),
    path("<text:slug>/questions/new/", review.question_write, name="question_write"),
    path("<text:slug>/questions/bulk/", review.questions_bulk_status, name="questions_bulk"),
    path("<text:slug>/archive/", articles.article_archive, name="article_archive"),
    path("<text:slug>/delete/", articles.article_delete, name="article_delete"),
]
