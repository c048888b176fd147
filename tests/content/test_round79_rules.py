"""Issue 9, blind round 79 and our own business report: a count whose number another word of
the sentence spells, a denial turned that says not to what, and a degree of mostly. Each text
is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article


@pytest.mark.django_db
def test_no_count_whose_number_another_word_spells():
    # 「［三週間］を一つの区切りとする「三廻り」」: 三廻り tells the three (79a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 湯治の町\n\n## 長い滞在\n\n"
                "昔の湯治客は、三週間を一つの区切りとする「三廻り」を目安に宿に泊まった。\n"
                "明治のころの湯治客の多くは、二週間ほど宿に泊まって湯に入った。\n"
                "町に鉄道が通ると、一週間に満たない客が増えた。\n"
                "湯を引く水路の工事では、延べ人足はおよそ二万三千人、長さは約二里に及んだ。\n"
            )
        )
    )
    item = sentence_starting(corpus, "昔の湯治客")
    assert build_choice(item, span_of(item, "三週間"), corpus) is None
    # 二里 is no hint of 二万三千人 (round 58's question, kept).
    works = sentence_starting(corpus, "湯を引く")
    assert build_choice(works, span_of(works, "二万三千人"), corpus)
    # 二週間 was a second control until round 161: its only options, 四, 五 and 六週間, are a
    # run it stands outside, and such a question is now dropped. 二万三千人 stays the control.


@pytest.mark.parametrize(
    "sentence",
    [
        # 「国籍やビザの種類は関係あります」: to what? (79a, an easy-Japanese guide)
        "国籍やビザの種類は関係ありません。",
        "教室に通うのに、年齢は関係ない。",
        # 「市場の評価はおおむね好意的ではない」: mostly, a degree (our 08_business_report).
        "市場の評価はおおむね好意的だ。",
    ],
)
def test_no_statement_turned_on_what_does_not_matter_or_on_mostly(sentence):
    assert negated(sentence) is None


def test_a_plain_denial_is_still_turned():
    assert negated("この教室は、日曜日には開きません。") is not None


def test_no_card_whose_main_sense_is_marked_or_missing():
    # 百姓: JMdict marks "farmer; peasant" sensitive; the card said "farming; the common
    # people" (79a). 全店, 両輪, 官舎: senses JMdict lacks (79a, 79b).
    for word, reading in (("百姓", "ひゃくしょう"), ("全店", "ぜんてん"), ("両輪", "りょうりん")):
        assert word_senses(word, reading) == ""
    assert word_senses("官舎", "かんしゃ") == ""
    assert word_senses("農家", "のうか").startswith("farmer")
