"""An interviewee's line as a true statement about them: 「森下さんは、朝はまず神棚に手を合わせて
から、炉に火を入れます。」

Why: an interview's answers are in the interviewee's voice and leave their subject, the
speaker, unnamed, so none stands as a statement (round 15 failed 「機械で作る包丁を否定する
気持ちはまったくありません」), and interview sections had no true/false question at all
(rounds 10–17: reading, vocab and which-section only). Named, the same line is a fact a
reader of the interview can judge: what the person does, did or thinks they do.

Only a line with no subject of its own qualifies, for the name becomes its subject:
「最近は、…買い替える方も増えました」 is about customers, and 「炭の大きさがそろって
いないと、火の温度がむらになるんです」 about charcoal. Nor a line that points elsewhere, speaks
to the interviewer (…んです, …ですね), advises, hedges or quotes, or a first person
(私は…), whose voice a name would not replace cleanly.

The interviewee is the person the article names with さん most often outside its credits;
the interviewer's own questions (――…) and the narrator's plain lines are not theirs.
Always true, so it is a filler, published as one is (standing.py).
"""

import re

from content.analysis.tokens import tokenize

from .builders import (
    _POINTER_INSIDE,
    _starts_with_pointer,
    in_speakers_voice,
    needs_its_speaker,
)
from .corpus import AnalysedSentence, ArticleCorpus
from .drafts import QuestionDraft
from .standing import MAX_CHARS, MIN_CHARS, filler_statement, unfit_statement

# A verb's polite ending: what the speaker does or did. A noun's (…作ったパンでした) answers
# the question about it, and 「森田さんは、…パンでした」 says the person is the bread.
_POLITE_VERB_ENDING = re.compile(r"(?:ます|ました|ません|ませんでした)$")
# Verbs of being, becoming and selling, whose subject is a thing: 「…売れます」, 「…なりました」.
_STATE_VERBS = {"ある", "いる", "なる", "売れる", "できる", "出る", "減る", "増える"}
# A noun marked as the subject or topic of its own (方も, 炭が, 窯は): the line is not about
# the speaker. A time or a frame (朝は, 最初の三年ほどは, 工房では) is no subject.
_FRAME = re.compile(
    r"(?:朝|昼|夜|夕方|午前中?|午後|春|夏|秋|冬|毎日|週末|平日|休日|普段|最初|最近|今|昔|当時|"
    r"頃|ころ|ほど|間|年|日|中|後|前)$"
)


def build_attributed_truefalse(
    item: AnalysedSentence, corpus: ArticleCorpus
) -> QuestionDraft | None:
    """The interviewee's line with their name as its subject, or None."""
    name = corpus.interviewee
    if name is None or not item.is_statement:
        return None
    text = item.sentence.text.strip("「」")
    if (
        not MIN_CHARS <= len(text) <= MAX_CHARS
        or not _POLITE_VERB_ENDING.search(text.rstrip("。"))
        or name in text
        or _starts_with_pointer(text)
        or _POINTER_INSIDE.search(text)
        or needs_its_speaker(text)
        or in_speakers_voice(text)
        or unfit_statement(text)
        or _has_subject(text)
    ):
        return None
    # The last line of an answer ends at its closing bracket: the statement ends as a sentence.
    statement = f"{name}さんは、{text.rstrip('。')}。"
    return filler_statement(item, statement=statement, how="attributed", variant="attributed")


def _has_subject(text: str) -> bool:
    """A noun marked は, が or も that is no time or frame: the line has a subject of its own.
    So has one whose last verb tells what a thing is or becomes (…80個ほど売れます: the bread
    sells, not the baker)."""
    tokens = [token for token in tokenize(text) if not token.pos.startswith("空白")]
    # A helper after て (していました) is not the verb that tells.
    verbs = [
        token
        for index, token in enumerate(tokens)
        if token.pos_major == "動詞" and not (index and tokens[index - 1].surface in {"て", "で"})
    ]
    if verbs and verbs[-1].lemma in _STATE_VERBS:
        return True
    for index, token in enumerate(tokens[1:], start=1):
        before = tokens[index - 1]
        if (
            token.surface in {"は", "が", "も"}
            and token.pos.startswith("助詞")
            # 「アイゴの南蛮漬け」が: a name in brackets is a noun too, and so is
            # 使えるのは (what can be used) made a noun by の.
            and (
                before.pos_major in {"名詞", "接尾辞", "代名詞"}
                or before.surface in {"」", "）"}
                or (before.surface == "の" and before.pos.startswith("助詞-準体助詞"))
            )
            and not _FRAME.search(before.surface)
        ):
            return True
    return False
