"""Issue 9, blind round 106: a spaced easy-Japanese guide, denials whose scope is open or whose
answer is the topic's own word or a heading's, a place's practice swapped, a person's choice
that leans on the sentence before, and senses struck. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import (
    build_choice,
    build_negated_truefalse,
    build_section,
    build_truefalse,
)
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_106():
    assert word_senses("将来的", "しょうらいてき") == "future, prospective"  # 将来的に
    assert word_senses("増配", "ぞうはい") == "increased dividend"  # 4期連続の増配
    # 家督を継ぐ: the headship, once its heir and its money are struck (a historical term).
    assert word_senses("家督", "かとく") == "headship of a family"


def test_words_too_plain_of_round_106():
    assert is_basic_word("寝る")  # JLPT N5 (106a)


# A guide that spaces its words and prints each reading once, in its headings and first uses.
SPACED_GUIDE = (
    "# 大雪（おおゆき）の 日の くらし\n\n"
    "## 雪（ゆき）かきの しかた\n\n"
    "雪かきは、明るい 時間に 二人 以上で しましょう。\n"
    "屋根の 雪を おろすときは、命綱（いのちづな）を つけて ください。\n"
    "スコップは、軽い プラスチックの ものが 便利です。\n"
    "つかれたら、すぐに 休んで 水を 飲みましょう。\n\n"
    "## 車（くるま）に 乗（の）るとき\n\n"
    "雪の 日は、ブレーキが ききにくく なります。\n"
    "出かける 前に、マフラーの まわりの 雪を どけて ください。\n"
    "冬用の タイヤに かえて おくと 安心です。\n"
    "道が こおって いる 朝は、バスや 電車を 使いましょう。\n"
)


def test_a_spaced_guide_is_easy_japanese_and_asks_no_which_section_question():
    # 「家族や 友だちとも いっしょに 読んで ください」 fits any of its headings (106a).
    corpus = build_corpus(make_article(text=SPACED_GUIDE))
    assert corpus.is_easy_japanese
    for opening in ("スコップは", "冬用の"):
        assert build_section(sentence_starting(corpus, opening), corpus) is None


FAIR = (
    "# 港町の冬まつり\n\n"
    "## 準備\n\n"
    "港町の冬まつりは、毎年2月に開かれる。\n"
    "まつりの入場券は来月10日から販売される。\n"
    "防災リュックは、避難するときに背負っていくリュックです。\n"
    "実行委員会は屋台の出店料を据え置いた。\n\n"
    "## 出店料は据え置き\n\n"
    "会場の広さは昨年とほぼ同じだという。\n"
)


def test_no_denial_of_a_time_it_starts_from():
    # 「前売り券は来年2月から販売されない」: not sold, or not from February? (106a)
    corpus = build_corpus(make_article(text=FAIR))
    assert build_negated_truefalse(sentence_starting(corpus, "まつりの入場券"), corpus) is None


def test_no_denial_that_the_topic_is_what_its_own_word_says():
    # 「非常持ち出し袋は、…持っていく袋ではありません」 (106a).
    corpus = build_corpus(make_article(text=FAIR))
    assert build_negated_truefalse(sentence_starting(corpus, "防災リュックは"), corpus) is None


def test_no_denial_of_a_verb_a_heading_states():
    # 「…通期業績予想を据え置かなかった」 under 「通期予想は据え置き」 (106b).
    corpus = build_corpus(make_article(text=FAIR))
    assert build_negated_truefalse(sentence_starting(corpus, "実行委員会は"), corpus) is None


SHEEP = (
    "# 羊が働くブドウ畑\n\n"
    "## 草刈りの担い手\n\n"
    "フランスでは、ブドウ畑の多くで羊が草刈りに使われている。\n"
    "農家の井上さんは、2019年にイタリアの農場を視察した。\n\n"
    "## 日本での試み\n\n"
    "山梨県の農園では、昨年から羊8頭を放している。\n"
)


def test_no_swap_of_the_place_where_something_is_done():
    # 「英国では、…ミツバチの巣箱が使われている」 for 日本では: of Britain the article says
    # nothing (106b).
    corpus = build_corpus(make_article(text=SHEEP))
    practice = sentence_starting(corpus, "フランスでは")
    assert build_truefalse(practice, span_of(practice, "フランス"), corpus) is None


CASTLE = (
    "# 城下町の盛衰\n\n"
    "## 家臣たち\n\n"
    "藩主の松平信光は、1602年に城下の市を年6回に増やすと決めた。\n"
    "家老の大野忠範はこの決定に強く反対し、職を辞して山寺に入った。\n"
    "若い奉行の石田宗久は、市の運営を任された。\n"
    "商人の代表だった近江屋伝兵衛は、新しい市を歓迎した。\n\n"
    "## 二つの合戦\n\n"
    "1615年の合戦では、家老の本多正勝が先陣を務めた。\n"
    "奉行の酒井忠次は、城の守りを固めた。\n"
)


def test_no_choice_of_a_person_who_acted_on_what_the_sentence_before_says():
    # 「［？］はこの決定に強く反対し、…」 (106a).
    corpus = build_corpus(make_article(text=CASTLE))
    opposed = sentence_starting(corpus, "家老の")
    assert build_choice(opposed, span_of(opposed, "大野忠範"), corpus) is None
