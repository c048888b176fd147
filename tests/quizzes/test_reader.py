"""The reader: modes remembered, look-ups, keeping and knowing words, coverage, read-then-study."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from content.models import (
    Article,
    Generation,
    GenerationStatus,
    Question,
    QuestionKind,
    QuestionStatus,
    Sentence,
)
from content.selectors import export_rows, questions_for_review
from quizzes.decks import Deck
from quizzes.models import KnownWord, LearnerCard, SectionRead
from quizzes.queue import StudyQueue
from quizzes.reader import reader_sections
from quizzes.services import learner_settings_for
from quizzes.words import known_words
from tests.factories import make_article, make_user
from tests.quizzes.study_helpers import HTMX, response_for

pytestmark = pytest.mark.django_db

FIRST = "港町の博物館は1987年に開館した。"
NAMES = "館長の田中一郎は、地元の漁師から集めた道具を展示している。"


def reader_url(article) -> str:
    return reverse("quizzes:reader", kwargs={"slug": article.slug})


def sentence(text: str) -> Sentence:
    return Sentence.objects.get(text=text)


def word_index(item: Sentence, surface: str) -> int:
    return next(i for i, token in enumerate(item.analysis) if token["surface"] == surface)


def word_url(item: Sentence, surface: str, action: str = "") -> str:
    return f"/learn/words/{item.pk}/{word_index(item, surface)}/{action}"


def rubies(html: str) -> list[str]:
    return re.findall(r"<ruby>([^<]+)<rp>", html)


def test_the_article_address_opens_the_reader(client, learner, article):
    response = client.get(f"/articles/{article.slug}/")
    assert response.status_code == 302 and response.url == reader_url(article)


def test_the_reader_renders_from_the_stored_analysis(client, learner, article, monkeypatch):
    def no_analyser(*args, **kwargs):
        raise AssertionError("the reader must not run the analyser")

    monkeypatch.setattr("content.analysis.tokens.tokenize", no_analyser)
    html = client.get(reader_url(article)).content.decode()
    assert '<ruby>博物館<rp>(</rp><rt aria-hidden="true">はくぶつかん</rt>' in html
    assert "<ruby>開館<rp>" in html
    # Every section ends with its deck, and every sentence is an anchor the feedback links to.
    for section in article.sections.all():
        assert f'href="/learn/study/section/{section.pk}/"' in html
    assert f'id="s-{sentence(FIRST).pk}"' in html


def test_the_furigana_mode_is_remembered_between_visits(client, learner, article):
    url = reader_url(article) + "settings/"
    response = client.post(url, {"furigana_mode": "none"}, headers=HTMX)
    assert response.status_code == 200
    assert "<ruby>" not in response.content.decode()
    assert learner_settings_for(user=learner).furigana_mode == "none"
    assert "<ruby>" not in client.get(reader_url(article)).content.decode()
    client.post(url, {"furigana_mode": "all"})
    assert "<ruby>博物館" in client.get(reader_url(article)).content.decode()


def test_a_mode_that_does_not_exist_is_refused(client, learner, article):
    response = client.post(reader_url(article) + "settings/", {"furigana_mode": "some"})
    assert response.status_code == 400
    assert learner_settings_for(user=learner).furigana_mode == "unknown"


def test_words_i_know_lose_their_furigana_in_that_mode(client, learner, article):
    item = sentence(FIRST)
    assert "博物館" in rubies(client.get(reader_url(article)).content.decode())
    response = client.post(word_url(item, "博物館", "known/"), {"known": "1"}, headers=HTMX)
    assert KnownWord.objects.filter(user=learner, lemma="博物館").exists()
    assert 'name="known" value="0"' in response.content.decode()  # it can be taken back
    assert "knownWordsChanged" in response.headers["HX-Trigger"]
    html = client.get(reader_url(article)).content.decode()
    assert "博物館" not in rubies(html) and "開館" in rubies(html)
    client.post(word_url(item, "博物館", "known/"), {"known": "0"}, headers=HTMX)
    assert not KnownWord.objects.filter(user=learner).exists()


def test_look_up_shows_the_dictionary_entry_and_the_sentence(client, learner, article):
    item = sentence(FIRST)
    response = client.get(word_url(item, "博物館"), headers=HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html  # the popover's partial
    assert "はくぶつかん" in html and "museum" in html
    assert "<dd>名詞</dd>" in html and "名詞-普通名詞-一般" not in html
    assert "<mark>" in html and "開館" in html
    assert "keep/" in html and "known/" in html
    # Without htmx, the same look-up is a page of its own.
    page = client.get(word_url(item, "博物館")).content.decode()
    assert "<html" in page and "museum" in page


def test_a_verb_is_looked_up_by_its_dictionary_form(client, learner, article):
    item = Sentence.objects.get(text=NAMES)
    html = client.get(word_url(item, "集め"), headers=HTMX).content.decode()
    assert "集める" in html and "あつめる" in html and "to collect" in html


def test_the_entry_is_the_words_part_of_speech_and_reading(client, learner):
    # A walker: だれ showed 垂れ's "sauce", 平日 ひらび's "kanji radical 73", and 読み聞かせ
    # nothing at all.
    article = make_article(
        text="# 図書館\n\n## 一\n\n平日の午後には読み聞かせがあり、だれでも参加できる。\n"
    )
    item = Sentence.objects.get(section__article=article)
    who = client.get(word_url(item, "だれ"), headers=HTMX).content.decode()
    assert "who" in who and "sauce" not in who
    weekday = client.get(word_url(item, "平日"), headers=HTMX).content.decode()
    assert "weekday" in weekday and "radical" not in weekday
    # The senses are English, from JMdict, and the entry says so (a walker could not tell).
    assert "英語での意味（JMdict より）" in weekday
    reading_aloud = client.get(word_url(item, "読み聞かせ"), headers=HTMX).content.decode()
    assert "読み聞かせる" in reading_aloud and "to read aloud" in reading_aloud


def test_hearsay_sou_is_glossed_as_hearsay_and_the_look_as_the_look(client, learner):
    # A walker's 「大変だったそうです」 was glossed "seeming; looking like", the sense of
    # おいしそう: the N3 grammar point learners confuse, taught the wrong way round.
    article = make_article(
        text="# 店\n\n## 一\n\n開店の日はとても大変だったそうです。パンはおいしそうです。\n"
    )
    heard, looked = Sentence.objects.filter(section__article=article).order_by("position")
    hearsay = client.get(word_url(heard, "そう"), headers=HTMX).content.decode()
    assert "I hear that" in hearsay and "seeming" not in hearsay and "助動詞" in hearsay
    look = client.get(word_url(looked, "そう"), headers=HTMX).content.decode()
    assert "seeming" in look and "I hear that" not in look


def test_names_and_missing_words_say_so(client, learner):
    article = make_article(text="# 新語\n\n## 一\n\n田中さんはドッカイレスという新語を作った。\n")
    item = Sentence.objects.get(section__article=article)
    name = client.get(word_url(item, "田中"), headers=HTMX).content.decode()
    assert "JMdict には名前の項目がありません" in name
    missing = client.get(word_url(item, "ドッカイレス"), headers=HTMX).content.decode()
    assert "この単語は JMdict にありません" in missing


@pytest.mark.parametrize(
    "url",
    [
        "/learn/read/no-such-article/",
        "/learn/words/999999/0/",
        "/learn/words/{sentence}/999/",
        "/learn/words/{sentence}/1/",  # の, a particle: not a word to look up
    ],
)
def test_what_does_not_exist_is_404(client, learner, article, url):
    assert client.get(url.format(sentence=sentence(FIRST).pk)).status_code == 404


def test_what_the_learner_may_not_see_is_404(client, learner, article, monkeypatch):
    hidden = Article.objects.none
    for module in ("quizzes.reader", "quizzes.views.reader", "quizzes.decks"):
        monkeypatch.setattr(f"{module}.articles_visible_to", lambda *, user: hidden())
    item = sentence(FIRST)
    section = item.section
    assert client.get(reader_url(article)).status_code == 404
    assert client.get(word_url(item, "博物館")).status_code == 404
    assert client.post(word_url(item, "博物館", "keep/")).status_code == 404
    assert client.post(f"/learn/read/sections/{section.pk}/opened/").status_code == 404
    assert client.get(f"/learn/study/section/{section.pk}/").status_code == 404
    assert not Question.objects.filter(owner=learner).exists()


def test_adding_a_word_twice_makes_one_card_in_my_words(client, learner, article):
    item = sentence(FIRST)
    first = client.post(word_url(item, "博物館", "keep/"), headers=HTMX)
    again = client.post(word_url(item, "博物館", "keep/"), headers=HTMX)
    assert first.status_code == again.status_code == 200
    own = Question.objects.get(owner=learner)
    assert (own.kind, own.answer, own.status) == (QuestionKind.VOCAB, "博物館", "published")
    assert own.extra["reading"] == "はくぶつかん" and "museum" in own.extra["gloss"]
    assert own.sentence == item

    # The word is a new card of the learner's own deck, studied through the usual loop.
    deck = client.get("/learn/study/words/mine/", headers=HTMX)
    assert deck.context["question"] == own
    assert "読み方と意味を思い出して" in deck.content.decode()
    feedback = client.post(
        "/learn/study/words/mine/answer/", {"token": deck.context["token"]}, headers=HTMX
    )
    html = feedback.content.decode()
    assert f'href="{reader_url(article)}#s-{item.pk}"' in html
    client.post(
        "/learn/study/words/mine/rate/",
        {"graded": feedback.context["graded_token"], "rating": 3},
        headers=HTMX,
    )
    assert LearnerCard.objects.get(user=learner).question == own
    # The summary's accuracy of self-rated cards is a dash, and says why (a walker).
    summary = client.get("/learn/study/words/mine/", headers=HTMX).content.decode()
    assert "summary-title" in summary and "正誤がありません" in summary
    assert "博物館" in client.get("/learn/").content.decode()


def test_a_kept_words_card_gives_the_senses_its_sentence_uses(client, learner):
    # A walker's 材料 card read every sense JMdict lists, "material" twice: the card gives the
    # senses as a generated vocabulary card does, the one beside パン first.
    article = make_article(text="# パン\n\n## 一\n\nパンの材料にとても気を使っています。\n")
    item = Sentence.objects.get(section__article=article)
    client.post(word_url(item, "材料", "keep/"), headers=HTMX)
    gloss = Question.objects.get(owner=learner).extra["gloss"]
    assert gloss.startswith("ingredients") and "subject matter" not in gloss


def test_own_words_are_nobody_elses(client, learner, article):
    item = sentence(FIRST)
    client.post(word_url(item, "博物館", "keep/"), headers=HTMX)
    own = Question.objects.get(owner=learner)
    shared = Deck(article=article).questions()
    assert own not in shared
    assert own not in questions_for_review(article=article)
    assert own.pk not in {row["id"] for row in export_rows(article=article)}
    other = make_user()
    client.force_login(other)
    assert client.get("/learn/study/words/mine/", headers=HTMX).context.get("question") is None
    teacher = make_user(instructor=True)
    client.force_login(teacher)
    assert client.get(f"/articles/questions/{own.pk}/edit/").status_code == 404


def test_known_words_are_marked_or_mature(learner, article, django_assert_num_queries):
    vocab = Question.objects.filter(
        article=article, kind=QuestionKind.VOCAB, status=QuestionStatus.PUBLISHED
    ).first()
    now = timezone.now()
    LearnerCard.objects.create(
        user=learner, question=vocab, state=2, stability=21.0, due=now + timedelta(days=21)
    )
    young = (
        Question.objects.filter(article=article, kind=QuestionKind.VOCAB)
        .exclude(pk=vocab.pk)
        .first()
    )
    LearnerCard.objects.create(
        user=learner, question=young, state=2, stability=20.9, due=now + timedelta(days=20)
    )
    KnownWord.objects.create(user=learner, lemma="港町")
    with django_assert_num_queries(1):
        assert known_words(user=learner) == {vocab.answer, "港町"}


def test_known_words_among_a_sentences_words_are_the_full_sets_part(learner, article):
    """A feedback screen asks only about its sentence's words: for each of them, known or
    not as in the full set, from mature vocabulary (by answer or lemma), mature readings
    (by word) and marked words; young cards and other learners' cards never count."""
    now = timezone.now()
    cards = Question.objects.filter(
        article=article, kind__in=[QuestionKind.VOCAB, QuestionKind.READING]
    )
    assert (
        cards.filter(kind=QuestionKind.VOCAB).exists()
        and cards.filter(kind=QuestionKind.READING).exists()
    )
    other = make_user()
    for n, question in enumerate(cards):
        LearnerCard.objects.create(
            user=learner if n % 3 else other,
            question=question,
            state=2,
            stability=30.0 if n % 2 else 5.0,
            due=now + timedelta(days=5),
        )
    KnownWord.objects.create(user=learner, lemma="港町")
    KnownWord.objects.create(user=other, lemma="博物館")
    full = known_words(user=learner)
    candidates = {"港町", "博物館", "開館", ""}
    for question in cards:
        candidates |= {question.answer, question.extra.get("lemma"), question.extra.get("word")}
    candidates.discard(None)
    assert len(full) >= 2 and full != set(candidates)
    for word in candidates:
        assert (word in known_words(user=learner, among=[word, "無関係"])) == (word in full), word
    among = known_words(user=learner, among=candidates)
    assert {word for word in candidates if word in among} == full & candidates
    assert known_words(user=learner, among=["無関係"]) == frozenset()
    assert known_words(user=learner, among=[""]) == frozenset()


