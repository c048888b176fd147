"""Issue 9, blind round 69: a figure another times a ratio comes to, or its heading gives,
names parted by commas, もっと leans back, a phone number is no heading, a gloss and words too
easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, stands_alone
from content.generation.corpus import build_corpus
from content.importing.formats import looks_like_heading
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def bikes():
    return build_corpus(
        make_article(
            text=(
                "# シェアサイクルの一年\n\n## 利用は年間48万回に\n\n"
                "利用回数は約48万2,000回で、当初の想定（約30万回）のおよそ1.6倍に達した。\n"
                "登録した会員は、1年で約2万1,000人になった。\n"
                "駅前のステーションでは、1日に平均約350回使われた。\n\n"
                "## 研究の歩み\n\n"
                "1984年、アメリカのジェフリー・ホール、マイケル・ロスバッシュ、"
                "マイケル・ヤングの3人は、時計の遺伝子を特定した。\n"
                "2017年、研究者の3人にノーベル賞が贈られた。\n"
                "引っ越しの代金は、荷物が多いと、もっと高くなります。\n"
                "シェアサイクルは、30分までは1回150円で使えます。\n"
                "「もっと速く！」というコーチの声に、選手たちは笑った。\n"
            )
        )
    )


def test_a_figure_another_times_a_ratio_comes_to_or_its_heading_gives_is_not_asked(bikes):
    rides = sentence_starting(bikes, "利用回数は")
    assert build_choice(rides, span_of(rides, "48万2,000回"), bikes) is None
    members = sentence_starting(bikes, "登録した会員")
    assert build_choice(members, span_of(members, "2万1,000人"), bikes) is not None


def test_names_parted_by_commas_are_counted_whole(bikes):
    named = sentence_starting(bikes, "1984年")
    assert build_choice(named, span_of(named, "3人"), bikes) is None


def test_motto_leans_back(bikes):
    assert not stands_alone(sentence_starting(bikes, "引っ越しの代金"), bikes)
    assert stands_alone(sentence_starting(bikes, "シェアサイクルは、30分"), bikes)
    assert stands_alone(sentence_starting(bikes, "「もっと速く"), bikes)


def test_a_line_with_a_phone_number_is_no_heading():
    assert not looks_like_heading("電話番号：0570-013904（平日9時から17時）")
    assert looks_like_heading("引っ越しの前にすること")


def test_for_the_time_being_in_its_sense():
    assert word_senses("当面") == "for the meantime, at present"


@pytest.mark.parametrize("word", ["困る", "韓国語"])
def test_words_round_69_called_too_easy(word):
    assert is_basic_word(word)
