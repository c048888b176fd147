"""A statement's final predicate with its polarity turned: a false statement with no name.

A section of advice or description (easy Japanese, a recipe, an interview answer) often
has no span a like-for-like swap could change, so it had no true/false question. The
classic one is the sentence with its predicate negated, which a reader of the article
knows to be false:

    揺れているときは、机の下に入ります。 → 揺れているときは、机の下に入りません。
    火を消してください。 → 火を消さないでください。
    ごみの量は少しずつ減っている。 → ごみの量は少しずつ減っていない。

A predicate that is already negative is made affirmative (入らない → 入る), so that a
statement ending in ない is as often true as false. The forms come from Sudachi's
conjugation data; only a plain, unhedged, literal predicate qualifies, else None.
"""

import re
from dataclasses import dataclass

from content.analysis.tokens import Inflected, inflections, tokenize

from .clefts import plain_past
from .printed_readings import PRINTED_READING, without_printed_readings

# The 未然形 ending of a 五段 verb by the row of its dictionary form's last kana.
_GODAN_IRREALIS = {
    "カ行": "か",
    "ガ行": "が",
    "サ行": "さ",
    "タ行": "た",
    "ラ行": "ら",
    "ワア行": "わ",
    "ナ行": "な",
    "バ行": "ば",
    "マ行": "ま",
}
# Auxiliaries that conjugate like a 一段 verb: 作られる → 作られない.
_ICHIDAN_LIKE = ("上一段", "下一段", "助動詞-レル", "助動詞-ラレル", "助動詞-セル", "助動詞-サセル")
# Hedged, hearsay, a guess or a wish: turning these says nothing clear.
_NEGATIVE_LEMMAS = {"ない", "ぬ", "ず", "ん", "まい", "無い"}
_HEDGES = (
    "と考えられ",
    "と思われ",
    "とみられ",
    "のも、",
    "かもしれ",
    "だろう",
    "でしょう",
    "そうだ",
    "そうです",
    "ようだ",
    "ようです",
    "らしい",
    "と言わ",
    # 「…酒税が占めていたといわれない」 denies the hearsay, not the fact (round 83).
    "といわ",
    "という",
    "とされ",
    "と見られ",
    "たい",
    "予定",
    "見込み",
    "ことがある",
    "こともある",
    "場合もある",
    # 「夜に急に熱が出ることがあります」 → 「…ことがありません」: that something can happen
    # is denied only by the absurd (round 26).
    "ことがあり",
    "こともあり",
    "場合があり",
    "場合もあり",
)
# The article speaking of itself (ここでは…を紹介します, 失敗をまとめます): denying that says
# nothing of its content.
# 「たとえばペニシリンの仲間は…邪魔しない」: an example denied reads as no Japanese (round 36).
_DISCOURSE_WORDS = ("ここでは", "以下", "本稿", "この記事", "たとえば", "例えば")
_FROM_A_TIME = re.compile(r"(?:年|月|日|時|分|年度|春|夏|秋|冬)から")
_STEP_OPENING = re.compile(
    r"(?:まず|次に|つぎに|それから|その後|最後に|さいごに|はじめに)(?:は)?(?![ぁ-ゖ])"
)
_DISCOURSE_ENDINGS = ("紹介します", "説明します", "まとめます", "見ていきます", "見てみましょう")
# Words whose negation is true of the world as often as not: 必ず…ない, すべて…ない.
# So are indefinite amounts: いくつかの種類がありません, さまざまなコーナーを設けません read as
# broken Japanese (none? not several?), not as false.
_SCOPE_WORDS = (
    "必ず",
    "すべて",
    "全て",
    "全部",
    "いつも",
    "だけ",
    "しか",
    "ほど",
    "ばかり",
    "いくつか",
    "さまざまな",
    "様々な",
    "いろいろな",
    "色々な",
    "多くの",
    "数々の",
    # 「運営の一部は…委託していない」: some part is not, which leaves the rest; 「特に…必要では
    # ありません」: not especially (round 63's drafts).
    "一部",
    "特に",
    # 「…ゆっくり伸ばしません」 denies the manner as well as the act (round 63).
    "ゆっくり",
    "しっかり",
    "じっくり",
    "きちんと",
    "丁寧に",
    # 「…とはまったく異なる形をしていない」 reads as "not at all different", a degree denied
    # (round 78); so do ほとんど, あまり, かなり and 大幅に (not 大きく, which may be the
    # predicate itself: 大きくありません).
    "まったく",
    "全く",
    "ほとんど",
    "あまり",
    "かなり",
    "大幅に",
    # 「市場の評価はおおむね好意的ではない」: mostly not, which leaves the rest.
    "おおむね",
    "概ね",
    # 「…始めるには、まず糖が必要にならない」: a first step denied reads as no Japanese
    # (round 81).
    "まず",
)


