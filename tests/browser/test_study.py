import re

import pytest
from playwright.sync_api import expect

from content.models import QuestionStatus
from quizzes.models import ReviewLog
from quizzes.services import learner_settings_for
from tests.browser.pages import logged_in_page
from tests.content.test_printed_word_cards import GUIDE
from tests.factories import PASSWORD, make_article, make_assignment, make_course, make_user

pytestmark = pytest.mark.django_db(transaction=True)
NEW_CARDS = 5
PHONE = {"width": 390, "height": 844}


def test_a_whole_session_with_the_keyboard_only(live_server, page, log_in, screenshot_dir):
    learner = make_user(username="hanako")
    settings = learner_settings_for(user=learner)
    settings.new_cards_per_day = NEW_CARDS
    settings.save()
    article = make_article()
    log_in("hanako", PASSWORD)
    page.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    stage = page.locator("#study-stage")

    kinds_seen = set()
    reviews = 0
    for step in range(4 * NEW_CARDS):
        if stage.locator(".summary").count():
            if not stage.get_by_role("link", name="今すぐ続ける").count():
                break
            # Only the card answered wrong is left, waiting for its learning step:
            # the summary says when, and Enter continues now.
            expect(stage.locator(".next-due")).to_be_visible()
            page.screenshot(path=screenshot_dir / "study-waiting.png", full_page=True)
            page.keyboard.press("Enter")
            expect(stage.locator(".summary")).to_have_count(0)
        card = stage.locator(".study-card")
        expect(card).to_be_visible()
        expect(card).not_to_have_class("study-card feedback")
        kinds_seen.add(card.locator(".badge").first.inner_text())
        if step == 0:
            page.screenshot(path=screenshot_dir / "study-card.png", full_page=True)
        typed = stage.locator("input[name=response]")
        if typed.count():
            expect(typed).to_be_focused()
            page.keyboard.type("わからない")
            page.keyboard.press("Enter")
        elif stage.locator("button.option").count():
            page.keyboard.press("1")
        else:
            page.keyboard.press("Space")
        feedback = stage.locator(".feedback")
        expect(feedback).to_be_visible()
        expect(feedback.locator(".source")).to_be_visible()
        if step == 0:
            page.screenshot(path=screenshot_dir / "study-feedback.png", full_page=True)
        # Enter takes the suggested rating (Again after a wrong answer, so the card comes back
        # within the session); 4 (Easy) sends the others days ahead.
        page.keyboard.press("Enter" if step == 0 else "4")
        expect(feedback).to_have_count(0)
        reviews += 1

    summary = stage.locator(".summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("セッション完了")
    expect(summary.locator(".summary-reviews dd")).to_have_text(str(reviews))
    expect(summary.locator(".summary-cards dd")).to_have_text(str(NEW_CARDS))
    page.screenshot(path=screenshot_dir / "study-summary.png", full_page=True)
    assert reviews > NEW_CARDS, "the card answered wrong came back in the same session"
    assert ReviewLog.objects.filter(user=learner).count() == reviews
    assert len(kinds_seen) >= 2

    page.keyboard.press("u")
    expect(stage.locator(".study-card").first).to_be_visible()
    expect(stage.locator(".summary")).to_have_count(0)
    assert ReviewLog.objects.filter(user=learner).count() == reviews - 1


def only_options(user, new_cards=NEW_CARDS):
    settings = learner_settings_for(user=user)
    settings.new_cards_per_day = new_cards
    settings.study_kinds = ["choice", "truefalse", "section"]
    settings.save()


TWO_PORTS = """# 北の港町

## 二つの港町

資料には函館の古い港の絵図もある。函館は北海道の南にある港町である。
旅の二日目は小樽の運河をゆっくり歩いた。小樽は北海道の西にある港町である。
"""


def study_stage(live_server, page, log_in, article):
    """hanako logged in, on the article's deck page: its study stage."""
    log_in("hanako", PASSWORD)
    page.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    return page.locator("#study-stage")


def option_cards_on_stage(live_server, page, log_in):
    """A learner who studies only cards answered by an option, with the first one shown."""
    learner = make_user(username="hanako")
    only_options(learner)
    stage = study_stage(live_server, page, log_in, make_article())
    expect(stage.locator("button.option").first).to_be_visible()
    return learner, stage


def typed_cards_on_stage(live_server, page, log_in):
    """A learner who studies only typed cards, of an article with two.

    The second takes the field after the first is rated. A name is typed only where its
    section says what it is (函館は…港町である).
    """
    learner = make_user(username="hanako")
    settings = learner_settings_for(user=learner)
    settings.study_kinds = ["cloze"]
    settings.save()
    article = make_article(text=TWO_PORTS)
    article.questions.filter(kind="cloze").update(status=QuestionStatus.PUBLISHED)
    assert article.questions.filter(kind="cloze").count() == 2
    return learner, study_stage(live_server, page, log_in, article)


def test_keys_u_and_escape_in_a_typed_answer(live_server, page, log_in):
    learner, stage = typed_cards_on_stage(live_server, page, log_in)
    typed = stage.locator("input[name=response]")
    expect(typed).to_be_focused()
    page.keyboard.type("まちがい")
    page.keyboard.press("Enter")  # Enter submits
    expect(stage.locator(".feedback")).to_be_visible()
    page.keyboard.press("1")
    expect(stage.locator(".feedback")).to_have_count(0)
    expect(typed).to_be_focused()
    page.keyboard.press("u")  # in the field, u is a letter
    expect(typed).to_have_value("u")
    assert ReviewLog.objects.filter(user=learner).count() == 1
    page.keyboard.press("Escape")  # leaves the field…
    expect(typed).not_to_be_focused()
    page.keyboard.press("u")  # …so U undoes
    expect(stage.locator(".undo-form")).to_have_count(0)
    assert ReviewLog.objects.filter(user=learner).count() == 0


def test_a_long_typed_answer_wraps_in_its_card(live_server, page, log_in, screenshot_dir):
    """300 letters without a space widened the page to 2289 px (a walker)."""
    _learner, stage = typed_cards_on_stage(live_server, page, log_in)
    stage.locator("input[name=response]").fill("x" * 300)
    page.keyboard.press("Enter")
    expect(stage.locator(".your-answer")).to_be_visible()
    page.screenshot(path=screenshot_dir / "long-typed-answer.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]


def test_enter_does_not_answer_the_first_option(live_server, page, log_in):
    """Option 1 had the focus, so Enter, which the key hint gives to typed answers, chose it."""
    _learner, stage = option_cards_on_stage(live_server, page, log_in)
    page.keyboard.press("1")
    expect(stage.locator(".feedback")).to_be_visible()
    page.keyboard.press("4")  # the next card is swapped in, and takes the focus
    expect(stage.locator(".options")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    expect(stage.locator(".feedback")).to_have_count(0)
    page.keyboard.press("2")
    expect(stage.locator(".feedback")).to_be_visible()


def test_a_key_pressed_while_the_next_card_arrives_is_kept(live_server, page, log_in):
    learner, stage = option_cards_on_stage(live_server, page, log_in)
    page.keyboard.press("1")
    graded = stage.locator(".feedback input[name=graded]")
    expect(graded).to_have_count(1)
    first_answer = graded.get_attribute("value")
    page.keyboard.press("4")
    page.keyboard.press("1")  # meant for the next card: it lands while the card is swapped in
    # The next card's feedback: the first "1" was not dropped.
    expect(graded).not_to_have_value(first_answer)
    expect(stage.locator(".feedback")).to_be_visible()
    assert ReviewLog.objects.filter(user=learner).count() == 1


def test_a_reload_after_answering_keeps_the_answer(live_server, page, log_in):
    """A walker reloaded the feedback, got the question back and answered it a second time."""
    learner, stage = option_cards_on_stage(live_server, page, log_in)
    page.keyboard.press("1")
    expect(stage.locator(".feedback")).to_be_visible()
    page.reload()
    expect(stage.locator(".feedback")).to_be_visible()
    expect(stage.locator(".answer-form")).to_have_count(0)
    page.keyboard.press("3")  # Good, from the reloaded page
    expect(stage.locator(".feedback")).to_have_count(0)
    assert ReviewLog.objects.filter(user=learner).count() == 1


@pytest.mark.parametrize("kinds", [["choice"], ["cloze"]])
def test_on_a_phone_the_options_and_ratings_fit_the_screen(
    live_server, browser, screenshot_dir, kinds
):
    learner = make_user(username="hanako")
    settings = learner_settings_for(user=learner)
    settings.study_kinds = kinds
    settings.save()
    article = make_article()
    # The generator publishes only its best few; the layout is checked on every one of the kind.
    article.questions.filter(kind__in=kinds).update(status=QuestionStatus.PUBLISHED)
    article.title = "みどり図書館（としょかん）からの新しい開館時間のお知らせ"  # a line's worth
    article.save(update_fields=["title"])
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone = context.new_page()
    phone.goto(f"{live_server.url}/accounts/login/")
    phone.locator("#id_username").fill("hanako")
    phone.locator("#id_password").fill(PASSWORD)
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{live_server.url}/")
    phone.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    stage = phone.locator("#study-stage")
    # The deck's title gives way on its one line; the Anki link stays whole (a walker saw 「A…」).
    anki = phone.get_by_role("link", name="Anki 用にダウンロード")
    expect(anki).to_be_in_viewport(ratio=1)
    assert anki.evaluate("link => link.scrollWidth <= link.clientWidth + 1")
    name = kinds[0]
    if name == "choice":
        options = stage.locator("button.option")
        expect(options).to_have_count(4)
        for n in range(4):
            expect(options.nth(n)).to_be_in_viewport(ratio=1)
        phone.screenshot(path=screenshot_dir / f"study-phone-{name}-card.png")
        options.first.tap()
    else:
        phone.screenshot(path=screenshot_dir / f"study-phone-{name}-card.png")
        stage.locator("input[name=response]").fill("まちがい")
        stage.get_by_role("button", name="答え合わせ").tap()
    expect(stage.locator(".feedback")).to_be_visible()
    ratings = stage.locator("button.rating")
    for n in range(4):
        expect(ratings.nth(n)).to_be_in_viewport(ratio=1)
    expect(phone.locator("kbd").first).to_be_hidden()  # no keyboard hints on touch screens
    expect(phone.locator(".keys")).to_be_hidden()
    phone.screenshot(path=screenshot_dir / f"study-phone-{name}-feedback.png")
    context.close()


def deck_of_one_kind(browser, live_server, article, *, username: str, kind: str, label: str):
    """(context, page, stage): a new learner who studies one kind, on the article's deck, at
    desktop or phone size."""
    learner = make_user(username=username)
    settings = learner_settings_for(user=learner)
    settings.study_kinds = [kind]
    settings.save()
    context, page = logged_in_page(browser, live_server, learner.username, phone=label == "phone")
    page.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    return context, page, page.locator("#study-stage")


def test_a_word_card_whose_reading_the_article_prints(live_server, browser, screenshot_dir):
    """The card shows the word with its reading, as the guide prints it, and asks its meaning."""
    article = make_article(text=GUIDE)
    for label in ("desktop", "phone"):
        context, page, stage = deck_of_one_kind(
            browser, live_server, article, username=f"hanako-{label}", kind="vocab", label=label
        )
        expect(stage.locator("#card-prompt ruby rt")).not_to_have_count(0)
        expect(stage.locator(".instruction")).to_have_text(
            "読み方は記事にあります。意味を思い出してから、答えを表示してください。"
        )
        page.screenshot(path=screenshot_dir / f"study-printed-word-{label}-card.png")
        stage.get_by_role("button", name="答えを見る").click()
        expect(stage.locator(".feedback")).to_contain_text("意味")
        expect(stage.locator("button.rating").last).to_be_in_viewport(ratio=1)
        page.screenshot(path=screenshot_dir / f"study-printed-word-{label}-feedback.png")
        context.close()


# No figure, no name: the section's only choice question is one of kanji.
WORKSHOP = """# 木工所を訪ねて

## 工房の一日

職人たちは朝早くから木材を削り、机や椅子を作っている。
工房では、古い道具を丁寧に手入れして使い続けている。
乾燥が足りない木は、完成した後で割れる原因になるという。
職人の技術は、若い弟子にも少しずつ受け継がれている。
"""


def test_a_card_asking_the_kanji_of_a_word(live_server, browser, screenshot_dir):
    """The card says what it asks, gives the reading in the blank and four spellings of it."""
    article = make_article(text=WORKSHOP)
    question = article.questions.get(status=QuestionStatus.PUBLISHED, extra__spelling=True)
    for label in ("desktop", "phone"):
        context, page, stage = deck_of_one_kind(
            browser, live_server, article, username=f"kenta-{label}", kind="choice", label=label
        )
        expect(stage.locator(".card-meta .badge")).to_have_text("漢字の書き")
        expect(stage.locator(".instruction")).to_have_text("［　］の言葉は、漢字でどう書きますか？")
        expect(stage.locator("#card-prompt")).to_contain_text(f"［{question.extra['reading']}］")
        options = stage.locator("button.option")
        expect(options).to_have_count(4)
        for n in range(4):
            expect(options.nth(n)).to_be_in_viewport(ratio=1)
        page.screenshot(path=screenshot_dir / f"study-spelling-{label}-card.png")
        if label == "desktop":
            options.filter(has_text=question.answer).click()
            expect(stage.locator(".verdict.right")).to_be_visible()
        else:
            # A wrong spelling: the feedback says which kanji, and what each means.
            wrong = next(choice for choice in question.choices if choice != question.answer)
            options.filter(has_text=wrong).click()
            expect(stage.locator(".verdict.wrong")).to_be_visible()
            contrast = stage.locator(".kanji-contrast li")
            expect(contrast.first).to_contain_text("ではありません")
            differing = sum(a != b for a, b in zip(question.answer, wrong, strict=True))
            expect(contrast).to_have_count(differing)
        expect(stage.locator(".correct-answer")).to_have_text(question.answer)
        page.screenshot(path=screenshot_dir / f"study-spelling-{label}-feedback.png")
        context.close()


def test_on_a_phone_an_open_practice_is_named_and_the_card_still_fits(
    live_server, browser, screenshot_dir
):
    teacher = make_user(username="sensei", instructor=True)
    learner = make_user(username="hanako")
    settings = learner_settings_for(user=learner)
    settings.study_kinds = ["choice"]
    settings.save()
    article = make_article(user=teacher, visibility="courses")
    article.questions.filter(kind="choice").update(status=QuestionStatus.PUBLISHED)
    course = make_course(instructor=teacher, learners=[learner])
    make_assignment(course=course, article=article, title="第2課の復習", mode="practice")
    context, phone = logged_in_page(browser, live_server, "hanako", phone=True)
    phone.goto(f"{live_server.url}/learn/study/article/{article.slug}/")
    practice = phone.locator(".practice-progress")
    expect(practice).to_contain_text("第2課の復習")
    expect(practice).to_contain_text("50回中0回")
    options = phone.locator("#study-stage button.option")
    expect(options).to_have_count(4)
    for n in range(4):
        expect(options.nth(n)).to_be_in_viewport(ratio=1)
    phone.screenshot(path=screenshot_dir / "study-phone-practice.png")
    # Through the session, rating each card Easy: the summary tells how far it took the
    # practice and leads back to it (a walker was sent to the deck list).
    stage = phone.locator("#study-stage")
    for _ in range(30):
        if stage.locator(".summary").count():
            break
        stage.locator("button.option").first.click()
        stage.get_by_role("button", name=re.compile("簡単")).click()
        expect(stage.locator(".feedback")).to_have_count(0)
    progress = stage.locator(".summary .practice-progress")
    expect(progress).to_contain_text("50回中")
    back = progress.get_by_role("link", name="「第2課の復習」に戻る")
    expect(back).to_be_visible()
    phone.screenshot(path=screenshot_dir / "study-phone-practice-summary.png", full_page=True)
    back.click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("第2課の復習")
    context.close()
