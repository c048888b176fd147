"""An instructor creates a course and a quiz; a learner joins by code, takes it, reloads
midway and submits; the instructor sees the grade and the item analysis."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from content.models import Question
from quizzes.courses.draws import most_drawn
from quizzes.courses.models import Assignment, Attempt, Enrollment, Mode, Role
from quizzes.courses.services import question_pool, save_answer, start_attempt, submit_attempt
from tests.browser.pages import logged_in_page
from tests.factories import (
    PASSWORD,
    make_article,
    make_assignment,
    make_course,
    make_user,
    publish_typed_blanks,
)

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def a_class():
    """(teacher, learner, article, course): sensei's course of one learner, gakusei, on an
    article sensei shares with courses."""
    teacher = make_user(username="sensei", instructor=True)
    learner = make_user(username="gakusei")
    article = make_article(user=teacher, visibility="courses")
    return teacher, learner, article, make_course(instructor=teacher, learners=[learner])


def shoot(page, directory, name: str) -> None:
    """A full-page screenshot at desktop width and at phone width."""
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=directory / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def answer_question(item, question: Question, right: bool) -> None:
    wrong = next((c for c in question.choices if c != question.answer), "ちがう")
    value = question.answer if right else wrong
    if question.choices:
        item.locator(f'input[type=radio][value="{value}"]').check()
    else:
        item.locator("input[type=text]").fill(value)
        item.get_by_role("button", name="保存").click()
    expect(item.locator(".saved")).to_be_visible()


def classmates_take(assignment, *, count: int) -> None:
    """Learner i answers its first questions right and the rest wrong, strongest first."""
    now = timezone.now()
    for index in range(count):
        user = make_user(username=f"classmate{index}")
        Enrollment.objects.create(course=assignment.course, user=user, role=Role.LEARNER)
        attempt = start_attempt(assignment=assignment, user=user, now=now)
        for answer in attempt.answers.select_related("question"):
            question = answer.question
            right = (answer.position + index) % 5 < 3 if index % 2 else answer.position <= 4 - index
            wrong = next((c for c in question.choices if c != question.answer), "ちがう")
            save_answer(
                attempt=attempt,
                question_id=question.pk,
                response=question.answer if right else wrong,
                now=now,
            )
        submit_attempt(attempt=attempt, now=now)


def test_a_course_from_creation_to_item_analysis(
    live_server, page, browser, log_in, screenshot_dir
):
    teacher = make_user(username="sensei", instructor=True)
    make_user(username="gakusei")
    article = make_article(user=teacher, visibility="courses")
    csp_errors = []
    page.on(
        "console",
        lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None,
    )

    # 1. The instructor creates a course and a quiz, previewing its questions.
    log_in("sensei", PASSWORD)
    page.get_by_role("link", name="コース", exact=True).click()
    page.get_by_label("名前").fill("二年A組 読解")
    page.get_by_role("button", name="作成").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("二年A組 読解")
    code = page.get_by_test_id("join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{8}", code)
    shoot(page, screenshot_dir, "course-instructor")

    page.get_by_role("link", name="新しい課題").click()
    page.get_by_label("タイトル").fill("第1回 小テスト")
    page.get_by_label("記事").select_option(str(article.pk))
    # The article's preview first (ten by default, or the whole pool when it is smaller), so
    # that the count's preview comes after it.
    # One question of a sentence is drawn.
    pool = most_drawn(
        list(
            question_pool(article=article, sections=[], kinds=[], mode=Mode.QUIZ).values_list(
                "pk", "sentence_id"
            )
        )
    )
    default = Assignment._meta.get_field("question_count").default
    assert pool > 4
    expect(page.locator("#preview .preview-list > li")).to_have_count(min(pool, default))
    page.get_by_label("問題数").fill("4")
    expect(page.locator("#preview .preview-list > li")).to_have_count(4)
    shoot(page, screenshot_dir, "assignment-form")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("第1回 小テスト")

    # 2. The learner joins by code, answers half, reloads, finishes and submits.
    learner_page = browser.new_page(viewport=DESKTOP)
    learner_page.goto(f"{live_server.url}/accounts/login/")
    learner_page.locator("#id_username").fill("gakusei")
    learner_page.locator("#id_password").fill(PASSWORD)
    learner_page.locator("main form button[type=submit]").click()
    learner_page.wait_for_url(f"{live_server.url}/")
    learner_page.get_by_role("link", name="コース", exact=True).click()
    learner_page.get_by_label("参加コード").fill(code.lower())
    learner_page.get_by_role("button", name="参加する").click()
    expect(learner_page.locator(".message")).to_contain_text("参加しました")
    learner_page.get_by_role("link", name="第1回 小テスト").click()
    learner_page.get_by_role("button", name="小テストを始める").click()
    attempt = Attempt.objects.get(user__username="gakusei")
    answers = list(attempt.answers.select_related("question").order_by("position"))
    items = learner_page.locator(".quiz-question")
    expect(items).to_have_count(4)
    for index in (0, 1):
        answer_question(items.nth(index), answers[index].question, right=True)

    learner_page.reload()
    expect(learner_page.locator(".quiz-question .saved")).to_have_count(2)
    answer_question(items.nth(2), answers[2].question, right=True)
    answer_question(items.nth(3), answers[3].question, right=False)
    shoot(learner_page, screenshot_dir, "attempt")
    learner_page.get_by_role("link", name="終了して提出…").click()
    expect(learner_page.get_by_role("heading", name="解答を提出しますか？")).to_be_visible()
    learner_page.get_by_role("button", name="提出する").click()
    expect(learner_page.get_by_test_id("score")).to_have_text("3 / 4")
    shoot(learner_page, screenshot_dir, "attempt-result")
    # On a phone each question's panel is as wide as the result's: the number is inside it, not
    # in the list's margin (a walker saw the panels stand narrower).
    learner_page.set_viewport_size(PHONE)
    result, first = learner_page.locator(".result").bounding_box(), items.first.bounding_box()
    assert (first["x"], first["width"]) == (result["x"], result["width"])
    expect(items.first.locator(".question-number")).to_have_text("1.")

    # Nine classmates took it too, so that the analysis has ten attempts, enough to show α.
    classmates_take(attempt.assignment, count=9)

    # 3. The instructor sees the grade and the item analysis.
    page.goto(f"{live_server.url}/courses/")
    page.get_by_role("link", name="二年A組 読解").click()
    page.get_by_role("link", name="成績表").first.click()
    row = page.locator("tbody tr", has_text="gakusei")
    expect(row).to_contain_text("75%")
    expect(page.locator("table.gradebook tbody tr")).to_have_count(10)
    expect(row).to_contain_text("提出済み")
    shoot(page, screenshot_dir, "gradebook")
    page.get_by_role("link", name="第1回 小テスト").click()
    page.get_by_role("link", name="項目分析").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("項目分析")
    # Each attempt draws its own 4 questions from the pool, so the table lists at least 4.
    expect(page.locator("table.analysis tbody tr").nth(3)).to_be_visible()
    # α as a coefficient between 0 and 1, not Moodle's percent (a walker read 77.95% as a share).
    expect(page.get_by_test_id("alpha")).to_have_text(re.compile(r"^-?\d+\.\d\d$"))
    # Each item names its kind and its answer; a walker could not tell which question it was.
    expect(page.locator("table.analysis tbody tr").first).to_contain_text("答え")
    # Figures from too few attempts of an item are grey, and the page says so.
    expect(page.get_by_text("灰色の数値")).to_be_visible()
    expect(page.locator("table.analysis tbody tr.tentative").first).to_be_visible()
    # The figures explained in plain words, on demand.
    page.get_by_text("数値の読み方").click()
    expect(page.get_by_text("その問題に正解した受験の割合")).to_be_visible()
    # Each learner's first attempt by default; all of them on request.
    expect(page.get_by_role("link", name=re.compile("各学習者の1回目の受験"))).to_have_attribute(
        "aria-current", "page"
    )
    page.get_by_role("link", name=re.compile("すべての受験")).click()
    expect(page.get_by_role("link", name=re.compile("すべての受験"))).to_have_attribute(
        "aria-current", "page"
    )
    page.set_viewport_size(PHONE)
    # The table scrolls inside its box; the page itself stays phone-wide.
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    shoot(page, screenshot_dir, "item-analysis")
    assert csp_errors == []


def test_the_course_page_keeps_its_actions_whole_on_a_phone(
    live_server, page, log_in, screenshot_dir
):
    _teacher, _learner, article, course = a_class()
    make_assignment(course=course, article=article, question_count=4)
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/courses/{course.pk}/")
    page.set_viewport_size(PHONE)
    # 編集 and 項目分析 wrapped a character a line, and the cell's borders broke the row
    # (a walker's report, session 11).
    for name in ("編集", "項目分析", "第1回 小テスト"):
        link = page.get_by_role("link", name=name, exact=True)
        line = link.evaluate("element => parseFloat(getComputedStyle(element).lineHeight)")
        assert link.bounding_box()["height"] < 1.5 * line, name
    # Nor the mode and the role (「小テ/スト（採/点あ/り）」, 「学習/者」: a walker, session 41).
    for text in ("小テスト（採点あり）", "学習者"):
        cell = page.locator("td", has_text=text).first
        line = cell.evaluate("element => parseFloat(getComputedStyle(element).lineHeight)")
        assert cell.bounding_box()["height"] < 2.5 * line, text
    # Each row is a card on a phone: its due date and its actions on the screen, labelled,
    # not in a box scrolled sideways (a walker, session 43).
    due_text = timezone.localtime(course.assignments.get().due_at).strftime("%Y-%m-%d %H:%M")
    due = page.locator("td", has_text=due_text)
    for target in (due, page.get_by_role("link", name="項目分析", exact=True)):
        box = target.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], target
    assert "締め切り" in due.evaluate("cell => getComputedStyle(cell, '::before').content")
    shoot(page, screenshot_dir, "course-actions")


def test_removing_a_learner_and_a_new_code_are_asked_first(
    live_server, page, log_in, screenshot_dir
):
    teacher = make_user(username="sensei", instructor=True)
    learner = make_user(username="gakusei")
    course = make_course(instructor=teacher, learners=[learner])
    old_code = course.join_code
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/courses/{course.pk}/")
    # A walker removed a learner and replaced the join code with one click each.
    page.get_by_text("削除…").click()
    question = page.locator(".confirm-body", has_text="gakusei")
    expect(question).to_contain_text("記録は残ります")
    assert Enrollment.objects.filter(user=learner).exists()
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    shoot(page, screenshot_dir, "remove-learner-asked")
    question.get_by_role("button", name="削除").click()
    expect(page.locator(".message")).to_be_visible()
    assert not Enrollment.objects.filter(user=learner).exists()

    page.get_by_text("新しいコード…").click()
    course.refresh_from_db()
    assert course.join_code == old_code
    page.get_by_role("button", name="新しいコードを発行").click()
    expect(page.get_by_test_id("join-code")).not_to_have_text(old_code)


def test_the_assignment_form_fits_a_phone(live_server, page, log_in, screenshot_dir):
    teacher = make_user(username="sensei", instructor=True)
    # A long title widened the article select, and with it the page.
    title = "港町の小さな博物館が来館者を増やすまでの十年間の取り組みとその記録"
    article = make_article(user=teacher, visibility="courses", title=title)
    course = make_course(instructor=teacher)
    log_in("sensei", PASSWORD)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/courses/{course.pk}/assignments/new/")
    # It was 484 px wide at 390 (a walker's report, session 34).
    expect(page.get_by_label("記事")).to_contain_text("記事を選んでください")
    page.get_by_label("記事").select_option(label=article.title)
    expect(page.locator("#preview .preview-list > li").first).to_be_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    shoot(page, screenshot_dir, "assignment-form-phone")


def test_the_assignment_form_offers_the_chosen_articles_sections(
    live_server, page, log_in, screenshot_dir
):
    """The sections list held every article's; it shows the chosen one's, and a section
    ticked before the article changed is let go (it would not be saved)."""
    teacher = make_user(username="sensei", instructor=True)
    first = make_article(user=teacher, visibility="courses")
    second = make_article(
        user=teacher,
        visibility="courses",
        text=SECOND_ARTICLE,
    )
    course = make_course(instructor=teacher)
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/courses/{course.pk}/assignments/new/")
    sections = page.locator("#id_sections input[type=checkbox]")
    expect(sections.first).to_be_hidden()  # no article chosen yet
    page.get_by_label("記事").select_option(str(first.pk))
    visible = page.locator("#id_sections input[type=checkbox]:visible")
    expect(visible).to_have_count(first.sections.count())
    visible.first.check()
    page.get_by_label("記事").select_option(str(second.pk))
    expect(visible).to_have_count(second.sections.count())
    expect(page.locator("#id_sections input:checked")).to_have_count(0)
    # Each box names its section only; the chosen article's title heads them once (a walker
    # read the title on every box, sessions 40 and 41), and the other article's is hidden.
    expect(page.locator("#id_sections").get_by_text(second.title, exact=True)).to_be_visible()
    expect(page.locator("#id_sections").get_by_text(first.title, exact=True)).to_be_hidden()
    expect(page.locator("#id_sections label", has_text="›")).to_have_count(0)
    # A quiz's settings, then practice's: each mode shows its own (a walker saw both).
    expect(page.get_by_label("受験できる回数")).to_be_visible()
    expect(page.get_by_label("目標の復習回数")).to_be_hidden()
    page.get_by_label("練習（学習ループ）").check()
    expect(page.get_by_label("受験できる回数")).to_be_hidden()
    expect(page.get_by_label("目標の復習回数")).to_be_visible()
    shoot(page, screenshot_dir, "assignment-form-sections")


SECOND_ARTICLE = """# 川辺の図書館

