"""Issue 9, blind round 179 (judged on the session's fourth commit): options a reader rules out
by sense, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FARM = """# 村に戻った米農家

## 帰ってきたわけ

きっかけは、祖父が82歳で体を壊し、田んぼを続けられないと言ったことです。
父は会社勤めで、田んぼを継ぐ人は家にいませんでした。
私は東京の会社を辞め、2019年に村へ戻りました。
最初の年は、近所の農家に田植えのやり方を一から教わりました。
"""


def test_no_age_past_ninety_nine_among_a_persons_ages():
    # 「祖父が［82歳］で」 beside 100歳 and 110歳 (179b).
    corpus = build_corpus(make_article(text=FARM))
    options = options_of(corpus, "きっかけは", "82歳")
    assert options and all(figure_value(option) <= 99 for option in options)


INN = """# 温泉町の老舗旅館

## 旅館の歴史

宿の本館は、明治13年に建てられた木造3階建てで、今も客室として使われている。
創業者の孫にあたる当主は、建物の修理を10年ごとに続けてきた。
館内には、創業当時の帳場や古い看板が残されている。
冬には雪見風呂を目当てに、遠方から多くの客が訪れる。
"""


def test_no_floor_count_a_wooden_building_never_has():
    # 「木造［三階建て］」 beside 五階建て and 六階建て (179a).
    corpus = build_corpus(make_article(text=INN))
    options = options_of(corpus, "宿の本館は", "3階建て")
    assert options and all(figure_value(option) <= 4 for option in options)


def test_cards_teachers_sent_back():
    # An airline's 機材 are its aircraft; 公募 of plans is an open call; neither sense is on
    # JMdict's card (179a, 179b).
    assert word_senses("機材", "きざい", ("航空会社", "導入")) == ""
    assert word_senses("公募", "こうぼ", ("計画", "事業者")) == ""
    # A half-year, not a half-term; corals dying, no card (179b).
    assert "half-term" not in word_senses("半期", "はんき")
    assert word_senses("死滅", "しめつ") == ""
    for word in ("冷やす", "取り組む"):
        assert is_basic_word(word), word
