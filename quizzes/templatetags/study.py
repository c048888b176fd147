from datetime import timedelta
from functools import cache, lru_cache
from html import escape

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from content.models import FlagReason

register = template.Library()


# Where the flag form's URL goes in its cached HTML: a character no template or translation holds.
_URL_SLOT = "\x00"


@register.simple_tag
def flag_form(url: str) -> SafeString:
    """The feedback's "report a problem" form: the same for every card but its URL, so its
    HTML (the `flag` partial) is rendered once per language; it cost 35 µs of every answer."""
    head, tail = _flag_form(get_language())
    return mark_safe(head + escape(url) + tail)


@cache
def _flag_form(language: str) -> tuple[str, str]:
    # Rendered in `language`, the active one when this first runs.
    html = render_to_string(
        "quizzes/study/session.html#flag", {"flag_url": _URL_SLOT, "reasons": FlagReason.choices}
    )
    head, tail = html.split(_URL_SLOT)
    return head, tail


# One rating button of the feedback (quizzes.views.study.RatingButton); the suggested one
# (or Good) is where the keyboard starts.
_RATING_BUTTON = (
    '<button type="submit" name="rating" value="{value}" class="rating rating-{value}{suggested}"'
    ' data-key="{value}"{focus}><span><kbd>{value}</kbd> {label}</span>'
    '<span class="next">{next}</span></button>'
)


@register.simple_tag
def rating_buttons(buttons) -> SafeString:
    """The feedback's four rating buttons, formatted here: the template's loop over them was
    about 40 variable nodes, 90 µs of every answer. Every value is escaped (html.escape is
    what Django's escape runs, without the lazy-string check each call pays)."""
    return mark_safe(
        "".join(
            _RATING_BUTTON.format(
                value=escape(str(button.value)),
                suggested=" suggested" if button.suggested else "",
                focus=' data-focus aria-describedby="suggested-note"' if button.focus else "",
                label=escape(str(button.label)),
                next=escape(str(button.next)),
            )
            for button in buttons
        )
    )


@register.filter
def interval(value: timedelta) -> str:
    """A scheduling interval the way a rating button shows it: 10分, 3日, 2か月."""
    return _interval_text(get_language(), value.total_seconds())


@lru_cache(maxsize=4096)
def _interval_text(language: str, seconds: float) -> str:
    # Worded once per language and length (whole minutes and days, mostly): four are shown
    # on every answer. `language` is the active one, which the translations below use.
    if seconds < 60:
        return _("<1 min")
    if seconds < 3600:
        minutes = round(seconds / 60)
        return ngettext("%(n)d min", "%(n)d min", minutes) % {"n": minutes}
    if seconds < 86400:
        hours = round(seconds / 3600)
        return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
    days = round(seconds / 86400)
    if days < 31:
        return ngettext("%(n)d day", "%(n)d days", days) % {"n": days}
    if days < 365:
        months = round(days / 30.4, 1)
        return _("%(n)s months") % {"n": f"{months:g}"}
    years = round(days / 365, 1)
    return _("%(n)s years") % {"n": f"{years:g}"}


@register.filter
def minutes_seconds(milliseconds: int) -> str:
    """A duration as m:ss, or h:mm:ss from an hour on."""
    total = round((milliseconds or 0) / 1000)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@register.filter
def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"
