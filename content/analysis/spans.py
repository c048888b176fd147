"""Answer spans in a sentence: names, amounts, dates, counts, proper nouns, loanwords, terms.

Numbers and Latin names are found by pattern on the text (Sudachi splits
「600億~650億ドル」 into five tokens and reads LLaMA as the animal); proper
nouns, katakana compounds and noun compounds come from the tokens.
Affixes such as 約, 以降 and 用 stay outside every span.
"""

import re
import unicodedata
from dataclasses import dataclass

from .furigana import has_kanji
from .glossary import has_entry
from .numerals import DECIMAL_UNITS, KANJI_FIGURE, beside_digits, kanji_to_digits
from .tokens import Token


class SpanType:
    NAME = "name"  # Latin-letter names: "Superintelligence Labs", "LLaMA 4"
    NAMED = "named"  # a proper noun with its class noun: 奈良時代, 福井藩 (unit: the class)
    ACRONYM = "acronym"
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    AMOUNT = "amount"
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"
    DECADE = "decade"
    MONTH = "month"
    TIME = "time"
    WEEKDAY = "weekday"  # 水曜日, 月曜: the day a guide's rule or a story's event falls on
    PERCENT = "percent"
    COUNT = "count"
    KATAKANA = "katakana"
    TERM = "term"


