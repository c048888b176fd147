"""Issue 9, blind round 77: no blank a sentence's own dates or an event's year work out, no
decades beside a century, no family counted twice, no cost without its work, an embankment
is no person, a sense marked by its form is a sense, no reading of a stem of an honorific
word, and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_choice, build_reading, build_wh
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, span_types, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

RIVER = (
    "# 早瀬川の治水\n\n"
    "## はじめに\n\n"
    "記録に残るだけでも、1600年代の初めから1960年代までの約三百五十年間に、早瀬川の流域では"
    "百回を超える水害が起きている。\n"
    "治水の歴史は、堤を築いては壊される繰り返しだった。\n\n"
    "## 江戸の堤\n\n"
    "藩主の松永忠盛は、普請奉行の大野源左衛門に堤防を築かせた。\n"
    "これが今も「大野堤」と呼ばれる堤で、工事には八千両がかかった。\n"
    "1700年代には、堤の高さをめぐって両岸の村が争った。\n\n"
    "## 明治の改修\n\n"
    "明治の改修では、県の技師の堀田正明が川筋を付け替えた。\n"
    "総工費は約三百二十万円で、県の年間予算のおよそ二倍にあたる。\n\n"
    "## 戦後のダム\n\n"
    "終戦から二年後の1947年9月、台風による豪雨が早瀬川の流域を襲った。\n"
    "1963年に完成したダムの建設費は、百五十億円にのぼった。\n"
)


def test_no_blank_on_years_the_sentence_works_out():
    # 「1600年代の初めから1960年代までの約［三百五十年間］」 (77a).
    corpus = build_corpus(make_article(text=RIVER))
    item = sentence_starting(corpus, "記録に残る")
    assert build_choice(item, span_of(item, "三百五十年間"), corpus) is None


def test_no_blank_on_the_years_after_an_event_everyone_dates():
    # 「終戦から［二年後］の1947年9月」 (77a): 1945 and 1947 give it.
    corpus = build_corpus(make_article(text=RIVER))
    item = sentence_starting(corpus, "終戦から")
    assert build_choice(item, span_of(item, "二年後"), corpus) is None


def test_no_decades_beside_a_century():
    # 「［1700年代］には」 among 1680年代, 1690年代 and 1710年代 (77a): the 1700s hold 1710年代.
    corpus = build_corpus(make_article(text=RIVER))
    item = sentence_starting(corpus, "1700年代")
    assert build_choice(item, span_of(item, "1700年代"), corpus) is None


def test_no_cost_asked_without_its_work_among_others():
    # 「総工費は、いくらですか。」 in a history of three works with their costs (77a).
    corpus = build_corpus(make_article(text=RIVER))
    item = sentence_starting(corpus, "総工費は")
    assert build_wh(item, span_of(item, "三百二十万円"), corpus) is None


def test_an_embankment_is_no_person():
    # 大野堤 was offered beside 大野源左衛門 and 堀田正明 (77a).
    text = "これが今も「大野堤」と呼ばれる堤である。"
    spans = span_types(text)
    assert spans["大野堤"] != SpanType.PERSON


def test_no_family_counted_in_its_sentence():
    # 「名古屋市から家族［4人］で移り住んだ…夫と二人の子どもと」 (77b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 山の町へ\n\n## 移住した人\n\n"
                "昨年、名古屋市から家族4人で移住した会社員の女性は、夫と二人の子どもと古民家で"
                "暮らす。\n"
                "町の小学校の児童は18人で、昨年の出生数は21人だった。\n"
            )
        )
    )
    item = sentence_starting(corpus, "昨年、名古屋")
    assert build_choice(item, span_of(item, "4人"), corpus) is None


def test_a_sense_marked_only_by_its_form_is_on_the_card():
    # 端末 was carded "end (e.g. of a roll of film)" of a pupil's tablet (77b): JMdict marks
    # "terminal" an abbreviation. Senses of a register stay off: 祭り is no online shaming.
    assert word_senses("端末", "たんまつ").startswith("terminal")
    assert word_senses("奉行", "ぶぎょう").startswith("magistrate")
    assert "shaming" not in word_senses("祭り", "まつり")


def test_no_reading_of_the_stem_of_an_honorific_word():
    # 菓子 of お菓子 (77b).
    corpus = build_corpus(
        make_article(text="# 書道教室\n\n## 稽古\n\n稽古のあとは、みんなでお菓子を食べる。\n")
    )
    item = sentence_starting(corpus, "稽古の")
    assert build_reading(item, token_of(item, "菓子"), corpus) is None


@pytest.mark.parametrize("word", ["片づけ", "結婚式"])
def test_words_round_77_called_too_easy(word):
    assert is_basic_word(word)


def test_the_2000s_are_a_decade():
    corpus = build_corpus(
        make_article(
            text=(
                "# 女子マラソン\n\n## 黄金期\n\n"
                "2000年代には、日本の女子マラソンが世界の大会で多くのメダルを取った。\n"
                "1990年代の初めには、まだ実業団の選手は少なかった。\n"
                "2010年代に入ると、アフリカ勢が記録を大きく伸ばした。\n"
            )
        )
    )
    item = sentence_starting(corpus, "2000年代")
    assert build_choice(item, span_of(item, "2000年代"), corpus)
