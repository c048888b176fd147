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
    path("<str:slug>/generate/", articles.article_generate, name="article_generate"),
    path("<str:slug>/new-version/", importing.article_new_version, name="article_new_version"),
]
