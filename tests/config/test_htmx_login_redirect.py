"""An htmx request whose session ended goes to the login page as a whole page (a walker saw the
login form swapped into the study card, and its post end on a 405)."""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_an_htmx_request_after_logout_sends_the_page_to_the_login(client):
    article = make_article()
    page = f"/learn/study/article/{article.slug}/"
    response = client.post(
        page + "answer/",
        {"token": "x", "response": "y"},
        headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver{page}?ahead=1"},
    )
    assert response.status_code == 200
    login = urlsplit(response["HX-Redirect"])
    assert login.path == "/accounts/login/"
    assert parse_qs(login.query)["next"] == [page + "?ahead=1"]


def test_a_plain_request_after_logout_is_redirected_as_before(client):
    response = client.get("/learn/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
