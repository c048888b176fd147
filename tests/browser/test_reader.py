import re

import pytest
from playwright.sync_api import expect

from content.models import Question
from quizzes.models import LearnerCard
from tests.factories import PASSWORD, make_article, make_user

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def open_in_the_reader(live_server, page, log_in, *, text: str, username: str) -> None:
    """A new learner, logged in, reading an article of `text`."""
    learner = make_user(username=username)
    article = make_article(text=text)
    log_in(learner.username, PASSWORD)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")


@pytest.mark.parametrize("screen", VIEWPORTS)
def test_read_look_up_keep_study_and_come_back(live_server, page, log_in, screenshot_dir, screen):
    page.set_viewport_size(VIEWPORTS[screen])
    learner = make_user(username=f"yomu-{screen}")
    article = make_article()
    log_in(learner.username, PASSWORD)

    # 1. Open the reader and switch furigana.
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    sections = page.locator("#reader-sections")
    expect(sections.locator("ruby").first).to_be_visible()
    # The finished run's report is the owner's: a reader sees no empty box where it would be.
    expect(page.locator("#generation")).to_be_hidden()
    page.screenshot(path=screenshot_dir / f"reader-{screen}.png", full_page=True)
    page.locator("input[name=furigana_mode][value=none]").check()
    expect(page.locator("#reader-sections ruby")).to_have_count(0)
    page.locator("input[name=furigana_mode][value=unknown]").check()
    expect(page.locator("#reader-sections ruby").first).to_be_visible()
    page.reload()
    expect(page.locator("input[name=furigana_mode][value=unknown]")).to_be_checked()

    # 2. Look a word up with the keyboard; Esc closes and gives focus back; then add it.
    word = page.locator("#reader-sections a.w", has_text="博物館").first
    word.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#lookup")
    expect(popover).to_be_visible()
    expect(popover).to_contain_text("museum")
    expect(popover.locator("#lookup-title")).to_be_focused()
    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()
    expect(word).to_be_focused()
    word.click()
    expect(popover).to_be_visible()
    expect(popover).to_contain_text("はくぶつかん")
    page.screenshot(path=screenshot_dir / f"reader-popover-{screen}.png")
    popover.locator("form[action$='/keep/'] button").click()
    expect(popover.locator(".message")).to_be_visible()
    page.screenshot(path=screenshot_dir / f"reader-popover-added-{screen}.png")
    own = Question.objects.get(owner=learner)
    assert own.answer == "博物館"
    # "I know this word": in this mode its furigana goes, in the page behind the popover too.
    popover.locator("form[action$='/known/'] button").click()
    expect(popover.locator(".message")).to_contain_text("知っている")
    museum = page.locator("#reader-sections a.w", has_text="博物館").first
    expect(museum.locator("ruby")).to_have_count(0)
    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()

    # The article list shows the article's coverage for this learner.
    page.goto(f"{live_server.url}/articles/")
    expect(page.locator(f"#coverage-{article.pk}")).to_contain_text("知っている語")
    page.screenshot(path=screenshot_dir / f"articles-coverage-{screen}.png")

    # 3. Find it among the decks and study it.
    page.goto(f"{live_server.url}/learn/")
    deck = page.locator(".own-words")
    expect(deck).to_be_visible()
    page.screenshot(path=screenshot_dir / f"decks-own-words-{screen}.png")
    deck.locator("a.button").click()
    card = page.locator("#study-stage .study-card")
    expect(card.locator(".word")).to_have_text("博物館")
    page.keyboard.press("Space")
    feedback = page.locator("#study-stage .feedback")
    expect(feedback).to_be_visible()
    expect(feedback).to_contain_text("museum")
    page.screenshot(path=screenshot_dir / f"study-own-word-feedback-{screen}.png", full_page=True)

    # 4. Follow the feedback's link back to the sentence.
    feedback.locator("a.read-link").click()
    expect(page).to_have_url(re.compile(rf"#s-{own.sentence_id}$"))
    target = page.locator(f"#s-{own.sentence_id}")
    expect(target).to_be_visible()
    expect(target).to_have_css("background-color", re.compile(r"rgb"))
    page.screenshot(path=screenshot_dir / f"reader-back-to-sentence-{screen}.png")
    assert LearnerCard.objects.filter(user=learner, question=own).count() == 0  # not rated yet


INTERVIEW = (
    "# 店主に聞く\n\n## 店を始めたころ\n\n――店を始めたのはいつですか。\n\n"
    "森田：「二十年前です。父の店を継ぎました。最初の年は客が少なくて、毎日が不安でした」\n\n"
    "――今はどうですか。\n\n「朝から行列ができます。常連さんのおかげです」\n"
)


@pytest.mark.parametrize("screen", VIEWPORTS)
def test_an_interview_reads_with_its_quotation_marks(
    live_server, page, log_in, screenshot_dir, screen
):
    page.set_viewport_size(VIEWPORTS[screen])
    open_in_the_reader(live_server, page, log_in, text=INTERVIEW, username=f"kiku-{screen}")
    page.locator("input[name=furigana_mode][value=none]").check()
    sections = page.locator("#reader-sections")
    # Each sentence of the answer is a sentence of its own, and the marks around it still show.
    answer = sections.locator("p", has_text="二十年前です。")
    expect(answer).to_contain_text("森田：「二十年前です。父の店を継ぎました。")
    expect(answer).to_contain_text("毎日が不安でした」")
    expect(answer.locator(".sentence")).to_have_count(4)
    expect(sections.locator("p", has_text="朝から")).to_contain_text(
        "「朝から行列ができます。常連さんのおかげです」"
    )
    page.screenshot(path=screenshot_dir / f"reader-interview-{screen}.png", full_page=True)


# An easy-Japanese guide of our own: the author prints the readings of hard kanji, inside a
# verb as well (借（か）りる).
EASY_GUIDE = """# としょかんの つかいかた

## 本を 借りる

図書館（としょかん）の カードが あれば、本を 借（か）りることが できます。
一回（いっかい）に 五冊まで 借（か）ります。
"""


@pytest.mark.parametrize("screen", VIEWPORTS)
def test_readings_the_author_prints_are_not_doubled(
    live_server, page, log_in, screenshot_dir, screen
):
    page.set_viewport_size(VIEWPORTS[screen])
    open_in_the_reader(live_server, page, log_in, text=EASY_GUIDE, username=f"yasashii-{screen}")
    sections = page.locator("#reader-sections")
    expect(sections).to_contain_text("借（か）りる")
    # Furigana stays on the words the author left bare (本, 五冊), never over a printed reading.
    expect(sections.locator("ruby").first).to_be_visible()
    assert not [text for text in sections.locator("ruby").all_inner_texts() if "（" in text]
    page.screenshot(path=screenshot_dir / f"reader-easy-{screen}.png", full_page=True)