# A figure that is a count or an amount, not a date or a clock time (2024年9月14日, 午前10時).
_COUNTED_FIGURE = re.compile(
    r"[0-9０-９]+(?![0-9０-９,.，．]|年(?!間)|月(?!間)|日(?!間)|時(?!間))"
    # 二つ: 「睡眠は、大きく二つの状態に分けられない」 denies a count (round 52).
    r"|[一二三四五六七八九十百千]+[人回個本台枚歳軒匹頭件社校冊円つ]"
)
_FIGURE_PREDICATE = re.compile(
    r"[0-9０-９][0-9０-９,.]*[兆億万千]?[^\s、。0-9０-９]{0,3}(?:だった|でした|です|だ|である)$"
)
_ADVICE_PREDICATE = re.compile(r"(?:大切|大事)(?:です|だ|である)$")
# 「…増えることが多い」 → 「多くない」: how often, which a denial leaves vague (an antonym,
# 少ない, stays clear).
# 「熱が出ることがよくあります」 → 「よくありません」 reads as "is not good" (round 65).
_FREQUENCY = ("ことが多", "ことが少な", "よくあ")
# A noun or な-adjective predicate: 必要である → 必要ではない, 静かです → 静かではありません.
_COPULAS = {
    ("で", "ある"): "ではない",
    ("でし", "た"): "ではありませんでした",
    ("だっ", "た"): "ではなかった",
    ("です",): "ではありません",
    ("だ",): "ではない",
}
# Predicates too vague to deny: 受け止めはさまざまではない says nothing a reader can check.
_VAGUE = {"さまざま", "様々", "いろいろ", "色々", "まちまち", "それぞれ", "同じ", "別"}
_NEGATIVE_COPULAS = {
    ("で", "は", "あり", "ませ", "ん", "でし", "た"): "でした",
    ("で", "は", "あり", "ませ", "ん"): "です",
    ("で", "は", "なかっ", "た"): "だった",
    ("で", "は", "ない"): "だ",
}
_CONDITIONS = ("ると、", "れば", "たら", "なら", "ば、")
_DURATION_PREDICATE = re.compile(
    r"[0-9０-９一二三四五六七八九十百]+(年|か月|ヶ月|日|回|人)(に|が)?(なる|なり|たつ|経つ)"
)
# Verbs of saying, feeling and remembering: their denial is no fact of the article
# (覚えています → 覚えていません denies the speaker's memory, round 14).
_SAYING_AND_FEELING = {
    "覚える",
    "思い出す",
    "忘れる",
    "言う",
    "話す",
    "語る",
    "述べる",
    "振り返る",
    "答える",
    "笑う",
    "驚く",
    "思う",
    "感じる",
    "喜ぶ",
    "悩む",
    "困る",
    "期待する",
    "強調する",
    "説明する",
    "指摘する",
    "明かす",
}
# Words that ask for an affirmative predicate: 今では…占めるようになりませんでした,
# わずか一か月で…受け入れなかった read as broken Japanese, not as false.
_AFFIRMATIVE_POLARITY = (
    "今では",
    "今は",
    "わずか",
    "すでに",
    "既に",
    "もう",
    "ついに",
    "やがて",
    "次第に",
    "ますます",
    "だんだん",
    "とうとう",
    # 「…現れたときは、思わず声が出ませんでした」: what happens in spite of oneself (round 38).
    "思わず",
    # 「カードが使えない場所がほとんどではありません」: a double negative (round 40).
    "ほとんど",
)
# Words that ask for a negative predicate: 簡単には上げられません has no affirmative.
_NEGATIVE_POLARITY = (
    "あまり",
    "全然",
    "決して",
    "少しも",
    "なかなか",
    "めったに",
    "ほとんど",
    "必ずしも",
    "簡単には",
    "すぐには",
    "まだ",
    "一度も",
    "何も",
    "誰も",
    "どこにも",
    "まともに",
)
# 「湯のみ一つまともに形になりませんでした」: not even one, which asks for the negative
# (「湯のみ一つまともに形になりました」 is no Japanese, round 31).
# 「国籍やビザの種類は関係ありません」 says "does not matter"; 「…関係あります」 says not
# to what (round 79).
_MATTERS_NOT = re.compile(r"関係(?:が|は)?(?:ない|ありません)$")
_NOT_EVEN_ONE = re.compile(
    r"(?<![0-9０-９〇一二三四五六七八九十百千])一(?:つ|人|個|枚|本|冊|度|回|言)(?![目のずつで])"
)
# Verbs whose negative is an idiom: 欠かせない, とは限らない, かまわない, たまらない, 済まない.
_IDIOMATIC_NEGATIVES = {
    "欠かせる",
    "限る",
    "かぎる",
    "構う",
    "かまう",
    "堪る",
    "たまる",
    "済む",
    "すむ",
    "違う",
}
# Nouns that make the copula an explanation, a reason or a plan, not a fact to deny.
_NOT_PREDICATE_NOUNS = {
    "の",
    "ん",
    "ため",
    "から",
    "こと",
    "よう",
    "はず",
    "わけ",
    "もの",
    "ところ",
    "予定",
    "方針",
    "見込み",
    "計画",
    "つもり",
    "一つ",
    "ひとつ",
    "一方",
    "通り",
    "とおり",
}


