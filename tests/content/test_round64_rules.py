"""Issue 9, blind round 64: ここ leans back, a target year is no present, a part is less than
the whole before そのうち, two glosses and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import stands_alone
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_here_leans_on_the_sentence_before():
    corpus = build_corpus(
        make_article(
            text=(
                "# 川港の米\n\n## 米の集まる港\n\n"
                "川港には、上流の村々から米が集まった。\n"
                "米商人の橋本清三郎はここに目をつけ、大坂の問屋に直接米を売った。\n"
                "米商人の松田与兵衛は、江戸の問屋に米を売った。\n"
            )
        )
    )
    assert not stands_alone(sentence_starting(corpus, "米商人の橋本"), corpus)
    assert stands_alone(sentence_starting(corpus, "米商人の松田"), corpus)


def test_a_target_year_told_in_the_past_is_no_present():
    corpus = build_corpus(
        make_article(
            text=(
                "# 食品ロスを減らす\n\n## 市の計画\n\n"
                "家庭の食品ロスは、2019年度に年間1万2400トンだった。\n"
                "市はこれを2030年度に半分まで減らすことを目標に掲げた。\n"
            )
        )
    )
    assert corpus.present_year == 2019


def test_a_part_is_less_than_the_whole_before_sonouchi():
    corpus = build_corpus(
        make_article(
            text=(
                "# 鉄道資料館\n\n## 運転士の四十年\n\n"
                "高木さんは国鉄とJRで41年間勤め、そのうち37年間は運転士として働いた。\n"
                "駅の仕事は12年間続けた。\n"
                "資料館は開館から8年間で、5万人が訪れた。\n"
            )
        )
    )
    options = options_of(corpus, "高木さん", "37年間")
    assert options
    assert all(figure_value(option) < 41 for option in options)


def test_a_bank_transfer_and_an_order_in_their_senses():
    assert "tile" not in word_senses("振込")
    assert "bowing" not in word_senses("号令")


@pytest.mark.parametrize("word", ["世紀", "ごみ袋", "全校", "焼く", "宿題", "続く"])
def test_words_round_64_called_too_easy(word):
    assert is_basic_word(word)