## 建物

川辺の図書館は、古い倉庫を直して作られた。
二階の窓からは、川を行き来する船が見える。

## 催し

毎月第一土曜日には、子ども向けの読み聞かせがある。
"""


LONG_TITLE = """# みなと市立図書館の十年計画：紙とデータをつなぐ挑戦

## 計画の柱

図書館は十年かけて、古い資料をすべて電子化する。
市民は家からでも資料を読めるようになる。
"""


def test_the_teaching_page_fits_a_phone_with_long_titles(live_server, browser, screenshot_dir):
    """A long article or quiz title kept whole pushed the page to 437 px (a walker)."""
    teacher = make_user(username="sensei", instructor=True)
    article = make_article(user=teacher, visibility="courses", text=LONG_TITLE)
    course = make_course(instructor=teacher)
    make_assignment(course=course, article=article, title=f"第1回 {article.title}")
    context, page = logged_in_page(browser, live_server, "sensei", phone=True)
    page.goto(f"{live_server.url}/courses/teach/")
    expect(page.get_by_role("link", name=f"第1回 {article.title}")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == PHONE["width"]
    page.screenshot(path=screenshot_dir / "teach-phone-long-titles.png", full_page=True)
    context.close()


def test_a_timed_quiz_counts_down_in_view_and_stops_at_zero(live_server, browser, screenshot_dir):
    _teacher, learner, article, course = a_class()
    quiz = make_assignment(course=course, article=article, question_count=6, time_limit_minutes=10)
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    context, page = logged_in_page(browser, live_server, "gakusei", phone=True)
    page.goto(f"{live_server.url}{attempt.get_absolute_url()}")
    timer = page.locator("[data-quiz-timer]")
    expect(timer.get_by_role("timer")).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    # A walker lost sight of the limit on a long page: the clock stays at the top.
    page.locator(".submit-area").scroll_into_view_if_needed()
    box = timer.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"] / 4
    page.screenshot(path=screenshot_dir / "timed-quiz-scrolled-phone.png")

    # With seconds left, the page stops itself and shows the result, saying why.
    first = attempt.answers.select_related("question").get(position=1)
    answer_question(page.locator("#answer-1"), first.question, right=True)
    Attempt.objects.filter(pk=attempt.pk).update(ends_at=timezone.now() + timedelta(seconds=4))
    page.reload()
    expect(timer).to_have_class(re.compile(r"\burgent\b"))
    # At zero nothing can be answered any more, and the page says what happens next.
    expect(timer.get_by_role("alert")).to_contain_text("時間切れです", timeout=8_000)
    expect(page.locator("#answer-2 input").first).to_be_disabled()
    page.screenshot(path=screenshot_dir / "timed-quiz-time-up-phone.png")
    expect(page.get_by_test_id("score")).to_have_text("1 / 6", timeout=10_000)
    expect(page.locator(".message")).to_contain_text("時間切れ")
    shoot(page, screenshot_dir, "timed-quiz-result")
    context.close()


def test_a_practice_shows_each_learners_progress_in_reviews(live_server, browser, screenshot_dir):
    _teacher, _learner, article, course = a_class()
    practice = make_assignment(
        course=course, article=article, title="復習", mode="practice", target_reviews=10
    )
    context, page = logged_in_page(browser, live_server, "gakusei", phone=True)
    page.goto(f"{live_server.url}{practice.get_absolute_url()}")
    expect(page.locator("main")).to_contain_text("10回中0回")
    page.screenshot(path=screenshot_dir / "practice-learner-phone.png", full_page=True)
    context.close()
    context, page = logged_in_page(browser, live_server, "sensei")
    page.goto(f"{live_server.url}{practice.get_absolute_url()}")
    row = page.get_by_role("row", name=re.compile("gakusei"))
    expect(row).to_contain_text("未着手")
    expect(row).to_contain_text("10回中0回")
    shoot(page, screenshot_dir, "practice-instructor")
    context.close()


def test_a_practice_shows_only_its_targets_figure(live_server, page, log_in, screenshot_dir):
    teacher = make_user(username="sensei", instructor=True)
    course = make_course(instructor=teacher)
    log_in("sensei", PASSWORD)
    page.goto(f"{live_server.url}/courses/{course.pk}/assignments/new/")
    reviews, mastery = page.locator("[name=target_reviews]"), page.locator("[name=target_mastery]")
    expect(mastery).to_be_hidden()  # a quiz has neither
    page.locator("input[name=mode][value=practice]").check()
    # A walker saw both figures whichever target was chosen.
    page.locator("[name=practice_target]").select_option("mastery")
    expect(mastery).to_be_visible()
    expect(mastery).to_have_value("80")
    expect(reviews).to_be_hidden()
    page.locator("[name=practice_target]").select_option("reviews")
    expect(reviews).to_be_visible()
    expect(mastery).to_be_hidden()
    shoot(page, screenshot_dir, "practice-target")


def test_a_typed_answer_left_unsaved_is_sent_before_time_runs_out(live_server, browser):
    _teacher, learner, article, course = a_class()
    publish_typed_blanks(article)
    quiz = make_assignment(
        course=course, article=article, kinds=["cloze"], question_count=2, time_limit_minutes=10
    )
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    Attempt.objects.filter(pk=attempt.pk).update(ends_at=timezone.now() + timedelta(seconds=6))
    context, page = logged_in_page(browser, live_server, "gakusei")
    page.goto(f"{live_server.url}{attempt.get_absolute_url()}")
    first = attempt.answers.select_related("question").get(position=1)
    box = page.locator("#answer-1 input[type=text]")
    # Typed, never saved: the box keeps its focus and 保存 is not pressed.
    box.fill(first.question.answer)
    expect(page.get_by_test_id("score")).to_be_visible(timeout=12_000)
    saved = attempt.answers.get(position=1)
    assert saved.response == first.question.answer and saved.correct
    context.close()


def test_a_teacher_gives_one_learner_more_time(live_server, browser, screenshot_dir):
    """The extension panel on the assignment page, then the learner's own due date."""
    _teacher, _learner, article, course = a_class()
    quiz = make_assignment(course=course, article=article, title="第2回 小テスト")
    context, page = logged_in_page(browser, live_server, "sensei")
    page.goto(f"{live_server.url}{quiz.get_absolute_url()}")
    panel = page.locator("section", has=page.get_by_role("heading", name="締め切りの延長"))
    panel.get_by_label("学習者").select_option(label="gakusei")
    later = timezone.localtime(quiz.due_at + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    panel.get_by_label("新しい締め切り").fill(later)
    panel.get_by_role("button", name="延長する").click()
    expect(page.get_by_role("status")).to_contain_text("gakusei さんの締め切りを")
    expect(panel.locator(".extensions li")).to_contain_text("gakusei")
    shoot(page, screenshot_dir, "assignment-extension")
    context.close()
    context, page = logged_in_page(browser, live_server, "gakusei", phone=True)
    page.goto(f"{live_server.url}{quiz.get_absolute_url()}")
    expect(page.locator(".facts")).to_contain_text(later.replace("T", " "))
    expect(page.locator(".facts .badge.extended")).to_have_text("延長")
    page.screenshot(path=screenshot_dir / "assignment-extension-learner-phone.png", full_page=True)
    context.close()


def test_an_edited_key_leaves_the_attempt_alone_until_the_teacher_regrades(
    live_server, browser, screenshot_dir
):
    """A walker's teacher changed a quiz question's key in the question review: the attempt
    then showed the learner's answer, equal to the new key, marked wrong, and its score stood."""
    _teacher, learner, article, course = a_class()
    quiz = make_assignment(course=course, article=article, kinds=["choice"], question_count=2)
    attempt = start_attempt(assignment=quiz, user=learner, now=timezone.now())
    first = attempt.answers.select_related("question").get(position=1)
    question = first.question
    wrong = next(choice for choice in question.choices if choice != question.answer)
    save_answer(attempt=attempt, question_id=question.pk, response=wrong, now=timezone.now())
    submit_attempt(attempt=attempt, now=timezone.now())

    context, page = logged_in_page(browser, live_server, "sensei")
    page.goto(f"{live_server.url}/courses/assignments/{quiz.pk}/analysis/")
    row = page.get_by_role("row").filter(has_text=question.prompt[:15])
    row.get_by_role("link", name="編集").click()
    # The review opens on that question alone, and its editor says what an edit does.
    expect(page.locator(".one-question")).to_be_visible()
    page.locator(f"#question-{question.pk}").get_by_role("button", name="編集").click()
    editor = page.locator(f"#question-{question.pk}")
    expect(editor).to_contain_text("再採点するまで成績は変わりません")
    editor.locator("[name=answer]").fill(wrong)
    editor.get_by_role("button", name="保存").click()
    expect(page.locator(f"#question-{question.pk} .correct")).to_have_text(wrong)

    page.goto(f"{live_server.url}{attempt.get_absolute_url()}")
    item = page.locator(".quiz-question").first
    expect(item).to_contain_text("✗")
    expect(item).to_contain_text("受験の後に編集されています")
    page.goto(f"{live_server.url}{quiz.get_absolute_url()}")
    expect(page.locator(".regrade")).to_contain_text("編集された問題が 1 問")
    shoot(page, screenshot_dir, "regrade-offered")
    page.get_by_role("button", name="受験を再採点する").click()
    expect(page.locator(".messages, [role=status]").first).to_contain_text("採点し直しました")
    expect(page.locator(".regrade")).to_have_count(0)
    page.goto(f"{live_server.url}{attempt.get_absolute_url()}")
    expect(page.locator(".quiz-question").first).to_contain_text("✓")
    shoot(page, screenshot_dir, "regrade-done-attempt")
    context.close()
