"""A false statement made by one antonym: 高い場所 → 低い場所, 簡単です → 複雑です.

Prose with no second name or figure (advice, a how-to, a science explanation) had no
true/false question a blind teacher accepted: negations read as broken Japanese too often.
An antonym of a gradable word, in the form the sentence has, gives a false statement that
is natural Japanese and that a reader of the article can reject:

    山小屋の中はとても寒いです。 → 山小屋の中はとても暑いです。
    作り方はとても簡単で、… → 作り方はとても複雑です。 (the clause, made final)
    春になると、雪がとけて川の水が増えます。 → …川の水が減ります。 (the main clause only)
    灯油の値段が上がると、暮らしが大変になります。 → (refused: a false cause reads as nonsense)

Only where the swapped claim is clearly false, not merely different:
- the pairs are a small table a teacher reviewed, each with the positions where its
  antonym reads naturally (多く使われている → 少なく使われている is no Japanese; 高い値段 is
  安い, not 低い; 下がる also means "hangs");
- one such word in the statement, and no negation, comparison, figure, hedge, quotation,
  condition or focus particle around it, any of which could make the swap true or unclear;
- the statement is one clause with a topic of its own (statements.py), never a leaning one;
- the article nowhere says the antonym about the same things;
- Sudachi reads the new statement as the old one with that one word changed, in the same
  conjugation form (a verb of another conjugation type is conjugated from its table).
"""

import itertools
import re
from dataclasses import dataclass

from content.analysis.tokens import Inflected, inflections

from .builders import (
    _KEPT_BRACKETS,
    _plain_statement,
    kept_true,
    stands_alone,
    statement_draft,
)
from .corpus import AnalysedSentence, ArticleCorpus
from .drafts import QuestionDraft
from .negation import _CONDITIONS, _HEDGES, _NEGATIVE_LEMMAS, _SAYING_AND_FEELING
from .statements import statement_clause

# Below the publishing floor (selection.QUALITY_FLOOR): taken only by a section that lacks
# a true/false question, and then before a negated statement (0.5 at best), which blind
# reviewers failed more often.
ANTONYM_QUALITY = 0.52

# Where an antonym reads naturally: as the predicate (…は高い, 高くなった, 増えました) and/or
# before a noun (高い場所). An adverb (大きく舵を切った, 多く使われている) never.
PREDICATE, ATTRIBUTE = "predicate", "attribute"
BOTH = frozenset({PREDICATE, ATTRIBUTE})


@dataclass(frozen=True)
class Pair:
    antonym: str
    positions: frozenset = BOTH
    # Nouns the word must not describe: 高い値段 is 安い, 値段が低い no Japanese.
    not_of: tuple[str, ...] = ()
    # Nouns the word must not stand before: 長い時間がかかる has no 短い (時間が長い has).
    not_before: tuple[str, ...] = ()
    # Nouns the word must be said of (上がる, 下がる also mean "enter", "hang").
    only_of: tuple[str, ...] = ()


