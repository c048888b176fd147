"""Published questions as Moodle XML, importable into a Moodle question bank.

Choice, reading, which-section and wh questions with options become
``multichoice``; typed questions (cloze, reading or wh without options)
``shortanswer`` with every accepted answer at 100%; true/false ``truefalse``.
Vocabulary cards are rated by the learner, which no Moodle question type
grades, so they stay out. Each section gets its own category under the article's.
"""

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from itertools import groupby

import jaconv
from django.utils.html import escape
from django.utils.translation import gettext as _

from content.models import Article, Question, QuestionKind

EXPORTED_KINDS = frozenset(QuestionKind) - {QuestionKind.VOCAB}


def category_path(*names: str) -> str:
    """Moodle's category path: '/' inside a name is doubled, edges padded (its own rule)."""
    escaped = []
    for name in names:
        part = name.replace("/", "//")
        if part.startswith("/"):
            part = " " + part
        if part.endswith("/"):
            part += " "
        escaped.append(part)
    return "/".join(["$course$", "top", *escaped])


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def _feedback(parent: ET.Element, value: str = "") -> None:
    _text(parent, "feedback", value)


def _question_html(question: Question) -> str:
    prompt = f"<p>{escape(question.prompt)}</p>"
    if question.instruction:
        prompt = f"<p>{escape(question.instruction)}</p>{prompt}"
    if question.answer_reading:
        # A typed name says what it asks and how it is read (兼六園, けんろくえん).
        hint = _("Reading of the answer: %(reading)s") % {"reading": question.answer_reading}
        prompt += f"<p>{escape(hint)}</p>"
    return prompt


def _general_feedback(question: Question) -> str:
    before, answer, after = question.highlighted_source
    sentence = f"{escape(before)}<mark>{escape(answer)}</mark>{escape(after)}" if answer else ""
    parts = [f"<blockquote>{sentence or escape(before)}</blockquote>"] if before or answer else []
    if question.extra.get("gloss"):
        parts.append(f"<p>{escape(question.extra['gloss'])}</p>")
    if question.explanation:
        parts.append(f"<p>{escape(question.explanation)}</p>")
    return "".join(parts)


def _moodle_type(question: Question) -> str:
    if question.kind == QuestionKind.TRUEFALSE:
        return "truefalse"
    return "multichoice" if question.choices else "shortanswer"


def _typed_answers(question: Question) -> list[str]:
    """Every spelling Dokkai accepts; a reading also in katakana, as Dokkai grades it."""
    answers = [question.answer, *question.accepted_answers]
    if question.kind == QuestionKind.READING:
        answers += [jaconv.hira2kata(answer) for answer in answers]
    return list(dict.fromkeys(answers))


def _question(quiz: ET.Element, question: Question) -> None:
    moodle_type = _moodle_type(question)
    element = ET.SubElement(quiz, "question", {"type": moodle_type})
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = f"{question.get_kind_display()}: {question.prompt[:60]}"
    _text(element, "questiontext", _question_html(question))
    _text(element, "generalfeedback", _general_feedback(question))
    ET.SubElement(element, "defaultgrade").text = "1.0000000"
    ET.SubElement(element, "penalty").text = (
        "0.3333333" if moodle_type != "truefalse" else "1.0000000"
    )
    ET.SubElement(element, "hidden").text = "0"
    # Stable across exports, so that re-importing can be matched to the same question.
    ET.SubElement(element, "idnumber").text = f"dokkai-{question.fingerprint[:20]}"
    if moodle_type == "multichoice":
        ET.SubElement(element, "single").text = "true"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        ET.SubElement(element, "showstandardinstruction").text = "0"
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _text(element, tag, "")
        for option, label in question.labelled_choices:
            fraction = "100" if option == question.answer else "0"
            answer = _text(element, "answer", escape(label))
            answer.set("fraction", fraction)
            _feedback(answer)
    elif moodle_type == "shortanswer":
        ET.SubElement(element, "usecase").text = "0"
        for accepted in _typed_answers(question):
            answer = _text(element, "answer", accepted, fmt="moodle_auto_format")
            answer.set("fraction", "100")
            _feedback(answer)
    else:
        for value in ("true", "false"):
            answer = _text(element, "answer", value, fmt="moodle_auto_format")
            answer.set("fraction", "100" if question.answer == value else "0")
            _feedback(answer)


def build_quiz(*, article: Article, questions: Iterable[Question]) -> bytes:
    """The Moodle XML file as UTF-8 bytes, one category per section in reading order."""
    quiz = ET.Element("quiz")
    exported = [question for question in questions if question.kind in EXPORTED_KINDS]
    for section, group in groupby(exported, key=lambda question: question.section):
        heading = section.display_heading if section else _("No longer in the article")
        category = ET.SubElement(quiz, "question", {"type": "category"})
        path = ET.SubElement(category, "category")
        ET.SubElement(path, "text").text = category_path(article.title, heading)
        _text(category, "info", "", fmt="moodle_auto_format")
        for question in group:
            _question(quiz, question)
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True)
