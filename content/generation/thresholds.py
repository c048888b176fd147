"""A figure said as a round threshold it passes: a statement in other words than its sentence's.

    開通式には住民約1,200人が参加した。 → 開通式には住民1,000人以上が参加した。 (true)
                                      → 開通式には住民2,000人以上が参加した。 (false)

A true statement that copies its sentence tests recognition, and teachers fail it (see
builders.copied_from); most sentences with a figure had no other true side, so their false
swap stayed a draft to keep an article's answers balanced. A threshold below the figure is
true, and one well above it false, for a reader who took in the figure's size: the check of
understanding a copy is not. Only where 以上 reads naturally: a count, a total sum of money
or a share, told as fact and followed by a case mark or the sentence's end, with a round
value between six and nine tenths of it (約80か所 → 70か所以上; 1,000人 has none, and
900人以上 would read as a riddle).

Judged blind (rounds 137–140), the true sides passed 3 of 3 and the false ones 2 of 5, the
three failures called trivia rather than untrue. The false side stays: without it, 以上 would
mark every true statement.
"""

import math
import re

from content.analysis.numerals import as_digits, digits_to_kanji, style_of
from content.analysis.spans import Span, SpanType

# Units of a quantity that only grows by more of it: 以上 of a date, an age, a rank or a
# time of day says something else.
_QUANTITY_UNITS = frozenset(
    {"人", "校", "件", "社", "台", "回", "倍", "軒", "店", "か所", "カ所", "ヵ所", "箇所", "種類"}
    | {"点", "冊", "本", "頭", "匹", "羽", "個", "枚", "館", "戸", "世帯", "棟", "基", "隻", "両"}
    | {"席", "団体", "店舗", "メートル", "キロメートル", "平方メートル", "ヘクタール", "トン"}
    | {"キログラム", "グラム", "リットル", "円", "ドル", "ユーロ", "%", "％", "パーセント"}
)
# 約 and its like go: a threshold is no rough value. 最大 or わずか say the figure is a bound
# or a small one already, which 以上 would contradict; 第 and 上位 make it a rank. 少なくとも
# makes it a bound already: 「少なくとも10回以上」 says "at least" twice (round 147).
_ROUGH_BEFORE = re.compile(r"(?:約|およそ|ほぼ|概ね|おおむね)$")
_NO_THRESHOLD_BEFORE = re.compile(
    r"(?:最大|最高|最低|最多|最少|最長|最短|上限|下限|定員|わずか|僅か|たった|第|上位|下位|ベスト|トップ"
    r"|少なくとも|少なく見積もっても|多くとも|多くても|せいぜい)"
    r"(?:で|の)?(?:約|およそ)?$"
)
# What may follow: a case mark, a copula or the sentence's end. Not 増/減 (18%増の), ぶり,
# ずつ, まで, ほど, nor a bound already there (以上, 未満); not は (建設費20億円以上は… reads
# as no topic), nor the で of means (3000円以上で駅まで戻った). に only before a rise:
# 以上に減った and 以上に抑える say nothing (a cap is the figure's point).
_MARK_AFTER = re.compile(
    r"(?:が|を|で、|の|、|。|だ|です|でした"
    r"|に(?:のぼ|上っ|上る|上り|達|増え|増加|拡大|伸び|膨ら|上が|なっ|なる|なり))"
)
# A price per piece (1食400円, 一泊二食付きで9000円) or a fare or fee (運賃は片道700円) is
# exact: 以上 turns it into a guess. A total (建設費, 資金, 売上高) is not a price.
_PER_PIECE_BEFORE = re.compile(
    r"[1１一](?:食|杯|泊|個|本|枚|袋|皿|箱|冊|部|着|株|束|人|回|日)"
    r"|料|運賃|価格|値段|代金|片道|往復|大人|子ども|子供|ひとり|税込|税抜"
    # 「講座の定員は1学年40人」: a capacity is a fixed number too.
    r"|定員"
)
# A word right before the figure: 長さ20メートルの舟, 人口9,000人の町, 1食400円のパスタ.
_WORD_END = re.compile(r"[\u4e00-\u9fff々ァ-ヺー0-9０-９さ]$")
# A sum of money said as a threshold is a total of something (費, 額, 売上, 効果), or money
# put in (投じ, 出資): a price (ざるそばが千二百円) is exact, and 以上 turns it into a guess.
_TOTAL_BEFORE = re.compile(
    r"(?:費|額|予算|売上|利益|収入|収益|資金|投資|寄付|効果|損失|負債|資産|支出|税収|基金|総|計)"
    r"[^、。]{0,12}$"
)
_MONEY_PUT_AFTER = re.compile(r"^(?:を|の)(?:投じ|投資|出資|寄付|借り入れ|集め)")
# Below this, a threshold of a count (2人以上 of 3人) says next to nothing.
_LEAST_COUNT = 10
# A quantity a sentence prescribes or aims at (300グラムを用意する, …に抑える方針だ): 以上
# changes the instruction or the plan. Only what was or is so: a past, a state, a copula.
_TOLD_AS_FACT = re.compile(r"(?:た|ている|ています|だ|です|である)。?$")
_AIM = re.compile(r"方針|予定|目標|目指|計画|見込|見通し|予想|想定|ように|べき|ください|しましょう")
_ONE_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)([万億兆]?)(\D+)")
# Below this share of the figure, the true threshold says too little (10人以上 of 19人).
_LOWEST_SHARE = 0.6
_HIGHEST_SHARE = 0.9
# At least this much above the figure, the false one is clearly false.
_FALSE_MARGIN = 1.3


