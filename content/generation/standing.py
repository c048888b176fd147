"""A true statement as it stands: the sentence itself, for a prose section with no other.

Prose sections (a procedure, an explainer, a guide in easy Japanese) have no second name
or figure to swap, and their sentences have several clauses: denying only the last one
failed blind review (round 9), so they had no true/false question at all. A sentence that
states a plain fact on its own is still a fair true statement as it stands, and round 14's
reviewers accepted such statements (the "as-is" half of the negated builder):

    多くのクリニックは、月曜日から金曜日の午前9時から午後6時まで開いています。 → true

The whole sentence is kept: cutting a clause off may leave something untrue on its own
(a condition …すると、, a setting 深海には…ため、). Only a word that links it to the sentence
before (また、, しかし, その後、) is left off, and the rest must stand alone. Only a sentence a reader can judge without
its neighbours qualifies: a topic of its own, a predicate, no pointer or speaker's
voice (`stands_alone`), list intro, quotation, advice, hedge, wish, feeling or memory.

Such a statement is always true, a filler, and copied from its sentence: it tests that a
reader recognises the sentence, not that they understood it. Teachers judging blind in rounds
37 and 38 passed 4 of 13 that named no person, place or organisation and held no figure, and
4 of 6 that did. In rounds 42–54, seven reviewers failed every such statement they were
given (51a, 52a, 52b and 54a among them) and eleven passed theirs. Every one is now held: a
draft an instructor may publish. Holding them cost our eight articles four of their 29
sections with four kinds (25/55), which we take over statements a teacher would send back.

Turning the sentence round is no way out: session 38 published the topic as a cleft's focus
(「…情報を読み取るのは、仲間の蜂です。」, true in other structure), and a teacher judging blind
failed all 19 as the sentence copied and flipped, answered by finding the phrase.
"""

import re

from content.analysis.tokens import tokenize

from .builders import (
    LINKING_OPENER,
    ORDINAL,
    in_speakers_voice,
    shares_a_figure,
    stands_alone,
    statement_draft,
)
from .corpus import AnalysedSentence, ArticleCorpus
from .drafts import QuestionDraft
from .printed_readings import without_printed_readings
from .subjects import has_main_subject, has_topic_of_its_own

MIN_CHARS, MAX_CHARS = 15, 70
# Below the negated statement's 0.5: a statement that may be false goes first.
QUALITY = 0.4

# An opening that continues, orders or answers what came before.
_LEANING_OPENING = re.compile(
    r"^(?:まず|しかも|ですから|だから|なので|それから|すると|では、|次に|つぎに|最後に|最初に|はじめに|そして|ただ|なお|"
    r"ところが|それでも|むしろ|実際|実は|たとえば|例えば|反対に|逆に|特に|ほかにも|他にも|"
    rf"次は|今回|ええ|はい|いいえ|もちろん|もう一方|ほかの|他の|以後|以来|{ORDINAL})"
)
# Pointers inside the sentence: to a list (次の三つ, 下の もの), a place or a body named before.
_POINTS_ELSEWHERE = re.compile(
    r"次[の（]|つぎの|以下|本記事|本稿|記事|でも、|下記|下の|下（した）の|ここ|こちら|今回|"
    r"同(?=[ァ-ヺ\u4e00-\u9fff])(?!時|様|一|等|士)"
)
# Advice, requests, permission and rules addressed to the reader.
_ADVICE = re.compile(
    r"ましょう|ください|なさい|てもいい|でもいい|てもよい|てもかまわ|てもかまいません|"
    r"てはいけ|ではいけ|ないように|ほうが|方が|といい|とよい|と安心|おすすめ|お勧め|"
    r"勧め|がいい|大切|大事|必要があ|べき|目安"
)
# Hedges, reports, guesses and wishes: what someone thinks, not what the article states.
_HEDGE = re.compile(
    r"でしょう|だろう|かもしれ|と思|と考え|とみられ|と見られ|と言われ|といわれ|とされ|"
    r"と伝えられ|らしい|はず|可能性|(?:そう|よう)(?:です|だ)[。」]?$|という[。」]?$|"
    r"たい(?:です|と)|たい[。」]?$"
)
# Feelings and memories: the speaker's, and no fact.
_FEELING = re.compile(
    r"うれし|嬉し|楽し|残念|悲し|さびし|寂し|感動|驚|涙|心に残|好き|嫌い|心配|不安|安心|"
    r"感じ|覚え|思い出|忘れ|気がつ|気づ|期待|願|ほっと|困|悩|びっくり|途方|想像"
)
# A thesis a reader would call true unread (round 37): a denial (「睡眠は、単なる休息の時間では
# ない」), a bond of two things (「睡眠とホルモンは切っても切れない関係にある」), or what one
# can do (「ごみを分けると、資源として…使うことができます」; round 36's 「…話すことができます」).
_THESIS = re.compile(
    r"(?:ではない|ではありません|じゃない|関係に(?:ある|あります)|関係が(?:ある|あります)|"
    r"ことが\s*でき(?:る|ます))[。」]?$"
)
# A telephone number is looked up, not learnt: a statement of one is trivia.
_PHONE_NUMBER = re.compile(r"\d{2,4}-\d{2,4}-\d{3,4}")
# A quotation (「本は町の宝です」と話した) is someone's words; a short name in brackets
# (「底面滑り」と呼ばれる, 「ごみステーション」に出す) is a term, and a fact about it stands.
_QUOTED = re.compile(r"「[^」]*[、。！？!?][^」]*」|「[^」]{13,}」|」と(?!呼)")
# An answer to an interviewer's question (「若い職人を育てることです。」) leans on it.
_ANSWER_ENDING = re.compile(r"こと(?:です|だ|である)[。」]?$")


