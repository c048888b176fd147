import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from content.models import QuestionFlag, QuestionKind, QuestionStatus
from content.questions import write_question
from content.views.review import PAGE_SIZE
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article()


@pytest.fixture
def instructor(client):
    client.force_login(make_user(instructor=True))
    return client


def write_drafts(article, count, *, section=None, kind=QuestionKind.CLOZE):
    """`count` instructor questions in one section (the first by default)."""
    section = section or article.sections.order_by("position").first()
    return [
        write_question(
            article=article,
            section=section,
            kind=kind,
            prompt=f"講師の問題{section.pk}-{kind}-{number}［　？　］です。",
            answer="答え",
            accepted_answers=[],
            choices=["答え", "別", "他"] if kind == QuestionKind.CHOICE else [],
        )
        for number in range(count)
    ]


def review(client, article, headers=None, **query):
    return client.get(f"/articles/{article.slug}/questions/", query, headers=headers or {})


def test_review_lists_questions_and_filters_by_kind_and_status(instructor, article):
    response = review(instructor, article)
    assert response.status_code == 200
    assert response.context["page"].paginator.count == article.questions.count()
    # Generation keeps every typed blank as a draft for the instructor.
    response = review(
        instructor, article, kind="cloze", status="draft", headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="question-list"' in html
    assert {q.kind for q in response.context["questions"]} == {QuestionKind.CLOZE}
    assert {q.status for q in response.context["questions"]} == {QuestionStatus.DRAFT}
    # How sure the generator was, as a share, not a bare 「品質 0.40」 (a walker).
    first = response.context["questions"][0]
    assert f"生成時の確信度 {round(first.quality * 100)}%" in html and "品質" not in html


def test_the_review_is_paged_and_every_question_is_on_exactly_one_page(instructor, article):
    total = article.questions.count()
    assert total > PAGE_SIZE  # the sample article alone needs two pages
    first = review(instructor, article)
    pages = first.context["page"].paginator.num_pages
    assert len(first.context["questions"]) == PAGE_SIZE
    assert 'rel="next"' in first.content.decode()
    seen = []
    for number in range(1, pages + 1):
        seen += [q.pk for q in review(instructor, article, page=number).context["questions"]]
    assert sorted(seen) == sorted(article.questions.values_list("pk", flat=True))
    # A page past the end, or not a number, shows the last or the first page, never an error.
    assert review(instructor, article, page=999).context["page"].number == pages
    assert review(instructor, article, page="x").context["page"].number == 1


def test_page_links_keep_the_filters(instructor, article):
    write_drafts(article, PAGE_SIZE + 5)
    section = article.sections.order_by("position").first()
    filters = {"section": section.pk, "kind": "cloze", "status": "draft"}
    html = review(instructor, article, **filters).content.decode()
    assert f'href="?section={section.pk}&amp;kind=cloze&amp;status=draft&amp;page=2"' in html
    # A filter change starts again at page 1: the filter form carries no page.
    assert 'name="page"' not in html
    questions = list(review(instructor, article, **filters, page=2).context["questions"])
    assert questions and all(
        q.section_id == section.pk and q.kind == "cloze" and q.status == "draft" for q in questions
    )


def test_filter_by_section_and_by_open_reports(instructor, article):
    last = article.sections.order_by("position").last()
    response = review(instructor, article, section=last.pk)
    in_last = article.questions.filter(section=last).count()
    assert 0 < in_last < article.questions.count()
    assert response.context["page"].paginator.count == in_last
    # Another article's section, or nonsense, is ignored: everything is listed.
    other = make_article(text="# 別の記事\n\n駅の前に新しい図書館ができた。館長は山田花子である。")
    for value in (other.sections.first().pk, "x"):
        response = review(instructor, article, section=value)
        assert response.context["page"].paginator.count == article.questions.count()

    reported = list(article.questions.filter(status=QuestionStatus.PUBLISHED)[:2])
    for question in reported:
        QuestionFlag.objects.create(question=question, user=make_user(), reason="ambiguous")
    resolved = article.questions.exclude(pk__in=[q.pk for q in reported]).first()
    QuestionFlag.objects.create(question=resolved, user=make_user(), reason="other", resolved=True)
    response = review(instructor, article, reported="1")
    assert {q.pk for q in response.context["questions"]} == {q.pk for q in reported}
    assert all(q.open_flags == 1 for q in response.context["questions"])
    # The reports panel links to its question in the list of reported ones.
    assert f'href="?reported=1#question-{reported[0].pk}"' in response.content.decode()

    # One question, as a quiz's item analysis links to it; another article's is not shown.
    response = review(instructor, article, question=reported[1].pk)
    assert [q.pk for q in response.context["questions"]] == [reported[1].pk]
    assert "1問だけを表示しています" in response.content.decode()
    other_question = other.questions.first()
    if other_question is not None:
        assert not list(
            review(instructor, article, question=other_question.pk).context["questions"]
        )
    response = review(instructor, article, question="x")
    assert response.context["page"].paginator.count == article.questions.count()


def _queries(client, article, **query) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert review(client, article, **query).status_code == 200
    return len(queries)


def test_the_review_reads_what_it_needs_once_whatever_the_number_of_questions(instructor, article):
    last = article.sections.order_by("position").last()
    # A page of exactly one row, whatever the generator made of this section.
    article.questions.filter(section=last, kind=QuestionKind.CHOICE).delete()
    write_question(
        article=article,
        section=last,
        kind=QuestionKind.CHOICE,
        prompt="講師の一問［　？　］です。",
        answer="答え",
        accepted_answers=[],
        choices=["答え", "別", "他"],
    )
    one_row = {"section": last.pk, "kind": "choice"}
    assert len(review(instructor, article, **one_row).context["questions"]) == 1
    queries = _queries(instructor, article, **one_row)
    # A full page, a second page, after many more questions in every section and open
    # reports on some: the same queries.
    assert _queries(instructor, article) == queries
    for section in article.sections.all():
        write_drafts(article, 15, section=section, kind=QuestionKind.CHOICE)
    for question in article.questions.all()[:30]:
        QuestionFlag.objects.create(question=question, user=make_user(), reason="other")
    assert _queries(instructor, article) == queries
    assert _queries(instructor, article, page=2) == queries
    assert _queries(instructor, article, reported="1", kind="choice") == queries


def test_bulk_changes_return_to_the_same_filtered_page(instructor, article):
    drafts = write_drafts(article, 2)
    response = instructor.post(
        f"/articles/{article.slug}/questions/bulk/",
        {
            "status": "published",
            "ids": [q.pk for q in drafts],
            "back": "kind=cloze&status=draft&page=2&evil=1",
        },
    )
    assert response.status_code == 302
    url = reverse("content:question_review", kwargs={"slug": article.slug})
    assert response["Location"] == f"{url}?kind=cloze&status=draft&page=2"
    assert set(
        article.questions.filter(pk__in=[q.pk for q in drafts]).values_list("status", flat=True)
    ) == {QuestionStatus.PUBLISHED}


def test_unknown_filters_are_ignored(instructor, article):
    response = review(instructor, article, kind="nonsense", status="nope", reported="maybe")
    assert response.status_code == 200
    assert response.context["page"].paginator.count == article.questions.count()


def test_edit_in_place(instructor, article):
    question = article.questions.filter(kind=QuestionKind.CHOICE).first()
    form = instructor.get(f"/articles/questions/{question.pk}/edit/")
    assert "<form" in form.content.decode()
    wrong = [c for c in question.choices if c != question.answer]
    response = instructor.post(
        f"/articles/questions/{question.pk}/edit/",
        {
            "prompt": "新しい問題文［　？　］です。",
            "answer": question.answer,
            "accepted_answers": "",
            "choices": "\n".join([question.answer, *wrong]),
        },
    )
    assert response.status_code == 200
    assert "新しい問題文" in response.content.decode()
    question.refresh_from_db()
    assert question.prompt == "新しい問題文［　？　］です。" and question.edited


def test_the_editor_names_true_and_false_in_the_interface_language(instructor, article):
    question = article.questions.filter(kind=QuestionKind.TRUEFALSE).first()
    html = instructor.get(f"/articles/questions/{question.pk}/edit/").content.decode()
    assert (
        '<option value="true"' in html and ">正しい</option>" in html and ">誤り</option>" in html
    )
    assert ">true<" not in html and ">false<" not in html
    flipped = "false" if question.answer == "true" else "true"
    response = instructor.post(
        f"/articles/questions/{question.pk}/edit/",
        {"prompt": question.prompt, "answer": flipped, "accepted_answers": "", "choices": ""},
    )
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.answer == flipped and question.choices == ["true", "false"]


@pytest.mark.parametrize(
    ("choices", "message"),
    [("甲\n甲\n乙", "同じ"), ("甲\n乙\n丙", "選択肢のいずれか")],
)
def test_invalid_edits_show_errors_and_change_nothing(instructor, article, choices, message):
    question = article.questions.filter(kind=QuestionKind.CHOICE).first()
    response = instructor.post(
        f"/articles/questions/{question.pk}/edit/",
        {"prompt": "x", "answer": "甲" if "甲\n甲" in choices else "丁", "choices": choices},
    )
    assert message in response.content.decode()
    question.refresh_from_db()
    assert not question.edited


def test_publish_and_retire(instructor, article):
    question = article.questions.filter(status=QuestionStatus.DRAFT).first()
    row = instructor.post(f"/articles/questions/{question.pk}/status/", {"status": "published"})
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED
    # A published question goes back to draft as well as to retirement (a walker's teacher).
    assert "下書きに戻す" in row.content.decode()
    row = instructor.post(f"/articles/questions/{question.pk}/status/", {"status": "draft"})
    question.refresh_from_db()
    assert question.status == QuestionStatus.DRAFT and "下書きに戻す" not in row.content.decode()
    instructor.post(f"/articles/questions/{question.pk}/status/", {"status": "retired"})
    question.refresh_from_db()
    assert question.status == QuestionStatus.RETIRED
    assert (
        instructor.post(
            f"/articles/questions/{question.pk}/status/", {"status": "gone"}
        ).status_code
        == 400
    )


def test_learners_cannot_review_or_edit(client, article):
    client.force_login(make_user())
    question = article.questions.first()
    assert client.get(f"/articles/{article.slug}/questions/").status_code == 403
    # A question of an article that is not yours is not found, as a tampered id would be.
    assert client.get(f"/articles/questions/{question.pk}/edit/").status_code == 404
    assert (
        client.post(
            f"/articles/questions/{question.pk}/edit/", {"prompt": "x", "answer": "y"}
        ).status_code
        == 404
    )
    assert (
        client.post(f"/articles/questions/{question.pk}/status/", {"status": "retired"}).status_code
        == 404
    )
    question.refresh_from_db()
    assert question.status != QuestionStatus.RETIRED or question.prompt != "x"


def test_learners_flag_and_instructors_see_and_resolve(client, article):
    learner = make_user()
    client.force_login(learner)
    question = article.questions.filter(status=QuestionStatus.PUBLISHED).first()
    response = client.post(
        f"/articles/questions/{question.pk}/flag/",
        {"reason": "ambiguous", "comment": "二つ当てはまる"},
    )
    # A self-learner has no instructor: whoever edits the article reads the flags (a walker).
    assert "この記事を編集する人が、この問題を確認します" in response.content.decode()
    client.post(f"/articles/questions/{question.pk}/flag/", {"reason": "wrong_answer"})
    assert QuestionFlag.objects.filter(question=question, resolved=False).count() == 1
    assert (
        client.post(f"/articles/questions/{question.pk}/flag/", {"reason": "bogus"}).status_code
        == 200
    )
    assert QuestionFlag.objects.get().reason == "wrong_answer"

    client.force_login(make_user(instructor=True))
    html = client.get(f"/articles/{article.slug}/questions/").content.decode()
    assert "答えが間違っている" in html
    client.post(f"/articles/questions/{question.pk}/resolve/")
    assert not QuestionFlag.objects.filter(resolved=False).exists()


def test_flagging_a_question_of_ones_own_article_says_where_it_waits(client):
    # A learner's own private article: "the people who edit this article" were themselves.
    owner = make_user()
    own = make_article(user=owner, visibility="private")
    question = own.questions.filter(status=QuestionStatus.PUBLISHED).first()
    client.force_login(owner)
    page = client.post(f"/articles/questions/{question.pk}/flag/", {"reason": "ambiguous"})
    assert "記事の問題の確認ページで、あなたを待っています" in page.content.decode()


def test_draft_questions_cannot_be_flagged(client, article):
    client.force_login(make_user())
    draft = article.questions.filter(status=QuestionStatus.DRAFT).first()
    assert (
        client.post(f"/articles/questions/{draft.pk}/flag/", {"reason": "other"}).status_code == 404
    )


def test_a_question_without_an_answer_span_shows_its_source_with_no_empty_highlight(
    instructor, article
):
    # An instructor's question whose answer is not a span of its sentence: nothing to mark.
    written = write_drafts(article, 1)[0]
    assert written.highlighted_source[1] == ""
    html = review(instructor, article, status="draft", kind="cloze").content.decode()
    assert written.prompt in html
    assert "<mark></mark>" not in html


def test_a_question_whose_sentence_went_is_not_published_again(instructor, article):
    """A walker published a question a new version had retired: its source read 約300人 where
    the article then said 約350人."""
    gone = article.questions.filter(status=QuestionStatus.PUBLISHED).first()
    article.questions.filter(pk=gone.pk).update(
        status=QuestionStatus.RETIRED, retired_reason="vanished", status_before_retired="published"
    )
    row = instructor.get(f"/articles/{article.slug}/questions/", {"status": "retired"})
    page = row.content.decode()
    assert "文が変わったか、なくなりました" in page

    instructor.post(f"/articles/questions/{gone.pk}/status/", {"status": "published"})
    instructor.post(
        f"/articles/{article.slug}/questions/bulk/", {"status": "published", "ids": [gone.pk]}
    )
    gone.refresh_from_db()
    assert gone.status == QuestionStatus.RETIRED and gone.retired_reason == "vanished"


def test_the_write_page_speaks_japanese_in_its_blank_choice(instructor, article):
    """「- Select an option -」, Django's blank label, has no Japanese (a walker)."""
    page = instructor.get(f"/articles/{article.slug}/questions/new/").content.decode()
    assert "Select an option" not in page and "セクションを選んでください" in page


def test_a_spelling_question_is_named_as_one_in_the_review(instructor, article):
    # The badge a learner's card shows (漢字の書き), not the generic 多肢選択 (session 38).
    question = article.questions.filter(kind=QuestionKind.CHOICE).first()
    question.extra = {**question.extra, "spelling": True}
    question.save(update_fields=["extra"])
    page = instructor.get(
        reverse("content:question_review", args=[article.slug]), {"kind": "spelling"}
    ).content.decode()
    assert '<span class="badge">漢字の書き</span>' in page


def test_kanji_spelling_is_a_kind_of_its_own_in_the_filter(instructor, article):
    """Its rows say 漢字の書き: filtering by 多肢選択 showed them, and 漢字の書き was not listed
    (a walker)."""
    choices = article.questions.filter(kind=QuestionKind.CHOICE, owner__isnull=True)
    spellings = {q.pk for q in choices if q.extra.get("spelling")}
    assert spellings and len(spellings) < choices.count()
    page = review(instructor, article, kind="spelling")
    assert '<option value="spelling" selected>漢字の書き</option>' in page.content.decode()
    assert {q.pk for q in page.context["page"].paginator.object_list} == spellings
    plain = review(instructor, article, kind="choice").context["page"].paginator.object_list
    assert {q.pk for q in plain} == {q.pk for q in choices} - spellings


def test_a_vocabulary_card_shows_the_meaning_it_is_rated_against(instructor, article):
    vocab = article.questions.filter(kind=QuestionKind.VOCAB).first()
    assert vocab is not None
    page = review(instructor, article, kind="vocab").content.decode()
    row = page[page.index(f'id="question-{vocab.pk}"') :]
    row = row[: row.index("</li>")]
    assert f'意味（英語）:</strong> <span lang="en">{vocab.extra["gloss"]}' in row
    assert "自己評価" in row and "答え" not in row
