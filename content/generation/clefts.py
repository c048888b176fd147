"""wh-questions as a teacher writes them: the cleft 「…のは、いつですか。」.

The question word never replaces a span in place (that leaves particles and
yes/no predicates behind: 「いつに…したか？」). Instead the clause around the span
becomes the cleft's subject and the question word its predicate:

    豊臣秀吉は天正大判と呼ばれる金貨を造らせた。 → 天正大判と呼ばれる金貨を造らせたのは、誰ですか。
    同じ年の7月には、新しい紙幣が発行されました。 → 新しい紙幣が発行されたのは、いつですか。

Only plain one-clause sentences qualify: the span is the subject (a person) or a
time adverbial of the main predicate, nothing before it but a topic, and the
predicate is affirmative and put into its plain form from Sudachi's conjugation
data. Anything else gives None, and no wh-question is made.
"""

import itertools
import re

from content.analysis.spans import Span, SpanType
from content.analysis.tokens import Inflected, inflections, tokenize

TIME_TYPES = {SpanType.YEAR, SpanType.FISCAL_YEAR, SpanType.MONTH, SpanType.DECADE}
# The case marks a span may carry to be a time adverbial or the subject of the main clause.
_TIME_MARKS = {(), ("に",), ("に", "は"), ("は",)}
_SUBJECT_MARKS = {("は",), ("が",)}
_HONORIFICS = {"さん", "氏", "様", "さま"}
# 当社 names the company only in its own press release: the question stands without it.
_POINTERS = {"これ", "それ", "あれ", "この", "その", "あの", "こう", "そう", "ここ", "そこ", "当社"}
# Predicates a cleft would turn into a bare fact: hearsay, plans, guesses, definitions.
_HEDGES = ("と言わ", "とされ", "と見られ", "予定", "見込み", "方針", "考え", "と記録に残", "と伝え")
_HEDGED_ENDINGS = (
    "そうだ",
    "そうです",
    "ようだ",
    "ようです",
    "らしい",
    "だろう",
    "でしょう",
    "という",
    "と呼ぶ",
    "と呼ばれる",
    "と呼ばれている",
)
# Openers that only place the sentence in time; the cleft does without them.
_TIME_CONNECTIVES = {"その後、", "その後", "やがて、", "のちに、", "後に、"}
# 五段 verbs in the た-form (音便) by the row of their dictionary form's last kana.
_GODAN_PAST = {
    "カ行": "いた",
    "ガ行": "いだ",
    "サ行": "した",
    "タ行": "った",
    "ラ行": "った",
    "ワア行": "った",
    "ナ行": "んだ",
    "バ行": "んだ",
    "マ行": "んだ",
}
_NEGATIVES = {"ない", "ぬ", "ず", "ん"}
_PARTICLE_BEFORE_SUBJECT = re.compile(r"(?:で|に|へ|から|まで|より)が")
# A noun of action with する in the active voice: 開催する, 開催した.
_ACTIVE_SURU = re.compile(r"([\u4e00-\u9fff々]{2})(?:する|した)$")
# Nouns whose する takes no object: the topic is what opened, ended or happened, and 「店が
# 開店したのは」 reads as the sentence does (round 170: 「…が引退し、」 was asked as choice only).
_INTRANSITIVE_SURU = frozenset(
    {"開店", "閉店", "開業", "廃業", "開館", "閉館", "開園", "閉園", "開校", "閉校", "廃校"}
    | {"完成", "誕生", "開通", "発足", "竣工", "落成", "到着", "出発", "帰国", "来日", "上陸"}
    | {"入社", "退社", "退職", "引退", "卒業", "入学", "就任", "退任", "死去", "優勝", "倒産"}
    | {"全焼", "焼失", "倒壊", "決壊", "噴火", "沈没", "発生", "移住", "独立", "結婚"}
)


# Counters a figure is asked with: 何人, 何校, 何割. Money is asked with いくら.
MEASURE_COUNTERS = frozenset(
    {"人", "校", "件", "社", "台", "回", "割", "倍", "キロ", "軒", "店", "か所", "種類", "点", "歳"}
    | {"メートル", "キロメートル", "平方メートル", "トン", "キログラム", "グラム", "リットル"}
    | {"冊", "本", "頭", "匹", "個", "枚", "館", "時間", "日間", "週間", "か月", "年間"}
)
_WORD = re.compile(
    r"[\u4e00-\u9fff々ァ-ヺー]{2,}"
)  # 全長, 部員: a noun, not a numeral or a pronoun
_MONEY_UNITS = frozenset({"円", "ドル", "ユーロ", "ポンド", "元", "ウォン"})


