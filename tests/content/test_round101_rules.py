"""Issue 9, blind round 101: a denial of the article's opening, a heading's 村々, a part of a
total the sentence before gave, a share's price of one day, and a piece of a term. Each text is
our own."""

import pytest

from content.generation.builders import (
    build_choice,
    build_negated_truefalse,
    build_section,
    build_vocab,
)
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

LAGOON = (
    "# 白砂潟の干拓\n\n"
    "## 白砂潟という湖\n\n"
    "白砂潟は、かつて平野の真ん中に広がっていた大きな湖である。\n"
    "湖のまわりの田は、毎年のように秋の長雨で水につかった。\n"
    "藩の役人たちは、湖の水を海へ流す堀を掘る計画を立てた。\n\n"
    "## 村々の負担\n\n"
    "堀を掘るために、平野の十二か村から毎日八百人の人足が集められた。\n"
    "工事に出た農民には、一日あたり米二合が配られた。\n"
    "作業は冬の農閑期に限られ、春になると人足たちは田へ戻った。\n\n"
    "## 新田の実り\n\n"
    "1741年、堀が完成し、湖の水は少しずつ引いていった。\n"
    "新しい田からは、十年後に三千石の米がとれるようになった。\n"
)


def test_no_denial_of_the_articles_opening():
    # 「鏡潟は、…大きな潟湖ではない」: false to anyone who read the title (101a).
    corpus = build_corpus(make_article(text=LAGOON))
    assert build_negated_truefalse(sentence_starting(corpus, "白砂潟は"), corpus) is None
    # The same sentence after another is denied as before.
    later = LAGOON.replace("白砂潟は、", "平野の北には、高い山が連なっている。\n白砂潟は、")
    corpus = build_corpus(make_article(text=later))
    assert build_negated_truefalse(sentence_starting(corpus, "白砂潟は"), corpus)


def test_no_which_section_of_a_headings_reduplicated_noun():
    # 「十八か村から…」 under 「村々の負担と工事」: the heading's 村 (101a).
    corpus = build_corpus(make_article(text=LAGOON))
    assert build_section(sentence_starting(corpus, "堀を掘るために"), corpus) is None
    # A sentence of the section that names no village is asked.
    assert build_section(sentence_starting(corpus, "工事に出た"), corpus)


DEEP_SEA = (
    "# 深海の新種\n\n"
    "## 見つかった魚\n\n"
    "探査機のカメラは、水深約1,800メートルの岩場で5匹の魚をとらえた。\n"
    "チームはそのうち2匹の魚を採集装置で回収した。\n"
    "標本づくりには、船上で3時間かかった。\n"
    "体長は約9センチで、うろこはなかった。\n\n"
    "## 名前の由来\n\n"
    "種小名は、調査に協力した漁協の名にちなむ。\n"
    "学名が決まるまでには、さらに4年かかった。\n"
)


def test_no_choice_of_a_part_of_the_total_before():
    # 「…3匹の姿をとらえた。チームはそのうち［2匹］を回収し…」: 4匹 and 5匹 are ruled out (101b).
    corpus = build_corpus(make_article(text=DEEP_SEA))
    part = sentence_starting(corpus, "チームはそのうち")
    assert build_choice(part, span_of(part, "2匹"), corpus) is None
    # Counted without a total before, the two are a fact to read.
    counted = build_corpus(make_article(text=DEEP_SEA.replace("そのうち", "")))
    whole = sentence_starting(counted, "チームは2匹")
    assert build_choice(whole, span_of(whole, "2匹"), counted)


def test_no_choice_of_a_shares_price_of_one_day():
    # 「前日比2.1%安の［1,856円］で取引を終えた」: a quote, and made-up options (101b).
    text = (
        "# 地方スーパーの決算\n\n## 市場の反応\n\n"
        "決算発表の翌日、同社の株価は前日比3.4%高の2,140円で取引を終えた。\n"
        "同社の株価は、この1年で約1,500円から2,140円まで上がった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    quote = sentence_starting(corpus, "決算発表の翌日")
    assert build_choice(quote, span_of(quote, "2,140円"), corpus) is None
    # Nor its change of the day (seen in our business report after the rule's first form).
    assert build_choice(quote, span_of(quote, "3.4%"), corpus) is None


def test_no_vocab_card_for_a_piece_of_a_term():
    # 小名 of 種小名 is no "minor feudal lord" (101b).
    corpus = build_corpus(make_article(text=DEEP_SEA))
    piece = sentence_starting(corpus, "種小名は")
    assert build_vocab(piece, token_of(piece, "小名"), corpus) is None
    alone = build_corpus(make_article(text=DEEP_SEA.replace("種小名は", "江戸時代の小名は")))
    piece = sentence_starting(alone, "江戸時代の小名は")
    assert build_vocab(piece, token_of(piece, "小名"), alone)


CARPENTER = (
    "# 町家を直す大工に聞く\n\n"
    "## 修業のころ\n\n"
    "――大工になったきっかけは何ですか。\n\n"
    "高校を出た2008年に、京都の工務店に弟子入りしました。\n"
    "親方は今年八十八歳になりましたが、今でも月に一度は現場を見に来てくれます。\n"
    "親方は今年八十八歳で、月に一度は現場を見に来てくれます。\n\n"
    "## 町家の仕事\n\n"
    "――どんな仕事が多いですか。\n\n"
    "去年は築百年を超える町家を三軒、直しました。\n"
    "柱の根元が腐っていれば、そこだけ新しい木に取り替えます。\n"
)


def test_no_which_section_of_an_interviewees_polite_concession():
    # 「親方は今年九十歳になりましたが、今でも…」 under the training years (101b).
    corpus = build_corpus(make_article(text=CARPENTER))
    assert (
        build_section(sentence_starting(corpus, "親方は今年八十八歳になりましたが"), corpus) is None
    )
    # No interview line is asked since round 127, not even a plain fact.
    assert build_section(sentence_starting(corpus, "親方は今年八十八歳で"), corpus) is None
