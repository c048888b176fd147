"""Issue 9, blind round 188 (judged on a49995e). Each case is one a reviewer failed."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice, build_section, build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

RUNNER = """# 走ることを始めて

## 初めての大会

市民マラソンでは、川沿いの42.195キロを、制限時間の6時間以内に走り切った。\
沿道の応援に励まされ、最後まで歩かずに進んだ。

## 新しい道

新しい環状道路は全長七・八キロで、平成三十年に計画が決まった。
"""


def test_a_marathons_distance_is_no_choice_question():
    # Every reader knows it, and the options made around it (59.073キロ) no one would pick.
    corpus = build_corpus(make_article(text=RUNNER))
    item = sentence_with(corpus, "42.195キロ")
    assert build_choice(item, span_of(item, "42.195キロ"), corpus) is None
    # A road's length is the article's to tell.
    road = sentence_with(corpus, "七・八キロ")
    assert build_choice(road, span_of(road, "七・八キロ"), corpus) is not None


def test_a_field_of_study_named_by_a_basic_word_is_too_easy_to_read():
    # 「大学では経済学を学んでいて」: 経済 and 学, at an N2–N1 article's level.
    assert is_basic_word("経済学")
    assert not is_basic_word("脱藩")


VOLCANO = """# 火山のしくみ

## マグマが上がる

地下の岩石がとけてできたマグマは、周りの岩石より軽いので、少しずつ上へ移動する。\
地表に近づくと、マグマにとけていたガスが泡になって一気に外へ出ようとする。\
炭酸飲料の栓を開けたときに泡が一気に吹き出すのと似た現象である。\
この力が、火口から溶岩や火山灰を吹き上げる。

## 火山と暮らし

火山のふもとには温泉がわき、人々は古くからその湯を暮らしに生かしてきた。\
火山灰が積もった土は水はけがよく、畑の作物を育てるのに向いている。\
噴火のあとには、山の形が大きく変わることもある。\
火山の観測所では、研究者が毎日地震の回数を記録している。

## 噴火の種類

粘り気の強いマグマは、ガスが抜けにくく、爆発的な噴火を起こしやすい。\
粘り気の弱いマグマからは、溶岩が川のように流れ出す。
"""


def test_a_likeness_with_no_topic_of_its_own_gets_no_which_section_question():
    # 「…と似た現象である」: what is? The sentence before names it; alone, it fits the
    # eruptions' section as well as its own.
    corpus = build_corpus(make_article(text=VOLCANO))
    assert build_section(sentence_with(corpus, "炭酸飲料"), corpus) is None


SAMURAI = """# 幕末の志士

## 故郷を出る

二十歳の春、彼は脱藩して京へ上った。京では、多くの仲間と出会い、新しい国の形を語り合った。
"""


def test_leaving_a_domain_gets_no_card_of_its_result():
    # JMdict's one gloss, "becoming a lordless samurai", is what came of it, not the word.
    corpus = build_corpus(make_article(text=SAMURAI))
    item = sentence_with(corpus, "脱藩")
    assert build_vocab(item, token_of(item, "脱藩"), corpus) is None
    other = sentence_with(corpus, "仲間")
    assert build_vocab(other, token_of(other, "仲間"), corpus) is not None