def measure_word(span: Span) -> str | None:
    """いくら for money, 何 with the counter for a count (何人, 何割), 何パーセント for a share."""
    if span.type == SpanType.AMOUNT and span.unit in _MONEY_UNITS:
        return "いくら"
    if span.type == SpanType.COUNT and span.unit in MEASURE_COUNTERS:
        return "何" + span.unit
    if span.type == SpanType.PERCENT:
        return "何パーセント"
    return None


def measure_question(text: str, span: Span) -> str | None:
    """「<topic>は、いくらですか。」 for a sentence that states a figure of its topic.

        一般会計の総額は約四百二十億円で、前年度より… → 一般会計の総額は、いくらですか。
        新しい道路は全長七・八キロで、… → 新しい道路の全長は、何キロですか。

    Only 「<topic>は [one noun] [約] <figure> です/だ/で、」: the topic is all that precedes
    は (no comma, no pointer, no quotation), and the figure is the topic's value, not a
    part of a clause. The tense follows the copula (でした → でしたか).
    """
    found = _measured(text, span)
    return f"{found[0]}は、{measure_word(span)}{found[1]}か。" if found else None


def measure_statement(text: str, span: Span, value: str) -> str | None:
    """「<topic>は、<value>です。」: the same measure as a statement, true with the span's own
    figure and false with another. The fact in other words than the sentence's, which a
    true statement needs (a copy tests recognition): 「開発費は約18億円で、総事業費は…」 →
    「開発費は、約18億円です。」"""
    found = _measured(text, span)
    if found is None:
        return None
    about = "約" if text[: span.start].endswith("約") else ""
    statement = f"{found[0]}は、{about}{value}{found[1]}。"
    # Only where it says less than the sentence: a sentence that is its topic and figure
    # alone would be copied.
    return None if statement.replace("、", "") == text.replace("、", "") else statement


def _measured(text: str, span: Span) -> tuple[str, str] | None:
    """The topic a figure measures (道路の全長) and the copula's tense (です or でした), for
    a sentence 「<topic>は [one noun] [約] <figure> です/だ/で、」; None for any other."""
    question_word = measure_word(span)
    located = _span_in_plain_sentence(text, span) if question_word else None
    if located is None:
        return None
    morphemes, first, last = located
    before = morphemes[:first]
    if before and before[-1].surface == "約":
        before = before[:-1]
    topic_end = next((i for i, m in enumerate(before) if m.surface == "は"), None)
    if topic_end is None or topic_end == 0:
        return None
    topic, between = before[:topic_end], before[topic_end + 1 :]
    if _CHANGE_BEFORE.fullmatch("".join(m.surface for m in between)):
        between = []
    if (
        any(m.surface in {"、", "は", "が"} or _points_back(m) for m in topic)
        or topic[-1].pos_major != "名詞"
        or len(between) > 1
        or (between and not _attribute_noun(between[0].surface))
    ):
        return None
    copula = "".join(m.surface for m in morphemes[last + 1 :])
    if copula in {"です", "だ", "である"} or copula.startswith(("で、", "であり、")):
        tense = "です"
    elif copula in {"でした", "だった", "であった"} or _REACHED.match(copula):
        tense = "でした"
    elif _COMES_TO.fullmatch(copula):
        tense = "です"
    else:
        return None
    subject = "".join(m.surface for m in topic)
    if not between and _AMOUNT_OF_A_DEED.fullmatch(subject):
        # 「投資額は、いくらですか。」: the investment in what? The sentence before names the
        # new line it paid for (round 85).
        return None
    if between:
        subject += "の" + between[0].surface  # 道路は全長… → 道路の全長は
    return subject, tense


# 「預金残高は1.9%増の4兆2350億円だった」: the change on the year before, which the statement
# and the question leave out; the figure is still the topic's.
_CHANGE_BEFORE = re.compile(
    r"(?:前期比|前年比|前年度比|前年同期比|同)?約?[0-9０-９][0-9０-９.,]*(?:%|％|ポイント)(?:増|減)の"
)


