"""An article's (or some sections') published questions as an Anki package, built with genanki.

One note type per question kind, all with the same fields; cards look like
Dokkai's feedback. Note GUIDs come from the question's fingerprint, so importing
a later export updates the notes already in Anki instead of adding copies.
"""

import hashlib
import io
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable

import genanki
from django.utils.html import escape
from django.utils.translation import gettext as _

from content.exporting.furigana import anki_furigana, word_furigana
from content.models import KIND_INSTRUCTIONS, Article, Question, QuestionKind, Section

FIELDS = [
    "Prompt",
    "Answer",
    "AlsoAccepted",
    "Options",
    "Sentence",
    "Reading",
    "Word",
    "Gloss",
    "Explanation",
    "Section",
    "Article",
]
# Typed in Dokkai when a question has no options: Anki's {{type:…}} compares the answer.
TYPED = "{{^Options}}{{type:Answer}}{{/Options}}"
OPTIONS = '{{#Options}}<ol class="options">{{Options}}</ol>{{/Options}}'

CSS = """
.card { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif;
  font-size: 20px; line-height: 1.7; color: #1f2328; background: #fbfaf7; text-align: left;
  max-width: 40em; margin: 0 auto; padding: .5em 1em; }
.nightMode.card, .night_mode .card { color: #e8e6e3; background: #15171a; }
.kind { display: inline-block; font-size: .7em; border: 1px solid #e3e0d8; border-radius: 999px;
  padding: 0 .7em; color: #5b6270; }
.instruction, .muted { color: #5b6270; font-size: .85em; }
.prompt { font-size: 1.25em; font-weight: 600; margin: .4em 0; }
.word { font-size: 2em; }
.options { padding-left: 1.6em; }
.answer strong { color: #1a7f37; }
mark { background: #fff1b8; color: inherit; padding: 0 .1em; border-radius: 3px; }
.nightMode mark { background: #5a4a00; }
.source { border-left: 3px solid #e3e0d8; margin: .8em 0; padding-left: .8em; }
ruby rt { font-size: .55em; }
"""


def _stable_id(*parts: object) -> int:
    """An id Anki keeps across exports (genanki asks for ids in [2^30, 2^31))."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4]) % (1 << 30)


def _front(kind: QuestionKind) -> str:
    badge = f'<div class="kind">{escape(kind.label)}</div>'
    # A kind that asks one thing says it on the front; another kind's question that needs
    # saying (a choice of kanji) says it in its prompt (note_fields).
    if kind in KIND_INSTRUCTIONS:
        body = (
            f'<p class="instruction">{escape(str(KIND_INSTRUCTIONS[kind]))}</p>'
            f'<div class="prompt">{{{{Prompt}}}}</div>{OPTIONS}'
        )
    elif kind == QuestionKind.VOCAB:
        body = '<div class="prompt word">{{Prompt}}</div><p class="context">{{Sentence}}</p>'
    elif kind == QuestionKind.READING:
        body = f'<div class="prompt">{{{{Prompt}}}}</div><p class="context">{{{{Sentence}}}}</p>{OPTIONS}{TYPED}'
    elif kind == QuestionKind.CLOZE:
        body = '<div class="prompt">{{Prompt}}</div>{{type:Answer}}'
    else:
        body = f'<div class="prompt">{{{{Prompt}}}}</div>{OPTIONS}{TYPED}'
    return badge + body


def _back(kind: QuestionKind) -> str:
    if kind == QuestionKind.VOCAB:
        answer = (
            '<p class="word">{{furigana:Word}}</p>'
            f"{{{{#Gloss}}}}<p>{escape(_('Meaning'))}: {{{{Gloss}}}}</p>{{{{/Gloss}}}}"
        )
    elif kind == QuestionKind.READING:
        answer = '<p class="word">{{furigana:Word}}</p>'
    else:
        answer = (
            f'<p class="answer">{escape(_("Correct answer"))}: <strong>{{{{Answer}}}}</strong>'
            '{{#Gloss}} <span class="muted">— {{Gloss}}</span>{{/Gloss}}</p>'
            f'{{{{#AlsoAccepted}}}}<p class="muted">{escape(_("Also accepted"))}: '
            "{{AlsoAccepted}}</p>{{/AlsoAccepted}}"
        )
    return (
        '{{FrontSide}}<hr id="answer">'
        + answer
        + '<blockquote class="source">{{furigana:Reading}}</blockquote>'
        + '{{#Explanation}}<p class="muted">{{Explanation}}</p>{{/Explanation}}'
        + '<p class="muted">{{Article}} › {{Section}}</p>'
    )


def note_type(kind: QuestionKind) -> genanki.Model:
    """The note type of one kind; its id and name never change, so Anki updates it in place."""
    return genanki.Model(
        _stable_id("dokkai-note-type", kind.value),
        f"Dokkai · {kind.value}",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": kind.value, "qfmt": _front(kind), "afmt": _back(kind)}],
        css=CSS,
        sort_field_index=0,
    )


def _sentence_html(question: Question) -> str:
    before, answer, after = question.highlighted_source
    if not answer:
        return escape(before)
    return f"{escape(before)}<mark>{escape(answer)}</mark>{escape(after)}"


def _reading(question: Question) -> str:
    sentence = question.sentence
    analysis = sentence.analysis if sentence and sentence.text == question.source_text else None
    mark = None
    if question.answer_start is not None and question.answer_end is not None:
        mark = (question.answer_start, question.answer_end)
    return anki_furigana(question.source_text, analysis, mark=mark)


def _swap_note(question: Question) -> str:
    """What a false statement changed, as Dokkai's feedback says it."""
    extra = question.extra or {}
    if question.kind != QuestionKind.TRUEFALSE or not extra.get("swapped"):
        return ""
    return _("The statement said “%(swapped)s”; the article says “%(original)s”.") % {
        "swapped": extra["swapped"],
        "original": extra.get("original", ""),
    }


