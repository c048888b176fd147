"""Issue 9, blind round 35: shares that pass a whole, a total beside its rate, the year of a
results period, and a compound read with another reading of its part. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import _read_by_its_parts, build_choice, build_reading
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.content.test_round33_rules import FARM
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BIKES = """# 町のシェアサイクル

【2025年1月20日】

## 利用の様子

利用目的は通勤・通学が41%、観光が33%、買い物や通院が19%だった。
期間中の利用回数は延べ1万8,400回で、1日あたり平均約200回に上った。
貸し出し拠点は駅前など12か所に置かれた。
"""


def test_a_shares_options_leave_the_whole_at_most_full():
    corpus = build_corpus(make_article(text=BIKES))
    item = sentence_starting(corpus, "利用目的は")
    wrong = pick_distractors(span_of(item, "41%"), corpus=corpus, sentence_text=item.sentence.text)
    assert len(wrong) == 3, wrong
    assert all(figure_value(option) + 33 + 19 <= 100 for option in wrong), wrong


def test_a_total_beside_its_rate_per_day_is_not_asked():
    corpus = build_corpus(make_article(text=BIKES))
    item = sentence_starting(corpus, "期間中の")
    assert build_choice(item, span_of(item, "1万8,400回"), corpus) is None


RESULTS = """# 甘泉製菓、上期は増収

【2025年11月12日】

## 決算

菓子メーカーの甘泉製菓は11日、2025年4〜9月期の連結決算を発表した。
売上高は412億円で、前年同期を6%上回った。
甘泉製菓は2018年に東南アジアへの輸出を始めた。
"""


def test_the_year_of_a_results_period_is_not_asked():
    corpus = build_corpus(make_article(text=RESULTS))
    item = sentence_starting(corpus, "菓子メーカー")
    assert build_choice(item, span_of(item, "2025年"), corpus) is None
    other = sentence_starting(corpus, "甘泉製菓は2018年")
    assert build_choice(other, span_of(other, "2018年"), corpus) is not None


def test_a_compound_read_with_another_reading_of_its_part_is_no_wrong_option():
    assert "りょきゃくき" in _read_by_its_parts("旅客機", "りょかくき")
    assert _read_by_its_parts("地震計", "じしんけい") == set()  # 地震 as ない is obsolete
    text = "# 空港\n\n## 便\n\n空港には、毎日およそ300機の旅客機が発着している。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "空港には")
    token = next(token for token in item.tokens if token.surface == "旅客機")
    draft = build_reading(item, token, corpus)
    assert draft is None or "りょきゃくき" not in draft.choices


def test_a_sense_for_one_setting_the_sentence_does_not_name_comes_last():
    # JMdict's first sense of 取り組み is a sumo "bout (in sports, etc.)" (rounds 21, 33, 35);
    # struck from 取り組み since (round 110), it stays for 取組, a sumo programme's spelling.
    senses = word_senses("取組", "とりくみ", ("今後", "主", "進める"))
    assert senses.startswith("effort")
    assert "bout" in senses
    assert word_senses("横ばい", "よこばい", ("価格", "推移")).startswith("levelling off")


def test_two_rates_side_by_side_are_still_asked():
    corpus = build_corpus(make_article(text=FARM))
    item = sentence_starting(corpus, "収量は")
    assert build_choice(item, span_of(item, "480キロ"), corpus) is not None
