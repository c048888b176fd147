from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, register_converter

from config.converters import TextConverter
from quizzes.views import accounts, home

# Before the apps' URLconfs below are included: their slugs and codes use it.
register_converter(TextConverter, "text")

urlpatterns = [
    path("", home.home, name="home"),
    path("favicon.ico", home.favicon),
    path("accounts/signup/", accounts.signup, name="signup"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("articles/", include("content.urls")),
    path("learn/", include("quizzes.urls")),
    path("courses/", include("quizzes.courses.urls")),
    path("admin/", admin.site.urls),
]
