"""Issue 9: a choice of kanji for a word given its reading (content/generation/spellings.py)."""

import pytest
from django.utils import translation

from content.analysis.glossary import has_entry, kanji_parts
from content.generation.corpus import build_corpus
from content.generation.readings import _segment
from content.generation.spellings import build_spelling, misspellings
from content.models import QuestionKind, QuestionStatus
from tests.content.sentences import sentence_with, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ARTICLE = """# 山あいの町に新しい路線バス

## 運行の費用

町は来年度から、駅と診療所を結ぶ路線バスを走らせる。
運行にかかる費用の半分を、県が補助する仕組みだ。
住民の要望を受けて、停留所は十か所に増やした。
町の担当者は、利用者の声を聞いて時刻表を見直すと話している。

## 車両と運転手

車両は、座席の低い小型のバスを二台そろえた。
運転手は地元の交通会社から派遣される。
冬の路面の凍結に備えて、全ての車両に専用のタイヤを付ける。
"""


@pytest.mark.parametrize(("word", "reading"), [("補助", "ほじょ"), ("原因", "げんいん")])
def test_three_wrong_spellings_that_read_alike_and_are_no_words(word, reading):
    wrong = misspellings(word, reading)
    assert len(wrong) == 3 and word not in wrong
    for option in wrong:
        assert len(option) == len(word)
        assert not has_entry(option)
        # Kanji for kanji, each option is read as the word is.
        assert [part for _index, part in _segment(option, reading)] == [
            part for _index, part in _segment(word, reading)
        ]
    # One kanji changed, the other, and both: no option is the one the others agree on.
    changed = [{n for n, char in enumerate(option) if char != word[n]} for option in wrong]
    assert sorted(map(sorted, changed)) == [[0], [0, 1], [1]]


def test_a_wrong_kanji_looks_like_the_right_one_where_one_reads_alike():
    # 源 for 原 (both げん, both drawn with 厂, 白 and 小), rather than the more frequent 言.
    wrong = misspellings("原因", "げんいん")
    assert "源因" in wrong
    assert kanji_parts("原") & kanji_parts("源") >= {"厂", "白", "小"}


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("手紙", "てがみ"),  # kun readings: another kanji read て is no misspelling a learner makes
        ("学校", "がっこう"),  # 学 read がっ: another がく kanji would not be read so
        ("椅子", "いす"),  # 子 read す in this word alone: 椅守 is read no way a learner knows
    ],
)
def test_no_spelling_question_where_another_kanji_would_not_read_the_same(word, reading):
    assert misspellings(word, reading) == []


def test_the_sentence_asks_the_word_by_its_reading():
    corpus = build_corpus(make_article(text=ARTICLE))
    item = sentence_with(corpus, "県が補助する")
    draft = build_spelling(item, token_of(item, "補助"), corpus)
    assert draft.kind == QuestionKind.CHOICE
    assert draft.prompt == "運行にかかる費用の半分を、県が［ほじょ］する仕組みだ。"
    assert draft.answer == "補助" and sorted(draft.choices) == sorted(
        ["補助", *misspellings("補助", "ほじょ")]
    )


def test_the_key_takes_any_place_among_the_stored_options():
    # Exports and quizzes list the options as stored: the key is not always first.
    corpus = build_corpus(make_article(text=ARTICLE))
    drafts = [
        draft
        for item in corpus.sentences
        for token in item.tokens
        if (draft := build_spelling(item, token, corpus)) is not None
    ]
    assert len(drafts) >= 3
    assert len({draft.choices.index(draft.answer) for draft in drafts}) > 1


def test_no_spelling_question_of_a_word_the_title_or_its_own_sentence_shows():
    corpus = build_corpus(make_article(text=ARTICLE))
    item = sentence_with(corpus, "路線バスを走らせる")
    # 路線 is in the title.
    assert build_spelling(item, token_of(item, "路線"), corpus) is None


def test_a_section_without_a_choice_question_publishes_one_spelling_question():
    article = make_article(text=ARTICLE)
    spellings = article.questions.filter(kind=QuestionKind.CHOICE, extra__spelling=True)
    published = spellings.filter(status=QuestionStatus.PUBLISHED)
    assert published.exists()
    for question in published:
        with translation.override("en"):
            assert question.instruction == "Which kanji write the word in brackets?"
            assert question.kind_label == "Kanji spelling"
        assert f"［{question.extra['reading']}］" in question.prompt
        assert question.answer not in question.prompt
    # At most one a section: it stands for a kind the section has no other question of.
    sections = list(published.values_list("section", flat=True))
    assert len(sections) == len(set(sections))


def test_the_feedback_gives_a_meaning_only_where_jmdict_gives_the_word_one():
    # 組織's back said "organization; formation" where the text's was a leaf's tissue (184a):
    # a word of several senses shows none, and the feedback looks up no other.
    from quizzes.teaching import answer_gloss

    corpus = build_corpus(make_article(text=ARTICLE))
    item = sentence_with(corpus, "県が補助する")
    several = build_spelling(item, token_of(item, "補助"), corpus)
    assert several.extra["gloss"] == ""
    question = make_article(text=ARTICLE).questions.filter(extra__spelling=True).first()
    question.extra["gloss"] = ""
    assert answer_gloss(question, []) == ""
    item = sentence_with(corpus, "凍結に備えて")
    one = build_spelling(item, token_of(item, "凍結"), corpus)
    assert one is not None and one.extra["gloss"] and ";" not in one.extra["gloss"]


def test_a_wrong_spelling_is_told_kanji_by_kanji():
    # 目造 for 木造: the feedback said only 木造 (a walker); now 木 "tree", not 目 "eye".
    from quizzes.teaching import kanji_contrast

    question = make_article(text=ARTICLE).questions.filter(extra__spelling=True).first()
    question.answer, question.extra = "木造", {"spelling": True}
    assert kanji_contrast(question, "目造") == [("木", "tree, wood", "目", "eye, class")]
    assert kanji_contrast(question, "木造") == []
    question.extra = {}
    assert kanji_contrast(question, "目造") == []  # a choice of words: no kanji to contrast


def test_a_wrong_kanji_is_one_known_for_that_sound_in_common_words():
    # 埼模 for 規模: 埼's first on reading in KANJIDIC is き, but learners know it as the さい
    # of 埼玉, and ruled the option out at a glance (185a).
    wrong = misspellings("規模", "きぼ")
    assert len(wrong) == 3 and not any("埼" in option for option in wrong)


def test_a_kanji_the_prompt_shows_elsewhere_is_never_the_one_changed():
    # 地層 among 曽 options beside 層 three times in its sentence (185a): 層 stays, and a word
    # of two kanji then has no pair of kanji to change.
    assert misspellings("地層", "ちそう", keep=set("地下の層は、砂の層と粘土の層")) == []
    three = misspellings("危険性", "きけんせい", keep={"性"})
    assert three and all(option.endswith("性") for option in three)
