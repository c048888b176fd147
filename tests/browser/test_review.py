import re

import pytest
from playwright.sync_api import expect

from content.models import QuestionKind, QuestionStatus
from content.questions import write_question
from content.selectors import questions_for_review
from content.views.review import PAGE_SIZE
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_instructor_edits_and_publishes_a_question(live_server, page, log_in, screenshot_dir):
    make_user(username="sensei", instructor=True)
    article = make_article()
    # The first draft of the list, on its first page.
    question = questions_for_review(article=article, status=QuestionStatus.DRAFT).first()
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("link", name="問題を確認").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("問題を確認")

    page.get_by_label("状態").select_option("draft")
    expect(page).to_have_url(re.compile(r"/questions/\?section=&kind=&status=draft$"))
    row = page.locator(f"#question-{question.pk}")
    row.get_by_role("button", name="編集").click()
    row.get_by_label("問題文").fill("講師が書き直した問題文です。")
    row.get_by_role("button", name="保存").click()
    expect(row).to_contain_text("講師が書き直した問題文です。")
    expect(row).to_contain_text("編集済み")
    row.get_by_role("button", name="公開する").click()
    expect(row.locator(".badge.published")).to_have_text("公開中")
    page.screenshot(path=screenshot_dir / "question-review.png", full_page=False)

    question.refresh_from_db()
    assert question.prompt == "講師が書き直した問題文です。"
    assert question.status == QuestionStatus.PUBLISHED


@pytest.mark.parametrize(("width", "height", "name"), [(1280, 900, "desktop"), (390, 844, "phone")])
def test_instructor_pages_through_filtered_questions(
    live_server, page, log_in, screenshot_dir, width, height, name
):
    make_user(username="sensei", instructor=True)
    article = make_article()
    section = article.sections.order_by("position").last()
    for number in range(PAGE_SIZE + 3):
        write_question(
            article=article,
            section=section,
            kind=QuestionKind.CLOZE,
            prompt=f"講師の問題{number}では［　？　］が入ります。",
            answer="答え",
            accepted_answers=[],
            choices=[],
        )
    in_section = article.questions.filter(section=section).count()
    page.set_viewport_size({"width": width, "height": height})
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/articles/{article.slug}/questions/")
    total = article.questions.count()
    expect(page.locator("#question-list > p.muted")).to_contain_text(f"{total} 問")
    expect(page.locator("#question-list .question-row")).to_have_count(PAGE_SIZE)

    page.get_by_label("セクション").select_option(str(section.pk))
    expect(page).to_have_url(re.compile(rf"\?section={section.pk}&kind=&status=$"))
    expect(page.locator("#question-list > p.muted")).to_contain_text(f"{in_section} 問")
    page.screenshot(path=screenshot_dir / f"question-review-filters-{name}.png", full_page=False)
    pager = page.get_by_role("navigation", name="問題のページ")
    pager.get_by_role("link", name="次へ").click()
    expect(page).to_have_url(re.compile(rf"\?section={section.pk}&kind=&status=&page=2$"))
    rows = page.locator("#question-list .question-row")
    second_page = min(PAGE_SIZE, in_section - PAGE_SIZE)
    expect(rows).to_have_count(second_page)
    expect(page.locator("#question-list > p.muted")).to_contain_text(
        f"{PAGE_SIZE + 1}–{PAGE_SIZE + second_page} 件目を表示"
    )
    # The filter stays chosen on the second page, and every row there is of that section.
    expect(page.get_by_label("セクション")).to_have_value(str(section.pk))
    ids = [int(rows.nth(i).get_attribute("id").split("-")[1]) for i in range(rows.count())]
    assert set(article.questions.filter(pk__in=ids).values_list("section_id", flat=True)) == {
        section.pk
    }
    page.screenshot(path=screenshot_dir / f"question-review-pages-{name}.png", full_page=False)
    pager.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / f"question-review-pager-{name}.png", full_page=False)
    pager.get_by_role("link", name="前へ").click()
    expect(rows).to_have_count(PAGE_SIZE)


def test_the_filters_fit_a_phone_with_a_long_heading(live_server, page, log_in, screenshot_dir):
    make_user(username="sensei", instructor=True)
    article = make_article()
    section = article.sections.order_by("position").last()
    section.heading = "デジタル化の課題と、これから十年の資料公開に向けた図書館の取り組み"
    section.save()
    page.set_viewport_size({"width": 390, "height": 844})
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/articles/{article.slug}/questions/")
    # The long option kept the select wider than the screen, and the label one character
    # a line (a walker's report, session 11).
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= 390, width
    label = page.locator("label[for=filter-section]").bounding_box()
    assert label["height"] < 2 * label["width"] / len("セクション"), label
    page.screenshot(path=screenshot_dir / "question-review-long-heading-phone.png", full_page=False)
