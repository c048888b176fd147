from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.analysis.normalize import normalize_answer
from content.importing.decoding import decode_article_bytes, normalize_text
from content.importing.errors import ArticleImportError
from content.importing.preview import PreparedArticle, prepare_article
from content.models import TRUE_FALSE_LABELS, FlagReason, QuestionKind, SourceFormat

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
        label=gettext_lazy("Format"), choices=FORMAT_CHOICES, initial="auto"
    )

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
                decode_article_bytes(pasted.encode("utf-8"), max_bytes=limit)
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
        help_text=gettext_lazy("One per line."),
    )
    choices = forms.CharField(
        label=gettext_lazy("Options"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("One per line; leave empty for a typed answer."),
    )

    def __init__(self, *args, question, **kwargs):
        self.question = question
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
        if question.kind == QuestionKind.TRUEFALSE:
            # The statement is true or false: offer the two in the interface's language
            # rather than the stored "true"/"false", and keep the options as they are.
            self.fields["answer"] = forms.ChoiceField(
                label=gettext_lazy("Answer"), choices=list(TRUE_FALSE_LABELS.items())
            )
            self.fields["choices"].widget = forms.HiddenInput()

    def clean_accepted_answers(self) -> list[str]:
        return _lines(self.cleaned_data["accepted_answers"])

    def clean_choices(self) -> list[str]:
        if self.question.kind == QuestionKind.TRUEFALSE:
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
