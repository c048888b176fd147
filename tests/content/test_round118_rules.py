"""Issue 9, blind round 118: a year so many years ago, a time that holds a later clause, a
given name after its kin, the share of an unnamed part, a figure of nothing named, and
senses. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_reading
from content.generation.corpus import build_corpus
from content.generation.statements import statement_clause
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_118():
    assert word_senses("堤防", "ていぼう") == "embankment, levee"  # 川の堤防
    assert "repeal" not in word_senses("廃止", "はいし")  # 線路の廃止
    assert word_senses("扱い", "あつかい") == ""  # かんなの扱い: handling, which JMdict lacks
    assert word_senses("本数", "ほんすう") == ""  # 列車の本数, glossed as a count of films


def test_a_time_the_sentence_opens_on_holds_its_later_clause():
    # 「戦後は…激しくなり、乗客は年々減っていった」 → 「乗客は年々増えていった」 (118a).
    text = "戦後は自動車が広まり、船の客は年々減っていった。"
    assert statement_clause(text, text.index("船の客"), len(text)) is None
    # With no time before it, the later clause still stands alone.
    text = "駅前に大きな店ができ、商店街の客は年々減っていった。"
    clause = statement_clause(text, text.index("商店街"), len(text))
    assert clause is not None and clause.text == "商店街の客は年々減っていった。"


RAILWAY = (
    "# 港町を走った軽便鉄道\n\n"
    "## 開業まで\n\n"
    "鉄道会社は1911年に、港の商人たちの出資で設立された。\n"
    "線路は港から山あいの町まで約18キロを結んだ。\n"
    "工事には延べ3万人が加わり、1913年に全線が開通した。\n"
    "初代社長の森田は、妻の和子とともに沿線に桜を植えた。\n\n"
    "## 乗客の移り変わり\n\n"
    "開業から10年で、年間の乗客は30万人を超えた。\n"
    "全体の運賃収入に占める割合は4割で、残りは貨物が稼いだ。\n"
    "2023年度の乗客は21万人だった。\n"
    "20万人を超えたのは2015年度以来、八年ぶりとなる。\n\n"
    "## 会社の終わり\n\n"
    "戦後は自動車が広まり、客は少しずつ減った。\n"
    "1971年、最後の列車が港の駅を出た。\n"
    "会社の設立から六十年後のことだった。\n"
    "今は駅の跡に小さな碑が立っている。\n"
)


def test_no_choice_of_a_year_so_many_years_before():
    # 「十万人を超えたのは［2019年度］以来、五年ぶりとなる」 (118a).
    corpus = build_corpus(make_article(text=RAILWAY))
    riders = sentence_starting(corpus, "20万人を超えた")
    assert build_choice(riders, span_of(riders, "2015年度"), corpus) is None


def test_no_choice_of_the_share_of_a_part_the_sentence_does_not_name():
    # 「全体の売上高に占める比率は［3.6%］で…」: of which business? (118b)
    corpus = build_corpus(make_article(text=RAILWAY))
    share = sentence_starting(corpus, "全体の運賃収入")
    assert build_choice(share, span_of(share, "4割"), corpus) is None


def test_no_reading_of_a_given_name_after_its_kin():
    # 「妻の和子は…」 read わこ (118b).
    corpus = build_corpus(make_article(text=RAILWAY))
    planting = sentence_starting(corpus, "初代社長の森田")
    token = next(token for token in planting.tokens if token.surface == "和子")
    assert build_reading(planting, token, corpus) is None


def test_no_choice_of_a_figure_of_nothing_the_sentence_names():
    # 「会社の設立から［五十三年後］のことだった」: what happened then? (118a)
    corpus = build_corpus(make_article(text=RAILWAY))
    closing = sentence_starting(corpus, "会社の設立から")
    assert build_choice(closing, span_of(closing, "六十年後"), corpus) is None
