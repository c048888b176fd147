"""Issue 9, blind round 173: answers the sentence works out, a statement of what some do, an
unsayable misreading, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_truefalse, build_wh
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings
from tests.content.sentences import sentence_with, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


KIT = """# 防災セットの見直し

## 点検の時期

防災セットは、年に2回、たとえば3月と9月に中身を点検する日を決めておきましょう。
"""


def test_a_count_an_example_list_spells_out_is_not_asked():
    # 「年に［？］、たとえば3月と9月に」 can only be 2回: the と of たとえば split the list (173a).
    corpus = build_corpus(make_article(text=KIT))
    item = sentence_with(corpus, "2回")
    assert build_choice(item, span_of(item, "2回"), corpus) is None


TEACHER = """# 子ども食堂を開いた元教師

## 教壇を降りて

佐々木さんは1975年から38年間、区内の小学校で教壇に立ち、2013年に定年退職した。
"""


def test_a_year_the_sentence_counts_up_to_is_not_asked():
    # 1975年 and 38年間 give 2013年 by arithmetic (173b).
    corpus = build_corpus(make_article(text=TEACHER))
    item = sentence_with(corpus, "2013年")
    span = span_of(item, "2013年")
    assert build_choice(item, span, corpus) is None
    assert build_truefalse(item, span, corpus) is None


STORE = """# 百貨店の跡地の再開発

## 新しいビルの計画

跡地には地上20階建ての複合ビルが建てられ、2029年春の開業を目指す。
延べ床面積は約6万平方メートルで、現在の約1.5倍となる。
低層階には商業施設、中層階にはオフィス、高層階にはホテルが入る。
敷地の面積は約8千平方メートルで、駅前の再開発としては県内で最大となる。
"""


def test_a_bare_topic_beside_a_ratio_gets_no_measure_question():
    # 「延べ床面積は、何平方メートルですか」: of which building? The present one's 4万 fits the
    # ratio too (173b).
    corpus = build_corpus(make_article(text=STORE))
    item = sentence_with(corpus, "延べ床面積")
    assert build_wh(item, span_of(item, "6万平方メートル"), corpus) is None


def test_a_topic_with_its_owner_and_no_ratio_keeps_its_measure_question():
    # Control (passes before and after): 「敷地の面積は、何平方メートルですか」.
    corpus = build_corpus(make_article(text=STORE))
    item = sentence_with(corpus, "敷地の面積")
    draft = build_wh(item, span_of(item, "8千平方メートル"), corpus)
    assert draft is not None and draft.prompt.startswith("敷地の面積は、")


SUBSIDY = """# 家庭の防災セット

## 水の準備

水は1人1日3リットルが目安で、家族4人なら3日分で36リットルになります。
ペットボトルの水は、1ケースがおよそ4,200円です。

## 費用と補助

自治体によっては、防災用品の購入に最大5,000円の補助を出しているところもあります。
"""


def test_no_statement_of_a_figure_some_give():
    # 「…最大5,000円の補助を出しているところもあります」 as 4,200円: some give that, and the
    # others are unstated, not shown to give something else (173a).
    corpus = build_corpus(make_article(text=SUBSIDY))
    item = sentence_with(corpus, "ところもあります")
    assert build_truefalse(item, span_of(item, "5,000円"), corpus) is None


def test_no_misreading_puts_an_h_sound_after_a_small_tsu():
    # せっはん for 折半: after っ an h-sound turns to p, so no one reads it so (173b).
    options = misreadings("折半", "せっぱん")
    assert options
    assert not any("っは" in option or "っひ" in option for option in options), options


def test_cards_teachers_sent_back():
    # Food past its date is no "becoming overdue"; data shared is no joint ownership; one's
    # regular medicine no "household medicine" (173a).
    assert "overdue" not in word_senses("期限切れ", "きげんぎれ")
    assert word_senses("共有", "きょうゆう", ("データ",)) == ""
    assert word_senses("常備薬", "じょうびやく", ("持病",)) == ""
    # 米屋, 売り買い (173a), 中央部 and 使用量 (173b) are too easy.
    for word in ("米屋", "売り買い", "中央部", "使用量"):
        assert is_basic_word(word), word
