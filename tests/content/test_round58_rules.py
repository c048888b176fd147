"""Issue 9, blind round 58: counts before 後, 程度 and 以内, English words and initials,
letters glued to a suffix, a few seconds, the tail of a quote, a permission, a plan, an age
beside a working life, three glosses and a word too easy. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.analysis.spans import SpanType
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value
from tests.content.sentences import options_of, sentence_starting, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("バスは10分後に出発した。", "10分"),
        ("駅までは30分程度かかる。", "30分"),
        ("会場には300人以上が集まった。", "300人"),
        ("その3年後に橋が完成した。", "3年後"),
        ("届けは生まれた日から14日以内に出す。", "14日"),
    ],
)
def test_a_count_before_after_about_or_within_is_whole(text, count):
    assert span_types(text).get(count) == SpanType.COUNT


def test_a_day_of_the_month_is_no_count_of_days():
    assert "3日" not in span_types("式は5月3日前に終わる予定だ。")


def test_a_range_ending_in_a_count_about_which_is_not_asked():
    corpus = build_corpus(
        make_article(
            text=(
                "# 町の自転車\n\n## 駐輪場\n\n"
                "駐輪場は市内に45か所あり、1か所あたり6台から20台程度の自転車を置ける。\n"
                "利用者は毎月少しずつ増えている。\n"
            )
        )
    )
    item = sentence_starting(corpus, "駐輪場は")
    assert build_choice(item, span_of(item, "6台"), corpus) is None


def test_english_words_and_initials_are_no_names():
    spans = span_types("先に届くのがP波（Primary wave）で、米国の医師J・D・ハーパーが名付けた。")
    assert not {text for text, kind in spans.items() if kind == SpanType.NAME}
    assert spans.get("J・D・ハーパー") == SpanType.PERSON


def test_a_latin_name_keeps_its_words():
    assert span_types("観測には「Hi-net」と Meta Platforms のデータを使う。") == {
        "観測": SpanType.TERM,
        "Hi-net": SpanType.NAME,
        "Meta Platforms": SpanType.NAME,
        "データ": SpanType.KATAKANA,
    }


@pytest.fixture
def waves():
    return build_corpus(
        make_article(
            text=(
                "# 揺れを知らせる仕組み\n\n## ほんの数秒の備え\n\n"
                "机の下にもぐるだけでも、けがを防ぐ効果は大きい。\n"
                "家具を固定しておけば、倒れてくる心配も減らせる。\n\n"
                "## P波とS波\n\n"
                "地中を伝わる波には、速さの違う二つの種類がある。\n"
                "建物を大きく揺らすのは、主にS波のほうだと考えてよい。\n\n"
                "## 速報までの流れ\n\n"
                "震源の位置と規模は、計算機が自動で割り出す。\n"
                "計算機は数秒ごとに震源の位置を計算し直す。\n"
                "気象台の技術者は、計算の手順を毎年見直している。\n"
                "研究所の担当者は次のように話した。「計算機はまだ速くできる。"
                "次の課題は、震源の位置を割り出す精度を上げることだ」\n\n"
                "## 困ったときの窓口\n\n"
                "分からないことがあれば、市の防災課に電話で問い合わせる。\n"
                "外国語の案内が必要なときは、翻訳アプリを使ってもいいです。\n\n"
                "## 市長の話\n\n"
                "市長は会見で、燃料費の高騰が市の財政を圧迫していると述べた。\n"
                "バスの運賃を改定する場合、平均で8%前後の引き上げを想定しているという。\n\n"
                "## これからの計画\n\n"
                "市は来年度、観測点をさらに二十か所増やす方針だ。\n"
                "避難所の備蓄倉庫も、順番に建て替える方針だ。\n"
            )
        )
    )


def test_letters_glued_to_a_suffix_share_a_heading(waves):
    assert build_section(sentence_starting(waves, "建物を大きく"), waves) is None


def test_a_few_seconds_shared_with_another_heading_is_not_asked(waves):
    assert build_section(sentence_starting(waves, "計算機は数秒"), waves) is None


def test_the_last_sentence_of_a_quote_in_a_report_is_not_asked(waves):
    assert build_section(sentence_starting(waves, "次の課題は"), waves) is None


def test_a_permission_is_not_asked(waves):
    assert build_section(sentence_starting(waves, "外国語の案内"), waves) is None


def test_what_a_plan_assumes_fits_a_heading_of_the_future(waves):
    assert build_section(sentence_starting(waves, "バスの運賃"), waves) is None


def test_the_other_sentences_of_the_article_are_asked(waves):
    # The rules above leave the article its other questions: these fit one heading alone.
    # (「地中を伝わる波には…」 is placed by 波 of 「P波とS波」, which no other heading has:
    # round 124.)
    for opening in ("家具を固定", "震源の位置と", "気象台の"):
        assert build_section(sentence_starting(waves, opening), waves) is not None


def test_an_age_beside_a_working_life_is_older_than_the_work():
    corpus = build_corpus(
        make_article(
            text=(
                "# 酒蔵を継ぐ\n\n## 蔵人たち\n\n"
                "蔵を継いだ長女は26歳、弟はまだ19歳だった。\n"
                "杜氏の川村さんは今年で68歳、この蔵で45年働いている。\n"
            )
        )
    )
    options = options_of(corpus, "杜氏の", "68歳")
    assert options
    assert all(figure_value(option) >= 45 + 18 for option in options)


def test_providing_a_recoverys_pace_and_brewing_in_their_senses():
    assert "offer" not in word_senses("提供")
    assert "providing" in word_senses("提供")
    assert "gait" not in word_senses("足取り")
    assert "geisha" not in word_senses("仕込み")


def test_hajime_is_too_easy():
    assert is_basic_word("初め")
