"""Issue 9, blind round 89: a decade given as a bound, parts that add up to the blank, and
openings that lean on the sentence before. Each text is our own."""

import pytest

from content.generation.bounds import BOUND_AFTER
from content.generation.builders import build_choice, build_section, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_no_choice_of_a_time_since_which_nothing_changed():
    # 「［1990年代］以降も受注は回復せず…」: the 1970s and 1980s make it true too (89a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 港の造船所\n\n"
                "## 創業と戦争\n\n"
                "造船所は1908年、地元の網元だった三好伊助が小さな船台を築いたことに始まる。\n"
                "1940年代には軍の注文が増え、従業員は一時3,000人に達した。\n\n"
                "## 石油危機のあと\n\n"
                "1973年の石油危機で、大型タンカーの注文は途絶えた。\n"
                "1980年代以降も受注は戻らず、三好造船は2001年3月、新しい船の建造から手を引いた。\n"
                "2010年代には、跡地の一部が市民の公園になった。\n"
            )
        )
    )
    item = sentence_starting(corpus, "1980年代以降")
    assert build_choice(item, span_of(item, "1980年代"), corpus) is None
    # A decade that dates a turn is no bound. (Its choice is gone since round 150: a war's
    # decades around it, 1920年代 to 1960年代, leave it midway between two options.)
    turn = sentence_starting(corpus, "1940年代には")
    figure = span_of(turn, "1940年代")
    assert not BOUND_AFTER.match(turn.sentence.text, figure.end)
    assert BOUND_AFTER.match(item.sentence.text, span_of(item, "1980年代").end)


def test_no_choice_whose_listed_parts_add_up_to_it():
    # 「…11店増の［58店］で、このうち台湾が31店、タイが19店、ベトナムが8店」 (89a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 外食チェーンの決算\n\n"
                "期末の海外店舗数は前期末比9店増の47店で、このうち韓国が22店、"
                "シンガポールが16店、マレーシアが9店だった。\n"
                "国内の店舗数は、前期末より12店少ない318店となった。\n"
                "新たに出店したのは、郊外の26店である。\n"
            )
        )
    )
    item = sentence_starting(corpus, "期末の海外店舗数")
    assert build_choice(item, span_of(item, "47店"), corpus) is None


def test_no_statement_of_money_without_what_for():
    corpus = build_corpus(
        make_article(
            text=(
                "# 自転車の保管所\n\n"
                "お金は2,500円かかります。\n"
                "保管所の利用料は2,500円かかります。\n"
            )
        )
    )
    # 「お金は1,800円かかります。」: the money for what? (89a)
    assert not stands_alone(sentence_starting(corpus, "お金は"), corpus)


def test_no_which_section_of_a_cause_without_what():
    # 「原因となったのは、…ヒトスジシマカだった。」: the cause of what? (89b)
    corpus = build_corpus(
        make_article(
            text=(
                "# 蚊と病気\n\n"
                "## 世界で最も危険な生き物\n\n"
                "蚊が運ぶ病気で、毎年数十万人が命を落としている。\n"
                "2014年の夏、東京の公園を訪れた人たちの間でデング熱が相次いだ。\n"
                "原因となったのは、日本の庭や公園にふつうにいるヒトスジシマカだった。\n"
                "国内で感染が確認されたのは、およそ70年ぶりのことだった。\n\n"
                "## においと熱を追う\n\n"
                "蚊は、人の吐く二酸化炭素を10メートル以上離れた所から感じ取る。\n"
                "近づくと、皮膚の熱や汗のにおいを手がかりに止まる場所を決める。\n\n"
                "## 家でできる対策\n\n"
                "植木鉢の受け皿やバケツに水をためないことが大切だ。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "原因となった"), corpus) is None
