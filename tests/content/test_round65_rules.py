"""Issue 9, blind round 65: an Edo price and numbers sharing a unit are one figure, よくある
is not denied, a tip and a heading's phrase are not placed, a statement needs a predicate,
what leans back, three glosses and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_section, build_truefalse, stands_alone
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _spans(text: str) -> list[str]:
    return [span.text for span in find_spans(text, tokenize(text))]


def test_an_edo_price_in_ryo_and_bu_is_one_figure():
    spans = _spans("椀は一組一両二分で京都の問屋に卸された。")
    assert "二分" not in spans
    # Without the 両 before it, 二分 is still read as a count.
    assert "二分" in _spans("椀は一組二分で京都の問屋に卸された。")


def test_numbers_sharing_one_unit_are_not_asked_apart():
    assert "4階" not in _spans("3、4階は一般書の閲覧室になる。")
    assert "4階" in _spans("4階は児童書の閲覧室になる。")


def test_what_happens_often_is_not_denied():
    assert negated("子どもは、夜に急に熱が出ることがよくあります。") is None
    assert negated("子どもは、夜に急に熱が出る ことが よく あります。") is None
    assert negated("子どもは、夜に急に熱を出しました。") is not None


@pytest.fixture
def garden():
    return build_corpus(
        make_article(
            text=(
                "# ベランダの小さな畑\n\n## 何を育てるか\n\n"
                "初心者には、ミニトマトとバジルが育てやすい。\n"
                "バジルはトマトの近くに植えると、互いの生育を助けるとも言われています。\n"
                "ミニトマトの苗は、五月の連休ごろに園芸店の店頭に並ぶ。\n\n"
                "## 毎日の水やり\n\n"
                "水やりは、土の表面が乾いてから鉢の底から流れ出るまでたっぷり与える。\n"
                "夏の暑い日には、朝と夕方の二回水をやる。\n"
                "植え付けの日付と品種を、ノートに記録しておくと便利です。\n\n"
                "## 始める前に確認したい注意点\n\n"
                "マンションの管理規約で、植木鉢の置き方が決められている場合がある。\n"
                "規約で禁止事項が決められている場合もあるので、始める前に一度読んでおきたい。\n"
                "避難経路をふさぐ場所には、大きなプランターを置かない。\n"
                "台風の日は、鉢を室内に入れる。\n"
            )
        )
    )


def test_said_of_it_too_leans_back(garden):
    assert not stands_alone(sentence_starting(garden, "バジルはトマト"), garden)
    assert stands_alone(sentence_starting(garden, "ミニトマトの苗"), garden)


def test_contributed_to_nothing_named_leans_back():
    corpus = build_corpus(
        make_article(
            text=(
                "# 地方航空の決算\n\n## 旅客数\n\n"
                "定時運航率は93.8%で、前年度から0.7ポイント改善した。\n"
                "冬の降雪による欠航が少なかったことが寄与した。\n"
                "新しい機材の導入が、燃費の改善に寄与した。\n"
            )
        )
    )
    assert not stands_alone(sentence_starting(corpus, "冬の降雪"), corpus)
    assert stands_alone(sentence_starting(corpus, "新しい機材"), corpus)


def test_a_tip_that_fits_any_heading_is_not_placed(garden):
    assert build_section(sentence_starting(garden, "植え付けの日付"), garden) is None
    assert build_section(sentence_starting(garden, "ミニトマトの苗"), garden) is not None


def test_a_headings_phrase_in_the_sentence_gives_it_away(garden):
    assert build_section(sentence_starting(garden, "規約で禁止事項"), garden) is None
    assert build_section(sentence_starting(garden, "避難経路"), garden) is not None


def test_a_sentence_without_a_predicate_makes_no_statement():
    corpus = build_corpus(
        make_article(
            text=(
                "# 地方航空の決算\n\n## 今後の見通し\n\n"
                "2019年度に、会社は初めて配当を出した。\n"
                "2025年度の業績予想は、売上高が200億円、営業利益が12億円。\n"
                "会社は2025年度に新しい路線を開く。\n"
            )
        )
    )
    listed = sentence_starting(corpus, "2025年度の業績予想")
    assert build_truefalse(listed, span_of(listed, "2025年度"), corpus) is None
    said = sentence_starting(corpus, "会社は2025年度")
    assert build_truefalse(said, span_of(said, "2025年度"), corpus) is not None


def test_exchange_preparation_and_growth_in_their_senses():
    assert "money order" not in word_senses("為替")
    assert "exchange" in word_senses("為替")
    assert "stocking up" not in word_senses("仕込み")
    assert "preparation" in word_senses("仕込み")
    assert "birth" not in word_senses("生育")


@pytest.mark.parametrize("word", ["椅子", "閉める", "豆腐", "寄る", "北海道産"])
def test_words_round_65_called_too_easy(word):
    assert is_basic_word(word)
