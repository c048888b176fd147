"""Which way a figure moved, said in other words: a true or false statement of a report.

A business report or a news story gives a figure with its change on the period before:

    売上高は前期比18.2%増の742億円となった。 → 売上高は、前期より増えた。 (true)
                                           → 売上高は、前期より減った。 (false)
    燃料費が前年度から4億円増えて41億円となった。 → 燃料費は、前年度より増えた。
    業績予想は、営業利益が前期比7.1%減の290億円とした。 → 営業利益は、前期より減る見込みだ。

Neither side copies the sentence: the reader must know 増 from 減 and which figure moved,
a check of understanding that a copied sentence is not (rounds 42 to 62's teachers).
Coverage needed such statements: business reports' long sections had choice, reading and
vocab questions and no fourth kind.

Only a plain case: the change's own clause names what moved (売上高は, 燃料費が) as a noun
phrase with no pointer (同社の, この), the sentence's first change names its period (not 同,
"the same"), no heading tells which way it went, and the article says nothing of that figure
moving the other way.
"""

import re

from content.analysis.tokens import tokenize

from .builders import kept_true, statement_draft
from .clefts import THE_SAID_ONE
from .corpus import AnalysedSentence, ArticleCorpus
from .drafts import QuestionDraft

# Above the publishing floor: both sides are in other words than the sentence's.
QUALITY = 0.6

_CHANGE = re.compile(
    # The period, named as the statement names it: 前期より, 前年同期より.
    r"(?:(?P<period>前年同期|前年度|前の年度|前の年|前期|前年|前回|昨年度|昨年)"
    r"(?:比で?|から|より|に比べて?|と比べて?)|同(?:比で?)?(?=[0-9０-９約]))"
    # The amount of the change: 18.2%, 4億円, 0.3ポイント (or none: 前年より増えた).
    r"(?:約)?(?:[0-9０-９][0-9０-９,.，．]*(?:[万億兆千][0-9０-９,.，．]*)*[^0-9０-９、。増減]{0,4}?)?"
    r"の?(?P<way>増加|減少|上昇|低下|増え|減っ|減り|増|減)"
)
_UP = {"増加", "上昇", "増え", "増"}
# A forecast or a plan: the change is expected, not reported.
_EXPECTED = ("予想", "見込", "計画", "目標", "見通し", "予定", "目指")
# What rises and falls rather than grows: a rate, a share, a price (単価は上がった, not 増えた).
_RISING = ("率", "割合", "シェア", "利回り", "単価", "価格", "値段", "料金", "運賃", "株価", "金利")
# Pointers and frames a subject must not hold: the figure of what, the sentence before says.
# 期間中: during which period? (round 104: 「期間中の旅客数は、前年同期より増えた。」)
# 「翌年は…救急搬送が前年より減った」: the year after what? The clause before says (round 109).
# 「関連予算は…」: related to what? (round 147)
_POINTING = re.compile(
    r"^(?:この|その|あの|これ|それ|同年|同期|当期|今期|前期|来期|期間中|翌|関連)"
)


def build_change_truefalse(item: AnalysedSentence, corpus: ArticleCorpus) -> QuestionDraft | None:
    """「売上高は、前期より増えた。」 (true) or 「…減った。」 (false), from a sentence that gives
    the figure's change; None unless the sentence is that plain case."""
    text = item.sentence.text
    # Speech is the speaker's claim. The sentence's pointers (同, このうち) do not matter:
    # the statement names its figure, and its period as the report counts it (前期 is the
    # period before the report's).
    if not item.is_statement or "「" in text:
        return None
    changes = list(_CHANGE.finditer(text))
    if not changes:
        return None
    change = changes[0]
    period = change.group("period")
    if period is None:
        return None  # 同: the first change of a sentence names its period
    subject = _subject_of(text[: change.start()])
    if subject is None:
        return None
    if _qualifies_a_noun(text[change.end() :]):
        return None  # 「前年より減った店も多い」: the change describes the shops, no figure
    if _told_by_a_heading(subject, (corpus.article.title, item.section.heading)):
        return None
    up = change.group("way") in _UP
    expected = _is_expected(text)
    if _moves_both_ways(corpus, subject, up=up, expected=expected):
        return None
    polite = text.rstrip("。").endswith(("です", "ます", "ました", "でした"))
    rate = subject.endswith(_RISING)

    def said(rising: bool) -> str:
        return _statement(
            subject, period, rising=rising, rate=rate, expected=expected, polite=polite
        )

    statement, turned = said(up), said(not up)
    return statement_draft(
        item,
        statement=statement,
        turned=turned,
        keep_true=kept_true("change" + text),
        start=change.start(),
        end=change.end(),
        original=change.group(),
        replacement=turned.rsplit("より", 1)[1].rstrip("。"),
        how="change",
        variant=f"change:{'down' if up else 'up'}",
        difficulty=0.35,
        quality=QUALITY,
    )


