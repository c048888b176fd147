"""Issue 9, blind round 147: a bound said twice, a budget related to what, a small count
among large ones, a town among regions, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import has_several_readings, is_basic_word, word_senses
from content.generation.builders import build_choice, build_wh
from content.generation.changes import build_change_truefalse
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from content.generation.thresholds import threshold_statement
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

VOLCANO = """# 火山を見張る人びと

## 噴火の記録

島では、江戸時代から少なくとも16回の噴火が記録されている。
島の東側では、これまでに23回の噴火が確かめられている。
技術職員の小野寺真一さんは、月に3回、火口のそばで水を採る。
山の北側では、1日に12回から18回の小さな地震が起きている。
南側の観測点では、昨年だけで40回の地震が記録された。
町では年に5回、住民に向けた勉強会を開いている。
"""


@pytest.fixture
def volcano():
    return build_corpus(make_article(text=VOLCANO))


def test_no_threshold_of_a_figure_already_said_at_least(volcano):
    # 「少なくとも14回」 as 「少なくとも10回以上」: "at least" twice (147b).
    bound = sentence_starting(volcano, "島では")
    assert threshold_statement(bound.sentence.text, span_of(bound, "16回"), true=True) is None
    plain = sentence_starting(volcano, "島の")
    assert threshold_statement(plain.sentence.text, span_of(plain, "23回"), true=True)


def test_a_count_below_ten_is_offered_among_counts_below_ten(volcano):
    # 月に［2回］ stood out among 10回, 14回 and 20回 (147b).
    item = sentence_starting(volcano, "技術職員")
    options = pick_distractors(
        span_of(item, "3回"), corpus=volcano, sentence_text=item.sentence.text
    )
    assert len(options) == 3
    assert all(figure_value(option) < 10 for option in options)
    larger = sentence_starting(volcano, "島の")
    options = pick_distractors(
        span_of(larger, "23回"), corpus=volcano, sentence_text=larger.sentence.text
    )
    assert any(figure_value(option) >= 10 for option in options)


BUDGET = """# 港市の新年度予算

## 観光に力を入れる

市は新年度、観光の振興に力を入れる。
関連予算は前年度比8.4%増の57億円となった。
港の再開発には、前年度比3.1%減の12億円を充てる。
"""


def test_a_budget_related_to_the_sentence_before_is_asked_nowhere():
    # 「関連予算は、いくらでしたか」: related to what? (147a)
    corpus = build_corpus(make_article(text=BUDGET))
    item = sentence_starting(corpus, "関連")
    figure = span_of(item, "57億円")
    assert build_wh(item, figure, corpus) is None
    assert build_choice(item, figure, corpus) is None
    assert build_change_truefalse(item, corpus) is None


COAST = """# 半島を自転車で一周する

## 一日目

朝、館山を出発して、海沿いの道を北へ走った。
鴨川の港で昼食をとり、午後は外房の荒い波を眺めながら走った。
夕方、勝浦の宿に着いた。
二日目は内房の静かな海沿いを走り、木更津を目指した。
途中、富津の岬で休んだ。
"""


def test_a_town_is_offered_among_towns_and_a_region_among_regions():
    # ［木更津］ among 内房 and 外房, and ［内房］ among 木更津 and 富津, towns inside it (147b).
    corpus = build_corpus(make_article(text=COAST))
    town = sentence_starting(corpus, "夕方")
    options = pick_distractors(
        span_of(town, "勝浦"), corpus=corpus, sentence_text=town.sentence.text
    )
    assert options and not set(options) & {"内房", "外房"}
    region = sentence_starting(corpus, "二日目")
    options = pick_distractors(
        span_of(region, "内房"), corpus=corpus, sentence_text=region.sentence.text
    )
    assert not set(options) & {"館山", "鴨川", "勝浦", "富津"}


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [
        ("空振り", "からぶり", "swing and a miss"),
        ("空振り", "からぶり", "vain attempt"),
        ("雑菌", "ざっきん", "saprophyte"),
        ("脱水", "だっすい", "evaporation"),
    ],
)
def test_glosses_teachers_struck(word, reading, struck):
    assert struck not in word_senses(word, reading)


def test_dehydration_keeps_its_card():
    assert "dehydration" in word_senses("脱水", "だっすい")


def test_both_ends_has_two_readings():
    # りょうはし as often as りょうたん: a card of one marks the other wrong (147b).
    assert has_several_readings("両端")


@pytest.mark.parametrize("word", ["時点", "新設", "銀賞", "結果的", "状態", "交通量", "観光課"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)


def test_an_amount_of_a_basic_word_stays_worth_a_card():
    # Teachers passed 生産量 and 出荷量 (rounds 145 and 146).
    assert not is_basic_word("生産量")


SHOPS = """# 商店街の一年

## 店と人

駅前の商店街には、昨年の春に花屋が開店した。
花屋は開店から半年で、常連客が60人に増えた。
パン屋では、毎朝240個のパンを焼いている。
書店は、絵本だけで1,800冊をそろえている。
秋の祭りには、二日間で3万人が訪れた。
八百屋の店先には、毎日35種類の野菜が並ぶ。
喫茶店は、一日に平均120杯のコーヒーを出す。
商店街の会員は、この十年で140人から95人に減った。
空き店舗は、現在17軒ある。
"""


def test_a_figure_takes_each_place_among_its_options_and_never_the_middle_of_two():
    # 40人, 60人 and 80人: the key the midpoint of two others, a guess that needs no reading;
    # 68 of 133 figure choices of rounds 141–147 were so (147a).
    corpus = build_corpus(make_article(text=SHOPS))
    places = set()
    for start, figure in (
        ("花屋は", "60人"),
        ("パン屋", "240個"),
        ("書店は", "1,800冊"),
        ("秋の", "3万人"),
        ("八百屋", "35種類"),
        ("喫茶店", "120杯"),
        ("空き店舗", "17軒"),
    ):
        item = sentence_starting(corpus, start)
        options = pick_distractors(
            span_of(item, figure), corpus=corpus, sentence_text=item.sentence.text
        )
        assert len(options) == 3, figure
        key = figure_value(figure)
        values = [figure_value(option) for option in options]
        assert all(one + other != 2 * key for one in values for other in values), options
        places.add(sum(value < key for value in values))
    assert len(places) >= 3
