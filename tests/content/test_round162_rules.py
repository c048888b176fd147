"""Issue 9, blind round 162: a priest among priests, a key the sentence ranks first, hours
after 午前 and 午後, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SHRINE = """# 山の社の八百年

## 平安の社

1109年、神主の紀忠光が社殿を建て直した。
同じころ、平将門の乱の話が村に伝わっていた。

## 源平の争い

1180年、源義仲が兵を挙げ、翌年には源義経も都へ向かった。
当時の神主である紀忠康は、焼け残った御神体を背負って山中に逃れたと伝えられる。
"""


def test_a_person_meets_the_others_of_the_family_first():
    # The priest 紀忠康 among 平将門, 源義仲 and 源義経, where the article names the priest 紀忠光
    # (162a).
    options = options_of(build_corpus(make_article(text=SHRINE)), "当時の神主", "紀忠康")
    assert "紀忠光" in options, options


LAKE = """# 湖のマイクロプラスチック

## 地点ごとの数

南側の岸では、1リットルあたり平均3.8個が見つかった。
湖の中央では、1リットルあたり平均1.1個だった。
最も多かったのは北側の河口で、1リットルあたり平均9.2個に達した。
"""


def test_no_options_all_below_a_key_the_sentence_calls_the_most():
    # 「最も多かったのは…［9.2個］に達した」 among 6.5, 3.8 and 1.1個 (162b).
    options = options_of(build_corpus(make_article(text=LAKE)), "最も多かった", "9.2個")
    assert not (options and all(figure_value(option) < 9.2 for option in options)), options


FESTIVAL = """# 秋（あき）の まつり

## 時間（じかん）

時間（じかん）は 午前（ごぜん）十時（じゅうじ）から 午後（ごご）八時（はちじ）までです。
みこしは 午後（ごご）三時（さんじ）から 午後（ごご）五時（ごじ）まで 町（まち）を 歩（ある）きます。
"""


def test_an_hour_after_gozen_or_gogo_is_read_with_it():
    # 午前（ごぜん）［十時］ had 十二時: 午前十二時 (162a). And after 午後, an option lies before
    # the sentence's end (午後［三時］から午後五時まで: no 六時).
    corpus = build_corpus(make_article(text=FESTIVAL))
    assert "十二時" not in options_of(corpus, "時間", "十時")
    for option in options_of(corpus, "みこし", "三時"):
        assert figure_value(option) < 5, option


def test_cards_teachers_sent_back():
    # Drivers' training is no rearing, a light step no criminal's track; 許し, 泊まる, 魚屋,
    # 見ごろ and 交通局 are too easy (162a, 162b).
    assert "rearing" not in word_senses("育成", "いくせい")
    assert "criminal" not in word_senses("足取り", "あしどり")
    for word in ["許し", "泊まる", "魚屋", "見ごろ", "交通局"]:
        assert is_basic_word(word), word
