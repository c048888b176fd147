"""Issue 9, blind round 71: a time that dates a clause made a noun, decades the sentence
rules out, figures of another width, こう before a verb of saying, a heading's noun spelt
out kanji by kanji, three glosses and two words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_section
from content.generation.clefts import TIME_TYPES, cleft_question
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_starting
from tests.factories import make_article


def _time(text: str):
    return next(s for s in find_spans(text, tokenize(text)) if s.type in TIME_TYPES)


def test_a_time_that_dates_a_clause_made_a_noun_gets_no_cleft():
    # When did the closing "too" become a blow? The time dates the closing (71a).
    text = "鉱山が1973年に閉山したことも打撃となり、貨物の輸送は1975年に終わった。"
    assert cleft_question(text, _time(text)) is None
    # A も in a later clause leaves the dated one alone.
    text = "1955年には町のバスが駅と温泉を結ぶようになり、日帰りの客も増えた。"
    assert (
        cleft_question(text, _time(text))
        == "町のバスが駅と温泉を結ぶようになったのは、いつですか。"
    )


@pytest.mark.django_db
def test_decades_are_options_on_the_answers_side_of_the_sentences_other_dates():
    corpus = build_corpus(
        make_article(
            text=(
                "# 氷が語る気候\n\n## 同位体の発見\n\n"
                "ダンスゴーは1950年代に雨水の同位体を調べ、1960年代以降はその方法を氷に応用した。\n"
                "調査隊は2025年、深さ二千七百メートルの氷を掘り出した。\n"
                "次の掘削では、2030年代前半の成果が期待されている。\n"
            )
        )
    )
    # 1980年代 for the study that came before the 1960s' work (71b).
    assert all(option < "1960年代" for option in options_of(corpus, "ダンスゴーは", "1950年代"))
    # Results still to come are no earlier than the article's own year (71b: 2010年代前半).
    assert all(option > "2025" for option in options_of(corpus, "次の掘削", "2030年代前半"))


@pytest.mark.django_db
def test_a_figure_of_three_figures_or_more_meets_options_as_wide():
    corpus = build_corpus(
        make_article(
            text=(
                "# 北町ストアの決算\n\n## 売上高\n\n"
                "売上高は1284億円で、前期を上回った。\n"
                "食品部門の売上高は798億円だった。\n"
                "来期の売上高は1330億円を見込む。\n"
            )
        )
    )
    options = options_of(corpus, "来期の", "1330億円")
    assert "798億円" not in options and len(options) == 3
    assert all(len(option.removesuffix("億円")) == 4 for option in options)


@pytest.fixture
def castle_town():
    return build_corpus(
        make_article(
            text=(
                "# 城下町を歩く一日\n\n## 朝の列車で\n\n"
                "朝六時の普通列車に乗り、二時間ほどで駅に着いた。\n"
                "車窓には刈り取りの終わった田んぼが広がっていた。\n\n"
                "## 城山に登る\n\n"
                "駅前で地図をもらい、まずは村上城跡のある臥牛山を目指します。\n"
                "郷土史家の佐藤さんは、石垣の価値をこう表現する。\n"
                "郷土史家の佐藤さんは、石垣を町の宝だと表現する。\n"
                "頂上の石垣の上からは、日本海と町並みが一望できた。\n"
                # Not the section's last: that one leads on to the next (round 106).
                "帰りは、北側のゆるやかな坂道を下りた。\n\n"
                "## 茶屋で一休み\n\n"
                "昼は鮭の定食を食べ、茶屋で団子を注文した。\n"
            )
        )
    )


@pytest.mark.django_db
def test_so_before_a_verb_of_saying_leans_forward(castle_town):
    # 「…氷の価値をこう表現する」: put how? The quotation follows (71b).
    assert (
        build_section(
            sentence_starting(castle_town, "郷土史家の佐藤さんは、石垣の価値"), castle_town
        )
        is None
    )
    assert build_section(
        sentence_starting(castle_town, "郷土史家の佐藤さんは、石垣を"), castle_town
    )


@pytest.mark.django_db
def test_a_heading_noun_spelt_out_kanji_by_kanji_gives_it_away(castle_town):
    # 城 of 村上城跡 and 山 of 臥牛山 under 「城山に登る」 (71b).
    assert build_section(sentence_starting(castle_town, "駅前で地図"), castle_town) is None
    assert build_section(sentence_starting(castle_town, "頂上の石垣"), castle_town)


def test_glosses_of_another_sense_and_words_too_easy():
    assert "remarriage" not in word_senses("転嫁")
    assert word_senses("三徳") == "" and word_senses("家用") == ""
    assert is_basic_word("不思議") and is_basic_word("向かい")
