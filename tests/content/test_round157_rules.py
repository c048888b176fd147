"""Issue 9, blind round 157: an approximate figure's neighbours, twin options, a title among
names, a year beside its pair, and cards. Each text is our own."""

import itertools

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _options(text: str, opening: str, answer: str) -> list[str]:
    return options_of(build_corpus(make_article(text=text)), opening, answer)


HUT = """# 北アルプスの山小屋

## 山頂の朝

山頂の気温は、朝で3度ほどまで下がる。
昼には、気温は15度近くまで上がった。
"""


def test_an_approximate_small_figure_has_no_option_one_step_from_it():
    # 「朝で［3度］ほど」 among 4度, 5度 and 6度: about 3 is about 4 too (157b).
    for option in _options(HUT, "山頂の", "3度"):
        assert abs(figure_value(option) - 3) > 1, option


BANK = """# 地方銀行の決算

## 来期の見通し

来期のコア業務純益は、200億円を見込む。
前の期のコア業務純益は186億円だった。
経常利益は300億円、預金残高の増加額は310億円だった。
"""


def test_no_two_options_within_a_twentieth_of_each_other():
    # 200億円 among 300億円, 310億円 and 400億円: two options one apart (157b).
    options = _options(BANK, "来期の", "200億円")
    values = sorted(figure_value(option) for option in options)
    assert all(later - earlier > 0.05 * later for earlier, later in itertools.pairwise(values))


TEMPLE = """# 国府の寺

## 乱のあと

平将門の乱で、常陸守の藤原興範は国府を追われた。
乱が鎮まった後、住職は国司の源経基に再建への協力を求めた。
寺の再建には、平正盛も力を貸した。
"""


def test_a_title_is_no_option_for_a_name():
    # 常陸守 among 源経基, 藤原興範 and 平将門 (157a).
    assert "常陸守" not in _options(TEMPLE, "乱が", "源経基")


WORKSHOP = """# 町の工房

## 職人たち

工房を開いたのは、家具職人の山田大介だった。
弟子の佐藤守は、十年後に独立した。
鈴木健介は、椅子づくりで知られるようになった。
田中誠も、この工房で腕を磨いた。
"""


def test_a_given_name_ending_as_a_title_does_is_still_a_name():
    # 佐藤守, 鈴木健介 and 山田大介 end in 守 and 介, as titles do, and are people all the same.
    options = _options(WORKSHOP, "田中誠", "田中誠")
    assert {"佐藤守", "鈴木健介", "山田大介"} & set(options), options


FESTIVAL = """# 川のつかみ取り

## 中止の年

毎年夏には、川でサケのつかみ取りが開かれてきた。
しかし2022年と2023年は魚が十分に集まらず、つかみ取りは中止された。
2024年には、3年ぶりに開かれた。
"""


def test_no_choice_of_a_year_beside_its_pair():
    # 「しかし［2022年］と2023年は…中止された」 (157b).
    corpus = build_corpus(make_article(text=FESTIVAL))
    item = sentence_starting(corpus, "しかし")
    assert build_choice(item, span_of(item, "2022年"), corpus) is None


def test_cards_teachers_sent_back():
    assert "maintenance" not in word_senses("保有", "ほゆう")
    assert "expertise" not in word_senses("知見", "ちけん")
    assert word_senses("立て直し", "たてなおし") == ""
