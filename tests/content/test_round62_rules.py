"""Issue 9, blind round 62: a sentence of 当時 or 中には leans back, a clause copied is a copy,
a last clause cut loose makes no statement, a heading's word spelled with kana or its
adjective's kanji gives it away, and a gloss and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import (
    build_choice,
    build_section,
    build_truefalse,
    copied_from,
)
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def washi():
    return build_corpus(
        make_article(
            text=(
                "# 谷の紙漉き\n\n## 藩の御用紙\n\n"
                "1702年、藩は谷の紙を御用紙に指定した。\n"
                "当時の記録によれば、谷で紙を漉く家は四十二軒だった。\n"
                "紙漉きの家は、冬の間に一軒で二万枚ほどを漉いた。\n\n"
                "## 最盛期\n\n"
                "1790年代には、谷で紙を漉く家は百十軒に増えた。\n"
                "紙は大坂の問屋を通じて、遠くの町まで運ばれた。\n\n"
                "## 大津波の記録\n\n"
                "1896年の地震では、約2万2000人が亡くなった。\n"
                "2011年の地震では、津波が海岸から5キロ以上内陸まで入った。\n"
                "津波は平野の奥まで進み、死者は震災全体で約1万8000人に上った。\n"
            )
        )
    )


def test_a_figure_of_the_time_before_is_neither_asked_nor_stated(washi):
    item = sentence_starting(washi, "当時の記録")
    span = span_of(item, "四十二軒")
    assert build_choice(item, span, washi) is None
    assert build_truefalse(item, span, washi) is None


def test_a_last_clause_cut_loose_makes_no_statement(washi):
    item = sentence_starting(washi, "津波は平野の")
    assert build_truefalse(item, span_of(item, "1万8000人"), washi) is None


def test_a_clause_copied_word_for_word_is_a_copy():
    sentence = "津波は平野の奥まで進み、死者は震災全体で約1万8000人に上った。"
    assert copied_from("死者は震災全体で約1万8000人に上った。", sentence)
    # A clause whose predicate is put in its own form is in other words.
    assert not copied_from(
        "健蔵は工業学校で学んだ技術者だった。", "健蔵は工業学校で学んだ技術者で、種を配った。"
    )


@pytest.fixture
def bank():
    return build_corpus(
        make_article(
            text=(
                "# 港町銀行の決算\n\n## 貸出金と預金の動き\n\n"
                "個人向けの住宅ローンは、前の年より3.2%増えた。\n"
                "大企業向けの貸し出しは、金利の競争を避けたため1.1%減った。\n"
                "預金の残高は、年金の受け取りが増えて過去最高になった。\n\n"
                "## 頭取の話\n\n"
                "頭取は、地元の企業を支える融資を増やすと話した。\n"
                "取引先の工場を訪ねる若手の行員も増やすという。\n"
                "中には、十年以上取引が続く町工場もあるという。\n\n"
                "## 深い海ほど速く進む\n\n"
                "外洋の水深が四千メートルあると、津波はジェット機に近い速さで進む。\n"
                "岸に近づいて水深が浅くなると、時速は三十キロほどまで落ちる。\n"
                "後ろの波が前の波に追いついて、波の高さが増す。\n"
                "湾の奥では、波が数メートルの高さまで盛り上がることもある。\n"
            )
        )
    )


def test_a_headings_word_spelled_with_kana_gives_it_away(bank):
    assert build_section(sentence_starting(bank, "大企業向け"), bank) is None


def test_a_headings_adjective_in_a_kanji_word_gives_it_away(bank):
    assert build_section(sentence_starting(bank, "岸に近づいて"), bank) is None


def test_a_sentence_opening_with_nakaniwa_leans_back(bank):
    assert build_section(sentence_starting(bank, "中には"), bank) is None


def test_the_other_sentences_of_the_bank_are_asked(bank):
    for opening in ("後ろの波が", "取引先の"):
        assert build_section(sentence_starting(bank, opening), bank) is not None


def test_a_hospitals_drip_is_no_raindrop():
    assert "raindrops" not in word_senses("点滴")
    assert "intravenous drip" in word_senses("点滴")


@pytest.mark.parametrize("word", ["紅茶", "説明会", "勉強会"])
def test_words_round_62_called_too_easy(word):
    assert is_basic_word(word)
