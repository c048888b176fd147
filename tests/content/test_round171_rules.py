"""Issue 9, blind round 171 and the coverage work beside it. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.clefts import measure_question
from content.generation.corpus import build_corpus
from content.generation.definitions import build_definition_choice
from tests.content.sentences import options_of
from tests.factories import make_article


def _figure(text: str):
    return next(
        s for s in find_spans(text, tokenize(text)) if s.type in {SpanType.AMOUNT, SpanType.COUNT}
    )


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # The figure the topic comes to, said in the present (session 31: the kit's
        # 「…総額は約310億円に上る。」 had a choice only).
        ("新しい車両の購入総額は約310億円に上る。", "新しい車両の購入総額は、いくらですか。"),
        ("完成する橋の全長は約1.2キロになる。", "完成する橋の全長は、何キロですか。"),
        # Control (passes before and after): in the past, asked with でした.
        ("新しい車両の購入総額は約310億円に上った。", "新しい車両の購入総額は、いくらでしたか。"),
    ],
)
def test_a_figure_the_topic_comes_to_is_asked(text, question):
    assert measure_question(text, _figure(text)) == question


def test_a_forecast_is_no_measure():
    # Control (passes before and after): 「…となる見込みだ」 is a forecast, not the topic's figure.
    text = "来年度の売上高は800億円となる見込みだ。"
    assert measure_question(text, _figure(text)) is None


VOLCANO = """# 火山の下のマグマだまり

## 震源の変化

10月の地震の多くは、深さ5〜7キロで起きていた。
11月に入ると、震源は深さ2〜3キロまで浅くなった。
別の観測点では、深さ3〜4キロの地震も記録された。
"""


@pytest.mark.django_db
def test_no_range_option_holds_the_keys_range():
    # 2〜4キロ beside the key 2〜3キロ holds it, and is half right (171b).
    corpus = build_corpus(make_article(text=VOLCANO))
    wrong = options_of(corpus, "11月に入ると", "2〜3キロ")
    assert wrong, "the article's own 5〜7キロ and 3〜4キロ at least"
    for option in wrong:
        low, high = (float(end) for end in option.removesuffix("キロ").split("〜"))
        assert not (low <= 2 and high >= 3), wrong
        assert not (low >= 2 and high <= 3), wrong


def test_cards_teachers_sent_back():
    # 会期 of an exhibition is no legislature's session, 縄文 in 「縄文の美」 the period, not
    # the rope pattern (171a); magma's 体積 no capacity, 妊娠している no conception (171b).
    assert word_senses("会期", "かいき", ("延長", "特別展")) == ""
    assert "straw-rope" not in word_senses("縄文", "じょうもん")
    assert "capacity" not in word_senses("体積", "たいせき")
    assert "conception" not in word_senses("妊娠", "にんしん")
    # 特別展 is 特別 and 展 (171a); 味噌汁 is みそ汁, too easy in kanji as in kana (171b).
    assert is_basic_word("特別展")
    assert is_basic_word("味噌汁")


def test_a_legislatures_session_keeps_its_card():
    # Control (passes before and after): beside 国会 the one sense is the word's.
    assert "session" in word_senses("会期", "かいき", ("国会",))


ESTATE = """# 山あいの荘園の境

## 境をめぐる争い

荘園の領主と地頭は、流域の田をめぐって長く争った。
争いの末、両者は土地を分け、用水路も別々に使うことになった。
現在、旧大野荘の地には「中分堀（ちゅうぶんぼり）」と呼ばれる水路の跡が残り、当時の境界を今に伝えている。
"""


@pytest.mark.django_db
def test_a_name_of_one_thing_is_not_offered_among_words_of_its_kind():
    # 「「［？］」と呼ばれる水路の跡」 with 荘園, 用水路 and 流域: none names a waterway (171a).
    corpus = build_corpus(make_article(text=ESTATE))
    item = next(item for item in corpus.sentences if "中分堀" in item.sentence.text)
    assert build_definition_choice(item, corpus) is None
