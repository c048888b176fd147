"""Issue 9, blind round 95: a figure that ties a sentence to two headings, and words too plain
to ask. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SNOW = (
    "# 雪で冷やすデータセンター\n\n"
    "## 旧白樺小の校舎を使う\n\n"
    "町は、2019年に閉校した旧白樺小学校の校舎を、データを預かる施設に改める。\n"
    "2階の教室には、約300台のサーバーを並べる。\n"
    "事業費は約18億円で、2026年4月の稼働を目指す。\n\n"
    "## 町の負担と国の補助\n\n"
    "約18億円のうち、国の交付金が半分を賄う。\n"
    "残りは運営する会社と町が負担し、町は10年かけて返す。\n"
    "町議会では、財政を心配する声も上がった。\n\n"
    "## 住民の声\n\n"
    "校舎の近くに住む女性は、子どもの声が消えた建物に明かりが戻るのを喜んだ。\n"
    "冬に雪を運ぶ仕事が増えることを期待する農家もいる。\n"
)


def test_no_which_section_for_a_figure_another_section_gives():
    # 「総事業費は約18億円を見込み…」 fits 「町の負担と国の補助」, which opens on the 18億円 (95b).
    corpus = build_corpus(make_article(text=SNOW))
    assert build_section(sentence_starting(corpus, "事業費は約18億円"), corpus) is None
    # A figure told once keeps its question.
    assert build_section(sentence_starting(corpus, "2階の教室"), corpus)


def test_words_too_plain_of_round_95():
    # 旅行業 is 旅行 and 業, the trade; 世界的 is too plain (95a, 95b).
    assert is_basic_word("旅行業")
    assert is_basic_word("世界的")
    # 一般的 was praised (round 20): 的 alone makes no word plain.
    assert not is_basic_word("一般的")
