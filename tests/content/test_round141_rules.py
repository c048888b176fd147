"""Issue 9, blind rounds 141 and 142: a department's sales said as the department's, a
match's minutes, a person's past age, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_truefalse
from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
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
        ("交通課", "こうつうか", "police"),
        ("先制", "せんせい", "head start"),
        ("継ぎ手", "つぎて", "heir"),
        ("継ぎ手", "つぎて", "coupler"),
        ("変形", "へんけい", "transformation"),
        ("変形", "へんけい", "monster"),
    ],
)
def test_glosses_teachers_struck(word, reading, struck):
    assert struck not in word_senses(word, reading)


@pytest.mark.parametrize(
    "word", ["感謝", "岩山", "踊り手", "客室", "家庭用", "正確", "最小", "後輩", "企業"]
)
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)


MATCH = """# 北稜工業、初の優勝

## 後半の逆転

前半7分、北稜工業はフッカーの森田翔がトライを決めて先制した。
後半9分、ロックの石田大地がラックの横を抜けてトライを決め、差を4点に縮めた。
試合には約3,800人の観客が詰めかけた。
"""


def test_no_statement_on_a_matchs_play_by_play():
    # 「後半［9分］、…トライを決め」 as 7分: memory of a minute, not reading (142a); its
    # 「差を［4点］に縮めた」 as 7点 no better. A choice among the match's minutes passed.
    corpus = build_corpus(make_article(text=MATCH))
    item = sentence_starting(corpus, "後半9分")
    assert build_truefalse(item, span_of(item, "9分"), corpus) is None
    assert build_truefalse(item, span_of(item, "4点"), corpus) is None
    assert build_choice(item, span_of(item, "9分"), corpus) is not None
    crowd = sentence_starting(corpus, "試合には")
    assert build_truefalse(crowd, span_of(crowd, "3,800人"), corpus) is not None


def test_no_age_past_the_one_the_title_gives():
    # 「大学で建築を学んでいた［20歳］の夏」 of a carpenter the title calls 28: 30歳 is
    # impossible (142b).
    text = (
        "# 28歳の宮大工に聞く\n\n## きっかけ\n\n"
        "大学で建築を学んでいた20歳の夏、奈良の古い寺で修理の見学会があった。\n"
        "親方の川村さんは45歳のときに独立した。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "大学で")
    options = pick_distractors(
        span_of(item, "20歳"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert options
    assert all(figure_value(option) <= 28 for option in options)


def test_no_question_on_a_lead_the_score_beside_it_gives():
    # 「前半は12対3と南海学院が［9点］リードして折り返した」 as 3点: false by subtraction
    # (round 142's kit).
    text = "# 決勝\n\n## 前半\n\n前半は12対3と南海学院が9点リードして折り返した。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "前半は")
    assert build_truefalse(item, span_of(item, "9点"), corpus) is None
    assert build_choice(item, span_of(item, "9点"), corpus) is None