def test_coverage_on_a_constructed_history(client, learner):
    article = make_article(
        text="# 本\n\n## 一\n\n本を読む。本を買う。\n\n## 二\n\n新しい本を読む。\n"
    )
    KnownWord.objects.create(user=learner, lemma="本")
    KnownWord.objects.create(user=learner, lemma="読む")
    sections = client.get(reader_url(article)).context["sections"]
    # Section one: 本 読む 本 買う → 3 of 4 known, one new word (買う).
    first, second = (item.coverage for item in sections)
    assert (first.counted, first.known, first.new_words) == (4, 3, 1)
    # Section two: 新しい 本 読む → 2 of 3 known, one new word (新しい).
    assert (second.counted, second.known, second.new_words) == (3, 2, 1)
    html = client.get(reader_url(article)).content.decode()
    assert "75%" in html and "67%" in html
    # The article list gets the whole article's figure: 5 of 7.
    badges = client.get("/learn/read/coverage/", headers=HTMX).content.decode()
    assert f'id="coverage-{article.pk}"' in badges and "71%" in badges


def test_new_cards_wait_until_their_section_is_opened(client, learner, article):
    settings = learner_settings_for(user=learner)
    section = article.sections.get(position=1)
    deck = Deck(article=article, section=section)
    now = timezone.now()
    assert (
        StudyQueue(user=learner, deck=deck, learner=settings, now=now, since=now)
        .new_questions()
        .exists()
    )
    client.post(
        reader_url(article) + "settings/", {"furigana_mode": "all", "hold_until_read": "on"}
    )
    settings.refresh_from_db()
    assert settings.hold_until_read
    assert (
        not StudyQueue(user=learner, deck=deck, learner=settings, now=now, since=now)
        .new_questions()
        .exists()
    )
    assert (
        client.post(f"/learn/read/sections/{section.pk}/opened/", headers=HTMX).status_code == 204
    )
    assert SectionRead.objects.filter(user=learner, section=section).count() == 1
    assert (
        StudyQueue(user=learner, deck=deck, learner=settings, now=now, since=now)
        .new_questions()
        .exists()
    )
    other = article.sections.get(position=2)
    held = Deck(article=article, section=other)
    assert (
        not StudyQueue(user=learner, deck=held, learner=settings, now=now, since=now)
        .new_questions()
        .exists()
    )