# Before these the adjective is part of an idiom: 温かいうちに (while still warm), 早いほうが.
_FORMAL_NOUNS = {
    "うち",
    "まま",
    "こと",
    "もの",
    "ところ",
    "ほう",
    "方",
    "よう",
    "ため",
    "わけ",
    "はず",
    "とき",
    "時",
    "間",
}
_PRICES = ("値段", "価格", "料金", "家賃", "費", "代", "円", "額")
_TIMES = ("時間", "間", "期間", "年月", "歴史", "一日", "時")
_MEASURES = (
    "温",
    "度",
    "価",
    "値",
    "率",
    "額",
    "費",
    "料",
    "割合",
    "給料",
    "物価",
    "水位",
    "評価",
    "人気",
    "順位",
    "成績",
    "レベル",
    "速度",
    "スピード",
    "効率",
    "質",
)
# A teacher's table. Left out on purpose: 遅い (time or speed: 早い or 速い?), 近い (also
# "similar": 銀行に近い役割), 難しい (容易な, not 易しい, is its natural opposite), 薄い (thin or
# weak in taste), 新しい before a noun (新しい紙幣が発行された → 古い is absurd, not false),
# 以前/以後 (以後 is no opposite of 以前は), 安全 (…のが危険です reads as nonsense), 大きな and
# 小さな, and 大きい/小さい before a noun (小さな工夫, 大きな役割: a figure of speech, whose
# opposite 大きな工夫 is no clear falsehood).
ANTONYMS: dict[str, Pair] = {
    "多い": Pair("少ない", frozenset({PREDICATE})),
    "少ない": Pair("多い", frozenset({PREDICATE})),
    "高い": Pair("低い", not_of=_PRICES),
    "低い": Pair("高い", not_of=_PRICES),
    "安い": Pair("高い", only_of=_PRICES),
    "深い": Pair("浅い"),
    "浅い": Pair("深い"),
    "大きい": Pair("小さい", frozenset({PREDICATE})),
    "小さい": Pair("大きい", frozenset({PREDICATE})),
    "長い": Pair("短い", not_before=_TIMES),
    "短い": Pair("長い", not_before=_TIMES),
    "早い": Pair("遅い", frozenset({PREDICATE})),
    "速い": Pair("遅い"),
    "強い": Pair("弱い"),
    "弱い": Pair("強い"),
    "重い": Pair("軽い"),
    "軽い": Pair("重い"),
    "広い": Pair("狭い"),
    "狭い": Pair("広い"),
    "明るい": Pair("暗い", not_before=("光", "色")),  # 暗い光 is no Japanese
    "暗い": Pair("明るい", not_before=("光", "色")),
    "厚い": Pair("薄い"),
    "濃い": Pair("薄い"),
    "暖かい": Pair("寒い", frozenset({PREDICATE})),
    "暑い": Pair("寒い"),
    "寒い": Pair("暑い"),
    "温かい": Pair("冷たい"),
    "熱い": Pair("冷たい"),
    "冷たい": Pair("温かい"),
    "易しい": Pair("難しい"),
    "新しい": Pair("古い", frozenset({PREDICATE})),
    "古い": Pair("新しい"),
    "簡単": Pair("複雑"),
    "複雑": Pair("簡単"),
    "静か": Pair("にぎやか"),
    "にぎやか": Pair("静か"),
    "無料": Pair("有料", frozenset({PREDICATE})),
    "有料": Pair("無料", frozenset({PREDICATE})),
    "得意": Pair("苦手", frozenset({PREDICATE})),
    "苦手": Pair("得意", frozenset({PREDICATE})),
    "前半": Pair("後半", frozenset({ATTRIBUTE})),
    "後半": Pair("前半", frozenset({ATTRIBUTE})),
    "北": Pair("南", frozenset({ATTRIBUTE})),
    "南": Pair("北", frozenset({ATTRIBUTE})),
    "東": Pair("西", frozenset({ATTRIBUTE})),
    "西": Pair("東", frozenset({ATTRIBUTE})),
    "増える": Pair("減る", frozenset({PREDICATE})),
    "減る": Pair("増える", frozenset({PREDICATE})),
    "増やす": Pair("減らす", frozenset({PREDICATE})),
    "減らす": Pair("増やす", frozenset({PREDICATE})),
    "上がる": Pair("下がる", frozenset({PREDICATE}), only_of=_MEASURES),
    "下がる": Pair("上がる", frozenset({PREDICATE}), only_of=_MEASURES),
    "上げる": Pair("下げる", frozenset({PREDICATE}), only_of=_MEASURES),
    "下げる": Pair("上げる", frozenset({PREDICATE}), only_of=_MEASURES),
    "増加": Pair("減少", frozenset({PREDICATE})),
    "減少": Pair("増加", frozenset({PREDICATE})),
    "上昇": Pair("低下", frozenset({PREDICATE})),
    "低下": Pair("上昇", frozenset({PREDICATE})),
    "拡大": Pair("縮小", frozenset({PREDICATE})),
    "縮小": Pair("拡大", frozenset({PREDICATE})),
}

