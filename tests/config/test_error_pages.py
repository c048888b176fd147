import pytest
from django.test import Client, override_settings
from django.urls import path


def explode(request):
    raise RuntimeError("boom")


urlpatterns = [path("explode/", explode)]


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_renders_our_page_even_with_the_manifest_storage(settings):
    # The 500 page must not depend on collectstatic having run, or on a request context.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    client = Client(raise_request_exception=False)
    response = client.get("/explode/")
    assert response.status_code == 500
    assert "エラーが発生しました" in response.content.decode()


@pytest.mark.django_db
def test_not_found_is_our_translated_page(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "見つかりません" in response.content.decode()


@pytest.mark.django_db
def test_csrf_failure_is_our_translated_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "有効期限が切れました" in response.content.decode()


@pytest.mark.django_db
def test_an_htmx_request_with_an_expired_token_gets_the_message_and_a_reload_link():
    # The study card swaps in what an htmx POST returns: the whole page there was a page
    # within a page.
    client = Client(enforce_csrf_checks=True)
    page = "http://testserver/learn/study/article/minato/"
    response = client.post(
        "/accounts/login/",
        {"username": "x", "password": "y"},
        headers={"HX-Request": "true", "HX-Current-URL": page},
    )
    body = response.content.decode()
    assert response.status_code == 403
    assert "<html" not in body and "有効期限" not in body
    assert "有効なセキュリティトークンなしで送信されました" in body
    assert f'href="{page}"' in body


@pytest.mark.django_db
def test_no_reload_link_to_another_site():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/accounts/login/",
        {"username": "x", "password": "y"},
        headers={"HX-Request": "true", "HX-Current-URL": "https://elsewhere.example/"},
    )
    assert response.status_code == 403
    assert "elsewhere.example" not in response.content.decode()
