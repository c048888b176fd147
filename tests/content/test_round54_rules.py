"""Issue 9, blind round 54: a blank inside an aside, a region among countries and towns, a fee
of what, a heading whose verb carries printed readings, and 横ばい, 増収 and 高感度. Each text is
our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section, stands_alone
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

REPORT = """# 化粧品会社の上期決算

## 売上高

化粧品大手の花椿堂(東京・中央区)は8月8日、上期の連結決算を発表した。
アジアと北米での販売が伸び、海外の売上高は全体の41%になった。
静岡と埼玉の工場では、新しい製造ラインが動き始めた。
台湾の子会社も、初めて黒字になった。

## 見通し

下期は、新しいブランドを欧州で売り出す。
"""


@pytest.fixture
def report():
    return build_corpus(make_article(text=REPORT))


def test_a_blank_inside_an_aside_is_not_asked(report):
    item = sentence_starting(report, "化粧品大手")
    assert build_choice(item, span_of(item, "東京"), report) is None


def test_a_region_meets_regions_only(report):
    item = sentence_starting(report, "アジアと北米")
    options = pick_distractors(
        span_of(item, "北米"), corpus=report, sentence_text=item.sentence.text
    )
    assert not {"静岡", "埼玉", "台湾"} & set(options)


def test_a_fee_of_what_leans_on_the_sentence_before():
    corpus = build_corpus(
        make_article(
            text="# 図書館\n\n## 催し\n\n毎月、子ども向けの読み聞かせ会を開いています。\n参加費は無料です。\n"
        )
    )
    assert not stands_alone(sentence_starting(corpus, "参加費"), corpus)


def test_a_heading_holding_the_verb_under_printed_readings_gives_it_away():
    corpus = build_corpus(
        make_article(
            text=(
                "# 図書館(としょかん)の使(つか)い方(かた)\n\n"
                "## 本(ほん)の借(か)り方(かた)と返(かえ)し方(かた)\n\n"
                "本(ほん)は一人(ひとり)10冊(さつ)まで借(か)りられます。\n"
                "借(か)りることができる期間(きかん)は2週間(しゅうかん)です。\n\n"
                "## 図書館(としょかん)のルール\n\n"
                "図書館(としょかん)の中(なか)では、静(しず)かにしてください。\n"
                "飲(の)み物(もの)はふたのあるものだけ持(も)ち込(こ)めます。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "借(か)りることが"), corpus) is None


def test_levelling_off_revenue_and_sensitivity_keep_the_articles_senses():
    assert word_senses("横ばい", "よこばい").startswith("levelling off")
    assert "yield" not in word_senses("増収")
    sensitivity = word_senses("高感度")
    assert "high sensitivity" in sensitivity and "discerning" not in sensitivity
