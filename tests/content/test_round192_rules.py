"""Issue 9, rounds 192 and 193's articles: a town's leak detection, a textile town's history,
the tides, an easy-Japanese bus-card guide, a baking blog, a young fisherman, an aquarium
how-to, a food group's results, a marathon, a film review, a column on rural buses and one
on caffeine. Each case is one found reading their published questions."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FISHERMAN = """# 港の若い漁師

## 朝の漁

浜野さんは毎朝三時に船を出し、定置網を引き上げる。
港に戻ると、魚を大きさごとに選別して市場へ送る。
昼過ぎになって、ようやく一息つく。

## 浜の魅力を発信する

浜野さんは、漁の様子や珍しい魚の写真をインターネットで発信している。
地元の高校生を対象にした漁業体験の案内役も務めている。
都内の飲食店から、直接注文が舞い込むこともある。

## 次の世代へ

港に所属する漁師は現在42人で、平均年齢は60歳を超えている。
漁協は、このままでは10年後に港を維持できなくなると心配している。
"""


def test_young_people_ask_no_section_beside_a_heading_on_the_next_generation():
    # A high-school students' day on the boat fits 「次の世代へ」 as well as its own heading.
    corpus = build_corpus(make_article(text=FISHERMAN))
    assert build_section(sentence_with(corpus, "地元の高校生"), corpus) is None
    # Beside a heading on the port's figures, the same sentence is the online work's alone.
    figures = build_corpus(make_article(text=FISHERMAN.replace("次の世代へ", "港の現状")))
    assert build_section(sentence_with(figures, "地元の高校生"), figures) is not None


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("染め上がり", "そめあがり"),  # how the dyeing came out, not "being dyed"
    ],
)
def test_a_word_whose_only_gloss_misses_its_sense_gets_no_meaning(word, reading):
    assert word_senses(word, reading) == ""


def test_name_recognition_is_not_glossed_as_popularity():
    gloss = word_senses("知名度", "ちめいど")
    assert gloss and "popularity" not in gloss
