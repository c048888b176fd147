"""Issue 9, blind round 134: a span of years with its months, a term the article names as the
same thing, a bank's 店舗, and the っ of a reading in つ. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings
from content.generation.terms import term_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_banks_shops_are_its_branches():
    # 「県内の7店舗を近隣の店舗に統合」: branches, which "shop, store" misleads on (134b).
    assert word_senses("店舗", "てんぽ", ("同行", "統合", "近隣")) == ""
    assert word_senses("店舗", "てんぽ", ("駅前", "開く")) != ""


def test_no_misreading_doubles_a_reading_in_tsu():
    # だったんそ is heard as often as だつたんそ (134b); がっせい for 学生 stays a misreading.
    assert "だったんそ" not in misreadings("脱炭素", "だつたんそ")
    assert "がっせい" in misreadings("学生", "がくせい")


def test_no_choice_of_the_years_between_two_months():
    # 「2026年4月から2028年3月までの［2年間］」: worked out (134a).
    text = (
        "# 電動バスの導入\n\n"
        "## 契約の中身\n\n"
        "市は2027年4月から2030年3月までの3年間に、電動バス24台を導入する。\n"
        "1台あたりの価格は、約6,000万円だ。\n"
        "充電設備は、2か所の営業所に設けられる。\n"
        "運転手の研修は、1人あたり5日間行う。\n"
    )
    corpus = build_corpus(make_article(text=text))
    buses = sentence_starting(corpus, "市は2027年")
    assert build_choice(buses, span_of(buses, "3年間"), corpus) is None


MILL = """# 製糸場の百年

## 創業

この倉庫は1998年に町の文化財となり、今は資料館として公開されている。
資料館の館長は、工女たちの手紙を集めている。
倉庫の壁には、洪水の時の水の高さを示す線が残っている。

## 暮らし

工女たちは寄宿舎で暮らし、教室の机で裁縫を習った。
工場の周りには、小さな畑が広がっていた。
寄宿舎の前には、大きな桜の木があった。
"""


def test_no_term_of_the_article_named_as_the_same_thing_is_an_option():
    # 「この倉庫は…今は資料館として公開されている」: 資料館 is 倉庫 (134a).
    corpus = build_corpus(make_article(text=MILL))
    wall = sentence_starting(corpus, "倉庫の壁には")
    span = next(s for s in wall.spans if s.text == "倉庫" and s.type == SpanType.TERM)
    assert set(term_distractors(wall, span, corpus)[0]) == {"工場", "教室"}
