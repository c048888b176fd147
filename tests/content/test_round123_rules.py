"""Issue 9, blind rounds 122 and 123: a size word beside a swapped figure, a custom's spread
dated, a range divided into parts, a blank after a turning connective, and cards. Each text is
our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_rounds_122_and_123():
    senses = {
        word: word_senses(word, reading).split(", ")
        for word, reading in (("休眠", "きゅうみん"), ("段取り", "だんどり"), ("変形", "へんけい"))
    }
    assert "idle" not in senses["休眠"] and "dormant" in senses["休眠"]
    assert "programme" not in senses["段取り"] and "plans" in senses["段取り"]
    assert not {"variation", "metamorphosis"} & set(senses["変形"])
    assert word_senses("水がめ", "みずがめ") == "" and word_senses("雪渓", "せっけい") == ""
    # One word in two spellings is one gloss, its note aside.
    assert word_senses("番組", "ばんぐみ") == "program (e.g. TV)"


def test_a_verb_whose_twin_is_frequent_is_basic():
    # 「落とす」「変える」: trivial readings beside 落ちる and 変わる (123b).
    assert is_basic_word("落とす") and is_basic_word("変える")
    # A twin of a kanji taught later, or no twin at all, leaves a word to learn.
    assert not is_basic_word("崩す") and not is_basic_word("避ける")


BUSES = (
    "# 自動運転バスの実証実験\n\n"
    "## 運行の仕組み\n\n"
    "市は今月から、駅と病院を結ぶ路線で自動運転バスの実験を始めた。\n"
    "車両は定員18人の小型電気バスで、車体の前後にセンサーを備えている。\n"
    "運転席には係員が座り、危ない場面では手動に切り替える。\n"
    "1日に8便を走らせ、運賃は無料とした。\n\n"
    "## 住民の声\n\n"
    "初日の出発式には、住民ら約80人が集まった。\n"
    "病院に通う女性は「乗り心地は普通のバスと変わらない」と話した。\n"
    "市は来年3月まで実験を続け、利用者の声を集める。\n"
    "結果によっては、2028年度にも本格的な運行を始める。\n"
)


def test_no_swap_of_a_figure_a_size_word_belies():
    # 「定員80人の小型電気バス」, false to common sense before the article (123a).
    corpus = build_corpus(make_article(text=BUSES))
    bus = sentence_starting(corpus, "車両は定員")
    assert build_truefalse(bus, span_of(bus, "18人"), corpus) is None


TEA = (
    "# 山里の茶\n\n"
    "## 茶の始まり\n\n"
    "村で茶の栽培が始まったのは、室町時代の初めとされる。\n"
    "寺の僧が種を持ち帰り、裏山にまいたという。\n"
    "当初、茶は寺の儀式に使われるだけだった。\n"
    "村人が茶を口にすることは、ほとんどなかった。\n\n"
    "## 茶の湯の広がり\n\n"
    "安土桃山時代に入ると、茶の湯は武将や町人の間で大きく流行した。\n"
    "村の茶も京都の茶人に知られるようになった。\n"
    "江戸時代には、村の商人が江戸に店を構えた。\n"
    "茶は船で大坂から江戸へ運ばれた。\n"
)


def test_no_swap_of_the_time_a_custom_spread():
    # 「室町時代に入ると、茶の湯が…流行した」: partly true by the article's first section (123a).
    corpus = build_corpus(make_article(text=TEA))
    spread = sentence_starting(corpus, "安土桃山時代に入ると")
    assert build_truefalse(spread, span_of(spread, "安土桃山時代"), corpus) is None


COFFEE = (
    "# ハンドドリップの入れ方\n\n"
    "## 1. 豆を量る\n\n"
    "1杯分の豆は15グラムが目安だ。\n"
    "豆は中細挽きにして、粒の大きさをそろえる。\n"
    "挽いた豆は香りが逃げやすいので、入れる直前に挽く。\n"
    "はかりがあると、毎回同じ味に近づける。\n\n"
    "## 2. 湯を注ぐ\n\n"
    "湯の温度は90度前後がよい。\n"
    "最初に少しの湯で粉を湿らせ、30秒ほど蒸らす。\n"
    "残りの湯は、3回から4回に分けて注ぐ。\n"
    "ところが2019年の夏、店の近くで大きな停電が起こった。\n"
    "その日は、ガスの火で湯を沸かして店を開けた。\n"
)


def test_no_choice_of_one_end_of_a_range_divided_into_parts():
    # 「3回から［4回］に分ける」: the set phrase gives the end away (123b).
    corpus = build_corpus(make_article(text=COFFEE))
    pour = sentence_starting(corpus, "残りの湯は")
    assert build_choice(pour, span_of(pour, "4回"), corpus) is None


def test_a_choice_after_a_turning_connective():
    # 「ところが［1728年］の夏、…大洪水が起こった」: the sentence says all its blank needs, and a
    # history with no question in its flood's section lost a kind (123a).
    corpus = build_corpus(make_article(text=COFFEE))
    outage = sentence_starting(corpus, "ところが2019年")
    question = build_choice(outage, span_of(outage, "2019年"), corpus)
    assert question is not None and question.answer == "2019年"


def test_figures_of_a_history_in_kanji_are_spans():
    # 「およそ四十キロ離れた」, 「十日ほど早め」, 「およそ二千箱に達し」 were unasked (123a).
    assert span_types("村は京都からおよそ四十キロ離れた山あいにある。")["四十キロ"] == "count"
    assert span_types("摘む時期を以前より十日ほど早めた。")["十日"] == "count"
    assert span_types("出荷量は年間およそ二千箱に達した。")["二千箱"] == "count"
    assert span_types("茶畑は12ヘクタールに広がる。")["12ヘクタール"] == "count"
    # A kanji after a unit that is no verb's makes a unit of its own, and a day of a month
    # is no count of days.
    assert span_types("野菜を2センチ角に切る。") == {"野菜": "term"}
    assert "40キロ" not in span_types("駅から40キロ圏内に住む。")
    assert "10日" not in span_types("工事は5月10日ほどに終わる。")
