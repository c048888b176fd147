"""An article's true/false questions are about half true (issue 9: in rounds 15–17, 39 of
50 published statements were true, so that answering 'true' every time scored well)."""

import pytest

from content.generation.builders import statement_draft
from content.generation.corpus import build_corpus
from content.generation.drafts import COPIED
from content.generation.selection import rank_article
from content.generation.service import regenerate_questions
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article

pytestmark = pytest.mark.django_db

# Written for this test: a town history with years, places and people to swap, and prose
# sections whose only statement is a true one as it stands. (The factory's 800人 is not
# 「最も多い時期に」: since round 162 a key the sentence calls the most meets no options all below
# it, and the choice that took its place left the article one statement.)
TOWN = """# 川沿いの町の百年

## 鉄道が来た年

町に初めて鉄道が通ったのは1912年である。
駅舎は地元の大工の中田源蔵が建てた。
開業の日には、となりの山口村からも人が集まった。
最初の年の乗客は、およそ3万人だった。

## 工場の時代

1935年には、駅の北に製糸工場が建てられた。
工場を開いたのは、横浜の商人の大川清である。
工場では、多い時には800人が働いていた。
製品の多くは、神戸の港から海外へ送られた。

## 川とくらし

川の水は、昔から畑を潤してきた。
夏の夕方には、子どもたちが岸で魚を捕まえて遊んだ。
大雨の季節には、川の水が急に増えることもある。
町の人々は、堤防の草刈りを交代で続けている。
川に沿った堤防は、1958年の大水の後に築かれた。

## 祭りの夜

町の祭りは、毎年八月の最初の土曜日に開かれる。
川に浮かべた灯籠は、夜遅くまで水面を照らす。
祭りの準備は、春から町内会が進めている。
灯籠の数は、年ごとに少しずつ増えてきた。
昨年の祭りには、およそ5千人が訪れた。

## 学校の歩み

町の小学校が開校したのは1920年である。
初代の校長は、山口村出身の森下正雄が務めた。
木造の校舎は、1960年に鉄筋の校舎に建て替えられた。
現在の児童数は約120人で、一学年一学級だ。
"""


