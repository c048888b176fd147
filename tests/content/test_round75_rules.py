"""Issue 9, blind round 75: a guide's word cards are not crowded out by the kanji of its verbs,
a word after an adjective or a verb's attributive form is carded, a state reached is
affirmed as a state, a figure of 1万 keeps its scale among its options, no word card for a
word of two readings, and words too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_printed_vocab, build_vocab
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from content.generation.service import generate_drafts
from content.models import QuestionKind
from tests.content.sentences import options_of, sentence_starting, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GUIDE = (
    "# 資源（しげん）の出（だ）し方（かた）\n\n"
    "## 出（だ）す前（まえ）に\n\n"
    "缶（かん）は、中（なか）を軽（かる）く洗（あら）って、よく乾（かわ）かしてから出（だ）します。\n"
    "割（わ）れた瓶（びん）は、厚（あつ）い紙（かみ）に包（つつ）んで、袋（ふくろ）に入（い）れます。\n"
    "小（ちい）さい金属（きんぞく）は、燃（も）えないごみの日（ひ）に出（だ）します。\n"
    "住（す）んでいる社宅（しゃたく）の回収日（かいしゅうび）を、表（ひょう）で確（たし）かめます。\n"
    "古（ふる）い乾電池（かんでんち）は、店（みせ）の回収箱（かいしゅうばこ）に入（い）れます。\n"
)


def test_a_guides_word_cards_are_not_crowded_out_by_the_kanji_of_its_verbs():
    # The section prints the readings of more verbs (洗（あら）って, 包（つつ）んで) than
    # words; its most distinctive eight printed pieces were all verbs' kanji (75b).
    corpus = build_corpus(make_article(text=GUIDE))
    drafts, _rejected = generate_drafts(corpus)
    cards = {
        draft.answer
        for draft, _published in drafts
        if draft.kind == QuestionKind.VOCAB and draft.extra.get("reading_printed")
    }
    assert {"金属", "乾電池"} <= cards


def test_a_word_after_an_adjective_or_a_verbs_attributive_form_is_carded():
    # 小（ちい）さい金属 (75b) and 住（す）んでいる社宅: the word before ends where the card's
    # begins; 使（つか）い放題 stays a compound.
    corpus = build_corpus(make_article(text=GUIDE))
    printed = {word.word: word for word in corpus.printed_words.values()}
    assert build_printed_vocab(printed["金属"], corpus)
    assert build_printed_vocab(printed["社宅"], corpus)
    text = "# 電話（でんわ）\n\n## 料金（りょうきん）\n\n月（つき）二千円（にせんえん）で使（つか）い放題（ほうだい）です。\n"
    corpus = build_corpus(make_article(text=text))
    printed = {word.word: word for word in corpus.printed_words.values()}
    assert build_printed_vocab(printed["放題"], corpus) is None


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        # 「はっきりする」 reads as "will become clear" (75a).
        (
            "炭焼きがいつ始まったのかは、はっきりしない。",
            "炭焼きがいつ始まったのかは、はっきりしている。",
        ),
        ("その理由は、今もはっきりしません。", "その理由は、今もはっきりしています。"),
        ("村の人はその古い道を知らない。", "村の人はその古い道を知っている。"),
        # A verb of an act is affirmed as it stands.
        ("この店は日曜日に開かない。", "この店は日曜日に開く。"),
    ],
)
def test_a_state_reached_is_affirmed_as_a_state(sentence, statement):
    negation = negated(sentence)
    body = sentence.removesuffix("。")
    assert body[: negation.start] + negation.flipped + body[negation.end :] + "。" == statement


def test_a_figure_led_by_one_man_keeps_its_scale_among_its_options():
    # 約［1万3,000キログラム］ beside 2万3,000, 3万3,000 and 4万3,000 (75b): two to four times.
    corpus = build_corpus(
        make_article(
            text=(
                "# 山の茶畑\n\n## 一番茶\n\n"
                "翌年は天候に恵まれ、一番茶の生葉は約1万3,000キログラムと、父の代を上回った。\n"
                "摘み取りは五月の初めに始まり、十日ほどで終わった。\n"
            )
        )
    )
    options = options_of(corpus, "翌年は", "1万3,000キログラム")
    assert len(options) == 3
    assert all(option.startswith("1万") for option in options)


def test_no_word_card_for_a_word_the_context_reads_one_of_two_ways():
    # 茶園 is ちゃえん or さえん: the card gave only さえん (75b).
    text = "# 山の茶園\n\n## 畑の今\n\n祖父が開いた茶園は、標高四百メートルの斜面に広がっている。\n"
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "祖父が")
    assert build_vocab(item, token_of(item, "茶園"), corpus) is None
    assert build_vocab(item, token_of(item, "斜面"), corpus)


@pytest.mark.parametrize("word", ["数秒間", "数日", "景色", "日本茶"])
def test_words_round_75_called_too_easy(word):
    assert is_basic_word(word)


def test_a_few_of_a_counted_thing_only():
    assert not is_basic_word("数百") and not is_basic_word("数秒針")


def test_no_word_card_for_a_piece_of_a_phrase_in_ない():
    # 申し訳 of 「山に申し訳ない」 (75a): the word is 申し訳ない.
    text = (
        "# 炭焼きの村\n\n## 最後の窯\n\n"
        "木を切りすぎては山に申し訳ないと、祖父は口癖のように言っていた。\n"
        "祖父は申し訳が立たないと言って、窯の火を三日三晩見守った。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "木を")
    assert build_vocab(item, token_of(item, "申し訳"), corpus) is None
    assert build_vocab(item, token_of(item, "口癖"), corpus)
