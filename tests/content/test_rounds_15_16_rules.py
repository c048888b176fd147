"""Issue 9, blind rounds 15 and 16: a prohibition in spaced easy Japanese turned into broken
Japanese, statements in the speaker's voice, credits in brackets, a fact the heading or title
shows, readings that leave a kanji unread or guess a word the dictionary lacks, a wh-question on
a year that dates a noun, a range that runs nowhere. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, is_rare_reading
from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import (
    build_choice,
    build_negated_truefalse,
    build_reading,
    build_section,
    build_truefalse,
    kept_true,
)
from content.generation.clefts import cleft_question
from content.generation.corpus import build_corpus
from content.generation.distractors import same_format
from content.generation.negation import negated
from content.generation.readings import misreadings
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "sentence",
    ["古い家具は、ごみの日に 出しては いけません。", "古い家具は、ごみの日に出してはいけません。"],
)
def test_a_prohibition_is_never_turned_into_its_affirmative(sentence):
    # 「出しては いけます」 is no Japanese: the space between は and いけません is no particle.
    assert negated(sentence) is None


BLACKSMITH = """# 鍛冶屋の一日

## 工房の今

――町の鍛冶屋は減っていますか。

地元の鍛冶屋は、私が弟子入りした頃に比べてずいぶん減りました。
機械で作る包丁を否定する気持ちはまったくありません。
町の刃物市は、毎年十月に三日間開かれる。
工房は駅から歩いて十分ほどの場所にある。
"""


@pytest.mark.parametrize("opening", ["地元の鍛冶屋", "機械で作る包丁"])
def test_no_statement_in_the_speakers_voice_or_an_interviewees_polite_line(opening):
    corpus = build_corpus(make_article(text=BLACKSMITH))
    item = next(item for item in corpus.sentences if item.sentence.text.startswith(opening))
    assert build_negated_truefalse(item, corpus) is None


def test_a_plain_fact_of_the_interview_article_is_still_a_statement():
    corpus = build_corpus(make_article(text=BLACKSMITH))
    item = next(item for item in corpus.sentences if item.sentence.text.startswith("町の刃物市"))
    assert build_negated_truefalse(item, corpus) is not None


@pytest.mark.parametrize(
    "credit",
    ["（聞き手・構成　編集部　浅野 真帆）", "（町の歴史の会報　第12号より　文・久保 義之）"],
)
def test_a_credit_in_brackets_is_metadata(credit):
    text = (
        f"# 鍛冶屋の一日\n\n{credit}\n\n## 工房の今\n\n町の刃物市は、毎年十月に三日間開かれる。\n"
    )
    corpus = build_corpus(make_article(text=text))
    by_text = {item.sentence.text: item for item in corpus.sentences}
    assert by_text[credit].is_metadata
    assert not by_text["町の刃物市は、毎年十月に三日間開かれる。"].is_metadata


RAILWAY = """# 町を走った軽便鉄道

## 技師長・矢野清太郎