_DIFFERS = re.compile(r"(?:違|ちが)(?:う|います|った|いました)$")


@dataclass(frozen=True)
class Negation:
    """The predicate at [start, end) of the sentence, and its form of the other polarity."""

    start: int
    end: int
    original: str
    flipped: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.flipped + text[self.end :]


def negated(text: str) -> Negation | None:
    """The sentence's final predicate with its polarity turned, or None when that would be unclear."""
    # Speech's last sentence ends at its closing mark, without 。.
    body = text.removesuffix("。")
    if (
        not body
        or body.endswith(("！", "？", "!", "?", "。"))
        # Advice and requests (…てください, …ましょう) are no statements: they are not false.
        or body.endswith(("ください", "ましょう", "なさい", "こと"))
        # 9時から6時まで開いていない also reads as "closes before 6": the scope is unclear.
        or ("から" in body and "まで" in body)
        # 「前売り券は来年2月から販売されない」: not sold at all, or not from February? A time
        # something starts from leaves the denial's scope open (round 106).
        or bool(_FROM_A_TIME.search(body))
        # …弱まると、発疹が現れない: denying what a condition brings says nothing natural.
        or any(mark in body for mark in _CONDITIONS)
        or _conditional_to(body)
        # 教えて十八年にならない reads as "not yet eighteen years", not as false.
        or bool(_DURATION_PREDICATE.search(body))
        # Easy Japanese spaces its words (出る ことが あります): hedges are read without them.
        or any(hedge in re.sub(r"[ 　]", "", body) for hedge in _HEDGES)
        or any(word in body for word in _DISCOURSE_WORDS)
        # 「まず書類の審査と面接があります」: a step of a sequence is denied only as broken
        # Japanese (まず…ありません), and まず has no steps to count alone (round 59).
        or bool(_STEP_OPENING.match(PRINTED_READING.sub("", body)))
        or body.endswith(_DISCOURSE_ENDINGS)
        or any(word in body for word in _SCOPE_WORDS)
        # 「人が86人参加しませんでした」 is true of any other 86; 「330円ぐらいかかりません」 and
        # 「1〜2週間あとに届きません」 deny a figure, not a fact. Dates and clock times stay,
        # and so does a figure that is the predicate (売上高は842億円ではなかった).
        or (
            bool(_COUNTED_FIGURE.search(PRINTED_READING.sub("", body)))
            and not _FIGURE_PREDICATE.search(body)
        )
        # 「…を集めることが大切です」 is advice: its denial is not false, only bad advice.
        or bool(_ADVICE_PREDICATE.search(body))
        or any(word in re.sub(r"[ 　]", "", body) for word in _FREQUENCY)
        # 「時間がちがいません」: no one says it; 同じです is what is meant (round 24).
        or bool(_DIFFERS.search(body))
        # 「店の近くに住んでいる人がいません」: that there are people, common sense denies
        # without the article (round 78).
        or bool(re.search(r"(?:人|方|人たち)が(?:いる|います|いた|いました)$", body))
    ):
        return None
    morphemes = inflections(body)
    if _chained_actions(morphemes):
        return None
    found = _affirmative(morphemes)
    # Only the final predicate may deny; a negative inside a noun's modifier is fine.
    checked = len(morphemes) - found[0] if found else len(morphemes)
    if any(_denies(morphemes, index) for index in range(checked)):
        return None
    if not found and any(word in body for word in _AFFIRMATIVE_POLARITY):
        return None
    found = found or _final_predicate(morphemes)
    if found is None:
        return None
    count, flipped = found
    tail = "".join(m.surface for m in morphemes[-count:])
    start = len(body) - len(tail)
    if flipped == "ます" and re.search(r"(?<![ぁ-ゖ])いり$", body[:start]):
        return None  # 要る in kana: 「申し込みは いります」 reads as 入ります or 居ります
    if body[start:] != tail:
        return None
    return Negation(start=start, end=len(body), original=tail, flipped=flipped)


