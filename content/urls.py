from django.urls import path

from content.views import articles, importing

app_name = "content"

urlpatterns = [
    path("", articles.article_list_view, name="article_list"),
    path("import/", importing.article_import, name="article_import"),
    path("<str:slug>/", articles.article_detail, name="article_detail"),
]
