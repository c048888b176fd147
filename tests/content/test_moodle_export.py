"""Moodle XML: the elements and attributes Moodle's importer (qformat_xml) reads, for every kind."""

import xml.etree.ElementTree as ET

import jaconv
import pytest

from content.exporting.moodle import build_quiz, category_path
from content.exporting.selection import exported_questions
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = make_article()
    # Every kind the generator makes, published, so that each note type is exercised
    # (the generator publishes only its best few, not every kind, on a short article).
    article.questions.update(status=QuestionStatus.PUBLISHED)
    # A typed cloze has one spelling from the generator (numbers are never typed); an
    # instructor may add another, and Moodle must accept it too.
    cloze = article.questions.filter(kind=QuestionKind.CLOZE).first()
    cloze.accepted_answers = [*cloze.accepted_answers, "せんごくぶね"]
    cloze.save(update_fields=["accepted_answers"])
    return article


@pytest.fixture
def parsed(article):
    questions = list(exported_questions(article=article))
    data = build_quiz(article=article, questions=questions)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    return questions, ET.fromstring(data)


def answers_of(element):
    return [
        (answer.get("fraction"), answer.get("format"), answer.findtext("text"))
        for answer in element.findall("answer")
    ]


def test_common_parts_of_every_question(parsed):
    questions, quiz = parsed
    assert quiz.tag == "quiz"
    items = [q for q in quiz.findall("question") if q.get("type") != "category"]
    assert len(items) == sum(q.kind != QuestionKind.VOCAB for q in questions)
    for item in items:
        assert item.get("type") in {"multichoice", "shortanswer", "truefalse"}
        assert item.findtext("name/text")
        assert item.find("questiontext").get("format") == "html"
        assert item.findtext("questiontext/text")
        assert item.find("generalfeedback").get("format") == "html"
        assert float(item.findtext("defaultgrade")) == 1.0
        assert 0 <= float(item.findtext("penalty")) <= 1
        assert item.findtext("idnumber").startswith("dokkai-")
        for answer in item.findall("answer"):
            assert answer.get("fraction") in {"0", "100"}
            assert answer.find("feedback") is not None


def test_each_kind_maps_to_its_moodle_type(parsed):
    questions, quiz = parsed
    items = [q for q in quiz.findall("question") if q.get("type") != "category"]
    by_idnumber = {item.findtext("idnumber"): item for item in items}
    seen = set()
    for question in questions:
        item = by_idnumber.get(f"dokkai-{question.fingerprint[:20]}")
        if question.kind == QuestionKind.VOCAB:
            assert item is None, "self-rated vocabulary has no Moodle equivalent"
            continue
        seen.add((question.kind, item.get("type")))
        if question.kind == QuestionKind.TRUEFALSE:
            assert item.get("type") == "truefalse"
            assert answers_of(item) == [
                ("100" if question.answer == "true" else "0", "moodle_auto_format", "true"),
                ("100" if question.answer == "false" else "0", "moodle_auto_format", "false"),
            ]
        elif question.choices:
            assert item.get("type") == "multichoice"
            assert item.findtext("single") == "true"
            assert item.findtext("shuffleanswers") == "true"
            assert item.findtext("answernumbering") == "abc"
            for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
                assert item.find(tag).get("format") == "html"
            answers = answers_of(item)
            assert sorted(text for _f, _fmt, text in answers) == sorted(question.choices)
            assert [text for fraction, _fmt, text in answers if fraction == "100"] == [
                question.answer
            ]
        else:
            assert item.get("type") == "shortanswer"
            assert item.findtext("usecase") == "0"
            texts = [text for fraction, _fmt, text in answers_of(item) if fraction == "100"]
            assert texts[0] == question.answer
            assert set(question.accepted_answers) <= set(texts)
    assert {("choice", "multichoice"), ("cloze", "shortanswer"), ("truefalse", "truefalse")} <= seen
    assert {("reading", "multichoice"), ("wh", "multichoice"), ("section", "multichoice")} <= seen
    cloze_with_variants = [
        q for q in questions if q.kind == QuestionKind.CLOZE and q.accepted_answers
    ]
    assert cloze_with_variants, "the sample has a cloze with another accepted spelling"


def test_questions_sit_in_a_category_per_article_section(article, parsed):
    questions, quiz = parsed
    categories = [q for q in quiz.findall("question") if q.get("type") == "category"]
    headings = [s.display_heading for s in article.sections.all() if s.questions.exists()]
    assert [c.findtext("category/text") for c in categories] == [
        f"$course$/top/{article.title}/{heading}" for heading in headings
    ]
    # Each question follows the category it belongs to.
    current = None
    for element in quiz.findall("question"):
        if element.get("type") == "category":
            current = element.findtext("category/text").rsplit("/", 1)[1]
            continue
        question = next(
            q for q in questions if f"dokkai-{q.fingerprint[:20]}" == element.findtext("idnumber")
        )
        assert question.section.display_heading == current


def test_category_path_escapes_slashes_as_moodle_does():
    assert category_path("A/B", "/lead", "end/") == "$course$/top/A//B/ //lead/end// "


def test_typed_reading_accepts_katakana(article):
    question = next(q for q in exported_questions(article=article) if q.kind == "reading")
    question.choices = []
    quiz = ET.fromstring(build_quiz(article=article, questions=[question]))
    item = quiz.find("question[@type='shortanswer']")
    texts = [a.findtext("text") for a in item.findall("answer")]
    assert texts == [question.answer, jaconv.hira2kata(question.answer)]
