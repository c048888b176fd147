"""Issue 9, blind round 87: a kanji figure's 一千, an exchange rate offered as a sum of money,
and senses behind notes that only explain them. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.numerals import digits_to_kanji
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_thousand_after_a_larger_unit_is_written_with_its_one():
    # 「二万千トン」 among 二万五千トン's options: prose writes 二万一千 (87a).
    assert digits_to_kanji("21000トン", "grouped") == "二万一千トン"
    assert digits_to_kanji("10001000円", "grouped") == "一千万一千円"
    # A thousand alone keeps its bare 千.
    assert digits_to_kanji("1100人", "grouped") == "千百人"


def test_an_exchange_rate_is_no_sum_of_money():
    # 145円, the dollar's rate, was offered among dividends (87a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 文具メーカーの決算\n\n"
                "前期の年間配当は、当初予定から4円積み増して1株当たり52円（前の期は44円）とした。\n"
                "今期は56円に増配する予定だ。\n"
                "為替は1ドル＝145円を前提とし、前期の実績（152円）より円高を見込む。\n"
                "株価は一時、前日比9％高の3180円をつけた。\n"
            )
        )
    )
    options = options_of(corpus, "前期の年間配当", "52円")
    assert options and not {"145円", "152円"} & set(options)


def test_a_note_that_explains_a_sense_does_not_put_it_last():
    # 彼岸 led with "nirvana" in a text on chrysanthemums sold for the equinox (87b); 口移し
    # with "oral tradition" where bees pass nectar mouth to mouth (86b).
    assert word_senses("彼岸", "ひがん", ("需要", "菊", "出荷")).startswith("equinoctial week")
    assert word_senses("口移し", "くちうつし", ("蜜", "渡す", "ハチ")).startswith("mouth-to-mouth")
    # Nor a later gloss's note (薬局's "chemist's (shop)"), nor a list of what a sense covers
    # (反映's "reflection (light, image, situation, attitude, etc.)"): JMdict's first sense stays.
    assert word_senses("薬局", "やっきょく", ("保険証", "病院")).startswith("pharmacy")
    assert word_senses("反映", "はんえい", ("意見", "計画")).startswith("reflection")
    # A note of a setting the sentence does not name still goes last (取り組み's sports bout).
    assert word_senses("取り組み", "とりくみ", ("今後", "主")).startswith("effort")


def test_cards_of_round_87():
    # 咲く: too easy (87b).
    assert is_basic_word("咲く")