def test_about_half_of_an_articles_statements_are_true():
    article = make_article(text=TOWN)
    statements = list(
        article.questions.filter(kind=QuestionKind.TRUEFALSE, status=QuestionStatus.PUBLISHED)
    )
    assert len(statements) >= 3
    true = [q for q in statements if q.answer == "true"]
    fillers = [q for q in true if q.extra.get("as_it_stands") or q.extra.get("attributed")]
    # Half rounded down, unless the fillers (always true) are more than that.
    assert len(true) == max(len(statements) // 2, len(fillers))
    for question in statements:
        if question.answer == "true":
            assert question.prompt == question.source_text or question.extra.get("original")
        else:
            assert question.extra["swapped"] and question.prompt != question.source_text


def test_the_balance_is_the_same_on_every_regeneration():
    article = make_article(text=TOWN)
    published = set(
        article.questions.filter(status=QuestionStatus.PUBLISHED).values_list(
            "fingerprint", flat=True
        )
    )
    result = regenerate_questions(article=article)
    assert result.created == 0 and result.retired == 0
    again = set(
        article.questions.filter(status=QuestionStatus.PUBLISHED).values_list(
            "fingerprint", flat=True
        )
    )
    assert again == published


def test_statements_drawn_true_are_turned_until_half_are_false():
    corpus = build_corpus(make_article(text=TOWN))
    drafts: dict[int, list] = {section.pk: [] for section in corpus.sections}
    for item in corpus.sentences:
        if len(drafts[item.section.pk]) == 2:
            continue
        text = item.sentence.text
        # Every statement drawn true, in other words than its sentence's (a copy is never a
        # true statement: test_a_copied_sentence_is_only_ever_a_false_statement), each with a
        # false side (its first word turned).
        drafts[item.section.pk].append(
            statement_draft(
                item,
                statement="記事によると、" + text,
                turned="記事によると、ー" + text[1:],
                keep_true=True,
                start=0,
                end=1,
                original=text[0],
                replacement="ー",
                how="negation",
                variant="turned",
                difficulty=0.3,
                quality=0.8,
            )
        )
    published = _published_statements(drafts)
    true = [draft for draft in published if draft.answer == "true"]
    assert len(published) >= 4
    assert len(true) == len(published) // 2
    for draft in published:
        assert ("、ー" in draft.prompt) == (draft.answer == "false")


def _published_statements(drafts: dict[int, list]) -> list:
    """The true/false questions the article's ranking publishes from these drafts."""
    return [
        draft
        for chosen, _rest in rank_article(drafts).values()
        for draft in chosen
        if draft.kind == QuestionKind.TRUEFALSE
    ]


def _turned_first_word(item, statement: str) -> object:
    return statement_draft(
        item,
        statement=statement,
        turned=statement.replace(item.sentence.text[0], "ー", 1),
        keep_true=True,
        start=0,
        end=1,
        original=item.sentence.text[0],
        replacement="ー",
        how="negation",
        variant="turned",
        difficulty=0.3,
        quality=0.8,
    )


def test_a_copied_sentence_is_drawn_false_first():
    # Teachers fail a true statement copied from its sentence: it tests recognition (55b).
    corpus = build_corpus(make_article(text=TOWN))
    item = corpus.sentences[0]
    draft = _turned_first_word(item, item.sentence.text)
    assert draft.answer == "false"
    assert draft.other_side.answer == "true" and draft.other_side.extra[COPIED]


def test_copies_are_never_made_true_and_false_ones_past_one_more_stay_drafts():
    # Teachers failed every copy made true in rounds 58 and 59; and with none true, round 56's
    # eleven statements were all false, so that answering 'false' scored full marks.
    corpus = build_corpus(make_article(text=TOWN))
    drafts: dict[int, list] = {section.pk: [] for section in corpus.sections}
    for item in corpus.sentences:
        if len(drafts[item.section.pk]) < 2:
            drafts[item.section.pk].append(_turned_first_word(item, item.sentence.text))
    kept = [
        draft
        for _chosen, rest in rank_article(drafts).values()
        for draft in rest
        if draft.kind == QuestionKind.TRUEFALSE
    ]
    published = _published_statements(drafts)
    assert [draft.answer for draft in published] == ["false"]
    assert len(kept) >= 3  # the other statements wait for an instructor


def test_false_statements_stay_one_more_than_the_true_ones():
    corpus = build_corpus(make_article(text=TOWN))
    drafts: dict[int, list] = {section.pk: [] for section in corpus.sections}
    for n, item in enumerate(corpus.sentences):
        if len(drafts[item.section.pk]) < 2:
            # Every third statement has a true side in other words; the rest are copies.
            statement = ("記事によると、" if n % 3 == 0 else "") + item.sentence.text
            drafts[item.section.pk].append(_turned_first_word(item, statement))
    answers = [draft.answer for draft in _published_statements(drafts)]
    assert answers.count("true") >= 1
    assert answers.count("false") == answers.count("true") + 1


def test_a_section_asks_the_statement_that_can_also_be_true():
    # Of a section's statements, the better one whose true side is only a copy would stay a
    # draft past one false more than the true ones; one that is true in other words (below
    # the floor that a section's second statement must clear) is the one asked.
    corpus = build_corpus(make_article(text=TOWN))
    drafts: dict[int, list] = {section.pk: [] for section in corpus.sections}
    for item in corpus.sentences:
        section = drafts[item.section.pk]
        if not section:
            section.append(_turned_first_word(item, item.sentence.text))
        elif len(section) == 1:
            other_words = _turned_first_word(item, "記事によると、" + item.sentence.text)
            other_words.quality = other_words.other_side.quality = 0.5
            section.append(other_words)
    asked = {
        draft.section.pk
        for draft in _published_statements(drafts)
        if draft.prompt.startswith("記事によると、")
    }
    assert asked == set(drafts)
