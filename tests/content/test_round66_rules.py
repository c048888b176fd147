"""Issue 9, blind round 66: options as exact as the answer, no prefecture beside a district,
a speaker's heading holds what the speaker said, two glosses and words too easy.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _exact_digits(option: str) -> int:
    return len(str(int(figure_value(option))).strip("0"))


def test_an_exact_count_meets_exact_options():
    corpus = build_corpus(
        make_article(
            text=(
                "# 離島の医療\n\n## 医師の不足\n\n"
                "島の診療所には、医師が260人の島民に一人しかいない。\n"
                "県は300人の看護師を確保する計画だ。\n"
                "昨年度、ヘリコプターで本土に運ばれた患者は1284人だった。\n"
                "本土の病院の医師は900人を超える。\n"
            )
        )
    )
    options = options_of(corpus, "昨年度", "1284人")
    assert len(options) == 3
    assert all(_exact_digits(option) >= 3 for option in options)
    # A round answer still meets the article's round figures.
    assert "900人" in options_of(corpus, "県は300人", "300人")


def test_a_district_meets_no_prefecture():
    corpus = build_corpus(
        make_article(
            text=(
                "# 鮨職人の一日\n\n## 朝の仕入れ\n\n"
                "親方は東京で生まれ、宮城の港町で修業した。\n"
                "毎朝、豊洲へ魚を仕入れに行く。\n"
                "昼は浅草の店で、夜は銀座の店で握る。\n"
                "休みの日には、築地や渋谷を歩く。\n"
            )
        )
    )
    options = options_of(corpus, "毎朝", "豊洲")
    assert "東京" not in options and "宮城" not in options
    assert "浅草" in options


@pytest.fixture
def islands():
    return build_corpus(
        make_article(
            text=(
                "# 離島に医師を\n\n## 医師の定着\n\n"
                "島で働く医師の平均の勤務年数は、二年に満たない。\n"
                "若手の医師を島に呼ぶには、住まいと休暇の制度が欠かせない。\n"
                "県の医師会は、研修の期間を延ばすよう求めている。\n\n"
                "## 知事「どこに住んでも安心を」\n\n"
                "知事は記者会見で、島の診療所に医師を送る制度を説明した。\n"
                "働きたくない理由では、休暇の取りにくさと子どもの教育が上位を占めた。\n"
                "離島の医療を守るため、来年度の予算を倍に増やすと述べた。\n"
                "島民の多くは、新しい制度に期待を寄せている。\n"
            )
        )
    )


def test_a_speakers_heading_holds_what_the_speaker_said(islands):
    assert build_section(sentence_starting(islands, "働きたくない理由"), islands) is None
    assert build_section(sentence_starting(islands, "離島の医療を守る"), islands) is not None


def test_a_tiltmeter_and_a_wife_in_their_senses():
    assert word_senses("傾斜計") == ""  # JMdict's only gloss, "angle meter", is not its sense
    assert "court" not in word_senses("女房")
    assert "wife" in word_senses("女房")


@pytest.mark.parametrize("word", ["可能性", "洗濯機", "怖い"])
def test_words_round_66_called_too_easy(word):
    assert is_basic_word(word)
