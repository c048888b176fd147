from zoneinfo import available_timezones

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.choices import flatten_choices
from django.utils.translation import gettext_lazy as _

from quizzes.models import LearnerSettings

RETENTION_PERCENT_MIN, RETENTION_PERCENT_MAX = 70, 97


class SignUpForm(UserCreationForm):
    """Django's own form: a unique username, a confirmed password that passes the validators."""


def time_zone_choices() -> list[tuple[str, str | list[tuple[str, str]]]]:
    """IANA zones grouped by region ("Asia", "Europe", …), each group sorted; "UTC" first, on
    its own rather than as a group of one (a walker read "UTC" twice).

    The learner's browser zone is moved to the top by the page's script.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for zone in sorted(available_timezones()):
        region, _slash, place = zone.partition("/")
        if not place or region in {"Etc", "SystemV", "US", "Canada", "Brazil", "Chile", "Mexico"}:
            continue  # aliases and legacy names; every place has a Region/City name
        groups.setdefault(region, []).append((zone, zone.replace("_", " ")))
    return [("UTC", "UTC"), *sorted(groups.items())]


class LearnerSettingsForm(forms.ModelForm):
    desired_retention = forms.IntegerField(
        label=_("Desired retention (%)"),
        min_value=RETENTION_PERCENT_MIN,
        max_value=RETENTION_PERCENT_MAX,
        help_text=_("The share of reviews you want to get right, from 70% to 97%."),
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
        choices = time_zone_choices()
        listed = {zone for zone, _label in flatten_choices(choices)}
        if self.instance.time_zone not in listed:  # an alias saved before the list was grouped
            choices.insert(0, (self.instance.time_zone, self.instance.time_zone))
        self.fields["time_zone"].choices = choices
        self.initial["desired_retention"] = round(self.instance.desired_retention * 100)

    def clean_desired_retention(self) -> float:
        return self.cleaned_data["desired_retention"] / 100