@pytest.mark.parametrize("kind", [QuestionKind.CLOZE, QuestionKind.READING, QuestionKind.CHOICE])
def test_feedback_teaches_with_furigana_a_gloss_and_a_link_back(client, learner, article, kind):
    question = Question.objects.filter(
        article=article, kind=kind, status=QuestionStatus.PUBLISHED, owner__isnull=True
    ).first()
    if question is None:
        pytest.skip(f"the sample article has no published {kind} question")
    learner_settings_for(user=learner).__class__.objects.filter(user=learner).update(
        study_kinds=[kind], furigana_mode="all"
    )
    deck = client.get(f"/learn/study/article/{article.slug}/", headers=HTMX)
    shown = deck.context["question"]
    feedback = client.post(
        f"/learn/study/article/{article.slug}/answer/",
        {"token": deck.context["token"], "response": response_for(shown, right=False)},
        headers=HTMX,
    )
    html = feedback.content.decode()
    assert f'href="{reader_url(article)}#s-{shown.sentence_id}"' in html
    assert '<blockquote class="source" lang="ja">' in html and "<ruby>" in html
    if kind == QuestionKind.READING:
        assert 'class="gloss"' in html  # a reading card's back gives the meaning


def test_the_reader_sections_build_without_the_request(learner, article):
    sections = reader_sections(
        article=Article.objects.get(pk=article.pk), mode="all", known=frozenset()
    )
    assert [item.section.position for item in sections] == [0, 1, 2]
    assert all(item.paragraphs for item in sections)


