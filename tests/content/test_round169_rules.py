"""Issue 9, blind round 169: a heading's noun of an adjective, a name after its kin, the
compass points of one word, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_reading, build_section, build_vocab
from content.generation.corpus import build_corpus
from content.generation.selection import rank_article
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

ROOST = """# カラスが冬を過ごす林

## 調べた場所

研究グループは、市内の公園や寺の林など42か所を候補地に選んだ。
冬の日没後に、それぞれの場所でカラスの羽数を数えた。

## 決め手は「暖かさ」と「明るさ」

選ばれた林は、ほかの候補地より夜の最低気温が平均1.8度高かった。
林の近くには、一晩中消えない街灯や看板の明かりがあった。

## これからの対策

市は来年から、駅前の街路樹の枝を切る計画を立てている。
"""

pytestmark = pytest.mark.django_db


def test_a_word_of_the_kanji_of_a_headings_noun_in_sa_is_not_placed():
    # 「…看板の明かりがあった」 under 「決め手は「暖かさ」と「明るさ」」: 明 gives it away (169b).
    corpus = build_corpus(make_article(text=ROOST))
    assert build_section(sentence_starting(corpus, "林の近く"), corpus) is None


SCHOOL = """# 町で最初の女学校

## 教師たち

翌年には、地元の寺の住職の娘である小松きよが加わり、主に裁縫を教えた。
"""


def test_a_name_after_the_kin_it_names_is_no_word():
    # 「住職の娘である小松きよが…」 asked 小松's reading, a surname (169a).
    corpus = build_corpus(make_article(text=SCHOOL))
    item = corpus.sentences[0]
    assert build_reading(item, token_of(item, "小松"), corpus) is None


LAKE = """# 湖を一周する

## 北の岸

北岸の道は、朝のうちは車が少なく走りやすい。
東岸には、小さな漁港と食堂が並んでいる。
"""


def test_one_card_of_a_compass_point_on_one_word():
    # 北岸 and 東岸 (and 南岸, 西岸) of one lake: after the first, each teaches nothing new (169a).
    corpus = build_corpus(make_article(text=LAKE))
    first, second = corpus.sentences
    drafts = [
        build_vocab(first, token_of(first, "北岸"), corpus),
        build_reading(second, token_of(second, "東岸"), corpus),
    ]
    assert all(drafts), drafts
    [(published, _kept)] = rank_article({first.section.pk: drafts}).values()
    assert len(published) == 1, published


def test_cards_teachers_sent_back():
    # Crows' 越冬 is no hibernation, a rabbit's 牧草 no pasture (169b); a plant's 設備の更新 is
    # no innovation, a lakeside 小魚 no "fry" beside フライ定食 (169a).
    assert "hibernation" not in word_senses("越冬", "えっとう")
    assert "pasture" not in word_senses("牧草", "ぼくそう")
    assert "innovation" not in word_senses("更新", "こうしん")
    assert "fry" not in word_senses("小魚", "こざかな")


THREADS = """# 舞台衣装を縫う

## 手間のかかる部分

特に手間がかかるのは、金糸や銀糸を使った帯の模様だ。
"""


def test_two_word_cards_of_one_sentence_of_two_kinds_share_no_kanji():
    # Rounds 164 and 167 kept two readings, or two vocab cards, of one sentence from sharing a
    # kanji; a vocab card of 金糸 and a reading of 銀糸, of two kinds, were still taken
    # together by the first choice of each kind, which did not look (seen writing round 169's
    # rule).
    corpus = build_corpus(make_article(text=THREADS))
    item = corpus.sentences[0]
    drafts = [
        build_vocab(item, token_of(item, "金糸"), corpus),
        build_reading(item, token_of(item, "銀糸"), corpus),
    ]
    assert all(drafts), drafts
    [(published, _kept)] = rank_article({item.section.pk: drafts}).values()
    assert len(published) == 1, published
