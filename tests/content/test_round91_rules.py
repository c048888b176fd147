"""Issue 9, blind rounds 91 and 92: a mystery without its owner, a word read as its entry's
later reading, and a figure fallen below. Each text is our own."""

import pytest

from content.analysis.glossary import is_rare_reading
from content.generation.builders import (
    build_choice,
    build_reading,
    build_section,
    build_truefalse,
    build_vocab,
)
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ARTICLE = (
    "# コウモリの耳\n\n"
    "## 音で見る動物\n\n"
    "コウモリが暗闇でも虫を捕まえられる理由は、長い間分かっていなかった。\n"
    "謎が解けたのは1944年のことだ。\n"
    "研究者が超音波を初めて記録したのは1938年だった。\n"
    "コウモリの渡りの謎が解けたのは1951年のことだ。\n\n"
    "## 風力発電との関係\n\n"
    "山の尾根に並ぶ大きな風車の近くで、死んだコウモリが見つかることがある。\n"
    "羽根の先は時速300キロ近い速さで回っている。\n"
)


def test_no_statement_about_a_mystery_it_does_not_name():
    # 「謎が解けたのは1944年のことだ。」 (false, 1938): which mystery? (91b)
    corpus = build_corpus(make_article(text=ARTICLE))
    item = sentence_starting(corpus, "謎が解けた")
    assert build_truefalse(item, span_of(item, "1944年"), corpus) is None
    # A mystery the sentence itself states is no pointer.
    named = sentence_starting(corpus, "コウモリの渡り")
    assert build_truefalse(named, span_of(named, "1951年"), corpus)


def test_no_card_of_a_word_read_as_its_entrys_later_reading():
    # 風車 read かざぐるま (a pinwheel) beside 風力発電, where it is ふうしゃ (91b, twice).
    corpus = build_corpus(make_article(text=ARTICLE))
    item = sentence_starting(corpus, "山の尾根")
    windmill = token_of(item, "風車")
    assert build_reading(item, windmill, corpus) is None
    assert build_vocab(item, windmill, corpus) is None
    # JMdict lists しんりょうしょ first; 工場's こうじょう leads its entry.
    assert is_rare_reading("診療所", "しんりょうじょ")
    assert not is_rare_reading("工場", "こうじょう")


SHOP = (
    "# 商店街の本屋\n\n"
    "## 厳しかった時期\n\n"
    "父が店を開いた1978年、月の売り上げは約300万円あった。\n"
    "大型書店が駅前にできた2009年には、月の売り上げが150万円を切ったこともある。\n"
    "常連客に支えられ、店は2015年に改装した。\n"
    "改装の費用は約210万円だった。\n"
)


def test_no_choice_of_a_figure_fallen_below():
    # 「月の売り上げが［150万円］を切ったことも」: below 200万円 and 300万円 too (92b).
    corpus = build_corpus(make_article(text=SHOP))
    item = sentence_starting(corpus, "大型書店")
    assert build_choice(item, span_of(item, "150万円"), corpus) is None
    # The year beside it is no bound.
    assert build_choice(item, span_of(item, "2009年"), corpus)


INTERVIEW = (
    "# 商店街の本屋を継いだ木村さん\n\n"
    "## 父の店を継ぐまで\n\n"
    "――本屋を継いだのはいつですか。\n"
    "父が倒れた2012年に、大阪の会社を辞めて戻りました。\n"
    "最初は、棚のどこに何があるのかも分かりませんでした。\n\n"
    "## 売り場を変える\n\n"
    "――どんな工夫をしましたか。\n"
    "絵本の棚を入り口の近くに移したら、親子連れのお客さんが増えました。\n"
    "雑誌の棚を半分に減らし、2015年からは絵本を入り口の近くに並べています。\n\n"
    "## これから変えたいこと\n\n"
    "――これからのことを教えてください。\n"
    "遠くに引っ越した常連さんから、また本を選んでほしいという声をいただくんです。\n"
    "来年の春から、選んだ本を毎月送る定期便を始めます。\n"
)


def test_no_which_section_of_an_interview_line_without_a_fact():
    # 「…常連さんから『また木村さんに本を選んでほしい』という声をいただくんです」 fits the
    # heading on the shop's gatherings as well (92b); a line with a year keeps its
    # question.
    corpus = build_corpus(make_article(text=INTERVIEW))
    assert build_section(sentence_starting(corpus, "遠くに引っ越した"), corpus) is None
    # Nor a line with a year: no interview line is asked since round 127.
    assert build_section(sentence_starting(corpus, "雑誌の棚"), corpus) is None
