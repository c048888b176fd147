from django.urls import path

from content.views import articles, importing, review

app_name = "content"

urlpatterns = [
    path("", articles.article_list_view, name="article_list"),
    path("import/", importing.article_import, name="article_import"),
    path("questions/<int:pk>/edit/", review.question_edit, name="question_edit"),
    path("questions/<int:pk>/status/", review.question_status, name="question_status"),
    path("questions/<int:pk>/flag/", review.question_flag, name="question_flag"),
    path("questions/<int:pk>/resolve/", review.question_resolve_flags, name="question_resolve"),
    path("<str:slug>/", articles.article_detail, name="article_detail"),
    path("<str:slug>/questions/", review.question_review, name="question_review"),
    path("<str:slug>/questions/new/", review.question_write, name="question_write"),
    path("<str:slug>/questions/bulk/", review.questions_bulk_status, name="questions_bulk"),
    path("<str:slug>/archive/", articles.article_archive, name="article_archive"),
    path("<str:slug>/delete/", articles.article_delete, name="article_delete"),
]
