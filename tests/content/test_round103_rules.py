"""Issue 9, blind round 103: senses struck, a year's number read off another figure, a range
with a printed reading, a price under a heading of prices, the interviewer's visit, and words
that only look like pointers. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_103():
    assert word_senses("後押し", "あとおし").startswith("backing")
    assert "film" not in word_senses("端末", "たんまつ")
    assert word_senses("会釈", "えしゃく").startswith("slight bow")


DOCTOR = (
    "# 村の診療所を開いた医師\n\n"
    "## 開業まで\n\n"
    "高森ハルは1898年、山あいの村に生まれた。\n"
    "東京の医学校を出たハルは、昭和2年（1927年）に村へ戻り、診療所を開いた。\n\n"
    "## 晩年\n\n"
    "ハルは昭和45年（1970年）まで診療所で働き続け、45年間で約9万人を診た。\n"
    "昭和50年（1975年）には、県から功労賞が贈られた。\n"
)


def test_no_choice_of_a_years_number_read_off_another_figure():
    # 「ハルは［昭和40年（1965年）］まで…、40年間で…」: 40 read off (103a), either way round.
    corpus = build_corpus(make_article(text=DOCTOR))
    worked = sentence_starting(corpus, "ハルは昭和45年")
    assert build_choice(worked, span_of(worked, "昭和45年（1970年）"), corpus) is None
    assert build_choice(worked, span_of(worked, "45年間"), corpus) is None
    award = sentence_starting(corpus, "昭和50年")
    assert build_choice(award, span_of(award, "昭和50年（1975年）"), corpus)


def test_no_choice_of_a_range_end_after_a_printed_reading():
    # 「20歳（さい）から［59歳］の人は、年金にも入ります」 (103a).
    text = (
        "# 新しい町に住むとき\n\n## 年金（ねんきん）\n\n"
        "日本に住んでいる20歳（さい）から59歳の人は、年金にも入ります。\n"
        "保険料（ほけんりょう）は1か月17,510円です。\n"
    )
    corpus = build_corpus(make_article(text=text))
    ages = sentence_starting(corpus, "日本に住んでいる")
    assert build_choice(ages, span_of(ages, "59歳"), corpus) is None


UDON = (
    "# 駅前のうどん屋\n\n"
    "## 店の歩み\n\n"
    "店は1962年、店主の祖父が屋台から始めたのが始まりだ。\n"
    "取材に訪れると、店主は打ち粉にまみれた手で迎えてくれた。\n"
    "今は三代目の修さんが、毎朝6時から麺を打つ。\n\n"
    "## メニューと値段\n\n"
    "看板の「きつねうどん」は520円、季節限定の「鴨南蛮」は980円です。\n"
    "麺の量は、並と大盛りから選べます。\n\n"
    "## 店の場所\n\n"
    "店は駅の南口から歩いて7分の商店街にある。\n"
    "カウンター8席とテーブル2卓だけの小さな店だ。\n"
)


def test_no_which_section_of_a_price_under_a_heading_of_prices():
    # 「きつねうどんは500円…」 under 「メニューと値段」: the heading names it (103b).
    corpus = build_corpus(make_article(text=UDON))
    assert build_section(sentence_starting(corpus, "看板の"), corpus) is None
    # Nor under another heading: a price fits the heading of the thing priced and any
    # heading of money alike (round 126).
    other = build_corpus(make_article(text=UDON.replace("メニューと値段", "名物")))
    assert build_section(sentence_starting(other, "看板の"), other) is None


def test_no_which_section_of_the_interviewers_visit():
    # 「取材に訪れると、森田さんは古い時刻表を手に…」: the frame of every answer (103b).
    corpus = build_corpus(make_article(text=UDON))
    assert build_section(sentence_starting(corpus, "取材に訪れると"), corpus) is None


def test_words_that_only_look_like_pointers():
    text = (
        "# 和紙の工房\n\n## 原料\n\n"
        "コウゾの仕入れ値は、この10年で約1.5倍に上がった。\n"
        "和え玉は、汁のない替え玉にたれを絡めたもので、そのまま食べられる。\n"
        "この紙は、工房の二代目が考えた。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert stands_alone(sentence_starting(corpus, "コウゾの"), corpus)
    assert stands_alone(sentence_starting(corpus, "和え玉は"), corpus)
    assert not stands_alone(sentence_starting(corpus, "この紙は"), corpus)
