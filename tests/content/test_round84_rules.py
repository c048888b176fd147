"""Issue 9, blind round 84: statements that lean on the sentence before or only say something
is there, a year the pandemic dates, an interview's yes or no, and a few cards. Each text is
our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_no_statement_of_the_two_or_of_a_place_where_something_is():
    corpus = build_corpus(
        make_article(
            text=(
                "# 音を整える仕事\n\n"
                "秋田市の住宅街の一角に、小さな看板を掲げた工房がある。\n"
                "調律師の三浦さんは、ここを拠点に県内の家庭や学校を回っている。\n\n"
                "## 仕事を選んだきっかけ\n\n"
                "三浦さんは能代市で生まれ、子どものころからピアノを習っていた。\n"
                "ワクチンの研究を支えたのは、カリコとワイスマンの二人である。\n"
                "カリコらは2005年に、その方法を論文で発表した。\n"
                "二人は、mRNAを体に入れると炎症が起きるという長年の問題を、塩基の一部を"
                "置き換えることで乗り越え、2023年にノーベル生理学・医学賞を受けた。\n"
            )
        )
    )
    # 「能代市の住宅街の一角に、…工房がある。」 (false): one may stand there too (84b).
    there = sentence_starting(corpus, "秋田市の住宅街")
    assert build_truefalse(there, span_of(there, "秋田市"), corpus) is None
    # 「二人は、…2020年にノーベル生理学・医学賞を受賞した」 (false): which two? (84b)
    two = sentence_starting(corpus, "二人は")
    assert build_truefalse(two, span_of(two, "2023年"), corpus) is None


def test_no_year_choice_beside_the_pandemic():
    # 「新型コロナウイルス禍前の［2019年度］」 beside 2024年度 and 2025年度 (84a).
    corpus = build_corpus(
        make_article(
            text=(
                "# 鉄道とホテルの決算\n\n## ホテル事業\n\n"
                "外国人客の割合は38%と、新型コロナウイルス禍前の2019年度（21%）の倍近くになった。\n"
                "客室稼働率は、2017年度に初めて80%を超えた。\n"
                "同社は2024年度に二つのホテルを開き、2025年度には一つを閉じた。\n"
            )
        )
    )
    item = sentence_starting(corpus, "外国人客")
    assert build_choice(item, span_of(item, "2019年度"), corpus) is None
    plain = sentence_starting(corpus, "客室稼働率")
    assert build_choice(plain, span_of(plain, "2017年度"), corpus)


def test_no_statement_whose_year_the_pandemic_gives():
    # 「2023年に新型コロナウイルス感染症の流行が始まると、…」 (false): known, not read (the kit).
    corpus = build_corpus(
        make_article(
            text=(
                "# ワクチンの仕組み\n\n## 新しいワクチン\n\n"
                "カリコらは2005年に、その方法を論文で発表した。\n"
                "2020年に新型コロナウイルスの流行が始まると、mRNAワクチンが注目を集めた。\n"
                "開発は、それまでの十分の一ほどの期間で進んだ。\n"
            )
        )
    )
    item = sentence_starting(corpus, "2020年に")
    assert build_truefalse(item, span_of(item, "2020年"), corpus) is None


def test_no_which_section_for_an_answers_yes_or_no():
    # 「いえ、最初の一年は月に十台もありませんでした。」 (84b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 調律師に聞く\n\n"
                "## 地方に戻った理由\n\n"
                "――東京で働いていたそうですね。\n"
                "はい、楽器店で八年間、調律の仕事をしていました。\n"
                "父が倒れたのをきっかけに、能代に戻りました。\n\n"
                "## 仕事の中身\n\n"
                "――最初から仕事はありましたか。\n"
                "いえ、最初の一年は月に十台もありませんでした。\n"
                "今は学校や公民館のピアノも見ています。\n\n"
                "## これから\n\n"
                "――今後の目標は。\n"
                "若い調律師を一人、育てたいと思っています。\n"
            )
        )
    )
    for opening in ("はい、楽器店", "いえ、最初"):
        assert build_section(sentence_starting(corpus, opening), corpus) is None, opening


def test_cards_of_round_84():
    # 先輩 and 数か月: too easy (83b, 84b); 米のとれ高 is no film's footage (84a).
    assert is_basic_word("先輩") and is_basic_word("数か月")
    assert word_senses("とれ高", "とれだか") == ""
