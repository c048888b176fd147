"""Feedback that teaches: the card's sentence with furigana in the learner's mode, and a gloss."""

from difflib import SequenceMatcher

from config.url_formats import formatted_reverse
from content.analysis.furigana import has_digit
from content.analysis.glossary import dictionary_entry, entry_in_text, kanji_meanings
from content.models import Question, QuestionKind
from content.reading import FuriganaMode, sentence_html, words_of
from quizzes.models import LearnerSettings
from quizzes.words import known_words

# Kinds whose answer is not a word of the sentence (true/false, a heading), and vocabulary,
# whose back already gives the meaning.
_NO_ANSWER_GLOSS = {QuestionKind.TRUEFALSE, QuestionKind.SECTION, QuestionKind.VOCAB}


def answer_gloss(question: Question, words) -> str:
    """The answer word's English gloss: stored with the question, else JMdict by dictionary form."""
    if question.kind in _NO_ANSWER_GLOSS:
        return ""
    if "gloss" in question.extra:
        # Stored with the question, even empty: a spelling question whose word has several
        # senses shows none rather than JMdict's first (content/generation/spellings.py).
        return question.extra["gloss"]
    covered = [
        word
        for word in words
        if question.answer_start is not None
        and word.start < question.answer_end
        and word.end > question.answer_start
    ]
    if len(covered) == 1 and covered[0].lemma:
        word = covered[0]
        entry = entry_in_text(
            lemma=word.lemma, surface=word.surface, reading=word.reading, pos=word.pos
        )
    else:
        text = question.extra.get("word") or question.answer
        entry = None if has_digit(text) else dictionary_entry(text)
    return entry.gloss if entry else ""


def teaching(*, question: Question, learner: LearnerSettings | None, user) -> dict:
    """What the feedback shows below the answer: the sentence (furigana in the learner's
    mode, the answer or the swapped span marked), the answer's gloss and a link to the
    sentence in the reader. The feedback template's `teach` partial reads these."""
    mode = learner.furigana_mode if learner else FuriganaMode.ALL
    sentence = question.sentence
    highlight = question.feedback_highlight
    if sentence is None:  # the sentence left the article on a re-import; the question kept its copy
        return {"sentence_html": None, "highlight": highlight, "gloss": "", "reader_url": ""}
    words = words_of(sentence)
    known = frozenset()
    # A study request of an article deck read with the settings whether the learner knows any
    # word (`knows_words`): a learner who knows none is spared the look-up.
    if mode == FuriganaMode.UNKNOWN and getattr(learner, "knows_words", True):
        # Only the sentence's own words: what the learner knows of any other does not show.
        among = [text for word in words for text in (word.lemma, word.surface)]
        known = known_words(user=user, among=among)
    return {
        "sentence_html": sentence_html(words, mode=mode, known=known, highlight=highlight),
        "highlight": highlight,
        "gloss": answer_gloss(question, words),
        "reader_url": formatted_reverse("quizzes:reader", slug=question.article.slug)
        + f"#s-{sentence.pk}",
    }


def kanji_contrast(question: Question, response: str) -> list[tuple[str, str, str, str]]:
    """For a spelling question answered with a wrong spelling, each kanji it got wrong: the
    right one and the one chosen, with their meanings (木 "tree, wood", not 目 "eye, class").
    A wrong answer then teaches why the word is written so, not only how (a walker)."""
    answer = question.answer
    if not question.extra.get("spelling") or response == answer or len(response) != len(answer):
        return []
    return [
        (right, ", ".join(kanji_meanings(right)), wrong, ", ".join(kanji_meanings(wrong)))
        for right, wrong in zip(answer, response, strict=True)
        if right != wrong
    ]


def typed_difference(
    question: Question, response: str, correct: bool | None
) -> list[tuple[str, bool]]:
    """A wrong typed answer in pieces, each with whether it differs from the nearest accepted
    answer: こむぎ[ご] for こむぎこ. A learner compared them by eye (a walker; Anki marks them)."""
    if correct is not False or question.choices or not response:
        return []
    accepted = [question.answer, *question.accepted_answers]
    nearest = max(accepted, key=lambda answer: SequenceMatcher(None, response, answer).ratio())
    matcher = SequenceMatcher(None, response, nearest)
    if matcher.ratio() < 0.5:
        return []  # another word altogether: nothing to mark in it
    return [
        (response[start:end], tag != "equal")
        for tag, start, end, _other_start, _other_end in matcher.get_opcodes()
        if end > start
    ]