ENTITY_TYPES = frozenset(
    {
        SpanType.NAME,
        SpanType.ACRONYM,
        SpanType.PERSON,
        SpanType.PLACE,
        SpanType.ORGANIZATION,
        SpanType.NAMED,
    }
)
NUMERIC_TYPES = frozenset(
    {
        SpanType.AMOUNT,
        SpanType.YEAR,
        SpanType.FISCAL_YEAR,
        SpanType.DECADE,
        SpanType.MONTH,
        SpanType.TIME,
        SpanType.PERCENT,
        SpanType.COUNT,
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int
    type: str
    unit: str = ""

    @property
    def key(self) -> str:
        """Identity across spellings: 「META」 and 「Meta」 are one entity."""
        return normalize_key(self.text)

    @property
    def kind_key(self) -> tuple[str, str]:
        return (self.type, self.unit)


def normalize_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


WEEKDAYS = "月火水木金土日"
# Sudachi's words for the days of the week, whole (水曜日, 水曜), with the reading easy
# Japanese prints after them, which the tokenizer keeps in the word; not 日曜 of 日曜大工.
_WEEKDAY_TOKEN = re.compile(rf"([{WEEKDAYS}]曜日?)(?:[（(][ぁ-ゖー]+[）)])?")
_NUM = r"\d[\d,.]*"
_MAG = r"(?:兆|億|万|千)"
_NUMBER = rf"{_NUM}(?:{_MAG}{_NUM})*{_MAG}?"
_RANGE = rf"{_NUMBER}(?:\s*[~〜～\-–－]\s*{_NUMBER})?"
# Units of measure written in Latin letters after a figure (150cm, 15MW).
_LATIN_UNITS = ("cm", "mm", "km", "kg", "MW", "kW")
CURRENCIES = ("ドル", "円", "ユーロ", "ポンド", "元", "ウォン")
COUNT_UNITS = (
    "平方メートル",
    "ミリリットル",
    "リットル",
    "キロメートル",
    "センチメートル",
    "ミリメートル",
    "メートル",
    "センチ",
    "ミリ",
    "キログラム",
    "キロワット",
    "メガワット",
    "キロ",
    # In Latin letters, as a how-to and a report write them (長さ150cmの支柱, 出力は15MW):
    # round 176's articles left each unasked.
    *_LATIN_UNITS,
    "ヘクタール",
    "グラム",
    "トン",
    "ポイント",
    "か所",
    "カ所",
    "種類",
    # 「60年前後とされ」: around sixty years, 前後 whole; no count of years ago (round 187).
    "年前(?!後)",
    "年後",
    "分間",
    "分",
    "秒",
    "度",
    "杯",
    "匹",
    "頭",
    "個",
    "本",
    "軒",
    "階",
    "食",
    "タイトル",
    "パーセント",
    "か国",
    "か月",
    "カ月",
    "ヶ月",
    "週間",
    "日間",
    "時間",
    "年間",
    "人",
    "回",
    "点",
    "台",
    "校",
    "件",
    "倍",
    "社",
    "冊",
    "枚",
    "歳",
    "店",
    "館",
    "割",
    # 二千箱の茶, 3隻の船, 2棟の蔵, 500羽の鳥 (round 123).
    "箱",
    "隻",
    "棟",
    "羽",
    # 風車30基, トマト1株, 一日4便, 120世帯, 20店舗, 1日3往復 (round 176's articles).
    "基",
    "株",
    "便",
    "世帯",
    "店舗",
    "往復",
    "袋",
    "席",
    # 3日分の水, 4人分の材料, 地上5階建て: each a unit of its own (round 123 kept the 2人 of
    # 2人分 from being asked); now the whole is.
    "日分",
    "人分",
    "階建て",
)
# The 47 prefectures by name, without 都, 道, 府 or 県.
PREFECTURES = (
    *("北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉"),
    *("千葉", "東京", "神奈川", "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡"),
    *("愛知", "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山"),
    *("広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分"),
    *("宮崎", "鹿児島", "沖縄"),
)
# Years of the modern eras: 平成30年, 令和七年 (an older era's date, 天保十二年, is not asked).
MODERN_ERAS = ("明治", "大正", "昭和", "平成", "令和")
# An era's date with its Western year in brackets, 天正13年（1585年）: one date, asked whole
# (the era alone is glossed by the bracket, the bracket alone glosses the era). 翌 and 同
# before it are the sentence's, not the era's: 翌大正3年（1914年） is 大正3年 (round 29).
ERA_WITH_WESTERN_YEAR = "和暦西暦"
# 「40キロ離れた」, 「100メートル歩く」: a verb after a unit in katakana leaves the count whole;
# a kanji after it otherwise (2センチ角, 40キロ圏) makes a unit of its own (round 123).
_VERB_AFTER_A_KATAKANA_UNIT = (
    r"(?<=[ァ-ヶー])(?=[\u4e00-\u9fff][ぁ-ゖ])(?![\u4e00-\u9fff][のにはがをでともへやかな])"
)
# The minutes of a clock time, in digits or in kanji.
_MINUTES = r"(?:\d{1,2}|[二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])分"
# What may follow a count and stay outside it.
_AFTER_A_COUNT = r"(?:後|前|程度|前後|以内|以上|以下|未満)(?![\u4e00-\u9fff])"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        SpanType.YEAR,
        re.compile(
            r"(?:(?<=[翌同])|(?<![\u4e00-\u9fff々]))(?![翌同])(?P<era>[\u4e00-\u9fff]{2,4})"
            r"(?:\d{1,2}|元)年[（(]\d{3,4}年?[）)]"
        ),
    ),
    (
        SpanType.AMOUNT,
        re.compile(
            rf"\$\s*{_RANGE}(?:\s*(?:十億|百万))?ドル|{_RANGE}\s*(?P<currency>{'|'.join(CURRENCIES)})"
        ),
    ),
    (SpanType.DECADE, re.compile(r"\d{4}年代(?:初頭|前半|後半|半ば|末|初め)?")),
    (SpanType.FISCAL_YEAR, re.compile(r"\d{4}年度")),
    (SpanType.MONTH, re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?")),
    (SpanType.YEAR, re.compile(rf"(?:{'|'.join(MODERN_ERAS)})\d{{1,2}}年(?![代度間])")),
    # Not years ago or after: 「1300年前」, 「千三百年も前の建物」 count years (round 81 offered
    # 千三百一年 and 千二百九十九年 as years beside it); 「2020年前後」 and 「2020年後半」 are years.
    (SpanType.YEAR, re.compile(r"\d{4}年(?![代度間]|も?前(?![後半])|も?後(?!半))")),
    # 「午後三時四十分」: Sudachi reads 十分 (enough) as a word, so the minutes stay in kanji
    # (round 131 blanked 午後三時 and left 四十分).
    (SpanType.TIME, re.compile(rf"午[前後]\d{{1,2}}時(?:{_MINUTES}|半)?")),
    # 「朝8時30分までに」: a clock time without 午前 or 午後 is one figure too, not a count of
    # minutes after an hour nobody asks (round 50).
    (SpanType.TIME, re.compile(rf"(?<![\d.,])\d{{1,2}}時(?:{_MINUTES}|半)(?![間頃ごろ])")),
    # 「朝8時までに」, 「夜（よる）7時から」: an hour on the clock by itself (round 125's guide).
    (SpanType.TIME, re.compile(r"(?<![\d.,])\d{1,2}時(?![間頃ごろ\d])")),
    (SpanType.PERCENT, re.compile(rf"{_NUM}\s*(?:%|％|パーセント)")),
    # 2時間30分 is one duration, not a count of hours beside a count of minutes.
    (SpanType.COUNT, re.compile(r"(?P<unit>\d+時間\d+分)")),
    # 「2人分」, 「2センチ角」 and 「2時間30分」 are units of their own: no count inside them;
    # a time after, before or about a count (「10分後」, 「30分程度」) or a bound (「300人以上」)
    # leaves the count whole.
    (
        SpanType.COUNT,
        # 二分け (two draws) is no count of minutes.
        re.compile(
            rf"{_RANGE}(?P<unit>{'|'.join(COUNT_UNITS)})"
            rf"(?:(?={_AFTER_A_COUNT})|(?![\u4e00-\u9fff\dけ])|{_VERB_AFTER_A_KATAKANA_UNIT})"
        ),
    ),
    # 「14日以内」, 「3日後」, 「十日ほど」: days counted, not a day of the month (「5月3日」,
    # 「14日に」).
    (
        SpanType.COUNT,
        re.compile(rf"(?<![月\d,.]){_NUM}(?P<unit>日)(?={_AFTER_A_COUNT}|ほど|あまり|余り)"),
    ),
    # 「千三百年も前」: years counted, the も between them and 前.
    (SpanType.COUNT, re.compile(rf"(?<![\d,.]){_NUM}(?P<unit>年)(?=も[前後])")),
]
_RACE_TIME = re.compile(r"\d+時間\d+分\d+秒|\d+分\d+秒")
# 一両二分: an Edo price in 両 and 分 (and 朱) is one figure; its 分 is no count of minutes,
# and 四分 or 五分 beside it no price (4 分 make a 両: round 65).
_OLD_FIGURE = r"(?:[0-9０-９]+|[一二三四五六七八九十百千]+)"
_OLD_MONEY = re.compile(
    rf"{_OLD_FIGURE}両{_OLD_FIGURE}分(?:{_OLD_FIGURE}朱)?|{_OLD_FIGURE}分{_OLD_FIGURE}朱"
)
# 「為替は1ドル＝145円を前提とし、前期の実績（152円）より…」: an exchange rate, and the
# rate it is set beside, are no sums of money (round 87 offered 145円 among dividends).
_EXCHANGE_RATE = re.compile(
    r"(?:1|１|一)(?:米?ドル|ユーロ|ポンド|人民元|元|ウォン)\s*[=＝]\s*[0-9０-９.,]+円台?"
)
_RATE_BESIDE = re.compile(r"[（(][0-9０-９.,]+円[）)]")
# 「3、4階は…閲覧室」: floors 3 and 4 share the unit; 4階 alone is no figure of the text, and
# 「3、2階」 a swap no reader parses (round 65).
_SHARED_UNIT = re.compile(r"\d+(?:[、・]\d+)+")
# 「約15分の1」: a fraction, no count of minutes (round 67).
_FRACTION = re.compile(r"\d+分の\d+")
_LATIN_WORD = r"[A-Za-z][A-Za-z0-9]*(?:[.&'\-][A-Za-z0-9]+)*"
_LATIN = re.compile(rf"{_LATIN_WORD}(?:\s+(?:[A-Z0-9][A-Za-z0-9]*(?:[.&'\-][A-Za-z0-9]+)*))*")
_ACRONYM = re.compile(r"[A-Z0-9]{2,6}")
PERSON_UNIT = "person"
_PERSON_BEFORE = re.compile(
    r"(?:CEO|CTO|社長|会長|代表|教授|准教授|記者|研究員|創業者|議員|大臣|選手|監督|氏)(?:である|の)?\s*$"
)
# An honorific or a title after a name: it is a person's.
_PERSON_AFTER = re.compile(r"\s*(?:氏|さん|くん|君|ちゃん|教授|社長|CEO)")
_KATAKANA = re.compile(r"[ァ-ヺー・ｦ-ﾟ]+")
_KATAKANA_CHAR = re.compile(r"[ァ-ヺーｦ-ﾟ]")
_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff々]")
EDGE_AFFIXES = frozenset({"約", "以降", "以来", "用", "的", "ごと", "など", "等", "各", "同", "計"})
TERM_MAX_TOKENS = 4


