"""Issue 9, blind round 166: a question of a figure whose topic the article figures twice, a
reading option that only follows ん, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_wh
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

RESULTS = """# 菓子店の決算

## 今期の決算

山里堂は、2024年3月期の決算を発表した。
本業のもうけを示す営業利益は十一億二千万円で、前の期より十六パーセント増えた。
新しい工場の建設には、およそ二十億円を投じた。
洋菓子部門の売上高は三十二億円で、前の期より五パーセント増えた。

## 来期の見通し

2025年3月期の売上高は、百三十五億円を見込んでいる。
原材料費が上がるため、営業利益は十億五千万円と減益を予想した。
"""


def test_no_question_of_a_figure_whose_topic_the_article_figures_twice():
    # 「本業のもうけを示す営業利益は、いくらですか」 with next year's 十億五千万円 among the options,
    # as true of 営業利益 as the key (166b).
    corpus = build_corpus(make_article(text=RESULTS))
    item = sentence_starting(corpus, "本業の")
    assert build_wh(item, span_of(item, "十一億二千万円"), corpus) is None
    # Control (passes before the rule too): one segment's sales, told apart by its owner from
    # the company's (百三十五億円 next year), as 不動産事業の売上高 on round 150's kit.
    item = sentence_starting(corpus, "洋菓子部門")
    assert build_wh(item, span_of(item, "三十二億円"), corpus) is not None


def test_a_reading_that_only_follows_n_is_no_misreading():
    # 応援 among おえん, のえん and のうえん: のう is 応's reading after ん (反応), no one's
    # misreading at a word's start (166b).
    assert not any(option.startswith("の") for option in misreadings("応援", "おうえん"))
    # Control (passes before the rule too): 農 is のう of its own.
    assert "おうぎょう" not in misreadings("農業", "のうぎょう")


def test_cards_teachers_sent_back():
    # Summer's 体感温度 has no wind chill, a patron 将軍家 is the shogun's house, and
    # 想定していた課題 were foreseen, no hypothesis (166a, 166b).
    assert "wind-chill" not in word_senses("体感温度", "たいかんおんど")
    assert "accede" not in word_senses("将軍家", "しょうぐんけ")
    assert "hypothesis" not in word_senses("想定", "そうてい")
