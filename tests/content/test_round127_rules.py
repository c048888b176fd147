"""Issue 9, blind round 127: which-section in interviews and by a heading's verb inside a
compound verb, statements false by arithmetic or only unstated, and era dates one year
apart. Each text is our own."""

import re

import pytest

from content.generation.builders import build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

WASHI = (
    "# 和紙工房を継いだ28歳\n\n"
    "祖父の工房を継いだ佐伯美咲さんに、仕事の話を聞いた。\n\n"
    "## 一日に漉ける枚数\n\n"
    "――一日に何枚くらい漉けるのですか。\n\n"
    "佐伯：多い日で200枚ほどです。\n"
    "楮の多くは茨城県の農家から買っています。\n"
    "冬の冷たい水で漉くと、紙が締まるんです。\n"
    "乾かすのは、昔ながらの板干しです。\n\n"
    "## 値段と向き合う\n\n"
    "――値段はどう決めていますか。\n\n"
    "佐伯：はがき大の一枚で800円です。\n"
    "材料を準備するところから数えると、一枚に何日もかかっているんです。\n"
    "高いと言われることもあります。\n"
    "それでも、使った人はまた買いに来てくれます。\n"
)


def test_no_which_section_in_an_interview():
    # 「楮の多くは茨城県の農家から買っています」 under 「一日に漉ける枚数」 (127b).
    corpus = build_corpus(make_article(text=WASHI))
    assert build_section(sentence_starting(corpus, "楮の多くは"), corpus) is None


WORKSHOP = (
    "# 紙の町の工房\n\n"
    "## 工房の始まり\n\n"
    "工房は明治の初めに、川沿いの村で開かれた。\n"
    "初代の職人は、冬の間だけ紙を漉いていた。\n"
    "紙は町の問屋を通じて、大阪へ運ばれた。\n"
    "昭和に入ると、機械で作る紙に押されて注文が減った。\n\n"
    "## 継ぐと決めた日\n\n"
    "4代目の正雄さんが体調を崩したことをきっかけに、2019年、孫の美咲さんが28歳で工房を引き継いだ。\n"
    "美咲さんは東京の会社を辞めて、村に戻った。\n"
    "最初の一年は、祖父の隣で同じ作業を繰り返した。\n"
    "今では、注文の半分を一人でこなしている。\n\n"
    "## 和紙のこれから\n\n"
    "最近は、海外の美術館からの注文も増えている。\n"
    "工房は来年、見学の受け入れを始める予定だ。\n"
    "美咲さんは、若い人に技を教えたいと話す。\n"
    "村の人口は、この20年で半分に減った。\n"
)


def test_no_which_section_of_a_compound_verb_ending_in_the_headings_verb():
    # 引き継いだ under 「継ぐと決めた日」 (127b).
    corpus = build_corpus(make_article(text=WORKSHOP))
    assert build_section(sentence_starting(corpus, "4代目の"), corpus) is None


BIRDS = (
    "# 渡り鳥の旅\n\n"
    "## 追跡の始まり\n\n"
    "研究所は2014年から8年間にわたり、国内で繁殖する小鳥の追跡調査を続けてきた。\n"
    "小鳥の背中には、重さ1グラムほどの記録計を付けた。\n"
    "記録計は、日の出と日の入りの時刻から位置を割り出す。\n"
    "回収できた記録計は、全体の3割ほどだった。\n\n"
    "## 長い歴史\n\n"
    "足環を使った調査は、これまで約50年間にわたって続いている。\n"
    "これまでに、500万羽を超える鳥に足環が付けられた。\n"
    "鎌倉時代の古文書には、すでに渡り鳥の群れのことが記されている。\n"
    "室町時代には、鷹狩りのために渡り鳥が数えられた。\n"
)


def test_no_swap_of_a_span_of_years_counted_from_a_year():
    # 「2014年から50年間…続けてきた」: false by arithmetic, not by the article (127b).
    corpus = build_corpus(make_article(text=BIRDS))
    survey = sentence_starting(corpus, "研究所は2014年から")
    assert build_truefalse(survey, span_of(survey, "8年間"), corpus) is None


def test_no_swap_of_the_time_something_was_already_so():
    # 「室町時代の古文書には、すでに…」: a later record may say so too (127a).
    corpus = build_corpus(make_article(text=BIRDS))
    record = sentence_starting(corpus, "鎌倉時代の古文書")
    assert build_truefalse(record, span_of(record, "鎌倉時代"), corpus) is None


def test_era_dates_are_not_one_year_apart():
    # 宝暦3年 and 宝暦5年 beside 宝暦4年: a memory test of one year (rounds 124, 127).
    corpus = build_corpus(
        make_article(
            text=(
                "# 町の神社\n\n"
                "## 洪水と再建\n\n"
                "寛保2年（1742年）の大洪水で、本殿は土台から流された。\n"
                "宝暦4年（1754年）に完成した本殿は、土台が約2メートル高く造られている。\n"
                "再建の費用は、町の人々の寄付でまかなわれた。\n"
                "祭りは、この年から再び開かれるようになった。\n"
            )
        )
    )
    options = options_of(corpus, "宝暦4年", "宝暦4年（1754年）")
    years = [int(re.search(r"（(\d+)年）", option).group(1)) for option in options]
    assert years and all(abs(year - 1754) > 1 for year in years)
