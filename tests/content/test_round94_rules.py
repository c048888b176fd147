"""Issue 9, blind round 94: a wished-for year among past ones, the base of a rate, a term's
class taken from a clause, and a storehouse read as a given name. Each text is our own."""

import pytest

from content.analysis.spans import SpanType
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.definitions import build_definition_choice
from content.generation.distractors import year_of
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ORCHARD = (
    "# りんご園を継いで\n\n"
    "## 実家に戻るまで\n\n"
    "父が倒れた2017年、東京の会社を辞めて実家に戻った。\n"
    "翌2018年には、古い木を植え替え始めた。\n"
    "2021年の春は遅霜で、収穫が3割減った。\n\n"
    "## これからの夢\n\n"
    "園のりんごでシードルを造るため、町の酒造会社と話し合いを重ねてきた。\n"
    "2026年には、最初の一本を出したいと思っている。\n"
)


def test_a_wished_for_year_gets_no_past_year_beside_it():
    # 「［2026年］には最初の一本を出したいと思っています」 among 2017年, 2018年, 2021年 (94b).
    corpus = build_corpus(make_article(text=ORCHARD))
    item = sentence_starting(corpus, "2026年には")
    draft = build_choice(item, span_of(item, "2026年"), corpus)
    assert draft is None or all(year_of(option) > corpus.present_year for option in draft.choices)
    # A year told in the past still has its neighbours for options.
    told = sentence_starting(corpus, "父が倒れた")
    assert build_choice(told, span_of(told, "2017年"), corpus)


def test_no_question_on_the_base_of_a_rate():
    # 「県内の医師数は人口［10万人］あたりでは全国平均を上回っている」 (94b).
    text = (
        "# 山あいの診療所\n\n"
        "## 医師の数\n\n"
        "県内の医師数は、人口10万人あたりでは全国平均を上回っている。\n"
        "ただし医師の6割は県庁のある市に集まり、山間部の町では2万人に1人の医師もいない。\n"
        "県は2025年度、山間部の12の診療所にオンライン診療の機器を置いた。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "県内の医師数")
    assert build_choice(item, span_of(item, "10万人"), corpus) is None
    # The year of the clinics' new machines is a fact to ask.
    clinics = sentence_starting(corpus, "県は2025年度")
    assert build_choice(clinics, span_of(clinics, "2025年度"), corpus)


def test_a_terms_class_is_not_the_subject_of_a_clause_after_it():
    # 「米を運んだのは［高瀬舟］と呼ばれる底の平たい川舟で…」 offered 倉庫, 町役場 and 酒屋:
    # 底 ("bottom"), a place, taken for what the term is (94a).
    text = (
        "# 河岸の町\n\n"
        "## 米を運ぶ舟\n\n"
        "町には米を納める倉庫が並び、その奥に町役場があった。\n"
        "米を運んだのは高瀬舟と呼ばれる底の平たい川舟で、一艘に三百俵ほどを積めた。\n"
        "河岸の酒屋は、船頭たちでにぎわった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert build_definition_choice(sentence_starting(corpus, "米を運んだのは"), corpus) is None


def test_a_storehouse_is_no_given_name():
    # 「旧鈴木屋の米蔵は改修を経て…資料館となり」 swapped 米蔵 for the merchant 惣兵衛 (94a).
    assert span_types("旧鈴木屋の米蔵は改修を経て資料館となった。").get("米蔵") == SpanType.TERM
    assert span_types("鈴木米蔵は河岸の問屋だった。").get("鈴木米蔵") == SpanType.PERSON
    # A given name of 蔵 that is no word stays a person, after の too (seen on the kit).
    assert span_types("長男の源蔵は1950年に社名を改めた。").get("源蔵") == SpanType.PERSON
