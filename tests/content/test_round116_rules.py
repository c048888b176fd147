"""Issue 9, blind round 116: a figure the title rounds, a background of the sentence before,
an answer that names nothing, a heading's noun of one kanji, and a sense. Each text is our
own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section, build_wh
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_sense_struck_in_round_116():
    assert "operating ratio" not in word_senses("稼働率", "かどうりつ")  # 現地工場の稼働率


LIBRARY = (
    "# 市立図書館が再開、初日2千人\n\n"
    "## 新しい閲覧室\n\n"
    "閲覧室は木の柱が並ぶ明るい空間になった。\n"
    "再開初日の来館者は約2100人に上り、旧館の約3倍となった。\n"
    "午後には入館を待つ列が玄関の外まで延びた。\n"
    "子ども向けの部屋では読み聞かせが開かれた。\n\n"
    "## 夜の開館\n\n"
    "平日は午後9時まで開館する。\n"
    "夜間には、仕事帰りに立ち寄る会社員の利用が増えている。\n"
    "帰りに本を借りていく人も少なくない。\n"
    "閉館後の返却はポストで受け付ける。\n\n"
    "## 蔵書と設備\n\n"
    "蔵書は45万冊で、うち2割が新たに購入された。\n"
    "利用者が増えたのは、駅前の再開発で住民が増えたことが背景にある。\n"
    "館内にはカフェも設けられた。\n"
    "会議室は市民が無料で使える。\n"
)


def test_no_question_of_a_figure_the_title_gives_rounded():
    # 「初日3千人」 above 「来館者は約［3200人］に上り」 (116a).
    corpus = build_corpus(make_article(text=LIBRARY))
    first_day = sentence_starting(corpus, "再開初日の来館者")
    span = span_of(first_day, "2100人")
    assert build_choice(first_day, span, corpus) is None
    assert build_wh(first_day, span, corpus) is None


def test_no_which_section_of_what_lies_behind_the_sentence_before():
    # 「…消費者が増えたことが背景にある」 (116b).
    corpus = build_corpus(make_article(text=LIBRARY))
    assert build_section(sentence_starting(corpus, "利用者が増えたのは"), corpus) is None


def test_no_which_section_matched_by_a_heading_noun_of_one_kanji():
    # 夜間 under 「星座を読む夜の旅人」 (116b).
    corpus = build_corpus(make_article(text=LIBRARY))
    assert build_section(sentence_starting(corpus, "夜間には"), corpus) is None


BOOKSHOP = (
    "# 古書店を営む\n\n"
    "駅前商店街で古書店を営む女性に話を聞いた。\n\n"
    "## 店の棚\n\n"
    "――いちばん高く売れた本は。\n\n"
    "「昭和のはじめに出た京都の地図で、8万円でした。」\n"
    "「買ったのは大学の先生で、研究に使うそうです。」\n"
    "「棚には、いつも三万冊ほど並べています。」\n\n"
    "## これから\n\n"
    "――これからの夢は。\n\n"
    "「若い人が気軽に入れる店にしたいと思っています。」\n"
    "「来年は、店の奥に小さな喫茶コーナーを作る予定です。」\n"
)


def test_no_question_of_an_answer_that_names_nothing():
    # 「明治時代に出た伊豆の旅行案内で、［12万円］でした。」: the price of what? (116b)
    corpus = build_corpus(make_article(text=BOOKSHOP))
    dearest = sentence_starting(corpus, "昭和のはじめ")
    assert build_choice(dearest, span_of(dearest, "8万円"), corpus) is None
    assert build_section(dearest, corpus) is None
