"""Issue 9, blind round 27: a count its list shows through printed readings, a figure a
change in points computes, a price between two printed with readings, a count of one among
many, years a sentence's tense rules out, a clause that leans on the one cut off, and 小中学校.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.statements import statement_clause
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

REPORT = """# 製糸の町と会社の一年

## 蚕を育てる農家

農家の多くは春蚕（はるご）と夏秋蚕（なつあきご）の二回、繭を育てていた。
工場には女工が三百人、機械工が十二人いた。
私を含む救助隊員9人が夜通し歩いた。
山小屋の番人は3人で、登山者は40人ほどだった。
4人のうち1人は病院に運ばれた。

## 会社の数字

2025年4月25日、当社は第68期の決算を発表しました。
売上高営業利益率は4.5%となり、前期の4.3%から0.2ポイント改善しました。
経常利益率は5.1%、純利益率は3.2%でした。
当社は2023年度から工場の省エネ化を進めてきました。
新しい工場は2028年度の完成を目指しています。
あわせて、2025年5月から自己株式の取得を実施いたします。
"""


def test_a_count_its_list_shows_through_printed_readings_is_not_asked():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "農家の多くは")
    assert build_choice(item, span_of(item, "二回"), corpus) is None


def test_a_figure_a_change_in_points_computes_is_not_asked():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "売上高営業利益率は")
    assert build_choice(item, span_of(item, "4.3%"), corpus) is None


def test_a_count_of_one_is_no_option_for_many():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "私を含む")
    span = span_of(item, "9人")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=8)
    assert options and "1人" not in options


def test_what_has_been_done_gets_no_later_year_and_what_will_be_done_no_earlier_one():
    corpus = build_corpus(make_article(text=REPORT))
    done = sentence_starting(corpus, "当社は2023年度から")
    span = span_of(done, "2023年度")
    options = pick_distractors(span, corpus=corpus, sentence_text=done.sentence.text, count=8)
    assert options and all(int(option[:4]) <= 2025 for option in options), options
    will = sentence_starting(corpus, "あわせて、")
    span = span_of(will, "2025年5月")
    options = pick_distractors(span, corpus=corpus, sentence_text=will.sentence.text, count=8)
    assert options and all(int(option[:4]) >= 2025 for option in options), options


EASY = """# 粗大ごみ

## 料金

いすは 400円（えん）です。
シングルベッドは 1,200円（えん）、たんすは 大（おお）きさで 800円（えん）から 1,600円（えん）です。
じてんしゃは 800円（えん）です。
テレビは 3,000円（えん）です。
"""


def test_figures_printed_with_readings_bound_the_options():
    corpus = build_corpus(make_article(text=EASY))
    item = sentence_starting(corpus, "シングルベッドは")
    span = span_of(item, "1,200円")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=8)
    assert all(800 < int(option[:-1].replace(",", "")) < 1600 for option in options), options


def test_a_clause_that_leans_on_the_one_before_is_not_cut_off():
    sentence = "湊中学校でも生徒会が「残さずウィーク」を企画し、期間中の残食率は4.1パーセントまで下がった。"
    start = sentence.index("4.1")
    assert statement_clause(sentence, start, start + len("4.1パーセント")) is None


def test_a_compound_of_a_basic_kanji_and_a_basic_word_is_basic():
    assert is_basic_word("小中学校")
    assert not is_basic_word("整形外科")


UNDATED = """# 港の醸造所

## これまでと これから

醸造所は2016年に港の倉庫を借りて始まった。
父が漁師を引退したのは2019年だった。
新しい瓶詰めの機械は2021年に入れた。
2026年までに年間の生産量を2倍にすることを目指している。
"""


def test_an_undated_article_tells_its_present_by_the_latest_year_it_tells_of():
    corpus = build_corpus(make_article(text=UNDATED))
    assert corpus.present_year == 2021
    past = sentence_starting(corpus, "父が漁師を")
    options = pick_distractors(
        span_of(past, "2019年"), corpus=corpus, sentence_text=past.sentence.text, count=8
    )
    assert options and all(int(option[:4]) <= 2021 for option in options), options
    ahead = sentence_starting(corpus, "2026年までに")
    options = pick_distractors(
        span_of(ahead, "2026年"), corpus=corpus, sentence_text=ahead.sentence.text, count=8
    )
    assert options and all(int(option[:4]) >= 2021 for option in options), options