# Verbs a quoting と leads to: 高いと思う is no condition.
_QUOTING_VERBS = {
    "言う",
    "思う",
    "考える",
    "感じる",
    "話す",
    "述べる",
    "語る",
    "書く",
    "答える",
    "呼ぶ",
}


def _conditional_to(body: str) -> bool:
    """「水はけが悪いと根腐れの原因になります」: a condition in と without a comma, which Sudachi
    tags as a conjunction after a verb and as a case particle after an adjective (round 59:
    its denial read as common sense, not as the article)."""
    tokens = tokenize(body)
    for index, token in enumerate(tokens[1:], start=1):
        if token.surface != "と":
            continue
        after = tokens[index + 1].lemma if index + 1 < len(tokens) else ""
        if token.pos.startswith("助詞-接続助詞") or (
            tokens[index - 1].pos_major == "形容詞" and after not in _QUOTING_VERBS
        ):
            return True
    return False


# Verbs that follow て as helpers of the one before (…ている, …ておく): one action, not two.
_HELPER_VERBS = {
    "いる",
    "居る",
    "いく",
    "行く",
    "くる",
    "来る",
    "しまう",
    "おく",
    "置く",
    "みる",
    "ある",
}


# 使って, 用いて, 通じて: the verb names the means of the next one, not a step before it.
_MEANS_VERBS = {"使う", "用いる", "通じる", "通す", "利用", "活用", "生かす", "頼る"}


def _names_a_means(lemmas: list[str]) -> bool:
    """The verb before て is a means (使って, 利用して), not a step."""
    if lemmas[-1:] == ["する"]:
        lemmas = lemmas[:-1]
    return bool(lemmas) and lemmas[-1] in _MEANS_VERBS


