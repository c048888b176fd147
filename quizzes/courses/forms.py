from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.models import QuestionKind, Section
from quizzes.courses.models import Assignment, Course, Mode

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class CourseForm(forms.ModelForm):
    class Meta:
        model = Course
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class JoinForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Join code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class AssignmentForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label=gettext_lazy("Question kinds"),
        choices=QuestionKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("None ticked means every kind."),
    )
    sections = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Sections"),
        queryset=Section.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("None ticked means the whole article."),
    )

    class Meta:
        model = Assignment
        fields = [
            "title",
            "article",
            "sections",
            "kinds",
            "question_count",
            "mode",
            "opens_at",
            "due_at",
            "max_attempts",
            "time_limit_minutes",
            "show_answers",
            "practice_target",
            "target_reviews",
            "target_mastery",
        ]
        widgets = {"opens_at": DATETIME, "due_at": DATETIME, "mode": forms.RadioSelect}

    def __init__(self, *args, articles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].queryset = articles
        self.fields["sections"].queryset = Section.objects.filter(
            article__in=articles
        ).select_related("article")
        self.fields["sections"].label_from_instance = lambda section: (
            f"{section.article.title} › {section.display_heading}"
        )
        for name in ("opens_at", "due_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean(self) -> dict:
        cleaned = super().clean()
        article, sections = cleaned.get("article"), cleaned.get("sections") or []
        if article and any(section.article_id != article.pk for section in sections):
            self.add_error("sections", _("Choose sections of the chosen article only."))
        opens, due = cleaned.get("opens_at"), cleaned.get("due_at")
        if opens and due and due <= opens:
            self.add_error("due_at", _("The due date must come after the opening."))
        if cleaned.get("mode") == Mode.PRACTICE and not cleaned.get("practice_target"):
            self.add_error("practice_target", _("Choose what the practice must reach."))
        mastery = cleaned.get("target_mastery")
        if mastery is not None and not 0 < mastery <= 1:
            self.add_error("target_mastery", _("Give a share between 0 and 1, such as 0.8."))
        count = cleaned.get("question_count")
        if count is not None and not 1 <= count <= 200:
            self.add_error("question_count", _("Between 1 and 200 questions."))
        return cleaned
