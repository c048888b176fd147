"""Issue 9, blind round 161: a key outside a run, a revision's options, a pupil count of
which school, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_wh
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HERBS = """# ベランダのハーブ

## 夏の手入れ

摘心をすると脇から新しい芽が伸び、収穫できる葉の量がおよそ2倍に増えます。
水やりは朝の涼しいうちに、鉢の底から流れ出るまでたっぷり与えます。

## 秋の手入れ

気温が15度を下回ったら、鉢を日当たりのよい窓辺に移します。
"""


def test_a_key_never_stands_outside_a_run_of_the_wrong_ones():
    # 2倍 among 4倍, 5倍 and 6倍; 2週間 among 4, 5 and 6週間 (161a, 161b): the question is
    # dropped rather than asked with such options.
    options = options_of(build_corpus(make_article(text=HERBS)), "摘心", "2倍")
    values = sorted(figure_value(option) for option in options)
    assert not (len(values) == 3 and values[1] - values[0] == values[2] - values[1]), options


RESULTS = """# スーパーの中間決算

## 通期の見通し

会社は通期の売上高見通しを、従来の1,650億円から1,690億円に引き上げた。
純利益は前年同期比12%増の38億円だった。
"""


def test_a_revisions_options_move_as_the_key_does():
    # 従来の1,650億円から［1,690億円］に: 2,540, 3,040 and 4,220億円 are no revision (161b).
    options = options_of(build_corpus(make_article(text=RESULTS)), "会社は", "1,690億円")
    for option in options:
        assert 1650 < figure_value(option) / 1e8 <= 1650 + 3 * 40, option


SCHOOL = """# 三十五年の教師生活

## 最初の学校

聞き手：最初に勤めたのは、どんな学校でしたか。
森田：県の北部にある川上小学校の大沢分校です。全校児童は九人で、一年生から六年生までを二つの教室に分けて教えていました。

## 大きな学校へ

聞き手：その後はどちらへ。
森田：市の中心にある学校で、児童は千百人を超えていました。
"""


def test_a_count_of_the_whole_school_is_never_asked_of_no_school():
    # 「全校児童は、何人ですか。」: of which school? The answer before names it (161a).
    corpus = build_corpus(make_article(text=SCHOOL))
    item = sentence_starting(corpus, "全校児童")
    assert build_wh(item, span_of(item, "九人"), corpus) is None


def test_cards_teachers_sent_back():
    # A guild's base is no citadel; basil's height no rice plant's; 試験的, 休み時間 and 汽車
    # are too easy (161a, 161b).
    assert "citadel" not in word_senses("本拠", "ほんきょ")
    assert word_senses("草丈", "くさたけ") == ""
    for word in ["試験的", "休み時間", "汽車"]:
        assert is_basic_word(word), word
