"""A true/false statement from one clause of a two-clause sentence, as a sentence of its own.

Blind reviewers called a true statement that copies its sentence word for word trivial:
a learner recognises the sentence rather than judges the fact. A sentence of two clauses
joined at one comma gives a shorter statement about the fact asked:

    松江城は堀尾吉晴が築いた城で、天守は国宝に指定されている。
        → 松江城は堀尾吉晴が築いた城だ。 (the first clause, its copula made final)
    最高気温は31度に達し、大会本部は給水休憩を設けた。
        → 大会本部は給水休憩を設けた。 (the last clause, which has its own topic)

Only where the clause stands alone: it has its own topic (…は), the joint is no condition
or reason the clause depends on (…と、…ので、…たら、), and the last clause opens with no
pointer or connective. Otherwise None, and the whole sentence is the statement.
"""

import re
from dataclasses import dataclass

from content.analysis.tokens import Token, inflections, tokenize

# Connective forms after which the last clause leans on the first: a condition or a reason.
_DEPENDENT_JOINTS = {
    "たら",
    "なら",
    "だら",
    "ば",
    "と",
    "ので",
    "から",
    "が",
    "のに",
    "ても",
    "でも",
}
_LEANING_OPENINGS = (
    "これ",
    "それ",
    "あれ",
    "この",
    "その",
    "あの",
    "そこ",
    "同",
    "また",
    "さらに",
    # 「…「残さずウィーク」を企画し、期間中の残食率は…」: the period of the clause cut off
    # (round 27), and times counted from it.
    "期間中",
    "当時",
    "当日",
    "翌日",
    "翌年",
    "前年",
)
MIN_CLAUSE_CHARS = 12
# A sentence's hearsay ending: what comes before it is the report's own predicate.
_HEARSAY = re.compile(r"(?:という|といわれる|と言われる|とされる|と伝えられる|そうだ|そうです)$")
# Nouns that make a clause a means or a cause before で (…したことで、…のため で), never a
# predicate to end a statement on.
_FORMAL_NOUNS = {"こと", "の", "ため", "もの", "ところ", "わけ", "せい", "おかげ"}


@dataclass(frozen=True)
class Clause:
    """A clause as a sentence: `text` holds the sentence's [offset, offset + len) span's text."""

    text: str
    offset: int


def statement_clause(sentence: str, start: int, end: int) -> Clause | None:
    """The clause that holds [start, end), as a sentence of its own; None when none stands alone."""
    tokens = tokenize(sentence)
    joints = [
        index
        for index, token in enumerate(tokens)
        if token.surface == "、" and index >= 2 and _joins_clauses(tokens[index - 1])
    ]
    if len(joints) != 1:
        return None
    index = joints[0]
    comma = tokens[index]
    if end <= comma.start:
        return _first_clause(sentence, tokens, index)
    if start >= comma.end:
        return _last_clause(sentence, tokens, index)
    return None


def _joins_clauses(before: Token) -> bool:
    """A predicate's connective form: 城で、 達し、 好調で、 (not 場所で、 nor 来ると、)."""
    return before.pos_major in {"動詞", "形容詞", "助動詞"} and before.surface not in (
        _DEPENDENT_JOINTS
    )


def _has_topic(tokens: list[Token]) -> bool:
    """A topic of its own: 「天守は」, not the frame 「1981年には」 or 「日本では」, nor a time
    said as a topic (「近年はさらに低下している」: what fell? round 113)."""
    return any(
        token.surface == "は"
        and token.pos.startswith("助詞-係助詞")
        and index > 0
        and tokens[index - 1].pos_major != "助詞"
        and not tokens[index - 1].pos.endswith("副詞可能")
        for index, token in enumerate(tokens)
    )


def _first_clause(sentence: str, tokens: list[Token], comma: int) -> Clause | None:
    """「Xは…城で、」 → 「Xは…城だ。」: a noun predicate's で made final in the sentence's style."""
    copula, noun = tokens[comma - 1], tokens[comma - 2]
    # A noun or a な-adjective: 城で、 → 城だ。, 簡単で、 → 簡単だ。
    if not (
        copula.surface == "で" and copula.lemma == "だ" and noun.pos_major in {"名詞", "形状詞"}
    ):
        return None
    if noun.surface in _FORMAL_NOUNS:
        return None  # 「…焼失したことで、関心が高まった」: a cause, no predicate (round 41)
    head = tokens[: comma - 1]
    if not _has_topic(head):
        return None
    # 「…木材を選んだという」: the tense is the reported verb's, before the hearsay (round 76:
    # 「…が口癖だ」 of a man of the 1920s).
    ending = _HEARSAY.sub("", sentence.rstrip("。」"))
    polite = ending.endswith(("です", "ます", "ました", "でした"))
    # 選んだ is past as 建てた is: the auxiliary た, voiced after ん.
    last = inflections(ending)[-1:] if ending else []
    past = ending.endswith(("でした", "ました")) or any(
        morpheme.conjugation_type == "助動詞-タ" for morpheme in last
    )
    final = {(False, False): "だ", (False, True): "だった", (True, False): "です"}.get(
        (polite, past), "でした"
    )
    text = sentence[: copula.start] + final + "。"
    return Clause(text, 0) if len(text) >= MIN_CLAUSE_CHARS else None


def _opens_on_a_time(tokens: list[Token]) -> bool:
    """「戦後は…激しくなり、乗客は年々減っていった」: the time the sentence opens on (戦後は, 近年
    は) holds its later clause too, and the clause alone tells of every time (round 118)."""
    return (
        len(tokens) >= 2
        and tokens[0].pos.endswith("副詞可能")
        and tokens[1].surface == "は"
        and tokens[1].pos.startswith("助詞-係助詞")
    )


def _last_clause(sentence: str, tokens: list[Token], comma: int) -> Clause | None:
    """The clause after the joint, when it has its own topic and leans on nothing before it."""
    start = tokens[comma].end
    text = sentence[start:]
    if (
        not _has_topic(tokens[comma + 1 :])
        or text.startswith(_LEANING_OPENINGS)
        or _opens_on_a_time(tokens[:comma])
    ):
        return None
    return Clause(text, start) if len(text) >= MIN_CLAUSE_CHARS else None
