import re
from datetime import timedelta

import pytest
from django.utils import timezone

from content.models import QuestionStatus
from quizzes.models import CardState, LearnerCard, LearnerSettings
from quizzes.projection import projected_reviews_per_day
from quizzes.services import learner_settings_for
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_learners_see_their_own_dashboard(client):
    client.force_login(make_user())
    response = client.get("/learn/progress/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and 'role="img"' in html and "figcaption" in html


def test_every_tile_has_a_label_of_its_own(client):
    # A walker read two tiles both called 今日の復習, one due and one done, at 0 and 16.
    client.force_login(make_user())
    html = client.get("/learn/progress/").content.decode()
    labels = re.findall(r"<dt>([^<]+)</dt>", html)
    assert "今日中に復習" in labels and "今日復習した回数" in labels
    assert len(labels) == len(set(labels))


def test_retention_with_no_review_yet_says_why_rather_than_zero_of_zero(client):
    # A walker read 「0 回中 0 回」 after 13 reviews, all of new or learning cards.
    client.force_login(make_user())
    html = client.get("/learn/progress/").content.decode()
    assert "0 回中 0 回" not in html
    assert "学習段階を終えたカードの復習から数えます。まだありません。" in html


def test_no_leeches_is_not_praise(client):
    # A walker at 14 % right was told 「苦手カードはありません。よくできました。」.
    client.force_login(make_user())
    for page in ("/learn/progress/", "/learn/leeches/"):
        html = client.get(page).content.decode()
        assert "よくできました" not in html and "苦手カードはまだありません" in html


def test_instructors_cannot_see_learners_outside_their_courses(client):
    learner = make_user()
    client.force_login(make_user(instructor=True))
    response = client.get(f"/learn/progress/{learner.pk}/")
    assert response.status_code == 403
    assert "自分の学習者" in response.content.decode()


def test_learners_cannot_see_each_other_and_admins_can(client):
    learner = make_user()
    client.force_login(make_user())
    assert client.get(f"/learn/progress/{learner.pk}/").status_code == 403
    client.force_login(make_user(is_superuser=True, is_staff=True))
    assert client.get(f"/learn/progress/{learner.pk}/").status_code == 200
    assert client.get("/learn/progress/999999/").status_code == 404


def test_settings_save_and_validate(client):
    user = make_user()
    client.force_login(user)
    data = {
        "desired_retention": "85",
        "new_cards_per_day": "15",
        "day_starts_at": "5",
        "time_zone": "Europe/Paris",
    }
    assert client.post("/learn/settings/", data).status_code == 302
    learner = LearnerSettings.objects.get(user=user)
    assert (learner.desired_retention, learner.new_cards_per_day, learner.time_zone) == (
        0.85,
        15,
        "Europe/Paris",
    )
    response = client.post(
        "/learn/settings/", {**data, "desired_retention": "99", "time_zone": "Mars/Base"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"desired_retention", "time_zone"}
    learner.refresh_from_db()
    assert learner.desired_retention == 0.85


def test_projection_partial_for_a_retention_being_tried(client):
    client.force_login(make_user())
    response = client.get(
        "/learn/settings/projection/", {"desired_retention": "87"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="projection"' in html
    assert [row[0] for row in response.context["rows"]] == [0.80, 0.85, 0.87, 0.90, 0.95]
    bad = client.get(
        "/learn/settings/projection/", {"desired_retention": "150"}, headers={"HX-Request": "true"}
    )
    assert "70%" in bad.content.decode()
    assert (
        client.get("/learn/settings/projection/", {"desired_retention": "abc"}).status_code == 200
    )


def test_projected_load_grows_with_retention():
    user = make_user()
    article = make_article()
    now = timezone.now()
    for question in article.questions.filter(status=QuestionStatus.PUBLISHED)[:10]:
        LearnerCard.objects.create(
            user=user,
            question=question,
            state=CardState.REVIEW,
            stability=10.0,
            difficulty=5.0,
            due=now,
            last_review=now - timedelta(days=10),
        )
    learner = learner_settings_for(user=user)
    learner.new_cards_per_day = 0
    loads = projected_reviews_per_day(user=user, learner=learner, retentions=[0.8, 0.9, 0.95])
    # At 0.9 each card of stability 10 comes back every 10 days: 10 cards → 1 review a day.
    assert loads[0.9] == pytest.approx(1.0, rel=1e-6)
    assert loads[0.8] < loads[0.9] < loads[0.95]


def test_the_heatmap_counts_days_and_reviews_in_good_english(client):
    """A walker read "29 reviews on 1 days." """
    from tests.quizzes.study_helpers import study_one

    user = make_user()
    client.force_login(user)
    article = make_article()
    client.cookies["django_language"] = "en"
    study_one(client, article, rating=3)
    html = client.get("/learn/progress/").content.decode()
    assert "1 review on 1 day." in html and "(1 review)." in html
    assert "1 review in all; at most 1 on one day." in html  # the forecast's caption
    study_one(client, article, rating=3)
    html = client.get("/learn/progress/").content.decode()
    assert "2 reviews on 1 day." in html and "(2 reviews)." in html


def test_the_time_zone_list_names_utc_once_and_saves_it(client):
    # A walker read "UTC" twice: as a group's label and as its one zone.
    user = make_user()
    client.force_login(user)
    page = client.get("/learn/settings/").content.decode()
    assert page.count(">UTC<") == 1 and 'label="UTC"' not in page
    assert '<optgroup label="Asia">' in page
    data = {"desired_retention": "90", "new_cards_per_day": "20", "day_starts_at": "4"}
    assert client.post("/learn/settings/", {**data, "time_zone": "UTC"}).status_code == 302
    assert LearnerSettings.objects.get(user=user).time_zone == "UTC"


def test_a_zone_saved_under_an_old_alias_stays_listed_and_chosen(client):
    user = make_user()
    LearnerSettings.objects.create(user=user, time_zone="US/Pacific")
    client.force_login(user)
    page = client.get("/learn/settings/").content.decode()
    assert '<option value="US/Pacific" selected>US/Pacific</option>' in page


def test_the_name_in_the_header_leads_to_the_settings(client):
    # A walker found 学習設定 only beside the progress page's title; the name led to the
    # password form.
    user = make_user()
    client.force_login(user)
    home = client.get("/").content.decode()
    assert re.search(
        rf'<a href="/learn/settings/" class="user-name"[^>]*>{user.username}</a>', home
    )
    settings = client.get("/learn/settings/").content.decode()
    assert 'href="/accounts/password/"' in settings