def _chained_actions(morphemes: list[Inflected]) -> bool:
    """Two actions joined by て (放電させて電気を空にする): denying the last one reads as no
    Japanese (…させて電気をほぼ空にしない, round 17), and which one is false is unclear."""
    for index, morpheme in enumerate(morphemes[:-1]):
        if morpheme.surface not in {"て", "で"} or morpheme.pos_major != "助詞":
            continue
        if _names_a_means([m.lemma for m in morphemes[:index]]):
            continue  # 光を使って仲間を探す: a means, and the denial takes both
        rest = morphemes[index + 1 :]
        if rest[0].lemma in _HELPER_VERBS:
            continue
        if any(later.pos_major == "動詞" and later.lemma not in _HELPER_VERBS for later in rest):
            return True
    return False


def _contrasted(morphemes: list[Inflected]) -> bool:
    """A second は after a noun: 「なくしたときは、お金（かね）はかかりません」. は sets what is
    denied against the rest, and the affirmative 「お金はかかります」 is no Japanese a
    teacher would write (round 34)."""
    marked = [
        index
        for index, morpheme in enumerate(morphemes[1:], start=1)
        if morpheme.surface == "は"
        and morpheme.pos_major == "助詞"
        and (morphemes[index - 1].pos_major == "名詞" or morphemes[index - 1].surface in "）)")
    ]
    return len(marked) >= 2


def _affirmative(morphemes: list[Inflected]) -> tuple[int, str] | None:
    """A negative final predicate made affirmative: 入らない → 入る, 必要ではない → 必要だ.

    So that a statement ending in a negative is as often true as false: a learner
    cannot answer by spotting ない.
    """
    surfaces = [m.surface for m in morphemes]
    text = "".join(surfaces)
    if (
        len(morphemes) < 3
        or any(word in text for word in _NEGATIVE_POLARITY)
        or _NOT_EVEN_ONE.search(text)
        or _MATTERS_NOT.search(without_printed_readings(text))
        or _contrasted(morphemes)
    ):
        return None
    for negative, affirmative in _NEGATIVE_COPULAS.items():
        if tuple(surfaces[-len(negative) :]) == negative:
            before = morphemes[-len(negative) - 1]
            if before.pos_major not in {"名詞", "形状詞"} or before.surface in _NOT_PREDICATE_NOUNS:
                return None
            return len(negative), affirmative
    if surfaces[-4:] == ["ませ", "ん", "でし", "た"] and _is_verb(morphemes[-5]):
        return 4, "ました"
    if surfaces[-3:] == ["あり", "ませ", "ん"] and morphemes[-4].pos_major == "形容詞":
        return 4, morphemes[-4].lemma + "です"  # 大きくありません → 大きいです
    if surfaces[-2:] == ["ませ", "ん"] and _is_verb(morphemes[-3]):
        if not _negative_is_literal(morphemes, -3):
            return None
        if surfaces[-3] == "あり" and surfaces[-4] == "は" and morphemes[-4].pos_major == "助詞":
            # 必要はありません → 必要があります: 「必要はあります」 is a denial turned
            # mechanically, no Japanese a writer would use (round 50).
            return 4, "があります"
        if (reached := _state_reached(morphemes, -3)) is not None:
            return 3, reached + "います"  # はっきりしません → はっきりしています
        return 2, "ます"
    verb = morphemes[-2] if surfaces[-1] == "ない" else morphemes[-3]
    if surfaces[-1] == "ない" or surfaces[-2:] == ["なかっ", "た"]:
        count = 2 if surfaces[-1] == "ない" else 3
        if verb.pos_major == "形容詞" and verb.surface.endswith("く") and count == 2:
            return 2, verb.lemma  # 多くない → 多い
        if not _is_verb(verb) or not verb.conjugation_form.startswith("未然形"):
            return None
        if not _negative_is_literal(morphemes, -count):
            return None
        if count == 2 and (reached := _state_reached(morphemes, -2)) is not None:
            return 2, reached + "いる"  # 知らない → 知っている
        form = verb.lemma if count == 2 else plain_past(verb)
        return None if form is None else (count, form)
    return None