# Anything that could make the swapped claim true, or its falsity unclear: a comparison
# (より, 比べ, ほど), a degree or focus (少し, も, だけ), a concession (ても, でも), a figure.
_UNSAFE_WORDS = (
    "より",
    "比べ",
    "比較",
    "ほど",
    "以上",
    "以下",
    "未満",
    "最も",
    "一番",
    "いちばん",
    "同じ",
    "ほう",
    "方が",
    "違",
    "差",
    "倍",
    "割",
    "前年",
    "前期",
    "少し",
    "やや",
    "ちょっと",
    "わりと",
    "意外",
    "思った",
    "比較的",
    "だけ",
    "しか",
    "ばかり",
    "こそ",
    "さえ",
    "まで",
    "ずつ",
    "ください",
    "ましょう",
    "なさい",
    "べき",
    # 「作業は、平らで明るい場所で行うのが望ましい」: what is advised turned is false by
    # common sense, not by reading (round 187: 暗い場所).
    "望ましい",
    "方がよい",
    "ほうがよい",
    "方がいい",
    "ほうがいい",
    "のがよい",
    "のがいい",
    "かどうか",
    "ように",
    "ため、",
    "ために",
    "ながら",
)
# A reading in brackets right after the word's phrase: 古い町並み（ふるいまちなみ）.
_READ_IN_BRACKETS_AFTER = re.compile(r"[^、。はがをにでとへもの（]{0,6}[（(]")
# A report or a view: 「…と説明した」「…と考えている」 is someone's word, not the article's fact.
_REPORTED = re.compile(
    r"と(説明|発表|強調|指摘|話|語|述べ|言|考え|思|感じ|答え|報告|紹介|評価|期待|予想|予測|推定|試算|判断|見|明か|伝え)"
)
_FIGURE = re.compile(r"[0-9０-９〇一二三四五六七八九十百千万億兆]")
_ADVICE_ENDINGS = ("ください。", "ましょう。", "なさい。", "こと。")
# The 五段-ラ行 endings of 減る by conjugation form; 増える (下一段) keeps its stem.
_GODAN_RA = {
    "未然形-一般": "ら",
    "連用形-一般": "り",
    "連用形-促音便": "っ",
    "終止形-一般": "る",
    "連体形-一般": "る",
    "仮定形-一般": "れ",
    "意志推量形": "ろう",
}
_ICHIDAN = {"未然形-一般": "", "連用形-一般": "", "終止形-一般": "る", "連体形-一般": "る"}
_INFLECTING = {"動詞", "形容詞"}
_COPULA_FOLLOWERS = {"だ", "です", "で", "な", "である"}


@dataclass(frozen=True)
class AntonymSwap:
    """The word at [start, end) of the statement, and the statement with its antonym."""

    start: int
    end: int
    original: str
    replacement: str
    antonym: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


def _colours_the_word(before: list) -> bool:
    """A mimetic adverb right before the word (すっと, ほっと, さっと) goes with it alone: turned,
    the statement is false by its Japanese, not by the article. Adverbs of degree (ぐっと, ずっと,
    もっと) go with either side. Sudachi reads すっと as すっ and と."""
    if before and before[-1].pos_major == "副詞":
        adverb = before[-1].surface
    elif len(before) >= 2 and before[-1].surface == "と" and before[-2].pos_major == "副詞":
        adverb = before[-2].surface + "と"
    else:
        return False
    return adverb.endswith("っと") and adverb not in _DEGREE_ADVERBS


_DEGREE_ADVERBS = frozenset({"ぐっと", "ずっと", "もっと", "ちょっと", "きっと", "やっと"})


