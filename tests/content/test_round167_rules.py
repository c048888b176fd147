"""Issue 9, blind round 167: an interval's options, a statement that points at "this one",
two word cards of one sentence, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_truefalse, build_vocab
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from content.generation.selection import rank_article
from tests.content.sentences import options_of, sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

POOL = """# 市民プールが新しく

## 交通

駅と新しいプールの間には、シャトルバスが30分ごとに走る。
駐車場は120台分で、料金は最初の2時間が無料になる。
"""


def test_an_intervals_options_lie_near_it():
    # 「シャトルバスが［30分］ごとに走る」 among 80分, 50分 and 40分 (167a).
    options = options_of(build_corpus(make_article(text=POOL)), "駅と", "30分")
    assert options, options
    for option in options:
        assert 15 <= figure_value(option) <= 45, options


PASS = """# 一日乗車券で行く山あいの駅

## 切符

この路線には、一日乗り放題の切符が1,000円で売られている。
普通に終点まで往復すると1,600円かかるので、途中で何度か降りるなら、こちらのほうがずっとお得です。
"""


def test_a_statement_that_points_at_this_one_is_none():
    # 「…途中で何度か降りるなら、こちらのほうがずっとお得です」 as 1,500円: which is cheaper
    # than what? こちら is the pass of the sentence before (167b).
    corpus = build_corpus(make_article(text=PASS))
    item = sentence_starting(corpus, "普通に")
    assert build_truefalse(item, span_of(item, "1,600円"), corpus) is None


COSTUME = """# 舞台衣装を縫う

## 手間のかかる部分

特に手間がかかるのは、金糸や銀糸を使った帯の模様だ。
"""


def test_two_word_cards_of_one_sentence_share_no_kanji():
    # 金糸 and 銀糸 of one sentence: the second card only repeats the first (167b).
    corpus = build_corpus(make_article(text=COSTUME))
    item = corpus.sentences[0]
    drafts = [build_vocab(item, token_of(item, word), corpus) for word in ("金糸", "銀糸")]
    assert all(drafts), drafts
    [(published, _kept)] = rank_article({item.section.pk: drafts}).values()
    assert len(published) == 1, published


def test_cards_teachers_sent_back():
    # 初代の紙方奉行 was the post's first holder, 褒め言葉 no eulogy, craftsmen's 高齢化 no
    # population's (167a, 167b).
    assert "first generation" not in word_senses("初代", "しょだい")
    assert "eulogy" not in word_senses("褒め言葉", "ほめことば")
    assert "population" not in word_senses("高齢化", "こうれいか")
