from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.importing.decoding import decode_article_bytes, normalize_text
from content.importing.errors import ArticleImportError
from content.models import SourceFormat

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