def note_fields(question: Question) -> list[str]:
    """The note's fields as HTML, in FIELDS order."""
    extra = question.extra or {}
    word = extra.get("word") or (question.prompt if question.kind == QuestionKind.VOCAB else "")
    section = question.section.display_heading if question.section else ""
    prompt = escape(question.prompt)
    if question.instruction and question.kind not in KIND_INSTRUCTIONS:
        prompt = f'<p class="instruction">{escape(question.instruction)}</p>{prompt}'
    if question.answer_reading:
        hint = _("Reading of the answer: %(reading)s") % {"reading": question.answer_reading}
        prompt += f'<p class="hint">{escape(hint)}</p>'
    return [
        prompt,
        escape(question.answer_label),
        escape(" / ".join(question.accepted_answers)),
        "".join(f"<li>{escape(label)}</li>" for _value, label in question.labelled_choices),
        _sentence_html(question),
        _reading(question),
        word_furigana(extra.get("furigana"), word) if word else "",
        escape(extra.get("gloss", "")),
        escape(" ".join(filter(None, [_swap_note(question), question.explanation]))),
        escape(section),
        escape(question.article.title),
    ]


def _tag(text: str) -> str:
    # Anki splits tags on spaces.
    return "_".join(text.split())


def note_tags(question: Question) -> list[str]:
    """The article slug, the section (under the slug) and the kind."""
    slug = _tag(question.article.slug)
    section = question.section.display_heading if question.section else ""
    return [slug, f"{slug}::{_tag(section)}" if section else slug, question.kind]


def note_guid(question: Question) -> str:
    return genanki.guid_for("dokkai", question.article.slug, question.fingerprint)


def _deck_name(article: Article, section: Section | None) -> str:
    # "::" nests decks in Anki; a title that holds it must not.
    title = article.title.replace("::", ":")
    if section is None:
        return f"Dokkai::{title}"
    return (
        f"Dokkai::{title}::{section.position + 1:02d} {section.display_heading.replace('::', ':')}"
    )


def build_package(
    *, article: Article, questions: Iterable[Question], timestamp: float | None = None
) -> bytes:
    """The .apkg bytes: one subdeck per section under the article's deck."""
    models = {kind: note_type(kind) for kind in QuestionKind}
    decks: dict[int | None, genanki.Deck] = {}
    for question in questions:
        section = question.section
        key = section.pk if section else None
        if key not in decks:
            decks[key] = genanki.Deck(
                _stable_id("dokkai-deck", article.slug, key or ""),
                _deck_name(article, section),
            )
        decks[key].add_note(
            genanki.Note(
                model=models[QuestionKind(question.kind)],
                fields=note_fields(question),
                guid=note_guid(question),
                tags=note_tags(question),
            )
        )
    if not decks:
        decks[None] = genanki.Deck(
            _stable_id("dokkai-deck", article.slug, ""), _deck_name(article, None)
        )
    return _package_bytes(genanki.Package(list(decks.values())), timestamp or time.time())


def build_words_package(
    *, owner_key: str, name: str, questions: Iterable[Question], timestamp: float | None = None
) -> bytes:
    """A learner's own words kept from the reader, as one deck of vocabulary notes. The deck's
    id follows the owner, so that importing it again updates the same deck in Anki."""
    model = note_type(QuestionKind.VOCAB)
    deck = genanki.Deck(_stable_id("dokkai-words", owner_key), f"Dokkai::{name.replace('::', ':')}")
    for question in questions:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=note_fields(question),
                guid=note_guid(question),
                tags=note_tags(question),
            )
        )
    return _package_bytes(genanki.Package([deck]), timestamp or time.time())


def _package_bytes(package: genanki.Package, timestamp: float) -> bytes:
    """genanki's write_to_file, but in memory and without leaving its temporary database behind."""
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "collection.anki2")
        connection = sqlite3.connect(path)
        package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
        connection.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(path, "collection.anki2")
            archive.writestr("media", "{}")
        return buffer.getvalue()