def build_standing_truefalse(item: AnalysedSentence, corpus: ArticleCorpus) -> QuestionDraft | None:
    """The sentence as a true statement, or None when it is no plain fact that stands alone."""
    statement = LINKING_OPENER.sub("", item.sentence.text, count=1)
    if not (stands_alone(item, corpus, text=statement) and is_plain_fact(statement)):
        return None
    if shares_a_figure(statement, item.section.heading) or shares_a_figure(
        statement, corpus.article.title
    ):
        # 「花粉症は、大きく分けて二つの段階を経て起こる。」 under 「発症までの二つの段階」:
        # true for anyone who read the heading (round 23), or the title: 「…2027年4月の発足を
        # 目指す」 under 「…2027年4月に統合へ」 (round 48).
        return None
    return filler_statement(item, statement=statement, how="as_it_stands", variant="as-is")


def filler_statement(
    item: AnalysedSentence, *, statement: str, how: str, variant: str
) -> QuestionDraft:
    """A statement that is always true and has no false side: held for instructors, never
    published (see the module's note)."""
    draft = statement_draft(
        item,
        statement=statement,
        turned=statement,
        keep_true=True,
        start=0,
        end=len(item.sentence.text),
        original=item.sentence.text,
        replacement="",
        how=how,
        variant=variant,
        difficulty=0.2,
        quality=QUALITY,
    )
    draft.extra["held"] = True
    return draft


def unfit_statement(text: str) -> bool:
    """A quotation, a number to look up, a pointer, advice, a hedge, a feeling, a thesis, an
    answer leaning on its question or an opening that continues: no fact to judge as it stands."""
    return bool(
        _QUOTED.search(text)
        or _PHONE_NUMBER.search(text)
        or re.search(r"[『“\"(（]", text)
        or any(
            pattern.search(text)
            for pattern in (_POINTS_ELSEWHERE, _ADVICE, _HEDGE, _FEELING, _ANSWER_ENDING, _THESIS)
        )
        or _LEANING_OPENING.match(text)
    )


def is_plain_fact(text: str) -> bool:
    """A declarative sentence of 15–70 characters (printed readings aside) that states a fact
    of its own: a topic (…は), a predicate, no quotation and nothing from the list above."""
    # 口座（こうざ）: easy Japanese prints readings; they are not counted as the length.
    read = without_printed_readings(text)
    if not MIN_CHARS <= len(read) <= MAX_CHARS or unfit_statement(read):
        return False
    every_token = [token for token in tokenize(read) if not token.pos.startswith("空白")]
    tokens = [token for token in every_token if not token.pos.startswith("補助記号")]
    if not tokens or tokens[-1].pos_major not in {"動詞", "形容詞", "助動詞"}:
        return False
    if _unnamed_actor(read):
        return False
    if has_main_subject(every_token) and not in_speakers_voice(read):
        return True
    return has_topic_of_its_own(tokens)


# 「駅を出ると、…門が目に入りました」: who left the station? In a told past, an opening
# condition with no subject of its own is the writer's (a time passing, 16世紀に入ると, is
# no one's; a general 「夜の露にあたると、梅の皮は…なる」 is the plum's).
_OPENING_CONDITION = re.compile(r"^([^、。]+?)(?:と|たら|だら|ば)、")
_TOLD_PAST = re.compile(r"(?:た|だ|ました|でした)[。」]?$")
_TIME_PASSING = re.compile(
    r"(?:年|世紀|月|時代|頃|ごろ|春|夏|秋|冬|季節|時間|半ば|末|初め|前半|後半|代)に(?:入る|なる)$"
)


def _unnamed_actor(text: str) -> bool:
    opening = _OPENING_CONDITION.match(text)
    if opening is None or not _TOLD_PAST.search(text):
        return False
    clause = opening.group(1)
    return not (re.search(r"[がは]", clause) or _TIME_PASSING.search(clause))
