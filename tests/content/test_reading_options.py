"""Issue 9, round 152's left failure: reading options whose key the others agree on at every
place. Each text is our own."""

import pytest

from content.generation.builders import build_reading
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings, reading_distractors
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _edits(one: str, other: str) -> int:
    """Levenshtein distance, kana by kana."""
    previous = list(range(len(other) + 1))
    for row, kana in enumerate(one, 1):
        current = [row]
        for column, other_kana in enumerate(other, 1):
            current.append(
                min(
                    previous[column] + 1,
                    current[column - 1] + 1,
                    previous[column - 1] + (kana != other_kana),
                )
            )
        previous = current
    return previous[-1]


def _centre(options: list[str]) -> str | None:
    """The option nearest all the others, if one is: the one a test-wise learner picks."""
    totals = {option: sum(_edits(option, other) for other in options) for option in options}
    nearest = min(totals.values())
    centres = [option for option, total in totals.items() if total == nearest]
    return centres[0] if len(centres) == 1 else None


@pytest.mark.parametrize(
    ("word", "reading"),
    # Round 152's 准教授 and 最終的 now get no options at all: each misreading changes a word
    # every learner reads (教授, 最終; round 156), or voices an on reading (round 158).
    [("床下", "ゆかした"), ("両側", "りょうがわ")],
)
def test_the_key_is_no_centre_of_its_reading_options(word, reading):
    # Three misreadings of one change each leave the key the option the others agree on:
    # じゅんきょうじゅ among じゅんきょじゅ, じゅんきょうしゅ and じゅんぎょうじゅ (152).
    singles = misreadings(word, reading)
    assert _centre([reading, *singles[:3]]) == reading, "the old way gave the key away"
    wrong = reading_distractors(word, reading)
    assert len(wrong) == 3 and reading not in wrong
    assert _centre([reading, *wrong]) is None, wrong
    # Two misreadings a learner makes, and the reading with both of their changes.
    first, second, both = wrong
    assert first in singles and second in singles
    assert _edits(both, first) == _edits(second, reading)
    assert _edits(both, second) == _edits(first, reading)


@pytest.mark.parametrize(
    ("word", "reading"),
    [("城下", "じょうか"), ("重臣", "じゅうしん"), ("収益", "しゅうえき"), ("石高", "こくだか")],
)
def test_every_square_leaves_no_centre(word, reading):
    wrong = reading_distractors(word, reading)
    assert len(wrong) == 3 and _centre([reading, *wrong]) is None, wrong


def test_no_option_is_one_the_caller_rules_out():
    wrong = reading_distractors("床下", "ゆかした")
    ruled_out = {wrong[0]}
    again = reading_distractors("床下", "ゆかした", never=ruled_out)
    assert len(again) == 3 and not ruled_out & set(again)
    assert _centre(["ゆかした", *again]) is None


def test_a_word_whose_misreadings_fall_in_one_place_gets_no_options():
    # 学校's one misreading (がくこう) makes no square: its reading is asked typed.
    assert misreadings("学校", "がっこう") == ["がくこう"]
    assert reading_distractors("学校", "がっこう") == []


UNIVERSITY = """# 大学の研究室

## 新しい研究室

この研究室では、学生たちが古い城下の町並みを毎月調べている。
調査の結果は、観光の収益を増やす計画に生かされる。
"""


@pytest.mark.parametrize(("opening", "word"), [("この", "城下"), ("調査", "収益")])
def test_a_published_reading_question_leaves_the_key_no_place_of_its_own(opening, word):
    corpus = build_corpus(make_article(text=UNIVERSITY))
    item = sentence_starting(corpus, opening)
    question = build_reading(item, token_of(item, word), corpus)
    assert question is not None and len(question.choices) == 4
    assert question.answer in question.choices
    assert _centre(question.choices) is None, question.choices
