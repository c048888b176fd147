from zoneinfo import available_timezones

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from quizzes.models import LearnerSettings


class SignUpForm(UserCreationForm):
    """Django's own form: a unique username, a confirmed password that passes the validators."""


class LearnerSettingsForm(forms.ModelForm):
    desired_retention = forms.FloatField(
        label=_("Desired retention"),
        min_value=0.70,
        max_value=0.97,
        widget=forms.NumberInput(attrs={"step": "0.01"}),
        help_text=_("The share of reviews you want to get right, from 0.70 to 0.97."),
    )
    new_cards_per_day = forms.IntegerField(label=_("New cards a day"), min_value=0, max_value=1000)
    day_starts_at = forms.IntegerField(
        label=_("The study day starts at (hour)"),
        min_value=0,
        max_value=23,
        help_text=_("Reviews before this hour count for the day before."),
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=[])
    hold_until_read = forms.BooleanField(
        label=_("Hold back new cards of a section until I have read it"),
        required=False,
        help_text=_("Like a lesson before the reviews: open the section in the reader first."),
    )

    class Meta:
        model = LearnerSettings
        fields = [
            "desired_retention",
            "new_cards_per_day",
            "day_starts_at",
            "time_zone",
            "hold_until_read",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [(zone, zone) for zone in sorted(available_timezones())]