# An amount that a deed spent, which only the deed's own words tell of what.
_AMOUNT_OF_A_DEED = re.compile(r"(?:総?投資|総|金|支出|出資|購入|契約)額|費用|総費用")


# 「来場者は約3万人に上った」, 「売上高は742億円となり、…」: the figure the topic came to, a
# past fact asked and stated with でした.
_REACHED = re.compile(
    r"(?:に上った|に上りました|に達した|に達しました|となった|となりました|になった|になりました)$"
    r"|(?:に上り|に達し|となり|になり)、"
)


# 「総額は約310億円に上る」: the figure the topic comes to, asked and stated with です.
_COMES_TO = re.compile(r"に上る|に上ります|に達する|に達します|となる|となります|になる|になります")


def _attribute_noun(word: str) -> bool:
    """全長, 人口, 定員: a noun the figure measures (not 現在 or 毎年, which date it, nor 税込,
    which qualifies it: 「購入価格の税込は」 is no Japanese)."""
    tokens = tokenize(word)
    return (
        bool(_WORD.fullmatch(word))
        and word not in _QUALIFIERS
        and len(tokens) == 1
        and tokens[0].pos == "名詞-普通名詞-一般"
    )


_QUALIFIERS = {
    "税込",
    "税込み",
    "税抜",
    "税抜き",
    "送料込み",
    "実質",
    "推定",
    "概算",
    "最大",
    "最低",
    # 「運賃は片道3,300円」: one way, a qualifier of the fare; 「運賃の片道は」 is no Japanese
    # (round 52's only wh-question).
    "片道",
    "往復",
    "平均",
    "合計",
    "月額",
    "年額",
    "日額",
    "時給",
    "一律",
    # 「運賃は大人2,870円」: the adult's fare; 「運賃の大人は」 is no Japanese, and 「運賃は」 alone
    # asks which passenger's (round 117).
    "大人",
    "子ども",
    "子供",
    "小人",
    "小学生",
    "中学生",
    "高校生",
    "大学生",
    "学生",
    "幼児",
    "シニア",
    "会員",
}


def wh_word(span: Span) -> str | None:
    if span.type in TIME_TYPES:
        return "いつ"
    if span.type == SpanType.PERSON:
        return "誰"
    return None


def cleft_question(text: str, span: Span) -> str | None:
    """「…のは、<question word>ですか。」 for a span of a plain sentence, or None."""
    found = _cleft(text, span) or _cleft_as_written(text, span)
    return f"{found[0]}、{found[1]}ですか。" if found else None


def _cleft_as_written(text: str, span: Span) -> tuple[str, str] | None:
    """A sentence that is a cleft already, the span its focus: 「設計を担当したのは、建築家の
    森川沙織さん（48）だ。」 → 「設計を担当したのは」 and 誰 (session 21: more wh-questions for
    sections of four kinds). Only a head without a comma, and a focus that ends on the span
    (a person's honorific and age, or のこと after a time, aside): not two people, nor a
    time the focus goes on from (2031年3月になる見通し)."""
    question_word = wh_word(span)
    found = _WRITTEN_CLEFT.fullmatch(text)
    if (
        question_word is None
        or found is None
        or not (found.start("focus") <= span.start and span.end <= found.end("focus"))
    ):
        return None
    before, after = text[found.start("focus") : span.start], text[span.end : found.end("focus")]
    ending = _PERSON_AFTER if question_word == "誰" else _TIME_AFTER
    if not ending.fullmatch(after) or re.search(r"[とや、・]", before):
        return None  # 「…竹内修さん（54）と妻の由紀子さんです」: two people, one asked
    return found.group("head"), question_word


_WRITTEN_CLEFT = re.compile(
    r"(?P<head>[^。、「」]+?のは)、?(?P<focus>[^。]+?)(?:です|でした|だ|だった|である|であった)。"
)
_PERSON_AFTER = re.compile(r"(?:さん|氏|先生)?(?:[（(][0-9０-９]+[）)])?")
_TIME_AFTER = re.compile(r"(?:のこと)?")


