"""Issue 9: a figure said as a round threshold it passes, a true statement in other words
than its sentence's (a copy tests recognition), and one well above it, false. Each text is
our own."""

import pytest

from content.generation.builders import build_truefalse
from content.generation.corpus import build_corpus
from content.generation.drafts import COPIED
from content.generation.thresholds import threshold_statement
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

REPORT = (
    "# 港町の新しい橋\n\n## 開通の日\n\n"
    "開通式には住民約1,200人が参加した。\n"
    "橋の総事業費は86億円だった。\n"
    "島の人口は四千百人で、十年前より減った。\n"
    "町は橋の両側に14か所の街灯を設けた。\n"
)


def _statements(text: str, opening: str, figure: str) -> tuple[str | None, str | None]:
    item = sentence_starting(build_corpus(make_article(text=text)), opening)
    span = span_of(item, figure)
    sentence = item.sentence.text
    return (
        threshold_statement(sentence, span, true=True),
        threshold_statement(sentence, span, true=False),
    )


@pytest.mark.parametrize(
    ("opening", "figure", "true", "false"),
    [
        # 約 goes: a threshold is no rough value.
        (
            "開通式",
            "1,200人",
            "開通式には住民1,000人以上が参加した。",
            "開通式には住民2,000人以上が参加した。",
        ),
        # At most nine tenths of the figure: 80億円 would leave "about 80" unsure.
        (
            "橋の総事業費",
            "86億円",
            "橋の総事業費は70億円以上だった。",
            "橋の総事業費は200億円以上だった。",
        ),
        # Spelt as the sentence spells its figures.
        (
            "島の人口",
            "四千百人",
            "島の人口は三千人以上で、十年前より減った。",
            "島の人口は六千人以上で、十年前より減った。",
        ),
        (
            "町は橋の両側",
            "14か所",
            "町は橋の両側に10か所以上の街灯を設けた。",
            "町は橋の両側に20か所以上の街灯を設けた。",
        ),
    ],
)
def test_a_figure_is_said_as_a_round_threshold_below_it_and_one_well_above(
    opening, figure, true, false
):
    assert _statements(REPORT, opening, figure) == (true, false)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # Round already: 900人以上 of 1,000人 reads as a riddle.
        ("式典には市民1,000人が集まった。", "1,000人"),
        # A rank, a figure that is a bound already, a small amount stressed.
        ("大会には最大120人が出場した。", "120人"),
        ("式典にはわずか12人が集まった。", "12人"),
        # A price per piece is exact; a measure that describes a thing is a kind of thing.
        ("弁当は1食540円で、昼前に売り切れた。", "540円"),
        ("帰りはバスに乗り、運賃は片道760円だった。", "760円"),
        ("長さ25メートルの舟が港に着いた。", "25メートル"),
        # A prescription or a plan: 以上 changes the instruction or the aim.
        ("塩は梅の重さの18%、つまり360グラムを用意する。", "360グラム"),
        ("市は負担を23億円に抑える方針だ。", "23億円"),
        # A figure that fell: 以上に減った says nothing.
        ("客数は3,400人に減った。", "3,400人"),
        # Too small a number to round down from.
        ("部員は19人だった。", "19人"),
    ],
)
def test_no_threshold_where_it_would_not_read_as_the_same_claim(sentence, figure):
    text = f"# 町の話\n\n## 今年\n\n{sentence}\n"
    assert _statements(text, sentence[:4], figure) == (None, None)


def test_a_statement_whose_true_side_would_copy_its_sentence_is_true_as_a_threshold():
    # No other count of people in the article to swap in: the false side is a threshold too.
    corpus = build_corpus(
        make_article(
            text=(
                "# 港町の新しい橋\n\n## 開通の日\n\n"
                "開通式には住民約1,200人が参加し、テープカットが行われた。\n"
                "橋の長さは四百メートルある。\n"
                "市長は「島と町が一つになった」と話した。\n"
            )
        )
    )
    item = sentence_starting(corpus, "開通式")
    draft = build_truefalse(item, span_of(item, "1,200人"), corpus)
    sides = {side.answer: side for side in (draft, draft.other_side)}
    assert sides["true"].prompt == "開通式には住民1,000人以上が参加し、テープカットが行われた。"
    assert not sides["true"].extra.get(COPIED)
    assert sides["false"].prompt == "開通式には住民2,000人以上が参加し、テープカットが行われた。"
    # Feedback names what the statement said against what the article says.
    assert sides["false"].extra == {"original": "1,200人", "swapped": "2,000人以上"}


def test_no_false_threshold_past_the_figures_magnitude():
    # 7,135億円 well above is 1兆円, which 10,000億円以上 would misspell.
    text = "# 決算\n\n## 売上\n\n食品部門の売上高は7,135億円だった。\n"
    assert _statements(text, "食品部門", "7,135億円") == (
        "食品部門の売上高は6,000億円以上だった。",
        None,
    )


def test_a_figure_in_the_last_clause_is_said_as_a_threshold_in_the_whole_sentence():
    # The last clause cut loose would no longer say what the figure is of (round 62).
    corpus = build_corpus(
        make_article(
            text=(
                "# 町の商店街\n\n## 再開発\n\n"
                "出資者は最終的に140人を超え、集まった資金は約36万円に達した。\n"
                "商店街には新しい店が並んだ。\n"
            )
        )
    )
    item = sentence_starting(corpus, "出資者")
    draft = build_truefalse(item, span_of(item, "36万円"), corpus)
    sides = {side.answer: side for side in (draft, draft.other_side)}
    assert sides["true"].prompt == "出資者は最終的に140人を超え、集まった資金は30万円以上に達した。"
    assert (
        sides["false"].prompt == "出資者は最終的に140人を超え、集まった資金は50万円以上に達した。"
    )


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A price is exact: only a total (費, 額, 効果) or money put in is said as a threshold.
        ("ざるそばが千二百円で、香りがよかった。", "千二百円"),
        # A capacity is a fixed number.
        ("講座の定員は1学年40人だ。", "40人"),
        # 2人以上 of 3人 says next to nothing.
        ("灯台守は3人が交代で起きていた。", "3人"),
    ],
)
def test_no_threshold_of_a_price_a_capacity_or_a_small_count(sentence, figure):
    text = f"# 町の話\n\n## 今年\n\n{sentence}\n"
    assert _statements(text, sentence[:4], figure) == (None, None)


def test_a_total_or_money_put_in_is_said_as_a_threshold():
    text = "# 町の話\n\n## 今年\n\n市は遊歩道の整備に4億6,000万円を投じた。\n橋の総事業費は約86億円だった。\n"
    assert _statements(text, "市は遊歩道", "4億6,000万円") == (None, None)  # two numbers
    assert _statements(text, "橋の総事業費", "86億円")[0] == "橋の総事業費は70億円以上だった。"
