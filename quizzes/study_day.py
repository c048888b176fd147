"""A learner's study day: it starts at their chosen hour in their own time zone."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quizzes.models import LearnerSettings


def learner_zone(learner: LearnerSettings) -> ZoneInfo:
    try:
        return ZoneInfo(learner.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Asia/Tokyo")


def study_day_start(learner: LearnerSettings, now: datetime) -> datetime:
    """The moment the learner's current study day began, as an aware datetime."""
    local = now.astimezone(learner_zone(learner))
    shifted = local - timedelta(hours=learner.day_starts_at)
    return datetime.combine(shifted.date(), time(learner.day_starts_at), tzinfo=local.tzinfo)


def study_day_of(learner: LearnerSettings, moment: datetime) -> date:
    """The study day a moment belongs to: 03:30 with a 04:00 boundary is the day before."""
    return study_day_start(learner, moment).date()