def _subject_of(before: str) -> str | None:
    """What moved: the noun phrase that opens the change's clause, before は or が (国内の売上高,
    燃料費); None when the clause opens with anything else."""
    clause = re.split(r"[、，]", before)[-1]
    match = re.match(r"(?P<subject>[^はがをに]{2,16}?)[はが]", clause)
    if match is None:
        return None
    if any(
        not THE_SAID_ONE.fullmatch(topic) and not topic.endswith(_EXPECTED)
        for topic in _EARLIER_TOPIC.findall(before[: len(before) - len(clause)])
    ):
        # 「貸切バス事業は、…、売上高は…増の9億8千万円」: whose sales the sentence's topic
        # says; 「売上高は、前年同期より増えた」 says no more (round 81). 同社は… is the report's,
        # and 業績予想は… the forecast the statement says (…減る見込みだ).
        return None
    subject = match.group("subject")
    # 「調味料部門は売上高が前年同期比4.8%増」: the figure is the department's sales; said as
    # 「調味料部門は、…減った」, the statement loses what fell (round 141).
    owned = _FIGURE_OF_THE_TOPIC.match(clause[match.end() :])
    if owned is not None:
        subject = f"{subject}の{owned.group('figure')}"
    if _POINTING.match(subject) or THE_SAID_ONE.match(subject) or re.search(r"[0-9０-９]", subject):
        return None
    tokens = tokenize(subject)
    if not tokens or tokens[-1].pos_major not in {"名詞", "接尾辞"}:
        return None
    if any(
        token.pos_major not in {"名詞", "接頭辞", "接尾辞"} and token.surface not in {"の", "・"}
        for token in tokens
    ):
        return None
    return subject


# The figure after its owner, the topic: 調味料部門は［売上高が］.
_FIGURE_OF_THE_TOPIC = re.compile(r"(?P<figure>[^はがをにの、0-9０-９]{2,10})が$")

# A topic of the sentence before the change's clause: 貸切バス事業は、 (or 同社は、).
_EARLIER_TOPIC = re.compile(r"([^\s、，。はがをに]{1,20})(?<![でにと])は[、，]")


# A verb's end and a noun after it, in the change's own clause: a relative clause. A forecast's
# noun (増える見込み, 減る計画) is the predicate's.
_RELATIVE = re.compile(r"(?:た|る)(?!見込|予定|計画|方針|予想|見通し|模様)[\u4e00-\u9fffァ-ヺ]")


def _qualifies_a_noun(after: str) -> bool:
    return bool(_RELATIVE.search(re.split(r"[、。]", after, maxsplit=1)[0]))


# Headline words that tell which way revenue or profit went: 3月期は増収増益.
_REVENUE_WAY = ("増収", "減収")
_PROFIT_WAY = ("増益", "減益", "黒字", "赤字")
_REVENUES = ("売上", "収益", "収入")


def _told_by_a_heading(subject: str, headings: tuple[str, ...]) -> bool:
    """The title or the section's heading says which way the figure went: 「営業利益は2割減」
    names it, 「増収増益」 tells of revenue and profit, and 「旅客数は過去最高に」 the passengers
    of 「年間の旅客数は…」 (round 109)."""
    noun = subject.rsplit("の", 1)[-1]
    return any(
        subject in heading
        or (len(noun) >= 2 and noun in heading and bool(_WAY_IN_A_HEADING.search(heading)))
        or (any(word in heading for word in _REVENUE_WAY) and any(r in subject for r in _REVENUES))
        or (any(word in heading for word in _PROFIT_WAY) and "利益" in subject)
        for heading in headings
    )


_WAY_IN_A_HEADING = re.compile(r"最高|最多|最低|最少|最大|最小|増|減|伸び|上昇|低下|回復|落ち込")


def _is_expected(text: str) -> bool:
    return any(word in text for word in _EXPECTED)


def _moves_both_ways(corpus: ArticleCorpus, subject: str, *, up: bool, expected: bool) -> bool:
    """The article says of the same figure, or a part of it, that it moved the other way
    (上期 and 通期, 国内 and 海外), both reported or both expected: which one the statement
    means, a reader cannot tell."""
    for item in corpus.sentences:
        text = item.sentence.text
        # A forecast and a result are told apart by the statement's tense (減る見込み, 増えた).
        if subject not in text or _is_expected(text) != expected:
            continue
        for change in _CHANGE.finditer(text):
            if (change.group("way") in _UP) == up:
                continue
            # A change whose subject is unclear may be the same figure's; 国内の売上高 is a
            # part of 売上高, whose statement a reader would weigh against it.
            moved = _subject_of(text[: change.start()])
            if moved is None or subject in moved or moved in subject:
                return True
    return False


def _statement(
    subject: str, period: str, *, rising: bool, rate: bool, expected: bool, polite: bool
) -> str:
    if rate:
        verb = (
            ("上がる", "上がった", "上がりました")
            if rising
            else ("下がる", "下がった", "下がりました")
        )
    else:
        verb = ("増える", "増えた", "増えました") if rising else ("減る", "減った", "減りました")
    if expected:
        predicate = verb[0] + ("見込みです" if polite else "見込みだ")
    else:
        predicate = verb[2] if polite else verb[1]
    return f"{subject}は、{period}より{predicate}。"
