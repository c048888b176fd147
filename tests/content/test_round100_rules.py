"""Issue 9, blind round 100: a swap into the base of a rate, the days a range of dates spans,
a specialist's sense after the first, and senses struck. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_no_false_swap_into_the_base_of_a_rate():
    # 「1か所あたりの建設費は約5億円で…」 as 9か所あたり: nonsense, not false (100a).
    text = (
        "# 県の充電拠点\n\n## 整備の計画\n\n"
        "県は2030年までに充電拠点を12か所に増やす。\n"
        "1か所あたりの整備費は約3億円にのぼり、一般の給油所の数倍にあたる。\n"
        "2027年には、最初の4か所で工事が始まる予定だ。\n"
    )
    corpus = build_corpus(make_article(text=text))
    rate = sentence_starting(corpus, "1か所あたり")
    assert build_truefalse(rate, span_of(rate, "1か所"), corpus) is None
    # A count of the article's own is swapped as before.
    plan = sentence_starting(corpus, "県は2030年")
    assert build_truefalse(plan, span_of(plan, "12か所"), corpus)


def test_no_choice_of_the_days_a_range_of_dates_spans():
    # 「まつりは5月3日から6日までの［4日間］で…」: worked out from the dates (100a).
    text = (
        "# 焼き物の町の春\n\n## 陶器市\n\n"
        "陶器市は4月28日から5月2日までの5日間で、約150の窯元が店を出す。\n"
        "期間中は、臨時のシャトルバスが駅と会場を15分おきに結ぶ。\n"
        "昨年は5日間で約32万人が訪れ、過去最多となった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    spanned = sentence_starting(corpus, "陶器市は")
    assert build_choice(spanned, span_of(spanned, "5日間"), corpus) is None
    # Five days told without the dates: a fact to read.
    told = build_corpus(make_article(text=text.replace("4月28日から5月2日までの", "")))
    spanned = sentence_starting(told, "陶器市は")
    assert build_choice(spanned, span_of(spanned, "5日間"), told)


def test_senses_struck_in_round_100():
    assert word_senses("陶器", "とうき").startswith("earthenware")  # not porcelain (100a)
    assert word_senses("欠け", "かけ") == ""  # a bowl's chip, which JMdict lacks (100a)
    assert word_senses("磁場", "じば") == "magnetic field"  # not "ambience" (100b)
    assert "grilled" not in word_senses("炭焼き", "すみやき")
    assert "correspondence" not in word_senses("往復", "おうふく")
    assert "mulch" not in word_senses("腐葉土", "ふようど")


def test_a_specialists_sense_only_first():
    # 間隔 beside seeds sown apart: "space, interval", not computing's whitespace (100b).
    assert word_senses("間隔", "かんかく") == "space, interval"
    assert "factorization" not in word_senses("分解", "ぶんかい")
    # A field's sense that comes first stays: 反射 is physics' reflection.
    assert word_senses("反射", "はんしゃ").startswith("reflection")