# Verbs of a state reached, whose plain present reads as the future: 「…かは、はっきりしない」
# turned to 「はっきりする」 says "will become clear"; a writer affirms the state, はっきりして
# いる (round 75).
_STATE_VERBS = frozenset({"知る", "分かる", "わかる", "見つかる", "決まる"})
_STATE_PHRASES = frozenset({"はっきりする", "判明する", "解明する"})


def _state_reached(morphemes: list[Inflected], index: int) -> str | None:
    """The て-form of the verb at `index` when it is one of a state reached; else None."""
    verb = morphemes[index]
    before = morphemes[index - 1].surface if len(morphemes) >= -index + 1 else ""
    if verb.lemma not in _STATE_VERBS and before + verb.lemma not in _STATE_PHRASES:
        return None
    past = plain_past(verb)
    if past is None:
        return None
    return past[:-1] + ("て" if past.endswith("た") else "で")


def _negative_is_literal(morphemes: list[Inflected], index: int) -> bool:
    """Not an idiom whose affirmative means something else or nothing.

    なければならない (must), とは限らない (not always), 欠かせない (indispensable).
    """
    verb = morphemes[index]
    # 出しては いけません: easy Japanese spaces its words, and the space is no particle
    # (round 15 made 「出しては いけます」 of it).
    earlier = morphemes[: index % len(morphemes)]
    before = next((m.surface for m in reversed(earlier) if m.surface.strip()), "")
    if verb.lemma in _IDIOMATIC_NEGATIVES:
        return False
    return not (verb.lemma in {"なる", "いける", "行ける"} and before in {"ば", "は", "と", "ても"})


def _denies(morphemes: list[Inflected], index: int) -> bool:
    """A negative that is not inside a noun's modifier (人が乗らない探査機 is fine)."""
    morpheme = morphemes[index]
    if not (morpheme.lemma in _NEGATIVE_LEMMAS and morpheme.pos_major in {"助動詞", "形容詞"}):
        return False
    following = morphemes[index + 1] if index + 1 < len(morphemes) else None
    return (
        following is None
        or following.pos_major != "名詞"
        or following.surface in _NOT_PREDICATE_NOUNS  # 植物がいないため: a reason, not a noun
    )


# Verbs whose plain present describes a scene, a state that holds: 椀が並ぶ, 田が広がる. Their
# plain denial (並ばない) reads as "will not line up"; a writer denies the state (並んでいない).
_SCENE_VERBS = frozenset(
    {"並ぶ", "広がる", "建つ", "立つ", "連なる", "続く", "残る", "眠る", "咲く", "流れる", "響く"}
    | {"そびえる", "茂る", "揺れる", "光る", "輝く", "漂う", "掛かる", "架かる", "面する"}
)


def _final_predicate(morphemes: list[Inflected]) -> tuple[int, str] | None:
    """How many final morphemes make the predicate (its verb included), and their negative."""
    surfaces = [m.surface for m in morphemes]
    if len(morphemes) < 3:
        return None
    for copula, negative in _COPULAS.items():
        if tuple(surfaces[-len(copula) :]) == copula:
            before = morphemes[-len(copula) - 1]
            if (
                before.pos_major not in {"名詞", "形状詞"}
                or before.surface in _NOT_PREDICATE_NOUNS
                or before.surface in _VAGUE
            ):
                return None
            return len(copula), negative
    if surfaces[-2:] == ["まし", "た"]:
        verb = morphemes[-3]
        return (3, verb.surface + "ませんでした") if _polite_verb(morphemes, -3) else None
    if surfaces[-1] == "ます":
        # 入ります → 入りません: the 連用形 before ます stays.
        verb = morphemes[-2]
        return (2, verb.surface + "ません") if _polite_verb(morphemes, -2) else None
    last = morphemes[-1]
    if last.surface == "た" and last.pos_major == "助動詞":
        stem = _irrealis(morphemes, -2)
        return None if stem is None else (2, stem + "なかった")
    if _is_verb(last) and last.conjugation_form.startswith("終止形"):
        if last.lemma in _SCENE_VERBS:
            return None  # 「棚には椀が並ぶ」: a scene, whose denial is 並んでいない (round 51)
        stem = _irrealis(morphemes, -1)
        return None if stem is None else (1, stem + "ない")
    if last.pos_major == "形容詞" and last.conjugation_form.startswith("終止形"):
        stem = _adjective_stem(last)
        return None if stem is None else (1, stem + "ない")
    if surfaces[-1] == "です" and morphemes[-2].pos_major == "形容詞":
        stem = _adjective_stem(morphemes[-2])
        return None if stem is None else (2, stem + "ないです")
    return None