def antonym_swap(statement: str, *, main_from: int = 0) -> AntonymSwap | None:
    """The one gradable word of a plain statement turned into its antonym, or None.

    main_from: where the main clause begins after a general condition (春になると、…); the
    word must lie in the main clause, and only the condition may end in と.
    """
    body = statement.removesuffix("。")
    if (
        statement.endswith(_ADVICE_ENDINGS)
        or _FIGURE.search(_KEPT_BRACKETS.sub("", body))
        or any(word in body for word in _UNSAFE_WORDS)
        or any(hedge in body for hedge in _HEDGES)
        or any(mark in body[main_from:] for mark in _CONDITIONS)
        or _REPORTED.search(body)
    ):
        return None
    morphemes = inflections(statement)
    if any(
        _is_negative(morpheme)
        or morpheme.surface in {"無", "不", "非", "未"}
        or morpheme.lemma in _SAYING_AND_FEELING  # …と説明した: a report, not the article's fact
        for morpheme in morphemes
    ):
        return None
    if any(
        morpheme.surface in {"も", "でも", "ても"} and morpheme.pos_major == "助詞"
        for morpheme in morphemes
    ):
        return None  # 水圧も高い: its parallel half is elsewhere; 高い温度でも: a concession
    starts = list(itertools.accumulate((len(m.surface) for m in morphemes), initial=0))
    # One gradable word in the main clause: 値段が下がると、暮らしが大変になる (a false cause)
    # reads as nonsense, and of two words (深い眠りが少なくなる) either could be the fact.
    found = [
        index
        for index, morpheme in enumerate(morphemes)
        if morpheme.lemma in ANTONYMS and starts[index] >= main_from
    ]
    if len(found) != 1:
        return None
    index = found[0]
    morpheme = morphemes[index]
    if _SEASONS_OWN.get(morpheme.lemma, "\x00") in body:
        return None
    pair = ANTONYMS[morpheme.lemma]
    if any(m.lemma == pair.antonym for m in morphemes):
        return None  # 値段が上がると、売り上げが下がる: the other half is in the statement
    position = _position(morphemes, index)
    if position not in pair.positions or not _said_of_fitting(morphemes, index, pair, position):
        return None
    if position == ATTRIBUTE and _existential(morphemes, index):
        return None
    if _colours_the_word(morphemes[:index]):
        return None  # 「疲れがすっと軽くなった」: すっと重く is no Japanese (round 177)
    replacement = _conjugated(morphemes, index, pair.antonym)
    if replacement is None:
        return None
    start = starts[index]
    if _READ_IN_BRACKETS_AFTER.match(statement, start + len(morpheme.surface)) or any(
        mark in morpheme.surface for mark in "（("
    ):
        # 古い町並み（ふるいまちなみ）, 暑（あつ）い: the reading would no longer match (寒（あつ）い
        # in round 68).
        return None
    swap = AntonymSwap(
        start, start + len(morpheme.surface), morpheme.surface, replacement, pair.antonym
    )
    return swap if _reads_the_same(morphemes, index, swap.apply(statement), pair.antonym) else None


# A season's own weather: 「日本の夏は、とても寒くなります」 is false to anyone who knows a
# summer, read or not (round 189). The season against its kind (今年の冬は暖かかった) is the
# article's to tell, and is turned.
_SEASONS_OWN = {"暑い": "夏", "寒い": "冬"}


def _is_negative(morpheme: Inflected) -> bool:
    return morpheme.lemma in _NEGATIVE_LEMMAS and morpheme.pos_major in {"助動詞", "形容詞"}


def _position(morphemes: list[Inflected], index: int) -> str | None:
    """PREDICATE, ATTRIBUTE or None (an adverb, a noun inside a compound, a nominalised use)."""
    morpheme = morphemes[index]
    before = morphemes[index - 1] if index else None
    after = morphemes[index + 1] if index + 1 < len(morphemes) else None
    if after is None:
        return None
    if morpheme.pos_major in _INFLECTING:
        form = morpheme.conjugation_form
        if form.startswith("連体形") and after.pos_major == "名詞":
            return ATTRIBUTE
        if form.startswith("終止形") and after.surface in {"。", "です", "でした"}:
            return PREDICATE
        if morpheme.pos_major == "形容詞":
            if form == "連用形-促音便" and after.surface == "た":
                return PREDICATE  # 多かった
            if form == "連用形-一般" and after.lemma == "なる":
                return PREDICATE  # 高くなった
            return None
        # A verb as a predicate: 増えます, 減った, 減っている, 増えて、(a clause's end).
        if after.surface in {"ます", "まし", "た", "て", "。", "、"} and not (
            before is not None and before.pos_major == "動詞"
        ):
            return PREDICATE
        return None
    if morpheme.pos_major == "連体詞":
        return ATTRIBUTE if after.pos_major == "名詞" else None
    # A noun or a な-adjective: not part of a compound (北海道, 東日本, 前半戦).
    if before is not None and before.pos_major in {"名詞", "接頭辞"}:
        return None
    if after.pos_major in {"名詞", "接尾辞"}:
        return None
    if after.surface in _COPULA_FOLLOWERS and after.surface != "な":
        return PREDICATE
    if (
        after.surface == "に"
        and index + 2 < len(morphemes)
        and morphemes[index + 2].lemma == "なる"
        and morpheme.pos_major == "形状詞"
    ):
        return PREDICATE  # 静かになった
    if after.surface == "し" and after.lemma == "する":
        return PREDICATE  # 増加した
    if (
        after.surface == "な"
        and index + 2 < len(morphemes)
        and morphemes[index + 2].pos_major == "名詞"
    ):
        return ATTRIBUTE  # 簡単な料理
    if after.surface in {"の", "に", "へ", "から"} and morpheme.lemma in {
        "北",
        "南",
        "東",
        "西",
        "前半",
        "後半",
    }:
        return ATTRIBUTE  # 町の北にある, 前半の十試合
    return None


