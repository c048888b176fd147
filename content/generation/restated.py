"""A true statement in other words: the sentence's topic made the focus of a cleft.

    仲間の蜂は踊り手の後を追い、体の振動から情報を読み取る。
        → 踊り手の後を追い、体の振動から情報を読み取るのは、仲間の蜂です。

A section of explanation or advice has no figure, date or name to swap, and its one true
statement was the sentence as it stands: a copy, which tests that a reader recognises the
sentence, so it is held (standing.py). Rounds 181–185 left 23 sections of four sentences or
more with choice, reading and vocab questions and no fourth kind; 17 of them held such a
copy. The cleft says the same fact with its parts the other way round: a reader must know
what the predicate was said of. It has no false side, so it only fills a section's
statement, and each true one lets another section's false statement be published
(selection's balance).
"""

from content.analysis.tokens import tokenize

from .builders import LINKING_OPENER, shares_a_figure, stands_alone, statement_draft
from .clefts import THE_SAID_ONE, topic_cleft
from .corpus import AnalysedSentence, ArticleCorpus
from .drafts import QuestionDraft
from .printed_readings import without_printed_readings
from .standing import is_plain_fact
from .subjects import has_topic_beyond_a_frame

MAX_CHARS = 70
# Below the floor: one per section at most, as its true/false question, after any statement
# that swaps a figure (0.8 of its span's value) and before a spelling question's 0.40–0.50
# matters, as the kinds differ.
QUALITY = 0.45


def build_restated_truefalse(item: AnalysedSentence, corpus: ArticleCorpus) -> QuestionDraft | None:
    """The sentence's cleft as a true statement with no false side, or None."""
    text = LINKING_OPENER.sub("", item.sentence.text, count=1)
    if (
        text != without_printed_readings(text)
        or not stands_alone(item, corpus, text=text)
        or not is_plain_fact(text)
        or THE_SAID_ONE.search(text)
        or _topic_is_a_frame(text)
        or shares_a_figure(text, item.section.heading)
        or shares_a_figure(text, corpus.article.title)
    ):
        return None
    cleft = topic_cleft(text)
    if cleft is None:
        return None
    statement = f"{cleft[0]}、{cleft[1]}です。"
    if len(statement) > MAX_CHARS:
        return None
    draft = statement_draft(
        item,
        statement=statement,
        turned=statement,
        keep_true=True,
        start=0,
        end=len(item.sentence.text),
        original=item.sentence.text,
        replacement="",
        how="restated",
        variant="restated",
        difficulty=0.3,
        quality=QUALITY,
    )
    # Its own fingerprint: statement_draft calls every true side "as-is", and the copy that
    # standing.py holds for the same sentence would otherwise stand in for this one.
    draft.variant = "restated"
    return draft


def _topic_is_a_frame(text: str) -> bool:
    """A topic that is a time or a case (夜は, 祝日のときは): 「…休むのは、夜です」 says when,
    not what. A sentence opening on its subject (…が) has no topic to judge."""
    tokens = [token for token in tokenize(text) if token.pos_major != "空白"]
    has_topic = any(t.surface == "は" and t.pos.startswith("助詞-係助詞") for t in tokens)
    return has_topic and not has_topic_beyond_a_frame(tokens)