def cleft_statement(text: str, span: Span, value: str) -> str | None:
    """「…のは、<value>です。」: the same cleft as a statement, true with the span's own text
    and false with another. A true statement in the sentence's own words is recognised,
    not understood (round 39's teachers); the cleft says the fact another way."""
    found = _cleft(text, span)
    return f"{found[0]}、{value}です。" if found else None


def _cleft(text: str, span: Span) -> tuple[str, str] | None:
    """The cleft's head 「…のは」 and its question word, or None."""
    question_word = wh_word(span)
    located = _span_in_plain_sentence(text, span) if question_word else None
    if located is None:
        return None
    morphemes, first, last = located
    subject = (question_word == "誰" and _dated_person(morphemes[:first])) or _subject_before(
        morphemes[:first], person=question_word == "誰"
    )
    if subject is None or THE_SAID_ONE.search(subject):
        return None  # 「同蔵の純米大吟醸が…」: which brewery, the question alone does not say
    rest = morphemes[last + 1 :]
    if question_word == "誰":
        while rest and rest[0].surface in _HONORIFICS:
            rest = rest[1:]
    marks, rest = _leading_particles(rest)
    allowed = _SUBJECT_MARKS if question_word == "誰" else _TIME_MARKS
    if marks not in allowed:
        return None
    if not marks and rest and rest[0].pos_major in {"名詞", "接尾辞"}:
        # 2028年秋の開館: the year dates a noun, and 「…秋の開館を目指すのは、いつですか」
        # asks when the aiming happens (round 16).
        return None
    if rest and rest[0].surface == "、":
        rest = rest[1:]
    # 「1965年、組合は…養殖部会を設け、…」: a topic after an opening time is the subject.
    moved = question_word == "いつ" and subject == "" and _topic_after_time(rest)
    if moved:
        subject, rest = moved
    if subject and any(
        m.surface == "が" and m.pos_minor == "格助詞"
        for m in itertools.takewhile(lambda m: m.surface != "、", rest)
    ):
        # 「北浜銀行は2024年度、…手数料収入が…となった」: the clause has a subject of its own,
        # and the topic made one too reads 「銀行が…収入が…」 (round 76). A later clause's
        # subject is its own (「…を超え、売り上げが…上回った」).
        return None
    predicate = _plain_clause(rest, one_subject=question_word == "誰" and not subject)
    if predicate is not None and question_word == "いつ" and _dates_another_clause(rest):
        return None
    if predicate is None and question_word == "いつ":
        predicate = _first_clause(rest, sentence=morphemes, has_subject=bool(subject))
    elif predicate is not None and question_word == "いつ" and predicate.endswith(_STATE):
        predicate = _as_event(rest)
    if predicate is None:
        return None
    if _PARTICLE_BEFORE_SUBJECT.search(subject):
        return None  # 日本では → 日本でが: a place or time topic is not the subject
    if (
        question_word == "いつ"
        and subject
        and (moved or any(m.surface == "は" for m in morphemes[:first]))
        and (active := _ACTIVE_SURU.search(predicate))
        and "を" not in predicate
        and active.group(1) not in _INTRANSITIVE_SURU
    ):
        # 「試乗会は…で開催します」: the topic is what the company holds, and 「試乗会が…開催
        # するのは」 makes it the holder (round 30). 発行されたのは and 操業を開始したのは stay:
        # the passive agrees, and an object of its own leaves the topic the subject. Whether
        # the verb takes an object (稼働 does not) JMdict does not say here: none is made,
        # but for the nouns of events that befall their subject (店は…開店した).
        return None
    return f"{subject}{predicate}のは", question_word


def _span_in_plain_sentence(text: str, span: Span) -> tuple[list[Inflected], int, int] | None:
    """The sentence's morphemes and the first and last of the span's, or None.

    None for a sentence with quotations or brackets, one not ending in 。, or a span that
    does not begin and end on morpheme boundaries: no question is built from those.
    """
    # The brackets of the span itself go with it: 天平13年（741年）.
    outside = text[: span.start] + text[span.end :]
    if not text.endswith("。") or any(c in outside for c in "「」（）()『』"):
        return None
    morphemes = inflections(text[:-1])
    offsets = _offsets(morphemes)
    first = next((i for i, (start, _) in enumerate(offsets) if start == span.start), None)
    last = next((i for i, (_, end) in enumerate(offsets) if end == span.end), None)
    if first is None or last is None:
        return None
    return morphemes, first, last


