from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.models import QuestionKind, Section
from content.selectors import REVIEW_KINDS
from quizzes.courses.models import (
    MAX_ATTEMPTS,
    MAX_QUESTIONS,
    MAX_TARGET_REVIEWS,
    MAX_TIME_LIMIT_MINUTES,
    Assignment,
    Course,
    Mode,
    PracticeTarget,
    Role,
)

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


MODE_FIELDS = {
    Mode.QUIZ: ("max_attempts", "time_limit_minutes", "show_answers"),
    Mode.PRACTICE: ("practice_target", "target_reviews", "target_mastery"),
}


class SectionsOfArticles(forms.CheckboxSelectMultiple):
    """Each section's box names its article (data-article): the page shows only the chosen
    article's sections (static/js/dokkai.js), where the list held every article's."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["attrs"]["data-article"] = str(value.instance.article_id)
        return option

    def optgroups(self, name, value, attrs=None):
        """The sections under their article's title, named once: each box repeated it (a
        walker, sessions 40 and 41)."""
        groups: dict[int, tuple[str, list, int]] = {}
        for _group, options, index in super().optgroups(name, value, attrs):
            for option in options:
                section = option["value"].instance
                groups.setdefault(section.article_id, (section.article.title, [], index))[1].append(
                    option
                )
        return list(groups.values())


# Each kind as an assignment may use it: a walker ticked 語彙 for a quiz and got nothing
# (a word card is rated by the learner, so a quiz cannot grade it), and found 漢字の書き among
# the multiple-choice questions unannounced.
# 漢字の書き is a kind of its own, as the question review and the analysis name it.
_KIND_LABELS = {
    QuestionKind.CLOZE: gettext_lazy("Cloze (typed answer)"),
    QuestionKind.VOCAB: gettext_lazy("Vocabulary (practice only: learners rate themselves)"),
}
ASSIGNABLE_KINDS = [(kind, _KIND_LABELS.get(kind, label)) for kind, label in REVIEW_KINDS]


class AssignmentForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label=gettext_lazy("Question kinds"),
        choices=ASSIGNABLE_KINDS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("None ticked means every kind."),
    )
    # Typed as a percentage, stored as a share: a walker read 「0.8」「0 から 1 の間」 as odd.
    target_mastery = forms.IntegerField(
        label=gettext_lazy("Share to master (%)"),
        min_value=1,
        max_value=100,
        required=False,
        initial=round(Assignment._meta.get_field("target_mastery").default * 100),
        help_text=gettext_lazy("For example, 80 for four questions in five."),
    )
    sections = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Sections"),
        queryset=Section.objects.none(),
        required=False,
        help_text=gettext_lazy("None ticked means the whole article."),
        widget=SectionsOfArticles,
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
        self.fields["article"].empty_label = _("Choose an article")
        self.fields["sections"].queryset = Section.objects.filter(
            article__in=articles
        ).select_related("article")
        self.fields["sections"].label_from_instance = lambda section: section.display_heading
        # The model's validators check the bounds; the inputs show them to the browser too.
        for name, high in [
            ("question_count", MAX_QUESTIONS),
            ("max_attempts", MAX_ATTEMPTS),
            ("time_limit_minutes", MAX_TIME_LIMIT_MINUTES),
            ("target_reviews", MAX_TARGET_REVIEWS),
        ]:
            self.fields[name].widget.attrs.update(min=1, max=high)
        for name in ("opens_at", "due_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        # Beside the setting a Moodle teacher reads as keeping the keys secret (a walker found
        # a quiz's questions, answers shown, in the study loop before the quiz).
        self.fields["show_answers"].help_text = _(
            "On the quiz's own pages. Learners who can read the article can still study its "
            "published questions, answers included, in the study loop and in an Anki download: "
            "a quiz checks reading, it does not keep its questions secret."
        )
        # Each mode's own settings name it: the page shows those of the chosen mode only.
        for mode, names in MODE_FIELDS.items():
            for name in names:
                self.fields[name].widget.attrs["data-mode"] = mode
        # And a practice's target its own figure only: reviews, or the share to master.
        self.fields["target_reviews"].widget.attrs["data-target"] = PracticeTarget.REVIEWS
        self.fields["target_mastery"].widget.attrs["data-target"] = PracticeTarget.MASTERY
        share = self.initial.get("target_mastery")
        if isinstance(share, float) and share <= 1:
            self.initial["target_mastery"] = round(share * 100)

    def clean_target_mastery(self) -> float:
        percent = self.cleaned_data.get("target_mastery")
        return percent / 100 if percent else Assignment._meta.get_field("target_mastery").default

    def _keeps_due_date(self, due) -> bool:
        """An old assignment may be edited with its past due date, which the minute-wide
        input gives back without its seconds; a past date may not be newly set."""
        saved = self.instance.due_at if self.instance.pk else None
        return saved is not None and due == saved.replace(second=0, microsecond=0)

    def clean(self) -> dict:
        cleaned = super().clean()
        article, sections = cleaned.get("article"), cleaned.get("sections") or []
        if article and any(section.article_id != article.pk for section in sections):
            self.add_error("sections", _("Choose sections of the chosen article only."))
        opens, due = cleaned.get("opens_at"), cleaned.get("due_at")
        if opens and due and due <= opens:
            self.add_error("due_at", _("The due date must come after the opening."))
        elif due and due <= timezone.now() and not self._keeps_due_date(due):
            self.add_error("due_at", _("The due date has already passed."))
        if cleaned.get("mode") == Mode.PRACTICE and not cleaned.get("practice_target"):
            self.add_error("practice_target", _("Choose what the practice must reach."))
        return cleaned


class ExtensionForm(forms.Form):
    """A later due date for one learner of the assignment's course."""

    learner = forms.ModelChoiceField(queryset=None, label=gettext_lazy("Learner"))
    due_at = forms.DateTimeField(
        label=gettext_lazy("New due date"),
        widget=DATETIME,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, assignment: Assignment, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        field = self.fields["learner"]
        field.queryset = learners_of(assignment.course)
        field.label_from_instance = lambda user: user.get_username()
        field.empty_label = gettext_lazy("Choose a learner")

    def clean_due_at(self):
        due = self.cleaned_data["due_at"]
        if due <= self.assignment.due_at:
            # The class's date is named: a walker's teacher scrolled up the page to find it.
            raise forms.ValidationError(
                _("An extension must end after the assignment's due date, %(due)s.")
                % {"due": timezone.localtime(self.assignment.due_at).strftime("%Y-%m-%d %H:%M")}
            )
        return due


def learners_of(course: Course):
    return (
        get_user_model()
        .objects.filter(enrollments__course=course, enrollments__role=Role.LEARNER)
        .order_by("username")
    )
