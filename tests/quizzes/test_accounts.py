import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from quizzes.roles import INSTRUCTORS_GROUP, is_instructor
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_sign_up_creates_an_account_and_logs_in(client):
    response = client.post(
        "/accounts/signup/", {"username": "hanako", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert User.objects.filter(username="hanako").exists()
    home = client.get("/")
    assert home.context["user"].username == "hanako"
    # Welcomed once, by the heading; the notice says what happened (a walker saw two welcomes).
    page = home.content.decode()
    assert page.count("ようこそ") == 1 and "アカウントを作成し、ログインしました。" in page


def test_a_taken_name_is_a_form_error_in_japanese(client):
    make_user(username="hanako")
    response = client.post(
        "/accounts/signup/", {"username": "hanako", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 200
    assert "同じユーザー名が既に登録済みです。" in response.content.decode()
    assert User.objects.filter(username="hanako").count() == 1


def test_a_weak_password_is_a_form_error_and_no_account(client):
    response = client.post(
        "/accounts/signup/", {"username": "taro", "password1": "12345678", "password2": "12345678"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    assert not User.objects.filter(username="taro").exists()


def test_mismatched_passwords_are_refused_in_english_when_chosen(client):
    client.cookies["django_language"] = "en"
    response = client.post(
        "/accounts/signup/",
        {"username": "taro", "password1": PASSWORD, "password2": PASSWORD + "x"},
    )
    assert "The two password fields didn’t match." in response.content.decode()
    assert not User.objects.filter(username="taro").exists()


def test_the_browser_language_does_not_override_the_japanese_default(client):
    response = client.get("/accounts/login/", headers={"accept-language": "en-US,en;q=0.9"})
    assert '<html lang="ja">' in response.content.decode()


def test_log_in_and_out(client):
    make_user(username="jiro")
    response = client.post("/accounts/login/", {"username": "jiro", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"].is_authenticated
    client.post("/accounts/logout/")
    assert not client.get("/").context["user"].is_authenticated


def test_a_wrong_login_is_a_form_error(client):
    make_user(username="jiro")
    response = client.post("/accounts/login/", {"username": "jiro", "password": "wrong-password"})
    assert response.status_code == 200
    assert "正しいユーザー名とパスワードを入力してください" in response.content.decode()


def test_password_change(client):
    user = make_user()
    client.force_login(user)
    response = client.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-Long-pass-42",
            "new_password2": "another-Long-pass-42",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-Long-pass-42")


def test_make_instructor_command_grants_the_role_and_its_permissions():
    user = make_user(username="sensei")
    assert not is_instructor(user)
    assert not user.has_perm("content.add_article")
    call_command("make_instructor", "sensei")
    user = User.objects.get(pk=user.pk)  # a fresh object: permissions are cached per instance
    assert is_instructor(user)
    assert user.groups.filter(name=INSTRUCTORS_GROUP).exists()
    assert user.has_perm("content.add_article")
    assert user.has_perm("content.change_question")


def test_make_instructor_refuses_an_unknown_name():
    with pytest.raises(CommandError, match="アカウントはありません"):
        call_command("make_instructor", "nobody")


def test_learners_import_privately_and_instructors_choose_who_sees(client):
    client.force_login(make_user())
    response = client.get("/articles/import/")
    assert response.status_code == 200 and "visibility" not in response.context["form"].fields
    client.force_login(make_user(instructor=True))
    response = client.get("/articles/import/")
    assert response.status_code == 200 and "visibility" in response.context["form"].fields


def test_load_demo_is_idempotent(capsys):
    call_command("load_demo")
    call_command("load_demo")
    output = capsys.readouterr().out
    assert "learner" in output and "teacher" in output
    assert User.objects.filter(username__in=["learner", "teacher"]).count() == 2
    teacher = User.objects.get(username="teacher")
    assert is_instructor(teacher)
    from content.models import Article

    assert Article.objects.count() == 1


def test_load_demo_leaves_existing_accounts_alone_when_debug_is_off(capsys, settings):
    settings.DEBUG = False
    someone = make_user(username="teacher")
    call_command("load_demo")
    someone.refresh_from_db()
    assert someone.check_password(PASSWORD), "the password was not reset to the public one"
    assert not is_instructor(someone), "no role was given"
    captured = capsys.readouterr()
    assert "teacher" in captured.err and "--force" in captured.err
    assert "dokkai-teacher-2026" not in captured.out
    assert User.objects.get(username="learner").check_password("dokkai-learner-2026")


@pytest.mark.parametrize("debug, force", [(True, False), (False, True)])
def test_load_demo_resets_existing_accounts_with_debug_or_force(settings, debug, force):
    settings.DEBUG = debug
    someone = make_user(username="learner")
    call_command("load_demo", *(["--force"] if force else []))
    someone.refresh_from_db()
    assert someone.check_password("dokkai-learner-2026")


def test_signing_up_from_a_join_link_goes_on_to_the_course(client):
    # A walker opened a course's join link logged out, signed up from the login page and
    # landed on the home page, not enrolled.
    join = "/courses/join/ABCD1234/"
    login_page = client.get(f"/accounts/login/?next={join}").content.decode()
    assert 'href="/accounts/signup/?next=/courses/join/ABCD1234/"' in login_page
    form = client.get(f"/accounts/signup/?next={join}").content.decode()
    assert f'<input type="hidden" name="next" value="{join}">' in form
    data = {"username": "taro", "password1": PASSWORD, "password2": PASSWORD, "next": join}
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 302 and response["Location"] == join


def test_signing_up_never_goes_on_to_another_site(client):
    data = {"username": "jiro", "password1": PASSWORD, "password2": PASSWORD}
    response = client.post("/accounts/signup/", data | {"next": "https://example.com/"})
    assert response.status_code == 302 and response["Location"] == "/"