def _offsets(morphemes: list[Inflected]) -> list[tuple[int, int]]:
    offsets, position = [], 0
    for morpheme in morphemes:
        offsets.append((position, position + len(morpheme.surface)))
        position += len(morpheme.surface)
    return offsets


def _subject_before(before: list[Inflected], *, person: bool) -> str | None:
    """What precedes the span, as it stands in the cleft: a topic becomes a subject with が.

    A connective with its comma (しかし、 その後、) is dropped; so is a modifier of a person
    (社長の): it describes the answer. A clause, a comma inside, or an unresolved
    demonstrative means the sentence is not plain enough.
    """
    if not before or "".join(m.surface for m in before) in _TIME_CONNECTIVES:
        return ""
    if before[-1].surface == "、" and all(
        m.pos_major in {"接続詞", "副詞", "補助記号"} or m.surface in {"その後", "一方"}
        for m in before
    ):
        return ""
    surfaces = [m.surface for m in before]
    if any(
        m.pos_major in {"動詞", "形容詞", "助動詞", "代名詞"} or _points_back(m) for m in before
    ) or _LEANING_SUBJECT.match("".join(surfaces)):
        # 「彼は…」, 「二人は…」: who, the sentence before says.
        return None
    if person and surfaces[-1] == "の" and "、" not in surfaces:
        return ""
    if person:
        return None
    if surfaces[-1] == "、":
        surfaces = surfaces[:-1]
    if "、" in surfaces or not surfaces or surfaces[-1] not in {"は", "が"}:
        return None
    return "".join(surfaces[:-1]) + "が"


# 「しかし7回には」: a point in time opening the sentence, kept in the cleft as 「7回に」.
_OPENING_TIME = re.compile(
    r"(?:しかし、?|その後、?|また、?|さらに、?)?"
    r"((?:[0-9０-９]+|[一二三四五六七八九十]+)(?:年|月|日|回|時|世紀|年度)"
    r"(?:(?:[0-9０-９]+|[一二三四五六七八九十]+)(?:月|日|時|分))*)"
    r"には?、?"
)


_LEANING_SUBJECT = re.compile(r"(?:[二三四五六七八九十両]人|両者|両氏|夫妻)[はが]")


def _dated_person(before: list[Inflected]) -> str | None:
    """「7回には代打の木村健が…」: the time stays with the event, the person's title goes.

    → 「7回に…打ったのは、誰ですか。」 Only a point in time (digits and a unit) before the
    person, and at most a modifier of the person (代打の) after it.
    """
    text = "".join(m.surface for m in before)
    opening = _OPENING_TIME.match(text)
    if opening is None:
        return None
    position, kept = 0, []
    for morpheme in before:
        if position >= opening.end():
            kept.append(morpheme)
        position += len(morpheme.surface)
    if position != len(text) or _subject_before(kept, person=True) != "":
        return None
    if sum(len(m.surface) for m in before) - sum(len(m.surface) for m in kept) != opening.end():
        return None  # the time does not end on a morpheme edge
    return opening.group(1) + "に"


def _topic_after_time(rest: list[Inflected]) -> tuple[str, list[Inflected]] | None:
    """The topic right after an opening time, as the cleft's subject (組合は → 組合が), and
    the rest of the sentence after it; None when no plain noun and は open the rest."""
    end = next((i for i, m in enumerate(rest) if m.surface == "は"), None)
    subject = _subject_before(rest[: end + 1], person=False) if end else None
    if not subject:
        return None
    rest = rest[end + 1 :]
    return subject, rest[1:] if rest and rest[0].surface == "、" else rest


def _leading_particles(rest: list[Inflected]) -> tuple[tuple[str, ...], list[Inflected]]:
    marks = []
    while rest and rest[0].pos_major == "助詞" and len(marks) < 2:
        marks.append(rest[0].surface)
        rest = rest[1:]
    return tuple(marks), rest


