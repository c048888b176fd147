"""Issue 9, blind round 115: a plan's month beside the months around it, an age the sentence
adds up, a statement of how often with no topic, and senses.
Each text is our own."""

import re

import pytest

from content.analysis.glossary import word_senses
from content.generation.antonyms import build_antonym_truefalse
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_115():
    assert word_senses("共有", "きょうゆう").startswith("sharing")  # データを共有する
    assert word_senses("復路", "ふくろ") == "return trip"  # 復路が約2時間半
    assert "clouds" not in word_senses("低迷", "ていめい")  # 搭乗率の低迷
    assert word_senses("悟り", "さとり").startswith("enlightenment")  # 悟りを得た
    assert word_senses("倉敷", "くらしき") == ""  # the town, not "storage charges"


GAMES = (
    "# 星野ゲームス、過去最高益\n\n"
    "## 今年度の見通し\n\n"
    "星野ゲームスは2025年5月14日、2025年3月期の決算を発表した。\n"
    "新作のうち「Star Harbor」の続編は、2026年2月の発売を予定している。\n"
    "海外での販売が、全体の6割を占めた。\n"
    "同社は来期も増収を見込んでいる。\n"
)


def test_a_plans_month_is_offered_beside_the_months_around_it():
    # 「続編は、［2026年2月］の発売を予定」 beside 2030年2月 and 2033年2月 (115b).
    corpus = build_corpus(make_article(text=GAMES))
    sequel = sentence_starting(corpus, "新作のうち")
    question = build_choice(sequel, span_of(sequel, "2026年2月"), corpus)
    assert question is not None
    years = {int(re.match(r"\d{4}", option).group()) for option in question.choices}
    assert years <= {2025, 2026, 2027}, question.choices


PORT = (
    "# 港町の漁師たち\n\n"
    "## 師匠の森さん\n\n"
    "漁協の紹介で、ベテラン漁師の森さんに弟子入りしました。\n"
    "森さんは今年で72歳になりますが、14歳から58年近く海に出ている大先輩です。\n"
    "朝は3時に港を出て、昼前に戻ります。\n"
    "とれた魚は、その日のうちに市場で売ります。\n"
)


def test_no_choice_of_an_age_an_earlier_age_and_the_years_since_add_up_to():
    # 「今年で［74歳］になりますが、15歳から60年近く海に出ている」 (115a).
    corpus = build_corpus(make_article(text=PORT))
    mentor = sentence_starting(corpus, "森さんは今年で")
    assert build_choice(mentor, span_of(mentor, "72歳"), corpus) is None
    assert build_choice(mentor, span_of(mentor, "14歳"), corpus) is None


LAUNDRY = (
    "# コインランドリーの使（つか）い方（かた）\n\n"
    "## お店（みせ）について\n\n"
    "コインランドリーは、洗濯機（せんたくき）がある店（みせ）です。\n"
    "駅（えき）の近（ちか）くや銭湯のとなりにあることが多いです。\n"
    "夜（よる）も開（あ）いている店（みせ）があります。\n"
    "お金（かね）は、機械（きかい）に入（い）れます。\n"
)


def test_no_statement_of_how_often_without_a_topic_of_its_own():
    # 「駅の近くや銭湯のとなりにあることが少ないです」: what is? (115b).
    corpus = build_corpus(make_article(text=LAUNDRY))
    assert build_antonym_truefalse(sentence_starting(corpus, "駅（えき）"), corpus) is None