def _existential(morphemes: list[Inflected], index: int) -> bool:
    """「口が大きい魚がいる」: that fish with small mouths exist too is no falsehood."""
    # The main verb: not the いる of 続いている.
    final = [
        m
        for at, m in enumerate(morphemes)
        if m.pos_major == "動詞" and not (at and morphemes[at - 1].surface in {"て", "で"})
    ]
    if not final or final[-1].lemma not in {"いる", "居る", "ある", "有る"}:
        return False
    rest = morphemes[index + 1 :]
    return any(
        one.pos_major == "名詞" and other.surface in {"が", "も"}
        for one, other in itertools.pairwise(rest)
    )


def _said_of_fitting(morphemes: list[Inflected], index: int, pair: Pair, position: str) -> bool:
    """The noun the word describes fits the pair: not 高い値段, and 上がる only of a measure."""
    if position == ATTRIBUTE:
        described = next((m.surface for m in morphemes[index + 1 :] if m.pos_major == "名詞"), "")
    else:
        subjects = [
            morphemes[at - 1].surface
            for at in range(1, index)
            if morphemes[at].surface in {"は", "が"} and morphemes[at].pos_major == "助詞"
        ]
        described = subjects[-1] if subjects else ""
    if any(described.endswith(noun) for noun in pair.not_of):
        return False
    if position == ATTRIBUTE and (
        described in _FORMAL_NOUNS or any(described.endswith(noun) for noun in pair.not_before)
    ):
        return False
    return not pair.only_of or any(described.endswith(noun) for noun in pair.only_of)


def _conjugated(morphemes: list[Inflected], index: int, antonym: str) -> str | None:
    """The antonym in the form the word has: 高かっ → 低かっ, 減っ(た) → 増え(た)."""
    morpheme = morphemes[index]
    lemma, surface = morpheme.lemma, morpheme.surface
    if morpheme.pos_major not in _INFLECTING:
        return antonym
    if morpheme.pos_major == "形容詞":
        return antonym[:-1] + surface[len(lemma) - 1 :] if surface.startswith(lemma[:-1]) else None
    form = morpheme.conjugation_form
    if antonym == "減る":  # 増え(た) → 減っ(た), 増え(ます) → 減り(ます)
        following = morphemes[index + 1].surface if index + 1 < len(morphemes) else ""
        if form == "連用形-一般" and following in {"た", "て", "たり"}:
            form = "連用形-促音便"
        ending = _GODAN_RA.get(form)
        return None if ending is None else "減" + ending
    if antonym == "増える":
        ending = _ICHIDAN.get("連用形-一般" if form == "連用形-促音便" else form)
        return None if ending is None else "増え" + ending
    if surface.startswith(lemma[:-1]):
        # The other verbs of the table pair with one of their own type and row:
        # 上がっ → 下がっ, 増やし → 減らし, 上げ → 下げ.
        return antonym[:-1] + surface[len(lemma) - 1 :]
    return None


def _reads_the_same(before: list[Inflected], index: int, swapped: str, antonym: str) -> bool:
    """Sudachi reads the new statement as the old one with the one word changed."""
    after = inflections(swapped)
    if len(after) != len(before):
        return False
    for position, (old, new) in enumerate(zip(before, after, strict=True)):
        if position == index:
            # 簡単 is a な-adjective to Sudachi, 複雑 a noun that may be one: both take だ and な.
            nominal = {old.pos_major, new.pos_major} <= {"名詞", "形状詞"}
            if new.lemma != antonym or (new.pos_major != old.pos_major and not nominal):
                return False
        elif old.surface != new.surface:
            return False
    return True


