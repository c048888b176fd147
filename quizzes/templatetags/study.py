from datetime import timedelta

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


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
