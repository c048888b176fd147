"""Issue 9, blind round 32: an easy-Japanese guide prints the reading of every kanji word,
and had no word card at all. A word printed with its reading gets a meaning card, which
shows the reading as the page does. Each text is our own."""

import pytest

from content.generation.builders import build_printed_vocab
from content.generation.corpus import build_corpus
from content.generation.service import generate_drafts
from content.models import QuestionKind
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GUIDE = """# 部屋（へや）を借（か）りるとき

## 契約（けいやく）の前（まえ）に

部屋（へや）を借（か）りるときは、不動産屋（ふどうさんや）で契約（けいやく）をします。
契約（けいやく）のときは、印鑑（いんかん）が必要（ひつよう）なことがあります。
印鑑（はんこ）がない人（ひと）は、サインでもいいか聞（き）いてください。
在留（ざいりゅう）カードも持（も）って行（い）きましょう。
わからないことは、学校（がっこう）の先生（せんせい）に相談（そうだん）してください。

## 住（す）んでから

家賃（やちん）は毎月（まいつき）、口座（こうざ）から払（はら）います。
契約（けいやく）を変（か）えるときは、すぐに連絡（れんらく）してください。
みなと市（し）国際交流協会（こくさいこうりゅうきょうかい）でも相談（そうだん）ができます。
麹菌（こうじきん）の研究（けんきゅう）をしている人（ひと）もいます。
粗大（そだい）ごみは、お菓子（かし）の箱（はこ）とちがって、国際（こくさい）交流（こうりゅう）協会（きょうかい）では受（う）け取（と）りません。
"""


def printed_cards(corpus) -> dict[str, object]:
    cards = {}
    for printed in corpus.printed_words.values():
        draft = build_printed_vocab(printed, corpus)
        if draft is not None:
            cards[printed.word] = draft
    return cards


def test_a_word_printed_with_its_reading_gets_a_meaning_card():
    corpus = build_corpus(make_article(text=GUIDE))
    cards = printed_cards(corpus)
    card = cards["印鑑"]
    assert card.kind == QuestionKind.VOCAB
    assert card.extra["reading"] == "いんかん"
    assert card.extra["reading_printed"] is True
    assert "seal" in card.extra["gloss"] or "stamp" in card.extra["gloss"]
    # The card's word is the word, not its bracket.
    assert card.sentence.text[card.answer_start : card.answer_end] == "印鑑"
    assert "契約" in cards and "口座" in cards


def test_no_card_for_what_is_no_word_to_learn_or_not_the_word_printed():
    cards = printed_cards(build_corpus(make_article(text=GUIDE)))
    # 学校, 先生, 相談: words an N3 learner knows; 在留 and 粗大 go on past their brackets
    # (在留カード, 粗大ごみ); 菓子 and 協会 are the ends of longer words (お菓子, 交流協会);
    # 国際交流協会 is a name; 麹菌 a specialised term; 払 a verb's stem.
    for word in (
        "学校",
        "先生",
        "相談",
        "在留",
        "粗大",
        "菓子",
        "協会",
        "国際交流協会",
        "麹菌",
        "払",
    ):
        assert word not in cards, word


def test_the_printed_reading_must_be_the_words_own():
    corpus = build_corpus(make_article(text=GUIDE.replace("印鑑（いんかん）が", "印鑑が")))
    # Now first printed as はんこ, which is another word's reading: no card.
    assert corpus.printed_words["印鑑"].reading == "はんこ"
    assert "印鑑" not in printed_cards(corpus)


def test_each_printed_word_is_carded_once_where_it_is_first_printed():
    drafts, _rejected = generate_drafts(build_corpus(make_article(text=GUIDE)))
    contract = [draft for draft, _published in drafts if draft.topic == "vocab:契約"]
    assert len(contract) == 1
    assert contract[0].sentence.text.startswith("部屋")


def test_a_guide_cards_the_words_of_its_errand_in_everyday_kanji():
    # Round 61: the guides of rounds 51 to 61 had a word card or two each. 紹介状 and 委任状
    # are no everyday words to JMdict's ranks, but they are what the guide is about.
    errand = GUIDE.replace(
        "在留（ざいりゅう）カードも持（も）って行（い）きましょう。",
        "紹介状（しょうかいじょう）と委任状（いにんじょう）も持（も）って行（い）きましょう。",
    )
    cards = printed_cards(build_corpus(make_article(text=errand)))
    assert "紹介状" in cards and "委任状" in cards
    assert "letter of introduction" in cards["紹介状"].extra["gloss"]
    assert "麹菌" not in cards  # 麹 is no kanji of everyday writing
