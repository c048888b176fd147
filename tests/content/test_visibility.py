"""Who sees an article, decided in content.selectors.articles_visible_to alone; and the
owner's tools: write a question, publish or retire in bulk."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction

from content import learning
from content.models import Article, Question, QuestionStatus
from content.selectors import article_list, articles_visible_to
from tests.factories import import_text, make_article, make_course, make_user

pytestmark = pytest.mark.django_db

TEXT = "# {title}\n\n図書館は駅の近くにあり、郷土資料を所蔵している。本は三万冊ある。\n\n## 利用\n\n毎日200人が来る。\n"


def article(owner, visibility, title):
    return make_article(user=owner, visibility=visibility, text=TEXT.format(title=title))


def test_private_courses_and_everyone():
    teacher, classmate, stranger = make_user(instructor=True), make_user(), make_user()
    make_course(instructor=teacher, learners=[classmate])
    private = article(teacher, "private", "私の記事")
    shared = article(teacher, "courses", "クラスの記事")
    public = article(teacher, "everyone", "みんなの記事")

    def visible(user):
        return set(articles_visible_to(user=user))

    assert visible(teacher) == {private, shared, public}
    assert visible(classmate) == {shared, public}
    assert visible(stranger) == {public}
    assert visible(AnonymousUser()) == set()
    assert visible(make_user(is_superuser=True)) == {private, shared, public}
    public.archived_at = public.created_at
    public.save()
    assert public in visible(stranger)  # its learners keep studying it
    assert public not in set(article_list(user=stranger))  # but it leaves the lists


def test_content_rules_hold_without_the_learning(monkeypatch):
    """Content's own default says nobody shares a course: 'courses' means owner only."""
    teacher, classmate = make_user(instructor=True), make_user()
    make_course(instructor=teacher, learners=[classmate])
    shared = article(teacher, "courses", "クラスの記事")
    monkeypatch.setattr(learning, "_installed", learning.Learning())
    assert not articles_visible_to(user=classmate).filter(pk=shared.pk).exists()
    assert articles_visible_to(user=teacher).filter(pk=shared.pk).exists()


def test_owner_writes_a_question_and_publishes_in_bulk(client):
    teacher = make_user(instructor=True)
    mine = article(teacher, "courses", "講師の記事")
    section = mine.sections.last()
    client.force_login(teacher)
    response = client.post(
        f"/articles/{mine.slug}/questions/new/",
        {
            "section": section.pk,
            "kind": "choice",
            "prompt": "毎日何人が来るか。",
            "answer": "200人",
            "choices": "100人\n200人\n300人",
            "accepted_answers": "",
        },
    )
    assert response.status_code == 302
    written = Question.objects.get(origin="instructor")
    assert written.status == QuestionStatus.DRAFT and written.choices == ["100人", "200人", "300人"]
    # Options are required for a choice question, and the same question twice is refused.
    bad = client.post(
        f"/articles/{mine.slug}/questions/new/",
        {"section": section.pk, "kind": "choice", "prompt": "x", "answer": "y"},
    )
    assert bad.status_code == 200 and bad.context["form"].errors
    ids = [written.pk, *mine.questions.exclude(pk=written.pk).values_list("pk", flat=True)[:2]]
    other = article(make_user(instructor=True), "everyone", "他人の記事")
    foreign = other.questions.first()
    Question.objects.filter(pk=foreign.pk).update(status=QuestionStatus.DRAFT)
    client.post(
        f"/articles/{mine.slug}/questions/bulk/",
        {"ids": [*ids, foreign.pk, "x"], "status": "published"},
    )
    assert set(mine.questions.filter(pk__in=ids).values_list("status", flat=True)) == {"published"}
    foreign.refresh_from_db()
    assert foreign.status == QuestionStatus.DRAFT  # another article's id is ignored
    client.post(f"/articles/{mine.slug}/questions/bulk/", {"ids": ids, "status": "retired"})
    assert set(mine.questions.filter(pk__in=ids).values_list("status", flat=True)) == {"retired"}
    # Someone else's article cannot be changed in bulk.
    assert (
        client.post(
            f"/articles/{other.slug}/questions/bulk/", {"ids": [foreign.pk], "status": "retired"}
        ).status_code
        == 403
    )


def test_the_same_text_is_each_importers_own_unless_they_may_read_a_copy():
    first, second, teacher = make_user(), make_user(), make_user(instructor=True)
    mine = import_text(text=TEXT.format(title="同じ文章"), user=first, visibility="private")
    # Another learner with the same text gets an article of their own, not a refusal.
    theirs = import_text(text=TEXT.format(title="同じ文章"), user=second, visibility="private")
    assert theirs.created and theirs.article != mine.article
    assert theirs.article.owner == second and theirs.article.visibility == "private"
    # Importing it again finds one's own copy.
    again = import_text(text=TEXT.format(title="同じ文章"), user=first, visibility="private")
    assert not again.created and again.article == mine.article
    # A copy shared with everyone is found rather than duplicated.
    shared = import_text(text=TEXT.format(title="公開の文章"), user=teacher)
    found = import_text(text=TEXT.format(title="公開の文章"), user=first, visibility="private")
    assert not found.created and found.article == shared.article


def test_one_owner_never_holds_the_same_text_twice():
    owner = make_user()
    stored = article(owner, "private", "一度だけ")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="写し",
            slug="copy",
            source_format=stored.source_format,
            original_text=stored.original_text,
            checksum=stored.checksum,
            owner=owner,
            visibility="private",
        )