def _plain_verb(morphemes: list[Inflected], index: int) -> bool:
    """A verb that negates cleanly where it stands.

    Not the second half of a compound (減り続ける: 減り続けない denies only the
    continuing), and not an auxiliary after て (確認しておく, 食べてみる) except いる
    (減っている → 減っていない). Not a verb of saying or feeling: 「…」と振り返らなかった
    denies a report, 驚きませんでした a feeling; neither is a fact a reader can check.
    """
    verb = morphemes[index]
    if not _is_verb(verb) or verb.lemma in {"ある", "有る"}:
        # ある has no 未然形: its negative is the adjective ない.
        return False
    if verb.lemma in _SAYING_AND_FEELING:
        return False
    before = morphemes[index - 1] if len(morphemes) + index > 0 else None
    if before is None:
        return True
    if before.surface == "と" and before.pos_major == "助詞":
        return False  # …と話す, …と考える: a report, not a fact
    if before.pos_major == "動詞" and before.conjugation_form.startswith("連用形"):
        return False
    if before.surface in {"て", "で"} and before.pos_major == "助詞":
        return verb.lemma in {"いる", "居る"} and _plain_verb(morphemes, index - 2)
    return True


def _is_verb(morpheme: Inflected) -> bool:
    return morpheme.pos_major == "動詞" or morpheme.conjugation_type.startswith(_ICHIDAN_LIKE)


def _polite_verb(morphemes: list[Inflected], index: int) -> bool:
    """A verb before ます: あります → ありません needs no 未然形, so ある is fine here."""
    verb = morphemes[index]
    return _plain_verb(morphemes, index) or (
        verb.lemma in {"ある", "有る"} and morphemes[index - 1].surface != "で"
    )


def _irrealis(morphemes: list[Inflected], index: int) -> str | None:
    """The form before ない (未然形): 入る → 入ら, 食べる → 食べ, 確認する → 確認し."""
    verb = morphemes[index]
    if not _plain_verb(morphemes, index):
        return None
    kind = verb.conjugation_type
    if kind.startswith("五段"):
        row = kind.split("-", 1)[1] if "-" in kind else ""
        ending = _GODAN_IRREALIS.get(row)
        return verb.lemma[:-1] + ending if ending else None
    if kind.startswith(_ICHIDAN_LIKE):
        return verb.lemma[:-1]
    if kind.startswith("サ行変格"):
        # 確認し(ます): the verb is する after its noun; 愛する-like verbs end in する.
        return verb.lemma[:-2] + "し" if verb.lemma.endswith("する") else None
    return None


def _adjective_stem(adjective: Inflected) -> str | None:
    """多い → 多く, いい → よく: the form before ない."""
    lemma = adjective.lemma
    if lemma.endswith("ない"):
        # 少ない → 少なくない reads as a double negative.
        return None
    if lemma in {"いい", "良い", "よい"}:
        return "よく" if lemma != "良い" else "良く"
    return lemma[:-1] + "く" if lemma.endswith("い") else None
