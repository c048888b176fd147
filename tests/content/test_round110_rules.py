"""Issue 9, blind round 110: made-up years three or more apart, a round target year in an
article that dates nothing, and senses. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.corpus import build_corpus
from content.generation.distractors import year_of
from tests.content.sentences import options_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_of_round_110():
    assert word_senses("排出", "はいしゅつ").startswith("emission")  # 二酸化炭素の排出
    assert word_senses("船乗り", "ふなのり") == "sailor, seaman"
    assert word_senses("棟梁", "とうりょう") == "chief, boss; master carpenter"  # 船大工の棟梁
    assert word_senses("反響", "はんきょう").startswith("response")  # 大きな反響を呼んだ
    assert "dare" not in word_senses("挑戦", "ちょうせん")
    assert word_senses("単語", "たんご") == "word, vocabulary"
    assert "bout" not in word_senses("取り組み", "とりくみ")
    assert "shunting" not in word_senses("入れ替え", "いれかえ")
    assert not word_senses("国債", "こくさい").startswith("national debt")
    # 「木桶での仕込み」: brewing, which JMdict's senses miss.
    assert word_senses("仕込み", "しこみ", ("醤油", "桶")) == ""
    assert is_basic_word("当たる")


BREWERY = (
    "# 醤油蔵の四代目\n\n"
    "## 蔵の始まり\n\n"
    "岡田醤油店は1884年に、初代の岡田清吉が港町で創業した。\n"
    "蔵には、創業当時から使われている杉の大桶が並ぶ。\n"
)


def test_made_up_years_are_not_the_neighbouring_ones():
    # 1882年, 1883年 and 1885年 beside 1884年 test one digit, not the reading (110b): three
    # years or more apart first, two where the sentence rules those out.
    corpus = build_corpus(make_article(text=BREWERY))
    options = options_of(corpus, "岡田醤油店は", "1884年")
    assert len(options) == 3
    assert all(abs(year_of(option) - 1884) >= 2 for option in options)
    assert sum(abs(year_of(option) - 1884) >= 3 for option in options) >= 2


TARGET = (
    "# 港町のカーシェア\n\n"
    "## 新しい目標\n\n"
    "市は2030年までに、市内の二酸化炭素の排出量を半分に減らす目標を掲げている。\n"
    "電気自動車のカーシェアは、その柱の一つになる。\n"
)


def test_a_round_target_year_gets_round_options_in_an_undated_article():
    # 2028年, 2029年 and 2031年 beside 「2030年までに…目標」 in an article that dates nothing
    # else (110a).
    corpus = build_corpus(make_article(text=TARGET))
    options = options_of(corpus, "市は2030年", "2030年")
    assert len(options) == 3
    assert all(year_of(option) % 5 == 0 for option in options)
