"""Issue 9, blind round 117: one which-section question a section, a fare's passenger, a
record's hearsay, a figure converted, a bag of nothing named, 万 among digits, and senses.
Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_section
from content.generation.clefts import cleft_statement, measure_question
from content.generation.corpus import build_corpus
from content.generation.distractors import same_format
from content.generation.selection import rank_article
from content.models import QuestionKind
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_117():
    assert "dispensable" not in word_senses("割りばし", "わりばし")
    assert "bridge" not in word_senses("桟橋", "さんばし").split(", ")  # フェリーの桟橋


def _span(text: str, answer: str):
    return next(span for span in find_spans(text, tokenize(text)) if span.text == answer)


def test_no_measure_question_of_one_passengers_fare():
    # 「片道の運賃の大人は、いくらですか。」 (117b).
    text = "片道の運賃は大人3,150円で、子どもは半額になる。"
    assert measure_question(text, _span(text, "3,150円")) is None


def test_no_cleft_statement_of_what_a_record_tells():
    # 「…延ばしたと記録に残るのは、善右衛門です。」 (117a).
    text = "二代目の清兵衛は利息を通常の三分の一に下げ、返済の期限も延ばしたと記録に残る。"
    assert cleft_statement(text, _span(text, "清兵衛"), "清兵衛") is None


def test_a_figure_in_digits_is_no_option_beside_figures_in_man():
    # 9,800円 beside 1万円, 2万円 and 3万円 (117b).
    assert not same_format("9,800円", "2万円")
    assert same_format("3万円", "2万円")
    assert same_format("9,800円", "7,500円")


ISLAND = (
    "# 島の週末\n\n"
    "## 港の売店\n\n"
    "帰りのフェリーを待つ間、港の売店をのぞいた。\n"
    "島のおばあさんたちが炊いたひじきの佃煮が並んでいた。\n"
    "1袋500円で、この売店でしか手に入らないという。\n"
    "迷わず二つ買って、リュックに入れた。\n\n"
    "## 氷河が流れるしくみ\n\n"
    "氷河は、自らの重さでゆっくりと流れる氷の塊である。\n"
    "流れる速さは氷河によって大きく異なり、年に数メートルしか進まないものもある。\n"
    "北部のある氷河は、2015年の夏に1日あたり約40メートル、年に換算すると1万4000メートル近い速さを記録した。\n"
    "速さは、人工衛星の画像を比べて測られた。\n"
    "この氷河の厚さは約600メートルあり、表面は毎年20メートルほど低くなっている。\n"
)


def test_no_choice_of_a_price_of_nothing_the_sentence_names():
    # 「1袋［450円］で、港の売店でしか手に入らないという」: a bag of what? (117b)
    corpus = build_corpus(make_article(text=ISLAND))
    bag = sentence_starting(corpus, "1袋500円")
    assert build_choice(bag, span_of(bag, "500円"), corpus) is None


def test_no_choice_of_a_figure_the_sentence_converts():
    # 「1日あたり約［46メートル］、年に換算すると1万7000メートル近い」 (117b).
    corpus = build_corpus(make_article(text=ISLAND))
    glacier = sentence_starting(corpus, "北部のある氷河は")
    assert build_choice(glacier, span_of(glacier, "40メートル"), corpus) is None


FLIGHTS = (
    "# ドローン便が飛ぶ\n\n"
    "## 初めての定期便\n\n"
    "県と新興企業スカイリンクは5月、山あいの集落へのドローン定期便を始めた。\n"
    "初便は午前9時に町の拠点を離陸し、約12キロ先の集落まで18分で荷物を運んだ。\n"
    "機体はカーボン製で、最大5キロの荷物を積むことができる。\n"
    "運航は平日の午前と午後の1日2回で、天候が悪い日は休む。\n"
    "集落の北村ハナさんは「薬が早く届くのが何よりうれしい」と話した。\n\n"
    "## 費用と課題\n\n"
    "事業費は約2億円で、国の交付金が半分を賄う。\n"
    "冬は雪と強い風で、飛べない日が続くおそれがある。\n"
    "電池の改良型を秋までに導入し、飛行距離を延ばす計画だ。\n"
    "知事は「山の暮らしを支える新しい道にしたい」と述べた。\n\n"
    "## 集落の暮らし\n\n"
    "集落には約40人が住み、その7割が65歳以上だ。\n"
    "最寄りの商店までは車で40分かかる。\n"
    "これまでは週に1度の移動販売が頼りだった。\n"
    "住民は専用のアプリや電話で品物を注文する。\n"
)


def test_a_section_publishes_one_which_section_question_at_most():
    # Three in one section, each answered 「県内初の定期便が離陸」 (117a).
    corpus = build_corpus(make_article(text=FLIGHTS))
    first = corpus.sections[0]
    drafts = [
        draft
        for item in corpus.sentences
        if item.section.pk == first.pk and (draft := build_section(item, corpus))
    ]
    assert len(drafts) >= 2
    [(published, kept)] = rank_article({first.pk: drafts}).values()
    assert [draft.kind for draft in published] == [QuestionKind.SECTION]
    assert len(kept) == len(drafts) - 1  # the others stay drafts for instructors
