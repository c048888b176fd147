"""Anki packages verified by Anki itself: imported into a fresh collection and rendered."""

import html
import re
from io import StringIO

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from django.core.management import CommandError, call_command

from content.exporting.anki import FIELDS, build_package, note_guid
from content.exporting.furigana import anki_furigana
from content.exporting.selection import exported_questions
from content.models import KIND_INSTRUCTIONS, QuestionKind, QuestionStatus, Sentence
from content.questions import edit_question
from tests.factories import make_article, make_user
from tests.quizzes.test_reader import word_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = make_article()
    # Every kind the generator makes, published, so that each note type is exercised
    # (the generator publishes only its best few, not every kind, on a short article).
    article.questions.update(status=QuestionStatus.PUBLISHED)
    return article


@pytest.fixture
def collection(tmp_path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_into(collection: Collection, data: bytes, path) -> None:
    path.write_bytes(data)
    collection.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=False)
        )
    )


def text_of(html: str) -> str:
    """What a reader sees: tags and the card's <style> dropped, whitespace collapsed."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    html = re.sub(r"<rt>(.*?)</rt>", r"(\1)", html)
    return squash(re.sub(r"<[^>]+>", " ", html))


def rendered_front_html(collection: Collection, tag: str) -> str:
    (card_id,) = collection.find_cards(f"tag:{tag}")
    return collection.get_card(card_id).question()


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_published_question_becomes_one_note_with_its_fields(article, collection, tmp_path):
    questions = list(exported_questions(article=article))
    assert {q.kind for q in questions} == set(QuestionKind.values)
    assert any(q.extra.get("spelling") for q in questions)
    import_into(
        collection, build_package(article=article, questions=questions), tmp_path / "a.apkg"
    )

    assert collection.note_count() == len(questions)
    assert collection.card_count() == len(questions)
    published = article.questions.filter(status=QuestionStatus.PUBLISHED).count()
    assert collection.note_count() == published
    notes = {note.guid: note for note in map(collection.get_note, collection.find_notes(""))}
    for question in questions:
        note = notes[note_guid(question)]
        prompt = html.escape(question.prompt, quote=False)
        # A blank or a choice of kanji says what it asks before its prompt, as on Dokkai's
        # card (a true/false or which-section card's front says it for every note of its kind).
        said = question.kind not in KIND_INSTRUCTIONS and html.escape(
            question.instruction, quote=False
        )
        assert note["Prompt"].startswith(
            f'<p class="instruction">{said}</p>{prompt}' if said else prompt
        )
        # A typed name carries its reading, as on Dokkai's card.
        assert (
            (question.answer_reading in note["Prompt"])
            if question.answer_reading
            else note["Prompt"].endswith(prompt)
        )
        assert note.note_type()["name"] == f"Dokkai · {question.kind}"
        assert list(note.keys()) == FIELDS
        assert note["Article"] == article.title
        assert note["Section"] == question.section.display_heading
        assert article.slug in note.tags and question.kind in note.tags
        assert f"{article.slug}::{question.section.display_heading}" in note.tags


def test_one_card_of_each_kind_renders_like_dokkai_feedback(article, collection, tmp_path):
    questions = {q.kind: q for q in exported_questions(article=article)}
    import_into(
        collection,
        build_package(article=article, questions=questions.values()),
        tmp_path / "a.apkg",
    )
    rendered = {}
    for kind, _question in questions.items():
        (card_id,) = collection.find_cards(f"tag:{kind}")
        card = collection.get_card(card_id)
        rendered[kind] = (text_of(card.question()), text_of(card.answer()), card.answer())
        print(f"--- {kind}\nQ: {rendered[kind][0]}\nA: {rendered[kind][1]}")

    cloze_q, cloze_a, _html = rendered["cloze"]
    assert squash(questions["cloze"].prompt) in cloze_q
    assert "[[type:Answer]]" in cloze_q, "typed cloze asks Anki for a typed answer"
    assert f"正しい答え: {questions['cloze'].answer}" in cloze_a

    choice_q, _choice_a, choice_html = rendered["choice"]
    for option in questions["choice"].choices:
        assert option in choice_q
    # A counter inside the answer keeps its reading (12万<ruby>人…): the mark holds the answer.
    unruby = re.sub(r"<rt>.*?</rt>|</?ruby>|</?rb>", "", choice_html)
    assert f"<mark>{questions['choice'].answer}</mark>" in unruby

    reading = questions["reading"]
    reading_q, _reading_a, reading_html = rendered["reading"]
    assert reading.prompt in reading_q
    assert f"<mark>{reading.extra['word']}</mark>" in rendered_front_html(collection, "reading")
    assert f"<ruby><rb>{reading.extra['word']}</rb><rt>{reading.answer}</rt></ruby>" in reading_html

    vocab = questions["vocab"]
    vocab_q, vocab_a, _html = rendered["vocab"]
    assert vocab.extra["gloss"] not in vocab_q
    # The gloss is JMdict's English, and the label says so (a walker could not tell).
    assert f"意味（英語）: {vocab.extra['gloss']}" in vocab_a

    tf_q, tf_a, _html = rendered["truefalse"]
    assert "この文は記事の内容と合っていますか？" in tf_q and "正しい 誤り" in tf_q
    assert f"正しい答え: {questions['truefalse'].answer_label}" in tf_a
    if questions["truefalse"].extra.get("swapped"):
        assert f"記事では「{questions['truefalse'].extra['original']}」" in tf_a

    _section_q, section_a, _html = rendered["section"]
    assert f"正しい答え: {questions['section'].answer}" in section_a

    wh_q, wh_a, _html = rendered["wh"]
    assert questions["wh"].prompt in wh_q
    assert f"{article.title} › {questions['wh'].section.display_heading}" in wh_a


def test_a_second_export_updates_notes_instead_of_adding_them(article, collection, tmp_path):
    questions = list(exported_questions(article=article))
    import_into(
        collection,
        build_package(article=article, questions=questions, timestamp=1_000_000),
        tmp_path / "first.apkg",
    )
    before = collection.note_count()
    changed = next(q for q in questions if q.kind == QuestionKind.CLOZE)
    edit_question(
        question=changed,
        prompt="書き直した問題文：［　？　］",
        answer=changed.answer,
        accepted_answers=[],
        choices=[],
    )
    questions = list(exported_questions(article=article))
    import_into(
        collection,
        build_package(article=article, questions=questions, timestamp=2_000_000),
        tmp_path / "second.apkg",
    )
    assert collection.note_count() == before
    notes = [collection.get_note(nid) for nid in collection.find_notes("")]
    prompts = [n["Prompt"] for n in notes if n.guid == note_guid(changed)]
    instruction = '<p class="instruction">記事に合う言葉を書いてください。</p>'
    assert len(prompts) == 1 and prompts[0].startswith(instruction + "書き直した問題文：［　？　］")


def test_sections_and_kinds_narrow_the_export(article):
    section = article.sections.get(position=1)
    only = exported_questions(article=article, section_ids=[section.pk], kinds=["choice", "bogus"])
    assert only.exists()
    assert {(q.section_id, q.kind) for q in only} == {(section.pk, "choice")}


def test_furigana_follows_the_stored_analysis_with_the_answer_marked():
    analysis = [
        {
            "surface": "港町",
            "lemma": "港町",
            "reading": "みなとまち",
            "pos": "名詞-普通名詞-一般",
            "start": 0,
            "end": 2,
            "oov": False,
        },
        {
            "surface": "の",
            "lemma": "の",
            "reading": "の",
            "pos": "助詞-格助詞",
            "start": 2,
            "end": 3,
            "oov": False,
        },
        {
            "surface": "1987",
            "lemma": "1987",
            "reading": "せんきゅうひゃく",
            "pos": "名詞-数詞",
            "start": 3,
            "end": 7,
            "oov": False,
        },
        {
            "surface": "年",
            "lemma": "年",
            "reading": "ねん",
            "pos": "名詞-普通名詞-助数詞可能",
            "start": 7,
            "end": 8,
            "oov": False,
        },
        {
            "surface": "[注]",
            "lemma": "[注]",
            "reading": "",
            "pos": "補助記号",
            "start": 8,
            "end": 11,
            "oov": True,
        },
    ]
    text = "港町の1987年[注]"
    # Numbers and counters are read digit by digit by the analyser, so they get no reading.
    assert anki_furigana(text, analysis) == " 港町[みなとまち]の1987年［注］"
    assert (
        anki_furigana(text, analysis, mark=(3, 8)) == " 港町[みなとまち]の<mark>1987年</mark>［注］"
    )
    assert (
        anki_furigana(text, analysis, mark=(1, 4)) == "<mark> 港町[みなとまち]の1</mark>987年［注］"
    )
    nani = [{**analysis[0], "surface": "何", "lemma": "何", "reading": "なん", "end": 1}]
    assert anki_furigana("何か", nani) == "何か"
    assert anki_furigana(text, None, mark=(0, 2)) == "<mark>港町</mark>の1987年［注］"


def test_export_anki_command_writes_a_package(article, tmp_path, collection):
    out = tmp_path / "deck.apkg"
    section = article.sections.get(position=2)
    stdout = StringIO()
    call_command(
        "export_anki",
        article.slug,
        "--sections",
        str(section.position + 1),
        "--kinds",
        "cloze",
        "wh",
        "-o",
        str(out),
        stdout=stdout,
    )
    expected = exported_questions(article=article, section_ids=[section.pk], kinds=["cloze", "wh"])
    assert str(expected.count()) in stdout.getvalue()
    import_into(collection, out.read_bytes(), tmp_path / "copy.apkg")
    assert collection.note_count() == expected.count() > 0


def test_export_anki_command_refuses_unknown_articles_and_sections(article, tmp_path):
    with pytest.raises(CommandError):
        call_command("export_anki", "no-such-article", "-o", str(tmp_path / "x.apkg"))
    with pytest.raises(CommandError):
        call_command(
            "export_anki", article.slug, "--sections", "99", "-o", str(tmp_path / "x.apkg")
        )
    with pytest.raises(CommandError):
        call_command(
            "export_anki", article.slug, "--kinds", "essay", "-o", str(tmp_path / "x.apkg")
        )


def test_a_learners_own_words_go_to_anki_as_one_deck(client, collection, tmp_path):
    # A walker kept words in the reader and found no way to take them to Anki.
    learner = make_user(username="mika")
    client.force_login(learner)
    item = Sentence.objects.filter(section__article=make_article()).order_by("pk").first()
    client.post(word_url(item, "博物館", "keep/"), headers={"HX-Request": "true"})
    deck = client.get("/learn/study/words/mine/").content.decode()
    assert 'href="/learn/words/mine.apkg"' in deck
    response = client.get("/learn/words/mine.apkg")
    assert response["Content-Disposition"].endswith('.apkg"')
    import_into(collection, response.content, tmp_path / "words.apkg")
    (note_id,) = collection.find_notes("")
    assert "博物館" in collection.get_note(note_id).fields[0]
    assert "Dokkai::自分の単語" in [deck.name for deck in collection.decks.all_names_and_ids()]
    # Nobody else's words.
    client.force_login(make_user())
    other = Collection(str(tmp_path / "other.anki2"))
    import_into(other, client.get("/learn/words/mine.apkg").content, tmp_path / "other.apkg")
    assert other.find_notes("") == []
    other.close()
