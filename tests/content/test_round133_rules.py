"""Issue 9, blind round 133: an era's last year found in its second entry, a past round year,
a share whose digits the sentence repeats, a guide's spaced list of days, and cards. Each
text is our own."""

import pytest

from content.analysis.glossary import all_readings, word_senses
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_133():
    assert word_senses("税込み", "ぜいこみ") == "tax included (e.g. price)"
    assert "Sekigahara" not in word_senses("東軍", "とうぐん")
    assert "Sekigahara" not in word_senses("西軍", "せいぐん")
    assert "sanctuary" not in word_senses("宝物殿", "ほうもつでん")
    assert word_senses("摘心", "てきしん") == ""
    assert "おいごえ" in all_readings("追肥")


TEMPLE = (
    "# 山寺の歴史\n\n"
    "## 再建\n\n"
    "乱の後、住職は資金を集め、文明17年（1485年）に本堂を建て直した。\n"
    "本堂の屋根は、檜の皮でふかれている。\n"
    "寺の鐘は、1602年に鋳造された。\n"
    "1920年には、門前に小さな駅ができた。\n"
)


def test_an_eras_dates_stay_within_its_years():
    # 文明 is "civilization" in JMdict's first entry and "Bunmei era (1469–1487)" in another:
    # 文明20年 and 文明21年 never were (round 133a).
    corpus = build_corpus(make_article(text=TEMPLE))
    options = options_of(corpus, "乱の後", "文明17年（1485年）")
    assert len(options) == 3
    assert all(int(option[2:].split("年")[0]) <= 19 for option in options)


def test_a_round_year_gone_by_has_no_years_to_come_beside_it():
    # 「［2020年］に上海線が運休して以来、約4年ぶり」: not 2030年 and 2040年 (round 133a).
    text = (
        "# 空港に新しい国際線\n\n"
        "## 4年ぶりの国際線\n\n"
        "空港に国際線が戻るのは、2020年に台北線が止まって以来、約4年ぶりとなる。\n"
        "新しい路線は、週に3往復する。\n"
        "運賃は片道9,800円からだ。\n"
        "県は2018年、空港の滑走路を延ばした。\n"
    )
    corpus = build_corpus(make_article(text=text))
    options = options_of(corpus, "空港に国際線", "2020年")
    assert options and all(int(option[:4]) < 2025 for option in options)


def test_no_choice_of_a_share_whose_digits_the_sentence_repeats():
    # 「約［3.5%］の塩分が含まれており、1リットルから…35グラムの塩が取れる」 (round 133b).
    text = (
        "# 海の塩\n\n"
        "## 塩の量\n\n"
        "海水には約3.2%の塩分が含まれ、1リットルからおよそ32グラムの塩が取れる。\n"
        "川の水の塩分は、0.01%ほどしかない。\n"
        "死海の塩分は、約30%に達する。\n"
        "塩田では、海水を天日で乾かして塩を取る。\n"
    )
    corpus = build_corpus(make_article(text=text))
    sea = sentence_starting(corpus, "海水には")
    assert build_choice(sea, span_of(sea, "3.2%"), corpus) is None
    assert build_choice(sea, span_of(sea, "32グラム"), corpus) is None
    # Without the grams, the share is asked.
    corpus = build_corpus(make_article(text=text.replace("32グラム", "ひとつまみ")))
    sea = sentence_starting(corpus, "海水には")
    assert build_choice(sea, span_of(sea, "3.2%"), corpus) is not None


def test_no_choice_of_a_count_a_spaced_list_of_days_gives():
    # 「月（つき）に　［2回（かい）］、第（だい）2と　第（だい）4の　水曜日」 (round 133b).
    text = (
        "# ごみの　出（だ）し方（かた）\n\n"
        "## 出（だ）す　日（ひ）\n\n"
        "燃（も）えないごみは、月（つき）に　2回（かい）、第（だい）1と　第（だい）3の　金曜日（きんようび）です。\n"
        "燃（も）えるごみは、週（しゅう）に　2回（かい）です。\n"
        "びんと　かんは、月（つき）に　1回（かい）です。\n"
        "大（おお）きい　ごみは、電話（でんわ）で　申（もう）し込（こ）みます。\n"
    )
    corpus = build_corpus(make_article(text=text))
    days = sentence_starting(corpus, "燃（も）えないごみは")
    assert build_choice(days, span_of(days, "2回"), corpus) is None