_LIKENESS = re.compile(r"まるで|ような|ように|のよう|みたい")
# 「減益の主な要因は、人件費の増加だ」: the cause turned (減少) contradicts the effect the
# sentence names, false by logic rather than by the article (round 37).
_NAMES_A_CAUSE = re.compile(r"(?:要因|原因)(?:は|が|と|の一つ)")


def build_antonym_truefalse(item: AnalysedSentence, corpus: ArticleCorpus) -> QuestionDraft | None:
    """A statement as it stands (true) or with its one gradable word turned (false)."""
    text = item.sentence.text
    if (
        not stands_alone(item, corpus)
        or any(mark in _KEPT_BRACKETS.sub("", text) for mark in "「(（")
        or not 10 <= len(text) <= 90
        # 「景色はまるで古い映画のようでした」: a likeness, whose other side (新しい映画) is
        # no fact a reader checks, only an odd picture (round 24).
        or _LIKENESS.search(text)
        or _NAMES_A_CAUSE.search(text)
    ):
        return None
    found = next(
        (
            (statement, offset, swap)
            for statement, offset, main_from in _statements(text)
            if (swap := antonym_swap(statement, main_from=main_from)) is not None
        ),
        None,
    )
    if found is None:
        return None
    statement, offset, swap = found
    if _said_elsewhere(item, corpus, statement, swap):
        return None
    return statement_draft(
        item,
        statement=statement,
        turned=swap.apply(statement),
        keep_true=kept_true("antonym" + text),
        start=offset + swap.start,
        end=offset + swap.end,
        original=swap.original,
        replacement=swap.replacement,
        how="antonym",
        variant=f"antonym:{swap.replacement}",
        difficulty=0.3,
        # Short is no fault here (山小屋の中はとても寒いです。): the builder bounds the length.
        quality=ANTONYM_QUALITY,
    )


def _statements(text: str) -> list[tuple[str, int, int]]:
    """The statements a sentence offers: (text, offset in the sentence, main clause's start).

    The sentence when it is one plain clause; a general truth after its condition
    (春になると、川の水が増えます), whose main clause is plain; else each clause of a
    two-clause sentence that stands alone.
    """
    if _plain_statement(text):
        return [(text, 0, 0)]
    comma = text.find("、")
    if comma <= 0:
        return []
    if _general_condition(text[: comma + 1]) and _plain_statement(text[comma + 1 :]):
        return [(text, 0, comma + 1)]
    clauses = [statement_clause(text, 0, comma), statement_clause(text, comma + 1, len(text))]
    return [
        (clause.text, clause.offset, 0)
        for clause in clauses
        if clause is not None and _plain_statement(clause.text)
    ]


def _general_condition(head: str) -> bool:
    """「春になると、」「光を浴びると、」: a plain predicate and と, the only comma before the main
    clause; not a report (…と、) nor a list (AとBと、)."""
    morphemes = inflections(head)
    if len(morphemes) < 3 or morphemes[-1].surface != "、" or morphemes[-2].surface != "と":
        return False
    predicate = morphemes[-3]
    return predicate.pos_major in _INFLECTING and predicate.conjugation_form.startswith("終止形")


def _said_elsewhere(
    item: AnalysedSentence, corpus: ArticleCorpus, statement: str, swap: AntonymSwap
) -> bool:
    """The article says the antonym about something the statement names: the swap may be true.

    Strict on purpose: 「水温は低く、水圧も高い」 elsewhere refuses 「高い水圧」 → 「低い水圧」.
    """
    nouns = {
        token.surface
        for token in item.tokens
        if token.pos_major == "名詞"
        and token.surface in statement
        and token.lemma != swap.original
        and len(token.surface) >= 2
    }
    for other in corpus.sentences:
        lemmas = {token.lemma for token in other.tokens}
        if swap.antonym not in lemmas:
            continue
        if other.sentence.pk == item.sentence.pk or nouns & {t.surface for t in other.tokens}:
            return True
    return False
