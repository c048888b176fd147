from datetime import timedelta
from functools import cache

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from content.models import FlagReason

register = template.Library()


@register.simple_tag
def flag_reason_options() -> SafeString:
    """The options of the feedback's "report a problem" select: the same for every card,
    so rendered once per language."""
    return _flag_reason_options(get_language())


@cache
def _flag_reason_options(language: str) -> SafeString:
    # The labels are translated into `language`, the active one when this first runs.
    return format_html_join("", '<option value="{}">{}</option>', FlagReason.choices)


@register.filter
def interval(value: timedelta) -> str:
    """A scheduling interval the way a rating button shows it: 10分, 3日, 2か月."""
    seconds = value.total_seconds()
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