# Latin letters glued to digits, kana or kanji ("3Dプリンター", "AIアプリ") are one
# word with them; no part of such a unit is ever a span of its own. A unit of measure
# after digits (150cm) is the figure's.
_GLUED_LATIN = re.compile(
    r"[0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*(?=[ァ-ヺー\u4e00-\u9fff々])"
    r"[ァ-ヺー\u4e00-\u9fff々]*"
    rf"|(?<=[0-9])(?!(?:{'|'.join(_LATIN_UNITS)})(?![0-9A-Za-z]))[A-Za-z][0-9A-Za-z]*"
)
# An English phrase, a word in lower case after the first (「P波（Primary wave）」): words,
# not a name; no piece of it is a span (round 58 offered "wave" and "Primary" as names).
_ENGLISH_PHRASE = re.compile(
    rf"{_LATIN_WORD}(?:\s+{_LATIN_WORD})*\s+[a-z][a-z]+(?:\s+{_LATIN_WORD})*"
)
# 「J・D・クーパー」: initials and a name in katakana are one person.
_INITIALED_NAME = re.compile(r"(?:[A-Z][・.．]\s?)+[ァ-ヺー]{2,}(?:・[ァ-ヺー]{2,})*")
# A reading given in brackets after a word: 地震（じしん）. The word and its reading are
# never blanked (the one gives the other away).
BRACKET_READING = re.compile(r"([\u4e00-\u9fff々〆ヵヶ]+)[（(]([ぁ-ゖー]+)[）)]")
# Common nouns that make a proper noun before them a named thing of their class:
# 奈良+時代 is an era, 福井+藩 a domain, 石見+銀山 a mine.
NAMED_HEAD_MAX_TOKENS = 2
# Class nouns that end a proper noun and say what it names.
CLASS_HEADS = (
    "時代",
    "幕府",
    "銀行",
    "大学",
    "新幹線",
    "会社",
    "工業",
    "食品",
    "通宝",
    "政府",
    "神社",
    "公園",
    "美術館",
    "博物館",
    "市場",
    "省",
    "庁",
    "党",
    "社",
    "線",
    "駅",
    "寺",
    "城",
    "藩",
)
# What a family's business is called after its family name.
FAMILY_BUSINESSES = frozenset(
    {"酒造", "醸造", "商店", "酒店", "書店", "工務店", "製作所", "鉄工所", "建設", "商事", "工業"}
    | {"物産", "食品", "製菓", "本舗", "旅館", "薬局", "医院", "農園", "牧場", "運送", "印刷"}
)
# What marks a lone family name as a person's (金沢 alone may be the town).
# One-kanji suffixes that follow a whole name: 山田家, 佐藤ら, 鈴木著, 織田信長像; and a
# monk's or master's 師 (松岡玄照師, round 153, whose option stood out by it).
_NOT_A_NAMES_END = frozenset("氏様殿君家等達著作編訳像賞邸宅流派式系側方組勢軍夫妻師")
# What ends a law's or a decree's name: 一国一城令, 武家諸法度's 法.
_LAW_ENDS = frozenset("令法")
PERSON_MARKS = ("さん", "氏", "様", "さま", "家", "先生", "教授", "社長", "会長", "選手", "君")
_NUMERAL_KANJI = set("一二三四五六七八九十百千万")
# 十人, 五千石: counts, and the old measures of rice, coin and land (round 42 swapped 荒川
# with 五千石, which Sudachi tags as a place).
NUMERAL_COUNT = re.compile(
    r"[一二三四五六七八九十百千万]+[人回個本台枚歳軒匹頭件社校冊石両文貫俵坪反斗升羽戸]"
)


