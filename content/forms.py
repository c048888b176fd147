import re
import unicodedata

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.analysis.normalize import normalize_answer
from content.importing.decoding import decode_article_bytes, normalize_text
from content.importing.errors import ArticleImportError
from content.importing.preview import PreparedArticle, prepare_article
from content.models import (
    TRUE_FALSE_LABELS,
    FlagReason,
    QuestionKind,
    Section,
    SourceFormat,
    Visibility,
)
from content.spreadsheet.reading import MAX_BYTES

FORMAT_CHOICES = [("auto", gettext_lazy("Detect automatically")), *SourceFormat.choices]


class ArticleImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"), required=False)
    text = forms.CharField(
        label=gettext_lazy("Or paste the text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    title = forms.CharField(
        label=gettext_lazy("Title"),
        required=False,
        max_length=300,
        help_text=gettext_lazy("Leave empty to take the title from the text."),
    )
    source_format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=FORMAT_CHOICES, initial="auto", required=False
    )
    visibility = forms.ChoiceField(
        label=gettext_lazy("Who sees it"),
        choices=Visibility.choices,
        initial=Visibility.COURSES,
        required=False,
        help_text=gettext_lazy("Your own imports as a learner are always private."),
    )

    def __init__(self, *args, can_share: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_share:
            # A learner's import is private; the choice is not theirs to make.
            del self.fields["visibility"]

    @property
    def chosen_visibility(self) -> Visibility:
        if "visibility" not in self.fields:
            return Visibility.PRIVATE
        return Visibility(self.cleaned_data.get("visibility") or Visibility.COURSES)

    def clean(self) -> dict:
        cleaned = super().clean()
        upload = cleaned.get("file")
        pasted = cleaned.get("text") or ""
        limit = settings.DOKKAI_MAX_ARTICLE_BYTES
        try:
            if upload:
                if upload.size > limit:
                    raise ArticleImportError(
                        _("The file is too large (%(size)s bytes; the limit is %(limit)s bytes).")
                        % {"size": f"{upload.size:,}", "limit": f"{limit:,}"}
                    )
                cleaned["article_text"] = decode_article_bytes(upload.read(), max_bytes=limit)
            elif pasted.strip():
                encoded = pasted.encode("utf-8")
                if len(encoded) > limit:
                    # Pasted, not a file: a walker was told 「ファイルが大きすぎます」.
                    raise ArticleImportError(
                        _("The text is too long (%(size)s bytes; the limit is %(limit)s bytes).")
                        % {"size": f"{len(encoded):,}", "limit": f"{limit:,}"}
                    )
                decode_article_bytes(encoded, max_bytes=limit)
                cleaned["article_text"] = normalize_text(pasted)
            else:
                raise ArticleImportError(_("Choose a file or paste some text."))
        except ArticleImportError as error:
            raise forms.ValidationError(str(error)) from error
        return cleaned

    @property
    def chosen_format(self) -> SourceFormat | None:
        value = self.cleaned_data.get("source_format")
        return None if value in (None, "", "auto") else SourceFormat(value)

    def prepared_article(self) -> PreparedArticle | None:
        """The article as it would be stored, or None with the reason added to the form."""
        try:
            return prepare_article(
                text=self.cleaned_data["article_text"],
                title=self.cleaned_data["title"],
                source_format=self.chosen_format,
            )
        except ArticleImportError as error:
            self.add_error(None, str(error))
            return None


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


class QuestionEditForm(forms.Form):
    prompt = forms.CharField(
        label=gettext_lazy("Prompt"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    answer = forms.CharField(label=gettext_lazy("Answer"), max_length=300)
    accepted_answers = forms.CharField(
        label=gettext_lazy("Also accepted"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        # A walker's teacher could not tell what it does beside options: nothing.
        help_text=gettext_lazy(
            "For a typed answer: other answers to accept, one per line. A question with "
            "options is marked by its answer alone."
        ),
    )
    choices = forms.CharField(
        label=gettext_lazy("Options"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("One per line; leave empty for a typed answer."),
    )

    def __init__(self, *args, question=None, **kwargs):
        self.question = question
        if question is not None:
            kwargs.setdefault(
                "initial",
                {
                    "prompt": question.prompt,
                    "answer": question.answer,
                    "accepted_answers": "\n".join(question.accepted_answers),
                    "choices": "\n".join(question.choices),
                },
            )
        super().__init__(*args, **kwargs)
        if question is not None and question.kind == QuestionKind.TRUEFALSE:
            # The statement is true or false: offer the two in the interface's language
            # rather than the stored "true"/"false", and keep the options as they are.
            self.fields["answer"] = forms.ChoiceField(
                label=gettext_lazy("Answer"), choices=list(TRUE_FALSE_LABELS.items())
            )
            self.fields["choices"].widget = forms.HiddenInput()

    def clean_accepted_answers(self) -> list[str]:
        return _lines(self.cleaned_data["accepted_answers"])

    def clean_choices(self) -> list[str]:
        if self.question is not None and self.question.kind == QuestionKind.TRUEFALSE:
            return list(self.question.choices)
        return _lines(self.cleaned_data["choices"])

    def clean(self) -> dict:
        cleaned = super().clean()
        choices, answer = cleaned.get("choices"), cleaned.get("answer")
        if choices and answer:
            normalized = [normalize_answer(choice) for choice in choices]
            if len(set(normalized)) != len(normalized):
                self.add_error("choices", _("Two options are the same."))
            if len(choices) < 2:
                self.add_error("choices", _("Give at least two options, or none."))
            if answer not in choices:
                self.add_error("answer", _("The answer must be one of the options."))
        return cleaned


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=gettext_lazy("What is wrong?"), choices=FlagReason.choices)
    comment = forms.CharField(label=gettext_lazy("Comment"), required=False, max_length=500)


# A cell a spreadsheet would run as a formula, not text someone typed: "=SUM(A1)", "@cmd",
# "+A1". A leading minus or plus before a number ("-5%", "+3") is a value and stays.
_FORMULA = re.compile(r"^(=|@|[+\-](?!\s*[\d.,]+[%\w]*$))")
TRUE_WORDS = {"true", "正", "正しい", "○", "〇", "はい", "yes", "t"}
FALSE_WORDS = {"false", "誤", "誤り", "×", "✕", "いいえ", "no", "f"}
KINDS_NEEDING_OPTIONS = {QuestionKind.CHOICE, QuestionKind.SECTION}


def _kind_names() -> dict[str, str]:
    """Each kind by its value and by its label in every interface language."""
    names = {}
    for kind in QuestionKind:
        names[kind.value] = kind.value
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                names[normalize_answer(str(kind.label))] = kind.value
    return names


def resolve_kind(value: str) -> QuestionKind | None:
    """A kind named by its value or by its label in any interface language."""
    kind = _kind_names().get(normalize_answer(value))
    return QuestionKind(kind) if kind else None


def resolve_section(value: str, sections: list[Section]) -> Section | None:
    """A section named by its number (1 is the first) or its heading."""
    value = unicodedata.normalize("NFKC", value).strip()
    if not value:
        return None
    for section in sections:
        names = {
            str(section.position + 1),
            unicodedata.normalize("NFKC", section.heading).strip(),
            str(section.display_heading),
        }
        if value in names:
            return section
    return None


class QuestionRowForm(QuestionEditForm):
    """One spreadsheet row: the review editor's fields and rules, plus kind, section and explanation."""

    kind = forms.CharField(label=gettext_lazy("Kind"), max_length=40)
    section = forms.CharField(
        label=gettext_lazy("Section"),
        max_length=300,
        help_text=gettext_lazy("Its heading, or its number in the article (1 is the first)."),
    )
    explanation = forms.CharField(
        label=gettext_lazy("Explanation"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    field_order = ["kind", "section", "prompt", "answer", "accepted_answers", "choices"]

    def __init__(self, *args, sections: list[Section], **kwargs):
        self.sections = sections
        super().__init__(*args, **kwargs)
        # Correcting a row in the preview: pick from lists; the file itself may use names or labels.
        self.fields["kind"].widget = forms.Select(choices=[("", "—"), *QuestionKind.choices])
        self.fields["section"].widget = forms.Select(
            choices=[("", "—")]
            + [(str(s.position + 1), f"{s.position + 1}. {s.display_heading}") for s in sections]
        )

    def clean(self) -> dict:
        formulas = False
        for name in self.fields:
            value = self.data.get(self.add_prefix(name), "")
            if isinstance(value, str) and _FORMULA.match(value.strip()):
                formulas = True
                self.add_error(
                    name,
                    _("This cell holds a spreadsheet formula (%(start)s…); type the value itself.")
                    % {"start": value.strip()[:12]},
                )
        if formulas:
            return self.cleaned_data
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind in KINDS_NEEDING_OPTIONS and not cleaned.get("choices"):
            self.add_error("choices", _("This kind needs options, one per line."))
        return cleaned

    def clean_kind(self) -> QuestionKind:
        value = self.cleaned_data["kind"]
        kind = resolve_kind(value)
        if kind is None:
            raise forms.ValidationError(
                _("Unknown kind “%(value)s”. Use one of: %(kinds)s.")
                % {"value": value, "kinds": ", ".join(QuestionKind.values)}
            )
        return kind

    def clean_section(self) -> Section:
        value = self.cleaned_data["section"]
        section = resolve_section(value, self.sections)
        if section is None:
            raise forms.ValidationError(
                _(
                    "The article has no section “%(value)s”. Use a heading or a number from 1 to %(count)s."
                )
                % {"value": value, "count": len(self.sections)}
            )
        return section

    def clean_answer(self) -> str:
        answer = self.cleaned_data["answer"]
        if self.cleaned_data.get("kind") != QuestionKind.TRUEFALSE:
            return answer
        word = normalize_answer(answer)
        if word in TRUE_WORDS:
            return "true"
        if word in FALSE_WORDS:
            return "false"
        raise forms.ValidationError(_("A true/false answer is true or false (正しい or 誤り)."))

    def clean_choices(self) -> list[str]:
        if self.cleaned_data.get("kind") == QuestionKind.TRUEFALSE:
            return ["true", "false"]
        return super().clean_choices()


class SpreadsheetUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (CSV or TSV)"),
        help_text=gettext_lazy(
            "Columns: kind, section, prompt, answer, accepted answers, options, explanation. "
            "Several answers or options in one cell: one per line or separated by |. "
            "UTF-8 (with or without BOM) or Shift_JIS, as Excel and Google Sheets save them."
        ),
    )

    def clean_file(self):
        # Checked before reading, so that a huge file is never loaded into memory.
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large (%(size)s bytes; the limit is %(limit)s bytes).")
                % {"size": f"{upload.size:,}", "limit": f"{MAX_BYTES:,}"}
            )
        return upload


class QuestionWriteForm(QuestionEditForm):
    """An instructor's own question: the edit form plus where it sits and what kind it is."""

    section = forms.ModelChoiceField(
        label=gettext_lazy("Section"),
        queryset=Section.objects.none(),
        # Django's own blank label (「- Select an option -」) has no Japanese yet.
        empty_label=gettext_lazy("Choose a section"),
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"),
        # Self-rated vocabulary cards need a reading and gloss; written questions are graded.
        choices=[(k, label) for k, label in QuestionKind.choices if k != QuestionKind.VOCAB],
        initial=QuestionKind.CHOICE,
    )
    explanation = forms.CharField(
        label=gettext_lazy("Explanation"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    publish = forms.BooleanField(label=gettext_lazy("Publish now"), required=False)

    field_order = ["section", "kind", "prompt", "answer", "choices", "accepted_answers"]

    def __init__(self, *args, article, **kwargs):
        kwargs.setdefault("initial", {})
        super().__init__(*args, question=None, **kwargs)
        self.fields["section"].queryset = article.sections.all()
        self.order_fields(self.field_order)

    def clean(self) -> dict:
        cleaned = super().clean()
        kind, choices = cleaned.get("kind"), cleaned.get("choices")
        must_choose = {QuestionKind.CHOICE, QuestionKind.TRUEFALSE, QuestionKind.SECTION}
        if kind in must_choose and not choices:
            self.add_error("choices", _("This kind of question needs options."))
        return cleaned
