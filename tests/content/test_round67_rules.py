"""Issue 9, blind round 67: parts that add up to the answer, a fraction and a range's other
end, a piece of a compound or a street's name, three glosses and a word too easy. Each text is
our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_truefalse, build_vocab
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_an_answer_its_listed_parts_add_up_to_is_not_asked():
    corpus = build_corpus(
        make_article(
            text=(
                "# 宿場の旅籠\n\n## 旅籠の数\n\n"
                "宿場には旅籠が27軒あり、大が5軒、中が12軒、小が10軒と記録されている。\n"
                "隣の宿場には、旅籠が19軒あった。\n"
                "本陣は1軒、脇本陣は2軒あった。\n"
            )
        )
    )
    listed = sentence_starting(corpus, "宿場には旅籠")
    assert build_choice(listed, span_of(listed, "27軒"), corpus) is None
    # A part is the whole less the other parts.
    assert build_choice(listed, span_of(listed, "5軒"), corpus) is None
    alone = sentence_starting(corpus, "隣の宿場")
    assert build_choice(alone, span_of(alone, "19軒"), corpus) is not None


def test_a_fraction_is_no_count_of_minutes():
    text = "豆の量は、お湯の量の約15分の1が目安です。"
    assert "15分" not in [span.text for span in find_spans(text, tokenize(text))]


@pytest.fixture
def coffee():
    return build_corpus(
        make_article(
            text=(
                "# 家でいれるコーヒー\n\n## 抽出の手順\n\n"
                "お湯は90度前後まで冷ましてから注ぐ。\n"
                "豆の粉は、蒸らしに30秒ほどかける。\n"
                "注ぎ始めから終わりまで、全体で2分半から3分が目安です。\n"
                "全体で4分かかる人は、挽き目が細かすぎることが多い。\n"
                "炭酸ガスが抜けると、粉はふくらまなくなる。\n"
                "松風通り商店街の店で、豆を200グラム買った。\n"
            )
        )
    )


def test_the_end_of_a_range_after_a_figure_no_span_holds_is_not_swapped(coffee):
    ranged = sentence_starting(coffee, "注ぎ始めから")
    assert build_truefalse(ranged, span_of(ranged, "3分"), coffee) is None
    alone = sentence_starting(coffee, "全体で4分")
    assert build_truefalse(alone, span_of(alone, "4分"), coffee) is not None


def test_a_piece_of_a_compound_or_of_a_streets_name_gets_no_card(coffee):
    gas = sentence_starting(coffee, "炭酸ガス")
    assert build_vocab(gas, token_of(gas, "炭酸"), coffee) is None
    street = sentence_starting(coffee, "松風通り")
    assert build_vocab(street, token_of(street, "松風"), coffee) is None
    assert build_vocab(street, token_of(street, "商店街"), coffee) is not None


def test_an_escape_sweetness_portions_and_a_small_amount_in_their_senses():
    assert "prolapse" not in word_senses("脱出")
    assert "escape" in word_senses("脱出")
    assert "dessert" not in word_senses("甘み")
    assert "cake" not in word_senses("甘み")
    assert "sweetness" in word_senses("甘み")
    assert word_senses("小分け") == ""  # JMdict's only gloss, "subdivision", misses portions
    assert "narrow" not in word_senses("少量")


def test_a_word_round_67_called_too_easy():
    assert is_basic_word("面白い")