def test_a_compound_missing_from_jmdict_is_glossed_by_its_parts(client, learner, article):
    item = Sentence.objects.get(text__startswith="来館者数は")
    html = client.get(word_url(item, "来館者"), headers=HTMX).content.decode()
    assert "この単語は JMdict にありません" in html
    assert "person" in html  # 者, one of its parts


def test_without_javascript_keeping_and_knowing_redirect_to_the_look_up(client, learner, article):
    item = sentence(FIRST)
    page = word_url(item, "博物館")
    kept = client.post(page + "keep/")
    assert kept.status_code == 302 and kept.url == page
    known = client.post(page + "known/", {"known": "1"}, follow=True)
    html = known.content.decode()
    assert "知っている単語にしました" in html and "自分の単語に入っています" in html
    assert Question.objects.filter(owner=learner).count() == 1


def test_the_marks_around_speech_are_shown_though_no_sentence_holds_them(learner):
    interview = make_article(
        text="# 店主に聞く\n\n――始めたのはいつですか。\n\n「二十年前です。父の店を継ぎました」\n"
    )
    sections = reader_sections(article=interview, mode="none", known=frozenset())
    html = "".join(str(paragraph) for item in sections for paragraph in item.paragraphs)
    texts = [sentence.text for sentence in Sentence.objects.filter(section__article=interview)]
    assert texts == ["――始めたのはいつですか。", "二十年前です。", "父の店を継ぎました"]
    text_only = re.sub(r"<[^>]+>", "", html)
    assert "「二十年前です。父の店を継ぎました」" in text_only


