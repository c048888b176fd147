"""Which-section for prose: the article's topic word shared with another heading is no cue,
while the own heading and closing remarks stay ruled out. Our own texts."""

import pytest

from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.factories import make_article

pytestmark = pytest.mark.django_db


DEEP_SEA = """# 深海の生き物の暮らし

光の届かない海の底にも、多くの生き物がすんでいる。

## 体のつくり

深海魚の中には、口がとても大きい魚や、胃が大きくふくらむ魚がいる。
えさに出会う機会が少ないので、一度に大きなえさを飲み込む。
目が退化して、ほとんど見えない魚もいる。
体に脂肪をためて、浮く力を得ている魚もいる。

## 深海の調査

深海の調査には、特別な潜水船が使われる。
無人の探査機は、母船からケーブルで操作される。
潜水船の窓は、厚いアクリルでできている。
"""


def _item(corpus, start):
    return next(item for item in corpus.sentences if item.sentence.text.startswith(start))


def test_a_word_of_the_title_in_another_heading_does_not_rule_a_sentence_out():
    corpus = build_corpus(make_article(text=DEEP_SEA))
    # 深海 is in the title and in 「深海の調査」; the sentence is about the fishes' bodies.
    draft = build_section(_item(corpus, "深海魚の中には"), corpus)
    assert draft is not None
    assert draft.answer == "体のつくり"


def test_a_word_of_the_title_in_the_own_heading_still_gives_the_answer_away():
    corpus = build_corpus(make_article(text=DEEP_SEA))
    # 調査 and 深海 both show in its own heading 「深海の調査」.
    assert build_section(_item(corpus, "深海の調査には"), corpus) is None


FARM = """# 茶畑を継いだ農家

## 山の畑

うちの畑は急な斜面にあるので、大きな機械があまり入りません。
茶摘みや草取りの多くは、家族が手で行います。
春の遅い霜で新芽が傷むと、茶葉の質が落ちます。
霜の予報が出た夜は、送風機を回して畑を見回ります。

## お茶会

畑の隣の古い蔵で、月に一度の小さなお茶会を開いています。
急須でいれた煎茶を、干菓子と一緒に出します。
縁側で季節の和菓子と味わう新茶は、格別な一杯になるはずです。
若い人が急須を買って帰り、家でも新茶をいれてくれたらうれしいですね。
"""


@pytest.mark.parametrize("start", ["縁側で", "若い人が"])
def test_a_closing_wish_or_guess_gets_no_which_section_question(start):
    corpus = build_corpus(make_article(text=FARM))
    assert build_section(_item(corpus, start), corpus) is None