鉄道の設計を任されたのは、技師長の矢野清太郎である。
社長の木村伝兵衛は、町の有力者を集めて出資を求めた。
"""


def test_no_statement_swaps_a_name_the_heading_shows():
    corpus = build_corpus(make_article(text=RAILWAY))
    item = next(item for item in corpus.sentences if item.sentence.text.startswith("鉄道の設計"))
    spans = [span for span in item.spans if span.text.startswith("矢野")]
    assert spans
    assert [build_truefalse(item, span, corpus) for span in spans] == [None] * len(spans)


def test_no_reading_option_leaves_a_kanji_unread():
    assert "けいえいっかく" not in misreadings("経営企画", "けいえいきかく")
    assert "がっこう" in misreadings("学校", "がくこう")  # がく → がっ stays


def test_a_rare_reading_beside_a_common_one_is_no_reading_card_and_a_sa_noun_is_basic():
    text = "# 鍛冶屋\n\n## 仕事\n\n包丁や小刀を一本ずつ手で打ちます。\n"
    corpus = build_corpus(make_article(text=text))
    item = corpus.sentences[0]
    token = next(token for token in item.tokens if token.surface == "小刀")
    assert is_rare_reading("小刀", token.reading)
    assert build_reading(item, token, corpus) is None
    assert not is_rare_reading("今日", "こんにち")  # two common readings
    assert is_basic_word("明るさ")
    # Any common adjective made a noun since round 20 (硬さ, 深さ): its reading is the adjective's.
    assert is_basic_word("鋭さ")


def test_no_which_section_question_on_the_articles_closing_call():
    text = (
        "# 町のごみの出し方\n\n## 燃えるごみの日\n\n台所の生ごみは、水をよく切ってから袋に入れます。\n"
        "燃えるごみは、月曜日と木曜日の朝八時までに出します。\n\n"
        "## 困ったときの窓口\n\n分け方がわからないときは、市役所の環境課に電話します。\n"
        "住民みんなで決まりを守って、きれいな通りにしましょう。\n"
    )
    corpus = build_corpus(make_article(text=text))
    assert build_section(corpus.sentences[-1], corpus) is None
    assert any(build_section(item, corpus) for item in corpus.sentences[:-1])


def test_no_wh_question_on_a_year_that_dates_a_noun():
    text = "北浜市の新施設は、2028年秋の開館を目指す。"
    span = next(span for span in find_spans(text, tokenize(text)) if span.text == "2028年")
    assert cleft_question(text, span) is None
    text = "市は2028年に新しい図書館を開いた。"
    span = next(span for span in find_spans(text, tokenize(text)) if span.text == "2028年")
    assert cleft_question(text, span) == "市が新しい図書館を開いたのは、いつですか。"


def test_a_range_option_runs_from_a_smaller_to_a_larger_figure():
    assert not same_format("10〜10時間", "6〜8時間")
    assert not same_format("12〜10時間", "6〜8時間")
    assert same_format("8〜10時間", "6〜8時間")


HIKE = """# 古い参詣道を三日で歩いた話

## 峠を越えて

峠の茶屋で休んだあと、山道を歩いて宿に着いた。
峠の展望台から大鳥居が見えた瞬間、三日間の疲れがすっと消えた。
宿の主人は、この道を四日間かけて歩く人も多いと話した。
"""


def test_no_figure_whose_count_the_title_shows():
    corpus = build_corpus(make_article(text=HIKE))
    item = next(item for item in corpus.sentences if item.sentence.text.startswith("峠の展望台"))
    span = next(span for span in item.spans if span.text == "三日間")
    assert [build_choice(item, span, corpus), build_truefalse(item, span, corpus)] == [None, None]


def test_no_reading_card_of_a_two_kanji_word_the_dictionary_lacks():
    text = "# ぬか漬け\n\n## 下ごしらえ\n\nキャベツの外葉は、ぬか床の表面をおおうのに使います。\n大根の漬物は、塩分をひかえめにします。\n"
    corpus = build_corpus(make_article(text=text))
    item = corpus.sentences[0]
    token = next(token for token in item.tokens if token.surface == "外葉")
    assert build_reading(item, token, corpus) is None
    other = corpus.sentences[1]
    assert build_reading(other, next(t for t in other.tokens if t.surface == "漬物"), corpus)


def test_one_statement_in_three_is_kept_true():
    kept = [kept_true(f"statement {number}") for number in range(3000)]
    assert 0.28 < sum(kept) / len(kept) < 0.38


BAKERY = """# パン屋の三十年

## 体と仕事

――朝は何時から働いていますか。

若い頃は平気でしたが、40歳を過ぎてから朝の仕込みがきつくなりました。
店主の山田さんは、55歳で二号店を開いた。

## 決算

売上高は前年度比5.8%増の2,450億円だった。
冷凍食品の販売が国内外で好調だったことが主な理由だ。
"""


@pytest.mark.parametrize(("opening", "figure"), [("若い頃は", "40歳"), ("冷凍食品の販売", None)])
def test_no_statement_in_an_interviewees_voice_or_on_a_reason_of_the_sentence_before(
    opening, figure
):
    corpus = build_corpus(make_article(text=BAKERY))
    item = next(item for item in corpus.sentences if item.sentence.text.startswith(opening))
    spans = [span for span in item.spans if span.text == figure]
    assert [build_truefalse(item, span, corpus) for span in spans] == [None] * len(spans)
    assert build_negated_truefalse(item, corpus) is None
