"""Whether a statement names what it is about: a topic of its own (天守は) or the subject of
its last predicate (…、氷河全体の動きが速くなる), not a frame (夕方には), a relation whose
other side the sentence before holds (時間は, 転機は), or nothing (もとは松本の…三男だった).

A true/false statement is judged on its own, away from its neighbours: one that names
nothing leaves the reader asking whose or which (rounds 14 and 38).
"""

import re
from collections.abc import Iterator

# Times and frames (今年は, 以前は, 卒業後は) are no topic: 「今年は9月7日です」 is the drill's date.
_FRAME_SUFFIX = re.compile(r"(?:後|前|中|時|頃|ころ)$")
# 「もとは松本の呉服商の三男だった」: "originally", which Sudachi tags a plain noun (round 38);
# 「初回には…3人が集まった」: the first of what? (round 98)
_FRAME_WORDS = {
    "もと",
    "元",
    "もともと",
    "元々",
    "初回",
    "前回",
    "今回",
    "次回",
    "当初",
    "最初",
    "最後",
}
# 「時間は9時から11時30分までです」: the time of what? The heading says, not the sentence.
_RELATIONAL_TOPICS = {
    "時間",
    "場所",
    "日時",
    "理由",
    "原因",
    "結果",
    "目的",
    "方法",
    "答え",
    # 「価格は3,000円前後で…」: the price of what? The sentence before says (round 18).
    "価格",
    "値段",
    "料金",
    "費用",
    "大きさ",
    "重さ",
    "長さ",
    "高さ",
    "広さ",
    "数",
    "量",
    "割合",
    # 「転機は明治五年に訪れる」: whose turning point? (round 38)
    "転機",
    "きっかけ",
}


def has_topic_of_its_own(tokens: list) -> bool:
    """A topic of its own (天守は, 窓口は), not a frame (夕方には, 日本では): a subject (…が)
    may sit inside a clause (粉気がなくなるまで混ぜる), which leaves the statement an order."""
    return any(True for _ in _topic_nouns(tokens))


def has_topic_beyond_a_frame(tokens: list) -> bool:
    """A topic of its own that is no time or case of something either: 分館は, アブミ骨の長さは,
    not 祝日のときは, whose statement still leaves out what is open."""
    return any(not noun.pos.endswith("副詞可能") for noun in _topic_nouns(tokens))


def _topic_nouns(tokens: list) -> Iterator:
    """The nouns before a topic's は that name what the sentence is about."""
    for index, token in enumerate(tokens):
        if (
            index > 0
            and token.surface == "は"
            and token.pos.startswith("助詞")
            and tokens[index - 1].pos_major in {"名詞", "接尾辞"}
            and (_of_something(tokens, index - 1) or _topic_of_its_own(tokens[index - 1]))
        ):
            yield tokens[index - 1]


def has_a_subject(tokens: list) -> bool:
    """A noun with the case particle が, in any clause (藩が…と呼ばれる紙のお金を発行していた).
    Not a figure: 「初回には県内外から3人が集まった」 says three people came to what, and 「約59万匹
    が捕獲された」 fifty-nine thousand of what (round 98)."""
    subjects = [
        index - 1
        for index, token in enumerate(tokens)
        if index > 0
        and token.surface == "が"
        and token.pos.startswith("助詞-格助詞")
        and tokens[index - 1].pos_major in {"名詞", "接尾辞"}
    ]
    return any(not _ends_a_figure(tokens, position) for position in subjects) or (
        # 「鉄橋2か所の架け替えには、…約18億円が必要になる」: the figure is of the deed the
        # sentence names (round 78).
        bool(subjects) and _named_by_its_frame(tokens)
    )