def _plain_clause(rest: list[Inflected], *, one_subject: bool = False) -> str | None:
    """The rest of the sentence with its predicate in the plain affirmative form, or None.

    With ``one_subject`` (a person opening the sentence as its topic), a chain of
    clauses joined by commas may follow, as long as no clause brings a subject of its own.
    """
    if len(rest) < 2 or any(m.surface == "は" for m in rest):
        return None
    surfaces = [m.surface for m in rest]
    joints = [i for i in range(len(rest)) if _joins_clauses(rest, i)]
    if joints:
        after_comma = surfaces[joints[0] :]
        if not one_subject or "が" in after_comma:
            return None
    text = "".join(surfaces)
    if (
        any(hedge in text for hedge in _HEDGES)
        or text.endswith(_HEDGED_ENDINGS)
        or any(_points_back(m) for m in rest)
    ):
        return None
    if any(m.lemma in _NEGATIVES and m.pos_major in {"助動詞", "形容詞"} for m in rest):
        return None
    if _is_description(rest):
        return None
    if surfaces[-2:] == ["まし", "た"] and len(rest) >= 3:
        past = plain_past(rest[-3])
        return None if past is None else "".join(surfaces[:-3]) + past
    if surfaces[-1] == "ます" and len(rest) >= 2:
        verb = rest[-2]
        if verb.pos_major not in {"動詞", "助動詞"}:
            return None
        return "".join(surfaces[:-2]) + verb.lemma
    last = rest[-1]
    if _is_past(last) and rest[-2].pos_major in {
        "動詞",
        "助動詞",
    }:
        return None if rest[-2].surface in {"だっ", "でし"} else text
    if last.pos_major == "動詞" and last.conjugation_form.startswith("終止形"):
        return text
    return None


def _joins_clauses(morphemes: list[Inflected], index: int) -> bool:
    """A comma that ends a clause; not one after a phrase of place or means without a verb
    (「…小型のレーダーで、ダンスを見た直後に…」), which leaves one clause. After a verb
    (「…開館した鉄筋コンクリート造り3階建てで、」, 「…ができてから、」) the time may belong
    to the phrase's own clause."""
    if morphemes[index].surface != "、":
        return False
    start = max((i + 1 for i in range(index) if morphemes[i].surface == "、"), default=0)
    phrase = morphemes[start:index]
    return not (
        phrase
        and phrase[-1].pos_minor == "格助詞"
        and phrase[-1].surface in {"で", "に", "から", "まで", "へ", "と", "より"}
        and not any(m.pos_major in {"動詞", "助動詞", "形容詞"} for m in phrase)
    )


# 「…金賞を受賞しているのは、いつですか」: when asks of an event, 受賞したのは (round 38).
_STATE = ("ている", "でいる")


def _as_event(rest: list[Inflected]) -> str | None:
    """The clause with its 〜ている in the plain past of its verb: 受賞している → 受賞した."""
    for index in range(len(rest) - 2, 0, -1):
        if rest[index].surface in {"て", "で"} and rest[index + 1].lemma == "いる":
            past = plain_past(rest[index - 1])
            return None if past is None else "".join(m.surface for m in rest[: index - 1]) + past
    return None


def _first_clause(
    rest: list[Inflected], *, sentence: list[Inflected], has_subject: bool = False
) -> str | None:
    """The first of a chain of past events, in the plain past: the time span dates it.

    1882年には日本銀行が設立され、やがて紙幣を発行するようになった。
        → 日本銀行が設立されたのは、いつですか。

    Only when the clause ends in a verb's 連用形 right before the comma (not a て-form,
    not a copula's で), has no topic of its own and a subject (its own, or the sentence's
    topic: `has_subject`), and the sentence tells of the past with no hedge or plan
    anywhere in it: a planned event gets no past-tense cleft.
    """
    surfaces = [m.surface for m in rest]
    if "、" not in surfaces:
        return None
    clause = rest[: surfaces.index("、")]
    whole = "".join(m.surface for m in sentence)
    if (
        len(clause) < 3
        # 「…トンネルを掘り、鉄道で山を越えるという計画を発表した」: the clause is the plan's
        # content, which was announced that year, not done then.
        or any(
            complement in "".join(surfaces[surfaces.index("、") :])
            for complement in ("という", "といった", "との", "とする")
        )
        or not _tells_of_the_past(sentence)
        or any(hedge in whole for hedge in _HEDGES)
        or whole.endswith(_HEDGED_ENDINGS)
        or any(m.surface in {"は", "が", "も"} for m in clause[-1:])
        or any(m.surface == "は" for m in clause)
        or any(_points_back(m) for m in clause)
        or any(m.lemma in _NEGATIVES and m.pos_major in {"助動詞", "形容詞"} for m in clause)
        or ("が" not in [m.surface for m in clause] and not has_subject)
        or _dates_another_clause(clause)
    ):
        return None
    verb = clause[-1]
    if not verb.conjugation_form.startswith("連用形") or verb.surface in {"で", "だっ", "でし"}:
        return None
    past = plain_past(verb)
    if past is None:
        return None
    return "".join(m.surface for m in clause[:-1]) + past


