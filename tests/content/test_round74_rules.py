"""Issue 9, blind round 74: no reading of a word a learner reads from verbs they know, no card
for the bare stem of an honorific word, no which-section question on a clause that hangs on
another, a kitchen's gloss and two words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_reading, build_section, build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

KILNS = (
    "# 丘の上の窯元\n\n"
    "## 窯の起こり\n\n"
    "この町の窯の起こりは、江戸時代の初めにさかのぼる。\n"
    "藩主の松平正信が陶工を招き、城下の丘に登り窯を築かせた。\n"
    "窯では皿や茶碗などの焼き物が作られ、藩の御用品として献上された。\n\n"
    "## 明治以降の盛衰\n\n"
    "明治に入ると藩の保護を失い、窯の数は一時三つにまで減った。\n"
    "昭和の初めには陶芸家の河合清が移り住み、釉薬の研究に打ち込んだ。\n"
)


def test_no_reading_of_a_word_read_from_verbs_a_learner_knows():
    # 起こり is 起こる's, 焼き物 焼く's and 物's (74a): nothing new to read.
    corpus = build_corpus(make_article(text=KILNS))
    item = sentence_starting(corpus, "この町の")
    assert build_reading(item, token_of(item, "起こり"), corpus) is None
    item = sentence_starting(corpus, "窯では")
    assert build_reading(item, token_of(item, "焼き物"), corpus) is None
    # A word with a kanji no verb reads is still asked: 登り窯 (のぼりがま).
    item = sentence_starting(corpus, "藩主の")
    assert build_reading(item, token_of(item, "登り窯"), corpus).answer == "のぼりがま"


def test_no_card_for_the_stem_of_an_honorific_word():
    # 供え of お供え (74b): the text's word is お供え.
    text = (
        "# 村の小さな祠\n\n"
        "## 祠を守る人々\n\n"
        "毎朝、近所の人が祠に花を飾り、寺からはお供えのお米が届く。\n"
        "祠の掃除は当番制で、十軒ほどの家が交代で受け持つ。\n\n"
        "## 祭りの日\n\n"
        "秋の祭りの日には、祠の前に供え物の台が並べられる。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "毎朝")
    assert build_vocab(item, token_of(item, "供え"), corpus) is None
    # Written without its prefix, in a word of its own, it is carded.
    item = sentence_starting(corpus, "秋の")
    assert build_vocab(item, token_of(item, "供え物"), corpus)


def test_no_which_section_question_on_a_clause_that_hangs_on_another():
    # 「…と言ってくれて。」 and 「…増えていましたから。」 (74b): an answer's clause, its main
    # clause in the sentence around it.
    text = (
        "# 子ども食堂を始めて\n\n"
        "## きっかけ\n\n"
        "――食堂を始めたきっかけは何でしたか。\n"
        "近所の小学生が、夕方の公園でいつも一人でパンをかじっていたんです。\n"
        "声をかけたら、母親の帰りが毎晩九時を過ぎると話してくれました。\n"
        "当時は、そういう家庭が三百戸の団地の中でも少しずつ増えていましたから。\n\n"
        "## 仲間と支え\n\n"
        "――一人で始めたのですか。\n"
        "隣の部屋の元調理師の田中さんが「献立なら任せて」と言ってくれて。\n"
        "今では地元の農家や商店街の十二軒から、野菜や米が毎週のように届きます。\n"
        "ボランティアは高校生から八十代まで、登録者が四十人を超えました。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert corpus.is_interview
    assert build_section(sentence_starting(corpus, "当時は"), corpus) is None
    assert build_section(sentence_starting(corpus, "隣の部屋"), corpus) is None
    # No interview line is asked since round 127.
    assert build_section(sentence_starting(corpus, "今では"), corpus) is None


def test_a_kitchen_in_a_community_hall_and_words_too_easy():
    assert word_senses("調理室", "ちょうりしつ") == "kitchen"
    assert is_basic_word("左側") and is_basic_word("右側")