def test_a_transcripts_speaker_is_shown_with_the_space_after_the_name(learner):
    interview = make_article(
        text="# 山の案内人に聞く\n\n――大切なことは？\n\n佐久間　引き返す判断です。時刻を決めます。\n"
    )
    texts = [sentence.text for sentence in Sentence.objects.filter(section__article=interview)]
    assert texts == ["――大切なことは？", "引き返す判断です。", "時刻を決めます。"]
    sections = reader_sections(article=interview, mode="none", known=frozenset())
    html = "".join(str(paragraph) for item in sections for paragraph in item.paragraphs)
    assert "佐久間\u3000引き返す判断です。" in re.sub(r"<[^>]+>", "", html)


def _feedback_on_first_sentence(client, learner, article):
    """The feedback of a card on FIRST, answered in the "words I don't know" mode."""
    learner_settings_for(user=learner).__class__.objects.filter(user=learner).update(
        study_kinds=[QuestionKind.CLOZE, QuestionKind.CHOICE], furigana_mode="unknown"
    )
    Question.objects.filter(article=article).exclude(sentence__text=FIRST).update(
        status=QuestionStatus.DRAFT
    )
    deck = client.get(f"/learn/study/article/{article.slug}/", headers=HTMX)
    shown = deck.context["question"]
    assert shown.sentence_id == sentence(FIRST).pk
    return client.post(
        f"/learn/study/article/{article.slug}/answer/",
        {"token": deck.context["token"], "response": response_for(shown, right=False)},
        headers=HTMX,
    )


