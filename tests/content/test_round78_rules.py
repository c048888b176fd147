"""Issue 9, blind round 78: no denial of a degree or of people being there, no statement of a
deed whose object the sentence before named, and two cards' senses. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_truefalse, stands_alone
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        # 「…まったく異なる形をしていない」 reads as "not at all different" (78b).
        "タコの神経系は、脊椎動物とはまったく異なる形をしている。",
        "この品種の茶は、かなり寒さに強い。",
        # 「店の近くに住んでいる人がいません」: common sense, not the article (78a).
        "店の近くに住んでいる人がいます。",
    ],
)
def test_no_denial_of_a_degree_or_of_people_being_there(sentence):
    assert negated(sentence) is None


def test_a_plain_predicate_is_still_denied():
    assert negated("タコの神経系は、脊椎動物とは異なる形をしている。") is not None


@pytest.mark.django_db
def test_no_statement_of_a_deed_whose_object_was_named_before():
    # 「先行導入した［40店］では、廃棄率が…下がった」 swapped 40 for 11 (78b): introduced what?
    corpus = build_corpus(
        make_article(
            text=(
                "# パン店の決算\n\n## 廃棄を減らす\n\n"
                "同社は昨年、AIによる需要予測の仕組みを一部の店に取り入れた。\n"
                "先行導入した40店では、廃棄率が平均で約2割下がった。\n"
                "店の数は期末に11店増え、全国で215店となった。\n"
            )
        )
    )
    item = sentence_starting(corpus, "先行導入")
    assert not stands_alone(item, corpus)
    assert build_truefalse(item, span_of(item, "40店"), corpus) is None


def test_no_card_for_a_sense_jmdict_lacks():
    # 過去最高を更新: a record set, not "renewal, update" (77a, 78b); 分散型: decentralised,
    # not 分散's "distribution, dispersion" (78b).
    assert word_senses("更新", "こうしん", ("過去", "最高")) == ""
    assert word_senses("更新", "こうしん", ("契約",)).startswith("renewal")
    assert word_senses("分散型", "ぶんさんがた") == ""


@pytest.mark.django_db
def test_a_deed_that_names_its_own_thing_stands_alone():
    corpus = build_corpus(
        make_article(
            text=(
                "# 鉄道の赤字\n\n## 費用\n\n"
                "老朽化した鉄橋2か所の架け替えには、今後10年間で約18億円が必要になる。\n"
            )
        )
    )
    assert stands_alone(sentence_starting(corpus, "老朽化"), corpus)
