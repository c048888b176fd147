"""Issue 9, blind round 141: a department's sales said as the department's, and cards.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice
from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

RESULTS = """# 山波食品の中間決算

## 部門別の状況

部門別に見ると、主力の調味料部門は売上高が前年同期比4.8%増の862億円だった。
冷凍食品部門の売上高は前年同期比2.1%増の410億円となった。
"""


def test_a_figure_after_its_owner_is_said_as_the_owners():
    # 「主力の調味料部門は、前年同期より減った。」 never says what fell (141b).
    corpus = build_corpus(make_article(text=RESULTS))
    draft = build_change_truefalse(sentence_starting(corpus, "部門別に"), corpus)
    assert draft is not None
    sides = {draft.answer: draft.prompt, draft.other_side.answer: draft.other_side.prompt}
    assert sides == {
        "true": "主力の調味料部門の売上高は、前年同期より増えた。",
        "false": "主力の調味料部門の売上高は、前年同期より減った。",
    }


INN = """# 山あいの宿の百年

## 湯を守る

宿の一番の自慢は、敷地内から湧き出る源泉である。
主人は朝晩二回、湯の色や匂いを確かめるのが日課だという。
宿では年に四回、従業員全員で大掃除をする。
"""


def test_no_choice_on_a_count_that_morning_and_evening_tell():
    # 「朝晩［二回］」: 四回 and 五回 make no sense beside 朝晩 (141b).
    corpus = build_corpus(make_article(text=INN))
    pair = sentence_starting(corpus, "主人は")
    assert build_choice(pair, span_of(pair, "二回"), corpus) is None
    yearly = sentence_starting(corpus, "宿では")
    assert build_choice(yearly, span_of(yearly, "四回"), corpus) is not None


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [
        ("架線", "かせん", "overheard wire"),
        ("補助金", "ほじょきん", "assistance payment"),
        ("追試", "ついし", "supplementary examination"),
    ],
)
def test_glosses_teachers_struck(word, reading, struck):
    assert struck not in word_senses(word, reading)


@pytest.mark.parametrize("word", ["感謝", "岩山", "踊り手", "客室", "家庭用", "正確"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)