def test_the_feedbacks_furigana_follows_the_words_the_learner_knows(client, learner, article):
    """The answer reads whether the learner knows any word with their settings, and asks
    which only then: each feedback shows what the learner knows at that moment."""
    client.get(f"/learn/study/article/{article.slug}/", headers=HTMX)  # the settings row
    feedback = _feedback_on_first_sentence(client, learner, article)
    assert feedback.context["learner"].knows_words is False
    assert {"博物館", "開館"} <= set(rubies(feedback.content.decode()))
    client.post(word_url(sentence(FIRST), "博物館", "known/"), {"known": "1"}, headers=HTMX)
    feedback = _feedback_on_first_sentence(client, learner, article)
    assert feedback.context["learner"].knows_words is True
    html = feedback.content.decode()
    assert "博物館" not in rubies(html) and "開館" in rubies(html)
    client.post(word_url(sentence(FIRST), "博物館", "known/"), {"known": "0"}, headers=HTMX)
    assert "博物館" in rubies(
        _feedback_on_first_sentence(client, learner, article).content.decode()
    )


def test_a_mature_card_makes_its_word_known_to_the_feedback(client, learner, article):
    client.get(f"/learn/study/article/{article.slug}/", headers=HTMX)
    vocab = Question.objects.create(
        article=article,
        kind=QuestionKind.VOCAB,
        prompt="開館",
        answer="開館",
        generator="test",
        fingerprint="test-kaikan",
        status=QuestionStatus.DRAFT,
    )
    card = LearnerCard.objects.create(
        user=learner, question=vocab, state=2, stability=20.9, due=timezone.now()
    )
    other = make_user()
    LearnerCard.objects.create(
        user=other, question=vocab, state=2, stability=30.0, due=timezone.now()
    )
    KnownWord.objects.create(user=other, lemma="博物館")
    feedback = _feedback_on_first_sentence(client, learner, article)
    assert feedback.context["learner"].knows_words is False, "young, or another learner's"
    assert {"博物館", "開館"} <= set(rubies(feedback.content.decode()))
    card.stability = 21.0
    card.save()
    feedback = _feedback_on_first_sentence(client, learner, article)
    assert feedback.context["learner"].knows_words is True
    html = feedback.content.decode()
    assert "開館" not in rubies(html) and "博物館" in rubies(html)


