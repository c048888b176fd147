"""Issue 9, blind round 164: a verb's clause after が, two readings of one sentence sharing a
kanji, a title word that is another heading's theme, a figure of a topic the article figures
twice, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import (
    build_reading,
    build_section,
    build_truefalse,
    build_vocab,
)
from content.generation.corpus import build_corpus
from content.generation.selection import rank_article
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BRIDGE = """# 川を渡る新しい橋

## 工事の始まり

橋の設計は東京の事務所が担当した。
工事は地元の「山川組」が請け負い、去年の秋に始まった。
資材の支払いは市が行う。
"""


def test_a_verbs_stem_after_ga_and_a_comma_is_no_noun_card():
    # 「…「北斗建設」が請け負い、昨年四月に着工した」 glossed "a contract" (164a). 支払い after
    # の and before は stays the noun's (control, passes before the rule too).
    corpus = build_corpus(make_article(text=BRIDGE))
    item = sentence_starting(corpus, "工事は")
    assert build_vocab(item, token_of(item, "請け負い"), corpus) is None
    item = sentence_starting(corpus, "資材の")
    assert build_vocab(item, token_of(item, "支払い"), corpus) is not None


SURVEY = """# 里山の小川の調べ

## 調べた時期

調べは毎年5月下旬から7月上旬にかけて、夜の八時から行われた。
"""


def test_two_readings_of_one_sentence_share_no_kanji():
    # 下旬 and 上旬 of one sentence: one card's じゅん gives the other's away (164b).
    corpus = build_corpus(make_article(text=SURVEY))
    item = corpus.sentences[0]
    drafts = [build_reading(item, token_of(item, word), corpus) for word in ("下旬", "上旬")]
    assert all(drafts), drafts
    [(published, _kept)] = rank_article({item.section.pk: drafts}).values()
    assert [draft.kind for draft in published] == [QuestionKind.READING]


STREAM = """# 里山の小川で魚が減少　水温の上昇が影響か

## 調べの方法

県の研究所は、2019年から町内の五本の小川でアユの数を数えてきた。
夜の川を歩き、網で魚をすくって一匹ずつ長さを測った。
水温は川ごとに毎朝八時に記録した。

## 水温との関係

研究所がとくに注目したのは、7月の平均水温である。
アユが多い川では、水温が20度を超える日が少なかった。

## 川岸の様子

下流の二本の小川では、岸の木が切られて日陰がなくなった。
日光が直接水面に当たるようになり、昼間の水温が上がりやすくなったとみられる。
2020年ごろからの護岸工事で、石の間の隙間もコンクリートでふさがれた。

## 町の取り組み

町は来年から、岸に柳の苗木を植える計画を立てている。
"""


def test_a_title_word_that_another_heading_is_about_ties_a_sentence_to_it():
    # 「…昼間の水温が上がりやすくなった」 under 「川岸の様子」 fits 「水温との関係」 too (164b).
    corpus = build_corpus(make_article(text=STREAM))
    assert build_section(sentence_starting(corpus, "日光が"), corpus) is None
    # Control (passes before the rule too): the stones of the bank, no water temperature.
    assert build_section(sentence_starting(corpus, "2020年ごろ"), corpus) is not None


RESULTS = """# 木工所の決算

## 今期の決算

山里木工は、2024年12月期の決算を発表した。
売上高は前の期より8%多い96億円だった。
営業利益は7億5,000万円で、前の期を上回った。
従業員数は前の期より12人多い340人になった。

## 製品別の売上

椅子の売上高は前の期より12%多い31億円だった。
机の売上高は22億円で、前の期とほぼ同じだった。

## 来期の見通し

2025年12月期について、同社は売上高を102億円と予想している。
営業利益は8億円を見込む。
"""


def test_no_statement_of_a_figure_whose_topic_the_article_figures_twice():
    # 「営業利益は［12億円］を見込む。」 as 27億円: of which year? The year before's 営業利益 has
    # its own figure (164b).
    corpus = build_corpus(make_article(text=RESULTS))
    item = sentence_starting(corpus, "営業利益は8億円")
    assert build_truefalse(item, span_of(item, "8億円"), corpus) is None
    # Control (passes before the rule too): a topic the article figures once.
    item = sentence_starting(corpus, "従業員数")
    assert build_truefalse(item, span_of(item, "340人"), corpus) is not None


def test_cards_teachers_sent_back():
    # 珍しい and 社内 are too easy (164a, 164b).
    for word in ["珍しい", "社内"]:
        assert is_basic_word(word), word