def threshold_statement(text: str, span: Span, *, true: bool) -> str | None:
    """The text with the span's figure said as a round threshold: below it (true) or well
    above it (false); None where that does not read as a plain claim."""
    said = threshold_figure(text, span, true=true)
    if said is None:
        return None
    return _ROUGH_BEFORE.sub("", text[: span.start]) + said + text[span.end :]


def threshold_figure(text: str, span: Span, *, true: bool) -> str | None:
    """The span's figure as a round threshold, below it (1,000人以上 for 1,200人) or well
    above it (2,000人以上), where the text says it as a plain claim."""
    if span.type not in {SpanType.COUNT, SpanType.AMOUNT, SpanType.PERCENT}:
        return None
    if span.unit not in _QUANTITY_UNITS and span.type != SpanType.PERCENT:
        return None
    before, after = text[: span.start], text[span.end :]
    if (
        _NO_THRESHOLD_BEFORE.search(before)
        or not _MARK_AFTER.match(after)
        or not _TOLD_AS_FACT.search(text)
        or _PER_PIECE_BEFORE.search(before[-10:])
        # 「長さ20メートル以上の舟」, 「人口9,000人以上の町」: a measure that describes a thing
        # read as a kind of thing, not as the amount the sentence told.
        or (after.startswith("の") and _WORD_END.search(_ROUGH_BEFORE.sub("", before)))
        or _AIM.search(after)
        or (
            span.type == SpanType.AMOUNT
            and not (_TOTAL_BEFORE.search(before) or _MONEY_PUT_AFTER.match(after))
        )
    ):
        return None
    figure = _ONE_NUMBER.fullmatch(as_digits(span.text))
    if figure is None or re.search(r"[０-９・]", span.text):
        return None  # 2億8,000万円, 1万2千人: two numbers to round; ５年, 三・八: kept simple
    number, magnitude, unit = figure.groups()
    value = float(number.replace(",", ""))
    # Only a figure a true threshold can be said of has a false one: either side may be shown.
    below = _below(value)
    threshold = below if true or below is None else _above(value)
    if (
        threshold is None
        or (span.type == SpanType.PERCENT and threshold >= 100)
        or (
            span.type != SpanType.PERCENT
            and unit != "倍"
            and not magnitude
            and threshold < _LEAST_COUNT
        )
        # 10,000億円 is spelt 1兆円: a threshold past its magnitude is not written so.
        or (magnitude and threshold >= 10_000)
    ):
        return None
    spelt = f"{threshold:,}" if "," in number else str(threshold)
    if not magnitude and threshold >= _MAN and threshold % _MAN == 0:
        # 2万人以上, not 20000人以上 for 約8000人: prose writes ten thousands in 万 (round 159).
        spelt, magnitude = str(threshold // _MAN), "万"
    # Spelt as the sentence spells its figure: 四千人 for 四千百人.
    return digits_to_kanji(f"{spelt}{magnitude}{unit}", style_of(span.text)) + "以上"


_MAN = 10_000


def _below(value: float) -> int | None:
    """The round figure below, at most nine tenths of the value (a threshold just under it,
    50回 of 51回, leaves a reader who recalls "about fifty" unsure): 1,200 → 1,000, 86 → 70,
    3.8 → 3, 約80か所 → 70か所. None where the round figure says too little (10 of 19, or
    of 1,000人 nothing rounder than 900人), nothing (1) or is too near (10 of 11)."""
    place = 10 ** math.floor(math.log10(value))
    # A whole number of the figure's leading place: 10人以上 of 14人, never 9人以上 of 11人.
    threshold = math.floor(value * _HIGHEST_SHARE / place) * place
    if threshold < 2 or threshold < _LOWEST_SHARE * value:
        return None
    return int(threshold)


def _above(value: float) -> int | None:
    """The first round figure at least 1.3 times the value: 1,200 → 2,000, 86 → 200."""
    least = value * _FALSE_MARGIN
    place = 10 ** math.floor(math.log10(least))
    return int(math.ceil(least / place) * place)