def _named_by_its_frame(tokens: list) -> bool:
    """A noun of its own before には (架け替えには), not a time or a frame (2013年には, 初回には)."""
    return any(
        index > 0
        and token.surface == "に"
        and tokens[index + 1 : index + 2]
        and tokens[index + 1].surface == "は"
        # 架け替え is a verb's stem to Sudachi, and 「…を作るには」 a deed too
        and tokens[index - 1].pos_major in {"名詞", "動詞"}
        and not _ends_a_figure(tokens, index - 1)
        and _topic_of_its_own(tokens[index - 1])
        for index, token in enumerate(tokens)
    )


def _ends_a_figure(tokens: list, position: int) -> bool:
    """The token is a number or the counter right after one: 3人, 59万匹."""
    token = tokens[position]
    return token.is_number or (
        token.pos_major == "接尾辞" and position > 0 and tokens[position - 1].is_number
    )


def _topic_of_its_own(token) -> bool:
    return not (
        token.pos.endswith("副詞可能")
        or _FRAME_SUFFIX.search(token.surface)
        or token.surface in _FRAME_WORDS
        or token.surface in _RELATIONAL_TOPICS
    )


# 「アブミ骨の長さは」, 「話し声の多くは」: a length or a share of something the sentence names;
# 「北海道の冬は」, a season or a time of something named, as well.
_SHARES = {"多く", "大半", "半分", "一部", "半数", "大部分"}


def _of_something(tokens: list, position: int) -> bool:
    topic = tokens[position]
    return (
        (
            topic.surface in _RELATIONAL_TOPICS
            or topic.surface in _SHARES
            or topic.pos.endswith("副詞可能")
        )
        and position >= 2
        and tokens[position - 1].surface == "の"
        and tokens[position - 2].pos_major in {"名詞", "接尾辞"}
        and not tokens[position - 2].pos.endswith("副詞可能")
    )


# What may follow the main predicate: its endings (ます, た, ている, なる), and the full stop.
_PREDICATE_CHAIN = {"助動詞", "接尾辞"}


def has_main_subject(tokens: list) -> bool:
    """A noun subject of the sentence's last predicate (…、氷河全体の動きが速くなる。): a fact
    about something named, not a step addressed to the reader, nor a diary's line about an
    unnamed writer (乾かすのが夜の一番の仕事でした). A が inside a clause (粉気がなくなるまで
    混ぜる) is not it: its predicate is followed by more than endings. After 「…が、」 a
    predicate that modifies a noun (風で飛ばされやすい砂を) is passed over on the way to the
    subject's own."""
    for index, token in enumerate(tokens):
        if not (
            token.surface == "が"
            and token.pos.startswith("助詞-格助詞")
            and index > 0
            and tokens[index - 1].pos_major in {"名詞", "接尾辞"}
        ):
            continue
        rest = tokens[index + 1 :]
        for start, word in enumerate(rest):
            if not (
                word.pos_major in {"動詞", "形容詞"}
                # だ and です, not their adverbial に (急に減った: the verb is the predicate)
                or (
                    word.pos_major == "助動詞"
                    and word.lemma in {"だ", "です"}
                    and word.surface != "に"
                )
            ):
                continue
            end = start + 1
            while end < len(rest) and _ends_predicate(rest, end):
                end += 1
            if end == len(rest):
                return True
            # 「店の人が選んだ豆を…使う」: the が is the clause's own; only a comma after it
            # (草の根が、…砂を押さえている) carries it over the clause to the last predicate.
            if rest[end].pos_major != "名詞" or not rest[0].pos.startswith("補助記号-読点"):
                break
    return False


def _ends_predicate(tokens: list, position: int) -> bool:
    token = tokens[position]
    if token.pos_major in _PREDICATE_CHAIN or token.pos.endswith("非自立可能"):
        return True
    if token.pos.startswith("補助記号-句点") or token.surface in {"」", "』"}:
        return position == len(tokens) - 1 or all(
            word.pos.startswith("補助記号") for word in tokens[position:]
        )
    # 〜て いる, 〜て いく: て joins the predicate to its helper verb.
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        token.surface in {"て", "で"}
        and token.pos.startswith("助詞-接続助詞")
        and following is not None
        and following.pos.endswith("非自立可能")
    )
