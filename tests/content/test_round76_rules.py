"""Issue 9, blind round 76: a heading that is one quotation, a clause's tense under hearsay,
options with the key's decimals, no cleft of a topic whose clause has its own subject, no
blank in a clause that holds これ, no card for a verb's stem before に来る, and a word too
easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_truefalse, build_vocab
from content.generation.clefts import cleft_question
from content.generation.corpus import build_corpus
from content.generation.statements import statement_clause
from content.importing.formats import parse
from content.models import SourceFormat
from tests.content.sentences import options_of, sentence_starting, span_of, token_of
from tests.factories import make_article

REPORT = """給食の残り物、半分に　緑ヶ丘市が計画

緑ヶ丘市は、給食の食べ残しを5年で半分に減らす計画をまとめた。

計画の中身

市は生ごみ処理機を全校に置く。

「残さず食べる日」を月に一度設ける。

「まずは食べる楽しさを」

栄養士の川村恵子さんは、献立に地元の野菜を増やしたいと話す。

保護者の声

保護者からは、無理に食べさせないでほしいという声もある。
"""

INTERVIEW = """店を続けて四十年

始めたころ

「最初の年は、客が一日に三人でした」

「それでも、やめようとは思わなかった」

いまの店

「修理の客が一番多いです」
"""


def test_a_heading_that_is_one_quotation_among_headings_of_words():
    # 「まずは食べる楽しさを」 on its own line between two headings (76a): its section was
    # merged into the one before.
    parsed = parse(REPORT, SourceFormat.TEXT)
    headings = [section.heading for section in parsed.sections]
    assert headings == ["", "計画の中身", "「まずは食べる楽しさを」", "保護者の声"]
    # A quotation that ends in a full stop is speech, and so is every line of an interview of
    # quotations: its headings are its words.
    assert "「残さず食べる日」を月に一度設ける。" not in headings
    parsed = parse(INTERVIEW, SourceFormat.TEXT)
    assert [section.heading for section in parsed.sections] == ["", "始めたころ", "いまの店"]


def test_a_first_clause_takes_the_tense_of_the_verb_under_hearsay():
    # 「…が口癖で、…木材を選んだという」 gave 「…が口癖だ」 of a man of the 1920s (76a).
    sentence = (
        "組合長の浜田清吉は「船は山から生まれる」が口癖で、自ら山に入って木材を選んだという。"
    )
    clause = statement_clause(sentence, 0, 5)
    assert clause.text.endswith("が口癖だった。")
    sentence = "松江城は堀尾吉晴が築いた城で、天守は国宝に指定されている。"
    assert statement_clause(sentence, 0, 5).text == "松江城は堀尾吉晴が築いた城だ。"


@pytest.mark.django_db
def test_options_have_as_many_decimals_as_the_key():
    # 10.84% beside 15.3%, 12.1% and 8.4% (76b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 銀行の決算\n\n## 健全性\n\n"
                "自己資本比率は10.84%で、国内基準の4%を大きく上回る。\n"
                "不良債権比率は1.2%と、前の期から0.3ポイント下がった。\n"
            )
        )
    )
    options = options_of(corpus, "自己資本比率は", "10.84%")
    assert len(options) == 3
    assert all(len(option.split(".")[1]) == len("84%") for option in options)


def test_no_cleft_of_a_topic_whose_clause_has_its_own_subject():
    # 「同行が…手数料収入が…となったのは、いつですか」 (76b).
    text = "北浜銀行は2024年度、法人向けの手数料収入が前の年度比27%増の34億円となった。"
    span = next(s for s in find_spans(text, tokenize(text)) if s.text == "2024年度")
    assert cleft_question(text, span) is None
    text = "北浜銀行は2024年度、法人向けの相談窓口を県内の全店に設けた。"
    span = next(s for s in find_spans(text, tokenize(text)) if s.text == "2024年度")
    assert cleft_question(text, span).startswith("北浜銀行が法人向けの相談窓口を")


@pytest.mark.django_db
def test_no_blank_in_a_clause_that_holds_a_pointer():
    # 「…2027年度までにこれを［50億円］に引き上げる」: これ is the 34億円 of the sentence
    # before, below which every option lay (76b).
    corpus = build_corpus(
        make_article(
            text=(
                "# 地銀の決算\n\n## 手数料\n\n"
                "法人向けの手数料収入は34億円だった。\n"
                "頭取は、2027年度までにこれを50億円に引き上げる方針を示した。\n"
                "個人向けの手数料収入は21億円で、投資信託の販売が伸びた。\n"
            )
        )
    )
    item = sentence_starting(corpus, "頭取は")
    assert build_choice(item, span_of(item, "50億円"), corpus) is None
    item = sentence_starting(corpus, "法人向けの")
    assert build_choice(item, span_of(item, "34億円"), corpus)


@pytest.mark.django_db
def test_no_card_for_a_verbs_stem_before_a_verb_of_coming():
    # 直し of 「直しに来る」 is 直す, not "correction" (76b); 買い物に行く keeps its noun.
    corpus = build_corpus(
        make_article(
            text=(
                "# 自転車店\n\n## 仕事\n\n"
                "パンクした自転車を、近所の人が直しに来る。\n"
                "日曜日は買い物に行く客で店の前が混む。\n"
            )
        )
    )
    item = sentence_starting(corpus, "パンクした")
    assert build_vocab(item, token_of(item, "直し"), corpus) is None
    item = sentence_starting(corpus, "日曜日は")
    assert build_vocab(item, token_of(item, "買い物"), corpus)


def test_a_word_round_76_called_too_easy():
    assert is_basic_word("丸ごと")


@pytest.mark.django_db
def test_no_blank_on_a_figure_its_bracket_converts_past_a_printed_reading():
    # 「…は［3割］（30%）だけになります」 (76a): the bracket gives the answer away.
    corpus = build_corpus(
        make_article(
            text=(
                "# 保険（ほけん）\n\n## お金（かね）\n\n"
                "保険（ほけん）に入（はい）っていると、払（はら）うお金（かね）は3割（わり）（30%）"
                "だけになります。\n"
                "子（こ）どもは、払（はら）うお金（かね）が2割（わり）になります。\n"
            )
        )
    )
    item = sentence_starting(corpus, "保険")
    assert build_choice(item, span_of(item, "3割"), corpus) is None
    item = sentence_starting(corpus, "子（こ）どもは")
    assert build_choice(item, span_of(item, "2割"), corpus)


@pytest.mark.django_db
def test_no_swap_of_a_place_that_frames_the_places_after_it():
    # 「特に米国では、ロサンゼルスとニューヨークの店舗が…」 swapped 米国 for 日本 (the
    # comparison kit, session 16): nonsense by its own words.
    corpus = build_corpus(
        make_article(
            text=(
                "# ラーメン店の決算\n\n## 海外\n\n"
                "海外の店舗数は96店で、米国が31店、台湾が22店、タイが12店となっている。\n"
                "特に米国では、ロサンゼルスとニューヨークの店舗が連日行列を作った。\n"
                "日本では、東京と大阪の店舗が客足を伸ばした。\n"
            )
        )
    )
    item = sentence_starting(corpus, "特に米国")
    assert build_truefalse(item, span_of(item, "米国"), corpus) is None
