"""Finding a sentence of an analysed article, a span or a token of it by its text, the
wrong options picked for a span, and the spans found in a sentence."""

from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.distractors import pick_distractors


def sentence_starting(corpus, opening: str):
    """The article's analysed sentence that starts with `opening`."""
    return next(item for item in corpus.sentences if item.sentence.text.startswith(opening))


def sentence_with(corpus, text: str):
    """The article's analysed sentence that holds `text`."""
    return next(item for item in corpus.sentences if text in item.sentence.text)


def span_of(item, text: str):
    """The sentence's answer span whose text is `text`."""
    return next(span for span in item.spans if span.text == text)


def token_of(item, surface: str):
    """The sentence's token written `surface`."""
    return next(token for token in item.tokens if token.surface == surface)


def options_of(corpus, opening: str, answer: str) -> list[str]:
    """The wrong options picked for `answer` in the sentence that starts with `opening`."""
    item = sentence_starting(corpus, opening)
    return pick_distractors(span_of(item, answer), corpus=corpus, sentence_text=item.sentence.text)


def span_types(text: str) -> dict[str, str]:
    """Each answer span found in `text`, by its text, with its type."""
    return {span.text: span.type for span in find_spans(text, tokenize(text))}