def find_spans(text: str, tokens: list[Token]) -> list[Span]:
    """Non-overlapping whole-word answer spans of one sentence, in text order."""
    spans: list[Span] = []
    taken = bytearray(len(text))

    def block(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def claim(start: int, end: int, span_type: str, unit: str = "") -> None:
        if start >= end or any(taken[start:end]) or not _on_word_edges(text, start, end):
            return
        block(start, end)
        spans.append(Span(text[start:end], start, end, span_type, unit))

    # A day of the week is claimed before printed readings are blocked: easy Japanese prints
    # one after it (水曜日（すいようび）), and its blank takes the reading along.
    for token in tokens:
        day = _WEEKDAY_TOKEN.fullmatch(token.surface)
        if day and not (day.group(1)[-1] == "曜" and _KANJI_CHAR.match(text, token.end)):
            # 水曜日 meets 水曜日 among the article's days, 水曜 meets 水曜.
            unit = "曜日" if day.group(1).endswith("日") else "曜"
            claim(token.start, token.start + len(day.group(1)), SpanType.WEEKDAY, unit)
    for match in BRACKET_READING.finditer(text):
        block(match.start(), match.end())
    for pattern in (_GLUED_LATIN, _ENGLISH_PHRASE):
        for match in pattern.finditer(text):
            block(match.start(), match.end())
    # The figure patterns read digits; kanji figures (二〇二六年, 四百二十億円) are read
    # through their digit spelling and claimed on the text as written.
    shadow, origin = digit_shadow(text, tokens)
    for match in (
        *_RACE_TIME.finditer(shadow),
        *_SHARED_UNIT.finditer(shadow),
        *_FRACTION.finditer(shadow),
    ):
        # 2時間8分3秒, 14分31秒: a race time is one figure, and none of its pieces is asked;
        # nor are numbers sharing one unit, nor a fraction's.
        start, end = origin[match.start()], origin[match.end()]
        if start is not None and end is not None:
            block(start, end)
    for match in _OLD_MONEY.finditer(text):
        block(match.start(), match.end())
    if _EXCHANGE_RATE.search(text):
        for match in (*_EXCHANGE_RATE.finditer(text), *_RATE_BESIDE.finditer(text)):
            block(match.start(), match.end())
    for span_type, pattern in _PATTERNS:
        for match in pattern.finditer(shadow):
            start, end = origin[match.start()], origin[match.end()]
            if start is None or end is None:
                continue  # a piece of a kanji figure
            unit = ""
            if span_type == SpanType.YEAR and match.groupdict().get("era"):
                unit = ERA_WITH_WESTERN_YEAR  # dates of this form meet each other
            elif span_type == SpanType.YEAR and match.group().startswith(MODERN_ERAS):
                unit = match.group()[:2]  # 平成 years meet 平成 years
            elif span_type == SpanType.AMOUNT:
                unit = match.group("currency") or "ドル"
            elif span_type == SpanType.MONTH:
                unit = "日" if match.group().endswith("日") else ""  # a day meets days
            elif span_type == SpanType.COUNT:
                unit = match.group("unit")
                if unit[0].isdigit():
                    unit = "時間分"
            claim(start, end, span_type, unit)
    for match in _INITIALED_NAME.finditer(text):
        claim(match.start(), match.end(), SpanType.PERSON)
    for match in _LATIN.finditer(text):
        word = match.group().rstrip(".")
        end = match.start() + len(word)
        if len(word) == 1:
            continue  # an initial (J・D・クーパー) or a label (B-Δ法): offered as names in round 58
        if _ACRONYM.fullmatch(word):
            claim(match.start(), end, SpanType.ACRONYM)
        else:
            # A Latin name says nothing of what it names; a title beside it does.
            person = bool(
                _PERSON_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
                or _PERSON_AFTER.match(text[end : end + 4])
            )
            claim(match.start(), end, SpanType.NAME, PERSON_UNIT if person else "")
    quoted_names = list(QUOTED_NAME.finditer(text))
    for first, last, span_type, unit in _token_groups(tokens):
        # 「広忠ら郡司と農民」: the plural ら ends 広忠, and starts no word (round 143's kit).
        while first <= last and tokens[first].pos_major == "接尾辞":
            first += 1
        if first > last:
            continue
        if _glued_to_other_script(text, tokens[first].start, tokens[last].end, span_type):
            continue
        start, end = tokens[first].start, tokens[last].end
        if (
            span_type == SpanType.PERSON
            and first > 0
            and tokens[first - 1].end == start
            and tokens[first - 1].pos.startswith("名詞-数詞")
            and tokens[first - 1].surface in _NUMERAL_KANJI
            and tokens[first].pos.endswith("人名-姓")
        ):
            # 「義久の子の三好田義光」: Sudachi reads the surname's 三 as a numeral, and 好田義光
            # was blanked inside it (round 174). The kanji is the surname's.
            start = tokens[first - 1].start
        if span_type == SpanType.PLACE and _paired_with_a_common_noun(text, tokens, start, end):
            span_type, unit = SpanType.TERM, ""
        if span_type == SpanType.PLACE and _ROLE_AND_DOT.search(text[:start]):
            # 「奈良の商人・楠葉西忍」: the one a role names is a person, though his name
            # begins with a place's (round 53 offered 楠葉西忍 among ports).
            span_type, unit = SpanType.PERSON, ""
        if span_type == SpanType.PERSON and text[start:end] in _CLANS:
            continue  # 平家, a clan, was offered among monks and merchants (round 53)
        if span_type == SpanType.PERSON and text.startswith("朝", end):
            continue  # 後朱雀 of 後朱雀朝 (a reign) was offered among compilers (round 55)
        if (
            span_type == SpanType.PERSON
            and (
                text[end - 1] in "舟船"
                or (text[end - 1] in "湊港" and not _PERSON_AFTER.match(text, end))
                # 「旧鈴木屋の米蔵は…資料館となり」: a storehouse read as a given name, swapped for
                # a merchant (round 94): after の, with no honorific, and a word JMdict knows.
                # 源蔵 (no word) and 鈴木米蔵 or 米蔵さん keep their person.
                or (
                    text[end - 1] == "蔵"
                    and text[start - 1 : start] == "の"
                    and tokens[first].pos.endswith("人名-名")
                    and not _PERSON_AFTER.match(text, end)
                    and has_entry(text[start:end])
                )
            )
        ):
            # 平田舟, a river boat, read as 平田 and a given name 舟, was offered among the
            # town's people (round 83); 西浦湊, a port, was swapped for a captain (round 85).
            # 湊 is a boy's name too, with its さん or くん.
            span_type, unit = SpanType.TERM, ""
        if (quoted := _quoted_name_around(quoted_names, start, end)) is not None and (
            span_type == SpanType.PERSON or quoted != text[start:end]
        ):
            # 「沢井格」と呼ばれた糸: a person's name in a quote of its own names a thing (round
            # 80 offered it among people); 共栄 of 「共栄社」 is a piece of a name.
            continue
        claim(start, end, span_type, unit)
    spans.sort(key=lambda span: span.start)
    return spans


# A quoted name: a short quotation of kanji, katakana and marks, no kana of a phrase
# (「松風最中」, 「共栄社」; 「未知の世界」 is a phrase).
QUOTED_NAME = re.compile(r"「([^「」ぁ-ゖ]{1,12})」")


def _quoted_name_around(quoted_names: list[re.Match], start: int, end: int) -> str | None:
    """The quoted name the span stands in, 共栄社 of 「共栄社」 for 共栄, or None."""
    return next(
        (
            match.group(1)
            for match in quoted_names
            if match.start(1) <= start and end <= match.end(1)
        ),
        None,
    )


# A person's role and a middle dot before the name: 商人・肥富, 僧・重源.
_ROLE_AND_DOT = re.compile(
    r"(?:商人|僧|医師|画家|絵師|武将|大工|職人|学者|歌人|俳人|作家|住職|棟梁|船頭|藩士|家老|庄屋|名主)・$"
)
# Clans Sudachi reads as people. Not every name in 家: 前田利家 and 藤原隆家 are men.
_CLANS = frozenset({"平家", "源家"})


# 「登山口と下山口」: a word paired by と or や with a common noun of the same head is one too,
# whatever Sudachi's dictionary holds (下山口, a place name; round 38 offered 銀座 and
# 北アルプス beside it).
_PAIRED_BEFORE = re.compile(r"([\u4e00-\u9fff々]+)[とや]$")
_PAIRED_AFTER = re.compile(r"^[とや]([\u4e00-\u9fff々]+)")


def _paired_with_a_common_noun(text: str, tokens: list[Token], start: int, end: int) -> bool:
    head = text[end - 1]
    pairs = []
    if before := _PAIRED_BEFORE.search(text[:start]):
        pairs.append((before.start(1), before.end(1)))
    if after := _PAIRED_AFTER.match(text[end:]):
        pairs.append((end + after.start(1), end + after.end(1)))
    return any(
        text[first:last].endswith(head)
        and not any(t.is_proper for t in tokens if first <= t.start and t.end <= last)
        for first, last in pairs
    )


def digit_shadow(text: str, tokens: list[Token]) -> tuple[str, list[int | None]]:
    """The text with its kanji figures in digits, and where each of its offsets lies in the text.

    A figure is a run of kanji numerals that no word runs into or out of: 一人, 十分, 一緒,
    九州 and 百貨店 are words Sudachi reads whole, not figures, and 第三 is an ordinal.
    Sudachi's class of the numeral itself is not trusted (七 of 七百円 is a prefix to it, 四十八
    a family name, 十人 a place). Offsets inside a converted figure map to None: no span
    starts or ends there.
    """
    straddled = bytearray(len(text) + 1)
    for token in tokens:
        if token.is_proper and NUMERAL_COUNT.fullmatch(token.surface):
            continue  # 三+十人: a count Sudachi tags as a place name
        # A word boundary inside the token is no place for a figure to begin or end.
        straddled[token.start + 1 : token.end] = b"\x01" * (token.end - token.start - 1)
    pieces: list[str] = []
    origin: list[int | None] = []
    done = 0
    for match in KANJI_FIGURE.finditer(text):
        figure, start = match.group(), match.start()
        if "・" in figure and not text.startswith(DECIMAL_UNITS, match.end()):
            figure = figure.split("・")[0]  # 三・四人: three or four, no decimal
        end = start + len(figure)
        digits = kanji_to_digits(figure)
        if (
            digits is None
            or text[start - 1 : start] == "第"
            or straddled[start]
            or straddled[end]
            or beside_digits(text, start, end)
        ):
            continue
        pieces.append(text[done:start])
        origin.extend(range(done, start))
        pieces.append(digits)
        origin.extend([start, *[None] * (len(digits) - 1)])
        done = end
    pieces.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(pieces), origin


def _glued_to_other_script(text: str, start: int, end: int, span_type: str) -> bool:
    """Half of a mixed compound: ブロック of ブロック塀, 冷凍 of 冷凍パスタ."""
    other = _KANJI_CHAR if span_type == SpanType.KATAKANA else _KATAKANA_CHAR
    if span_type not in {SpanType.KATAKANA, SpanType.TERM}:
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(other.match(before) or other.match(after))


def _on_word_edges(text: str, start: int, end: int) -> bool:
    """Not a piece of a longer run of letters and digits (「3D」 in 「3Dプリンター」)."""
    alnum = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and alnum.match(before) and alnum.match(text[start]):
        return False
    return not (after and alnum.match(after) and alnum.match(text[end - 1]))


def _token_groups(tokens: list[Token]) -> list[tuple[int, int, str, str]]:
    """(first index, last index, type, unit) of token runs that make answer spans.

    One pass over the tokens: each run is measured by index, never copied.
    """
    groups: list[tuple[int, int, str, str]] = []
    index, count = 0, len(tokens)
    while index < count:
        token = tokens[index]
        if token.is_proper and not _is_latin(token.surface):
            end = _run_end(tokens, index, lambda t: t.is_proper and not _is_latin(t.surface))
            span_type, unit = _proper_class(tokens[index:end])
            while (
                span_type == SpanType.PERSON
                and _is_katakana(tokens[end - 1].surface)
                and end + 1 < count
                and tokens[end].surface == "・"
                and _is_katakana(tokens[end + 1].surface)
            ):
                # スティーブン・エムレン: one person, though Sudachi knows the given name only;
                # swapped alone, it made グスタフ・エムレン of two people (round 42).
                end = _run_end(
                    tokens, end + 1, lambda t: _is_katakana(t.surface) and t.pos_major != "補助記号"
                )
            if index > 0 and _glued_noun(tokens[index - 1], token):
                # 金+沢駅: a proper noun glued to a common noun before it is a mis-split word.
                index = end
                continue
            run_text = "".join(t.surface for t in tokens[index:end])
            if NUMERAL_COUNT.fullmatch(run_text) or set(run_text) <= _NUMERAL_KANJI:
                # 十人, 八千: Sudachi tags some counts and numbers in kanji as place names (八千
                # was offered as a place beside 加納, round 44).
                index = end
                continue
            if unit == "姓" and end < count and tokens[end].surface in FAMILY_BUSINESSES:
                # 森川酒造, 田中商店: a family's name on its business names the business; alone,
                # its 酒造 was a card lifted out of the brewery's name (round 43).
                groups.append((index, end, SpanType.ORGANIZATION, tokens[end].surface))
                index = end + 1
                continue
            if unit == "姓" and not (end < count and tokens[end].surface in PERSON_MARKS):
                # 金沢 tagged as a family name may be the town: without さん or 家, no span.
                index = end
                continue
            if span_type == SpanType.PERSON and end < count and tokens[end].pos.startswith("名詞"):
                # 永楽 of 永楽通宝: a name inside a compound is no person of its own.
                index = _run_end(tokens, end, _is_term_token)
                continue
            if (
                span_type == SpanType.PERSON
                and end < count
                and tokens[end].pos.startswith("接尾辞")
                and tokens[end].surface in _LAW_ENDS
            ):
                # 一国一城+令: a law, read as a surname and a given name and a suffix; it was
                # offered among the lords (round 174).
                index = end + 1
                continue
            if (
                span_type == SpanType.PERSON
                and end - index >= 2
                and len(tokens[end - 1].surface) == 1
                and end < count
                and tokens[end].surface == "氏"
            ):
                # 足利基氏: a given name of one kanji before 氏 is the name's own last kanji,
                # no "Mr" (round 40 asked 「［足利基］氏」); 山田太郎氏 keeps its 氏 apart.
                end += 1
            if (
                span_type == SpanType.PERSON
                and end - index >= 2
                and end < count
                and tokens[end].pos.startswith("接尾辞")
                and re.fullmatch(r"[\u4e00-\u9fff]", tokens[end].surface)
                and tokens[end].surface not in _NOT_A_NAMES_END
            ):
                # 木下陽+向（十六）: a given name Sudachi does not know, read as a name and a
                # suffix; cut there, 木下陽 was offered as a person of its own (round 137).
                end += 1
            head_end = end
            if span_type != SpanType.PERSON:
                head_end = _run_end(
                    tokens,
                    end,
                    lambda t: _is_term_token(t) and t.surface not in EDGE_AFFIXES,
                    limit=NAMED_HEAD_MAX_TOKENS,
                )
            if head_end > end and tokens[index].surface[0] in _NUMERAL_KANJI:
                # 三代+将軍: a numeral read as a place name; no named thing here.
                index = head_end
                continue
            if head_end > end:
                head = tokens[head_end - 1]
                if all(t.pos_major == "接尾辞" for t in tokens[end:head_end]):
                    # 福岡県, 北九州市: the place with its suffix, classed by the suffix.
                    unit = head.surface
                elif span_type != SpanType.PLACE:
                    # 三代+将軍: no named thing of a class, and no part of it is a word alone.
                    index = head_end
                    continue
                else:
                    # 奈良時代, 福井藩: a named thing of the head's class; eras meet eras.
                    span_type, unit = SpanType.NAMED, head.surface
            groups.append((index, head_end - 1, span_type, unit))
            index = head_end
            continue
            index = end
        elif _is_katakana(token.surface):
            end = _run_end(
                tokens,
                index,
                lambda t: (
                    (_is_katakana(t.surface) and t.pos_major != "補助記号") or t.surface == "・"
                ),
            )
            last = end - 1
            while last >= index and tokens[last].surface == "・":
                last -= 1
            if last >= index and tokens[last].end - tokens[index].start >= 3:
                groups.append((index, last, SpanType.KATAKANA, ""))
            index = max(end, index + 1)
        elif _is_term_token(token):
            end = min(_run_end(tokens, index, _is_term_token), index + TERM_MAX_TOKENS)
            first, last = index, end - 1
            while first <= last and _is_affix(tokens[first], leading=True):
                first += 1
            while last >= first and _is_affix(tokens[last], leading=False):
                last -= 1
            if first <= last:
                surface_len = tokens[last].end - tokens[first].start
                surface = "".join(t.surface for t in tokens[first : last + 1])
                if surface_len >= 2 and has_kanji(surface):
                    groups.append((first, last, SpanType.TERM, ""))
            index = max(end, index + 1)
        else:
            index += 1
    return groups


def _glued_noun(before: Token, token: Token) -> bool:
    return (
        before.end == token.start
        and before.pos.startswith("名詞-普通名詞")
        and has_kanji(before.surface)
        and has_kanji(token.surface)
    )


# Landforms no given name is: Sudachi reads 大沢原 (a plain) as the family name 大沢 and the
# given name 原, and round 50 offered it among people; works of earth and water too: 大野堤,
# an embankment, was offered beside 大野源左衛門 (round 77).
_LANDFORM_KANJI = frozenset("原野沢谷台浜崎島川岳峠沼池湖浦潟岬堤堰橋")


def _proper_class(run: list[Token]) -> tuple[str, str]:
    if (
        len(run) == 2
        and run[0].pos.endswith("人名-姓")
        and run[1].pos.endswith("人名-名")
        and run[1].surface in _LANDFORM_KANJI
    ):
        return SpanType.PLACE, ""
    if "人名" in run[0].pos:
        # A family name alone (森田さん) meets family names, a full name full names.
        return SpanType.PERSON, "姓" if len(run) == 1 and run[0].pos.endswith("姓") else ""
    if "地名" in run[0].pos:
        # Countries meet countries, towns towns.
        return SpanType.PLACE, "国" if run[-1].pos.endswith("国") else ""
    # Sudachi's other proper nouns mix eras (室町時代), people (聖徳太子) and firms; only
    # a class noun at the end tells them apart.
    text = "".join(token.surface for token in run)
    head = next((head for head in CLASS_HEADS if text.endswith(head) and text != head), "")
    if head == "時代":
        return SpanType.NAMED, head
    return SpanType.ORGANIZATION, head


def _run_end(tokens: list[Token], start: int, accept, limit: int | None = None) -> int:
    """The index after the longest run of accepted tokens from start."""
    end, stop = start, len(tokens) if limit is None else min(len(tokens), start + limit)
    while end < stop and accept(tokens[end]):
        end += 1
    return end


def _is_affix(token: Token, *, leading: bool = True) -> bool:
    if token.surface in EDGE_AFFIXES:
        return True
    return token.pos_major == ("接頭辞" if leading else "接尾辞")


def _is_term_token(token: Token) -> bool:
    if token.is_number or token.is_proper or _is_latin(token.surface):
        return False
    return token.pos.startswith("名詞-普通名詞") or (
        token.pos_major == "接尾辞" and token.pos.startswith("接尾辞-名詞")
    )


def _is_latin(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9 .&'\-]+", text))


def _is_katakana(text: str) -> bool:
    return bool(_KATAKANA.fullmatch(text))
