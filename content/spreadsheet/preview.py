"""Each spreadsheet row as it will be stored, or the reasons it cannot be."""

import hashlib
import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from content.analysis.normalize import normalize_answer
from content.forms import QuestionRowForm, resolve_kind, resolve_section
from content.models import Article, Question, QuestionKind, QuestionOrigin, Section, Sentence
from content.spreadsheet.reading import COLUMN_LABELS, split_list

GENERATOR_NAME = "spreadsheet"
# What instructors type for a blank: ［　？　］ (Dokkai's own), ＿＿, （　）, [ ].
_BLANK = re.compile(r"［\s*？?\s*］|\[\s*\??\s*\]|（\s*）|\(\s*\)|[＿_]{2,}")


@dataclass
class RowPreview:
    index: int  # position in the upload
    line: int  # row number in the spreadsheet
    values: dict[str, str]
    question: Question | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)  # (column label, message)

    @property
    def labelled_values(self) -> list[tuple[str, str]]:
        return [(str(COLUMN_LABELS[name]), value) for name, value in self.values.items() if value]

    @property
    def ok(self) -> bool:
        return self.question is not None and not self.errors


def form_data(values: dict[str, str]) -> dict[str, str]:
    """Cells as the row form takes them: lists one per line, as in the review editor."""
    return {
        "kind": values.get("kind", ""),
        "section": values.get("section", ""),
        "prompt": values.get("prompt", ""),
        "answer": values.get("answer", ""),
        "accepted_answers": "\n".join(split_list(values.get("accepted_answers", ""))),
        "choices": "\n".join(split_list(values.get("options", ""))),
        "explanation": values.get("explanation", ""),
    }


def values_from_form(data: dict[str, str]) -> dict[str, str]:
    """The inverse of form_data, for a row the instructor corrected in the preview."""
    return {
        "kind": data.get("kind", "").strip(),
        "section": data.get("section", "").strip(),
        "prompt": data.get("prompt", "").strip(),
        "answer": data.get("answer", "").strip(),
        "accepted_answers": " | ".join(split_list(data.get("accepted_answers", ""))),
        "options": " | ".join(split_list(data.get("choices", ""))),
        "explanation": data.get("explanation", "").strip(),
    }


def fingerprint(kind: str, prompt: str, answer: str) -> str:
    parts = ["instructor", kind, normalize_answer(prompt), normalize_answer(answer)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


def _source(
    section: Section, kind: str, prompt: str, answer: str
) -> tuple[Sentence | None, int | None]:
    """The sentence a hand-written question is about, and where its answer stands in it."""
    sentences = list(section.sentences.all())  # prefetched by article_sections
    filled = _BLANK.sub(answer, prompt, count=1) if _BLANK.search(prompt) else None
    for sentence in sentences:
        if sentence.text in {filled, prompt}:
            start = sentence.text.find(answer) if answer and filled else -1
            return sentence, start if start >= 0 else None
    if kind not in {QuestionKind.TRUEFALSE, QuestionKind.SECTION} and answer:
        for sentence in sentences:
            start = sentence.text.find(answer)
            if start >= 0:
                return sentence, start
    return None, None


def _question(article: Article, cleaned: dict) -> Question:
    section, kind = cleaned["section"], cleaned["kind"]
    prompt, answer = cleaned["prompt"].strip(), cleaned["answer"].strip()
    sentence, start = _source(section, kind, prompt, answer)
    return Question(
        article=article,
        section=section,
        sentence=sentence,
        source_text=sentence.text if sentence else "",
        kind=kind,
        prompt=prompt,
        answer=answer,
        accepted_answers=cleaned["accepted_answers"],
        choices=cleaned["choices"],
        answer_start=start,
        answer_end=start + len(answer) if start is not None else None,
        explanation=cleaned["explanation"].strip(),
        quality=1.0,
        generator=GENERATOR_NAME,
        fingerprint=fingerprint(kind, prompt, answer),
        origin=QuestionOrigin.INSTRUCTOR,
    )


def article_sections(article: Article) -> list[Section]:
    """The article's sections with their sentences, read once for a whole preview."""
    return list(
        article.sections.prefetch_related(
            Prefetch("sentences", queryset=Sentence.objects.order_by("position"))
        )
    )


def row_form(
    values: dict[str, str] | None, *, sections: list[Section], data: dict | None = None
) -> QuestionRowForm:
    """The row's form: bound to its stored cells, or to what the instructor just posted."""
    if data is None:
        data = form_data(values or {})
        # The lists of the row editor show the cells' names and labels as their choices.
        kind = resolve_kind(data["kind"])
        section = resolve_section(data["section"], sections)
        data["kind"] = kind.value if kind else data["kind"]
        data["section"] = str(section.position + 1) if section else data["section"]
    return QuestionRowForm(data, sections=sections)


def preview_rows(*, article: Article, rows: list[dict]) -> list[RowPreview]:
    """Every row validated like the review editor, plus duplicates within the file and article."""
    taken = set(article.questions.values_list("fingerprint", flat=True))
    sections = article_sections(article)
    seen: dict[str, int] = {}
    previews = []
    for index, row in enumerate(rows):
        preview = RowPreview(index=index, line=row["line"], values=row["values"])
        form = row_form(row["values"], sections=sections)
        if form.is_valid():
            question = _question(article, form.cleaned_data)
            if question.fingerprint in taken:
                preview.errors.append(("", _("The article already has this question.")))
            elif question.fingerprint in seen:
                preview.errors.append(
                    (
                        "",
                        _("The same question as row %(line)s.")
                        % {"line": seen[question.fingerprint]},
                    )
                )
            else:
                seen[question.fingerprint] = row["line"]
            preview.question = question
        else:
            for name, messages in form.errors.items():
                label = str(form.fields[name].label) if name in form.fields else ""
                preview.errors.extend((label, str(message)) for message in messages)
        previews.append(preview)
    return previews