def test_a_learner_sees_no_finished_runs_counts(client, django_capture_on_commit_callbacks):
    owner = make_user(username="sensei", instructor=True)
    article = make_article(user=owner)
    assert Generation.objects.filter(article=article, status=GenerationStatus.DONE).exists()
    client.force_login(make_user())
    # 「問題を生成しました。新規 0 件、継続 173 件…」 meant nothing to a learner (a walker, session 11).
    assert "問題を生成しました" not in client.get(reader_url(article)).content.decode()
    client.force_login(owner)
    page = client.get(reader_url(article)).content.decode()
    # A first run's report is its count; 継続, 復活 and 取り下げ read as jargon to a solo
    # learner importing their first article (a walker).
    created = Generation.objects.get(article=article).counts["created"]
    assert f"問題を生成しました（{created} 問）" in page and "継続" not in page
    # A later run says what became of the questions in plain words, with 廃止 as the
    # question review says it (a walker's teacher read 継続, 復活 and 取り下げ as jargon).
    from content.services import request_generation

    with django_capture_on_commit_callbacks(execute=True):
        request_generation(article=article, user=owner)
    page = client.get(reader_url(article)).content.decode()
    assert "問題を生成し直しました。新しい問題 0 問、そのまま" in page
    assert "継続" not in page and "取り下げ" not in page


def test_the_owner_is_told_how_many_questions_are_studied_and_where_the_drafts_wait(client):
    # A walker's import said 「新規 15 件」 and the deck held 5: nothing said the rest were drafts.
    owner = make_user(username="sensei", instructor=True)
    article = make_article(user=owner)
    published = article.questions.filter(status=QuestionStatus.PUBLISHED).count()
    drafts = article.questions.filter(status=QuestionStatus.DRAFT).count()
    assert published and drafts
    client.force_login(owner)
    html = client.get(reader_url(article)).content.decode()
    assert f"学習に出るのは公開中の {published} 問です" in html
    assert f"{drafts} 問は下書きのままです" in html
    assert f'href="{reverse("content:question_review", args=[article.slug])}"' in html


@pytest.mark.parametrize(
    ("pos", "label"),
    [
        ("名詞-普通名詞-一般", "名詞"),
        ("名詞-普通名詞-サ変可能", "名詞（「する」で動詞にも）"),
        ("名詞-固有名詞-地名-一般", "固有名詞"),
        ("形状詞-一般", "な形容詞"),
        ("動詞-一般", "動詞"),
        # The stem of the auxiliary そうだ, hearsay or look (a walker read 名詞 on it).
        ("名詞-助動詞語幹", "助動詞"),
        ("形状詞-助動詞語幹", "助動詞"),
    ],
)
def test_a_words_part_of_speech_is_named_as_a_learner_names_it(pos, label):
    # Sudachi's 名詞-普通名詞-一般 beside JMdict's English "noun (common)" read as a tagger's
    # code in the Japanese interface (walkers, sessions 11 and 38).
    from content.analysis.parts_of_speech import part_of_speech

    assert part_of_speech(pos) == label
    with translation.override("en"):
        assert part_of_speech("形状詞-一般") == "na-adjective"


def test_a_word_of_a_set_phrase_gives_the_phrase_too(client, learner):
    # A walker's 「材料にとても気を使っています」: 気 was "spirit; mind" and 使う "to use".
    article = make_article(text="# パン\n\n## 一\n\n店主は材料に気を使っている。パンを焼く。\n")
    phrase_item, plain_item = Sentence.objects.filter(section__article=article).order_by("position")
    for surface in ("気", "使っ"):
        html = client.get(word_url(phrase_item, surface), headers=HTMX).content.decode()
        assert "気を使う" in html and "to pay attention" in html
    # A noun, a particle and a verb that make no phrase of JMdict's: nothing more.
    html = client.get(word_url(plain_item, "焼く"), headers=HTMX).content.decode()
    assert 'class="phrase"' not in html
