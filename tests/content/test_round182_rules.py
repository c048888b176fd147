"""Issue 9, blind round 182 (judged on the round's commit). Each word is one a reviewer failed."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("word", ["危険性", "海岸線", "星空"])
def test_a_transparent_compound_of_basic_words_is_no_card(word):
    # 危険性 and 海岸線 as reading cards, 星空 as a vocab card: "trivially easy at N3–N1".
    assert is_basic_word(word)


@pytest.mark.parametrize("word", ["目印", "矢先", "石垣"])
def test_a_compound_whose_parts_do_not_give_its_sense_is_still_asked(word):
    # 目印 is a mark, no eye; 矢先 an arrowhead, and the brunt of an attack; 垣 is no basic word.
    assert not is_basic_word(word)


def test_a_word_usually_written_in_kana_keeps_its_everyday_senses():
    # 「なぜ駄目なのか」 was glossed "neutral point (in go)": every everyday sense of 駄目 is
    # marked as usually written in kana, and only the go term was left.
    gloss = word_senses("駄目", "だめ")
    assert gloss.startswith("no good") and "go)" not in gloss


def test_a_word_whose_crawling_sense_is_struck_keeps_its_price_sense():
    # 横ばい's first sense has no kana mark: its leafhopper (marked) stays off the card.
    assert (
        word_senses("横ばい", "よこばい", ("価格",))
        == "levelling off (of prices, etc.), stabilizing"
    )


@pytest.mark.parametrize(
    ("word", "reading", "context"),
    [
        ("往時", "おうじ", ("にぎわい", "再現")),  # "ancient times" for bygone days
        ("年率", "ねんりつ", ("市場", "伸び")),  # "annual rate (of interest)" for growth
    ],
)
def test_a_sense_jmdict_lacks_gets_no_card(word, reading, context):
    assert word_senses(word, reading, context) == ""


FACTORY = """# 電動自転車の新工場、来年から稼働

## 年産1万台の新工場

自転車メーカーの風見サイクル（本社・浜松市）は、静岡県内に電動自転車の新しい工場を建てる。
総工費は約30億円で、2027年から年間1万台を生産する計画だ。
地元では約80人の新規雇用が生まれる見通しで、{who}誘致に力を入れてきた。
完成した自転車は、まず国内の販売店に並ぶ。

## 電池の寿命を延ばす

新型の電池は、従来より充電できる回数が4割多い。
同社は、電池の回収と再利用の仕組みも整える考えだ。

## {heading}

同社は部品の調達先を県内の中小企業に広げる方針である。
地元の大学とも、軽い車体の素材を共同で研究している。
"""


def _section_question(who: str, heading: str):
    from content.generation.builders import build_section
    from content.generation.corpus import build_corpus
    from tests.content.sentences import sentence_with
    from tests.factories import make_article

    corpus = build_corpus(make_article(text=FACTORY.format(who=who, heading=heading)))
    return build_section(sentence_with(corpus, "新規雇用"), corpus)


def test_a_city_fits_a_heading_of_local_governments_as_well():
    # 「…市も固定資産税の減免などで誘致を後押しした」 under the factory's heading fits
    # 「自治体や企業との連携も加速」 at least as well (182a).
    assert _section_question("地元の商工会も", "地域との連携") is not None
    assert _section_question("市も", "地域との連携") is not None
    assert _section_question("市も", "自治体や大学との連携") is None
