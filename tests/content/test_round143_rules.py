"""Issue 9, blind round 143: a bound's figure, a whole game's innings, a heading's verbal
noun, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import has_several_readings, is_basic_word
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db

DEEP_SEA = """# 深い海のしくみ

## 光の届かない世界

水深1000メートルより下になると、人の目に見える光はまったく届かない。
調査船「しんかい」は水深6000メートルまで潜ることができる。
海溝の底では、水深4000メートルの地点でも小さな生き物が見つかった。
太平洋の平均の深さは約3800メートルである。
小型の潜水艇でも、水深2000メートルまでは潜ることができる。
"""


def test_no_choice_on_a_bound_a_statement_holds_beyond():
    # 「水深［1000メートル］より下になると、…届かない」: 6000メートル is as true (143b).
    corpus = build_corpus(make_article(text=DEEP_SEA))
    bound = sentence_starting(corpus, "水深1000")
    assert build_choice(bound, span_of(bound, "1000メートル"), corpus) is None
    reach = sentence_starting(corpus, "調査船")
    assert build_choice(reach, span_of(reach, "6000メートル"), corpus) is not None


PITCHER = """# 元投手に聞く

## 優勝した日

2011年の秋、勝てば優勝という試合で、9回を一人で投げ切りました。
その年は先発で14回に登板しました。
"""


def test_no_choice_on_a_whole_games_innings():
    # 「［9回］を一人で投げ切りました」: a complete game is nine innings to anyone (143b).
    corpus = build_corpus(make_article(text=PITCHER))
    item = sentence_starting(corpus, "2011年")
    assert build_choice(item, span_of(item, "9回"), corpus) is None


GOVERNOR = """# 国司と郡司の争い

## 国司の着任

永延元年、藤原元方は美作守として任国に下った。
元方は着任すると、すぐに田の広さを調べ直させた。
その結果、税は前の国司の時代よりも二割ほど重くなった。
郡司たちは毎年の取り立てに強く反発した。

## 二十六か条の訴え

永延三年、郡司八人と農民百二十人余りが都に上った。
訴状の最後には、税を元に戻すよう求める強い言葉が添えられていた。
朝廷は使者を送り、美作の田を改めて調べさせた。
使者の報告を受けて、朝廷は元方を任期の途中で都に呼び戻した。

## その後の美作

新しい国司は、郡司たちと話し合って税の重さを決めた。
争いのあった村々には、今も当時の記録が残っている。
"""


def test_no_which_section_sentence_with_the_kanji_of_its_headings_verbal_noun():
    # 訴状 under 「二十六か条の訴え」: 訴 gives the heading away (143a).
    corpus = build_corpus(make_article(text=GOVERNOR))
    assert build_section(sentence_starting(corpus, "訴状の"), corpus) is None


def test_a_fish_s_belly_has_two_readings():
    # 腹側 read ふくそく on a card about a fish's belly (143b): はらがわ too, so no card.
    assert has_several_readings("腹側")


@pytest.mark.parametrize("word", ["黒板", "贈り物", "雪遊び", "定食", "右ひじ", "梅干し"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)


def test_a_plural_suffix_starts_no_span():
    # 「広忠ら郡司と農民の代表は」: ら ends 広忠; 「ら郡司」 was a span (round 143's kit).
    spans = span_types("広忠ら郡司と農民の代表は、訴状を朝廷に提出した。")
    assert "郡司" in spans
    assert not any(text.startswith("ら") for text in spans)
