"""Issue 9, blind round 85: a port read as a person, an investment without what it bought, and
a verb's stem carded as its noun. Each text is our own."""

import pytest

from content.analysis.spans import SpanType
from content.generation.builders import build_truefalse, build_vocab, build_wh
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of, span_types, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_port_is_no_person():
    # 西浦湊 was swapped for the captain 松本喜兵衛 in a statement (85a).
    text = "能登国の東浦湊は、入り江の奥にある小さな町である。"
    spans = span_types(text)
    assert spans.get("東浦湊") == SpanType.TERM
    # 湊 is a boy's name as well, with its honorific.
    text = "小学3年の東浦湊さんは、毎朝その坂を上って学校へ通う。"
    spans = span_types(text)
    assert spans.get("東浦湊") == SpanType.PERSON


def test_no_statement_swaps_a_port_for_a_person():
    corpus = build_corpus(
        make_article(
            text=(
                "# 東浦の廻船\n\n"
                "能登国の東浦湊は、入り江の奥にある小さな町である。\n"
                "浜田屋の船頭を二十年務めた川村与兵衛は、生涯に四十回も北の海へ渡った。\n"
                "東浦の船主たちは、蔵に昆布と塩鱈を積み上げた。\n"
            )
        )
    )
    item = sentence_starting(corpus, "浜田屋の船頭")
    draft = build_truefalse(item, span_of(item, "川村与兵衛"), corpus)
    assert draft is None or "東浦湊" not in draft.prompt


def test_no_question_of_a_bare_investment():
    # 「投資額は、いくらですか。」: the investment in what? (85a)
    corpus = build_corpus(
        make_article(
            text=(
                "# 乳業会社の決算\n\n## 工場の増強\n\n"
                "同社は昨年6月、北見工場に新しい包装ラインを設けた。\n"
                "投資額は約18億円で、ヨーグルトの生産能力は1日当たり30万個に増えた。\n"
                "設備の総工費は約40億円で、うち半分を国の補助でまかなった。\n"
            )
        )
    )
    item = sentence_starting(corpus, "投資額は")
    assert build_wh(item, span_of(item, "18億円"), corpus) is None
    # A cost of the article's one work still asks (round 77 passed 「総工費は、…」).
    works = sentence_starting(corpus, "設備の総工費")
    assert build_wh(works, span_of(works, "40億円"), corpus)


def test_no_noun_card_for_a_verbs_stem_after_an_adverb():
    # 「規模を小さく見積もり、…」: the verb 見積もる, carded as the noun "estimate, quotation" (85b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 速報の誤り\n\n"
                "最初の発表は、被害の範囲を小さく見積もり、避難の呼びかけが遅れた。\n"
                "業者の見積もりは、予算を大きく上回っていた。\n"
            )
        )
    )
    verb = sentence_starting(corpus, "最初の発表")
    assert build_vocab(verb, token_of(verb, "見積もり"), corpus) is None
    noun = sentence_starting(corpus, "業者の見積もり")
    assert build_vocab(noun, token_of(noun, "見積もり"), corpus)