def _dates_another_clause(clause: list[Inflected]) -> bool:
    """「鉱山が［昭和四十八年］に閉山したことも打撃となり」: the time dates the closing, a
    clause made a noun (…したこと), not the blow; and its も, "the closing too", leans on
    another blow the question does not show (round 71)."""
    return any(
        (m.surface == "も" and m.pos_minor == "係助詞")
        or (m.surface == "こと" and index and clause[index - 1].pos_major in {"動詞", "助動詞"})
        for index, m in enumerate(clause)
    )


def _tells_of_the_past(sentence: list[Inflected]) -> bool:
    """The sentence ends in an affirmative past: …た or …ました."""
    last = sentence[-1] if sentence else None
    return bool(last is not None and _is_past(last) and not _is_description(sentence))


def _is_past(morpheme: Inflected) -> bool:
    """The past's た, voiced after a verb's sound change: 継いだ, 学んだ (round 170's potter
    「…窯を継いだ」 had no wh-question, its だ read as the copula)."""
    return morpheme.pos_major == "助動詞" and morpheme.conjugation_type == "助動詞-タ"


def _is_description(rest: list[Inflected]) -> bool:
    """A copula predicate (…人工島である, …だった): it says what a thing is, not what happened.

    「出島が…人工島であるのは、いつですか」 asks when it *is* an island; only an event
    verb makes a cleft for いつ or 誰.
    """
    while rest and (_is_past(rest[-1]) or rest[-1].surface in {"ます", "まし"}):
        rest = rest[:-1]
    surfaces = [m.surface for m in rest]
    if not surfaces:
        return False
    if surfaces[-1] in {"だ", "だっ", "です", "でし"}:
        return True
    return surfaces[-1] in {"ある", "あっ", "あり"} and len(surfaces) >= 2 and surfaces[-2] == "で"


def _points_back(morpheme: Inflected) -> bool:
    """この, それ, 同(蔵), 同社: a reference the question alone cannot resolve."""
    surface = morpheme.surface
    return (
        surface in _POINTERS
        or (surface == "同" and morpheme.pos_major in {"接頭辞", "名詞"})
        or bool(THE_SAID_ONE.fullmatch(surface))
    )


# 同社, 同町, 同校: "the said company, town, school", one word to Sudachi (round 38).
# 同社, 同町: "the said" firm or town, named before. 同作 and 同書 (the said work, book) too
# (round 51 kept 「同作だけで…」 as a statement and carded 同作 as "work in the same style");
# 同行, the said bank (round 76: 「同行が…」).
THE_SAID_ONE = re.compile(
    # Not 合同会社 or 共同チーム (a word of its own), nor 同行する (to go along).
    "(?<![\u4e00-\u9fff々])同(?:[社町市村県国校店館蔵園寺局省庁所氏紙誌作書党行大院会課部]|グループ"
    "|センター|チーム)(?![しすさ])"
)


def plain_past(verb: Inflected) -> str | None:
    """The plain past of a verb in its 連用形 (before ました), from its conjugation type."""
    if verb.pos_major not in {"動詞", "助動詞"}:
        return None
    kind = verb.conjugation_type
    if kind.startswith("五段"):
        row = kind.split("-", 1)[1] if "-" in kind else ""
        if verb.lemma in {"行く", "いく"}:
            return verb.lemma[:-1] + "った"
        ending = _GODAN_PAST.get(row)
        return verb.lemma[:-1] + ending if ending else None
    if kind.startswith(
        ("上一段", "下一段", "サ行変格", "カ行変格", "助動詞-レル", "助動詞-ラレル")
    ):
        return verb.surface + "た"
    return None
