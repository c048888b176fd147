"""A learner's progress, computed by the database: a fixed handful of aggregate queries.

Dates are study days: a review at 03:30 in Tokyo with the day starting at 04:00
belongs to the day before (stored on each review when it is recorded). Python
only shapes the aggregated rows (at most one row per day, article, section or
kind), never individual reviews.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Case, Count, Q, Sum, Value, When

from content.models import Article, QuestionKind, QuestionStatus, Section
from quizzes.models import CardState, FsrsFit, LearnerCard, LearnerSettings, Rating, ReviewLog
from quizzes.scheduling import MATURE_STABILITY_DAYS
from quizzes.selectors import unstudied_count
from quizzes.study_day import learner_zone, study_day_start

HEATMAP_DAYS = 365
FORECAST_DAYS = 30
ACCURACY_DAYS = 30
# Anki's "mature": a card in review whose memory lasts three weeks or more. Right after a
# review every card would be recalled, so "retrievability now" would call a first session mastery.
MATURE = Q(state=CardState.REVIEW, stability__gte=MATURE_STABILITY_DAYS)
YOUNG = Q(state=CardState.REVIEW, stability__lt=MATURE_STABILITY_DAYS)
LEARNING = Q(state__in=[CardState.LEARNING, CardState.RELEARNING])
# Answered at least once. A card a quiz queues for study is due before its first review
# (fsrs's initial card: learning, step 0), but the learner has not studied it yet.
STUDIED = Q(reps__gt=0)


@dataclass(frozen=True)
class Retention:
    answered: int
    passed: int

    @property
    def rate(self) -> float | None:
        return self.passed / self.answered if self.answered else None


@dataclass(frozen=True)
class Mastery:
    label: str
    mature: int
    studied: int
    total: int
    article_id: int | None = None
    section_id: int | None = None

    @property
    def mature_share(self) -> float:
        """Mature cards of all the published questions: what is left to learn counts too."""
        return self.mature / self.total if self.total else 0.0


@dataclass(frozen=True)
class KindAccuracy:
    kind: str
    label: str
    graded: int
    right: int

    @property
    def rate(self) -> float:
        return self.right / self.graded if self.graded else 0.0


@dataclass
class Dashboard:
    today: date
    due_now: int
    due_today: int
    new_available: int
    reviews_today: int
    streak: int
    retention_7: Retention
    retention_30: Retention
    time_today_ms: int
    time_7_ms: int
    time_30_ms: int
    cards: int
    learning: int
    young: int
    mature: int
    heatmap: dict[date, int] = field(default_factory=dict)
    forecast: list[tuple[date, int]] = field(default_factory=list)
    articles: list[Mastery] = field(default_factory=list)
    sections: list[Mastery] = field(default_factory=list)
    kinds: list[KindAccuracy] = field(default_factory=list)
    leeches: list[LearnerCard] = field(default_factory=list)
    latest_fit: FsrsFit | None = None


def streak_length(days: set[date], today: date) -> int:
    """Consecutive study days with a review, ending today (or yesterday, while today is young)."""
    day = today if today in days else today - timedelta(days=1)
    length = 0
    while day in days:
        length += 1
        day -= timedelta(days=1)
    return length


def dashboard_for(*, user, learner: LearnerSettings, now: datetime) -> Dashboard:
    day_start = study_day_start(learner, now)
    today = day_start.date()
    day_end = day_start + timedelta(days=1)
    published = Q(question__status=QuestionStatus.PUBLISHED)
    cards = LearnerCard.objects.filter(published, user=user)
    reviews = ReviewLog.objects.filter(user=user)

    card_totals = cards.aggregate(
        due_now=Count("pk", filter=Q(suspended=False, due__lte=now)),
        due_today=Count("pk", filter=Q(suspended=False, due__lt=day_end)),
        cards=Count("pk", filter=STUDIED),
        learning=Count("pk", filter=LEARNING & STUDIED),
        young=Count("pk", filter=YOUNG),
        mature=Count("pk", filter=MATURE),
    )
    in_review = Q(state_before=CardState.REVIEW)
    not_again = ~Q(rating=Rating.AGAIN)
    week, month = now - timedelta(days=7), now - timedelta(days=30)
    # Every figure here looks back at most 30 days, so the index on (user, reviewed_at)
    # keeps this one pass short however long the learner's history is.
    review_totals = reviews.filter(reviewed_at__gte=min(month, day_start)).aggregate(
        today=Count("pk", filter=Q(reviewed_at__gte=day_start)),
        introduced_today=Count(
            "pk", filter=Q(reviewed_at__gte=day_start, state_before=CardState.NEW)
        ),
        ms_today=Sum("duration_ms", filter=Q(reviewed_at__gte=day_start)),
        ms_7=Sum("duration_ms", filter=Q(reviewed_at__gte=week)),
        ms_30=Sum("duration_ms", filter=Q(reviewed_at__gte=month)),
        answered_7=Count("pk", filter=in_review & Q(reviewed_at__gte=week)),
        passed_7=Count("pk", filter=in_review & not_again & Q(reviewed_at__gte=week)),
        answered_30=Count("pk", filter=in_review & Q(reviewed_at__gte=month)),
        passed_30=Count("pk", filter=in_review & not_again & Q(reviewed_at__gte=month)),
    )
    study_days = set(reviews.values_list("study_day", flat=True).distinct())
    heatmap = dict(
        reviews.filter(study_day__gt=today - timedelta(days=HEATMAP_DAYS))
        .values("study_day")
        .annotate(n=Count("pk"))
        .values_list("study_day", "n")
    )
    new_left = max(0, learner.new_cards_per_day - review_totals["introduced_today"])
    return Dashboard(
        today=today,
        due_now=card_totals["due_now"],
        due_today=card_totals["due_today"],
        new_available=min(new_left, unstudied_count(user=user)),
        reviews_today=review_totals["today"],
        streak=streak_length(study_days, today),
        retention_7=Retention(review_totals["answered_7"], review_totals["passed_7"]),
        retention_30=Retention(review_totals["answered_30"], review_totals["passed_30"]),
        time_today_ms=review_totals["ms_today"] or 0,
        time_7_ms=review_totals["ms_7"] or 0,
        time_30_ms=review_totals["ms_30"] or 0,
        cards=card_totals["cards"],
        learning=card_totals["learning"],
        young=card_totals["young"],
        mature=card_totals["mature"],
        heatmap=heatmap,
        forecast=_forecast(cards=cards, learner=learner, now=now, today=today),
        articles=_article_mastery(cards=cards.filter(STUDIED)),
        sections=_section_mastery(cards=cards.filter(STUDIED)),
        kinds=_kind_accuracy(
            reviews=reviews.filter(reviewed_at__gte=now - timedelta(days=ACCURACY_DAYS))
        ),
        leeches=list(cards.filter(leech=True).select_related("question")[:10]),
        latest_fit=FsrsFit.objects.filter(user=user).first(),
    )


def _forecast(
    *, cards, learner: LearnerSettings, now: datetime, today: date
) -> list[tuple[date, int]]:
    """Cards due on each of the next 30 study days; overdue cards count for today.

    The day boundaries are computed here (time zones and daylight saving are
    Python's business); the database maps each due date to its day and counts,
    looking only at cards due before the last boundary.
    """
    zone = learner_zone(learner)
    days = [today + timedelta(days=offset) for offset in range(FORECAST_DAYS)]
    ends = [
        datetime.combine(day + timedelta(days=1), time(learner.day_starts_at), tzinfo=zone)
        for day in days
    ]
    day_index = Case(*(When(due__lt=end, then=Value(index)) for index, end in enumerate(ends)))
    counts = dict(
        cards.filter(suspended=False, due__lt=ends[-1])
        .annotate(day=day_index)
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    return [(day, counts.get(index, 0)) for index, day in enumerate(days)]


def _article_mastery(*, cards) -> list[Mastery]:
    rows = (
        cards.filter(question__owner__isnull=True)
        .values("question__article")
        .annotate(studied=Count("pk"), mature=Count("pk", filter=MATURE))
        .values_list("question__article", "studied", "mature")
    )
    studied = {article_id: (count, mature) for article_id, count, mature in rows}
    articles = Article.objects.filter(pk__in=studied).annotate(
        total=Count(
            "questions",
            filter=Q(questions__status=QuestionStatus.PUBLISHED, questions__owner__isnull=True),
        )
    )
    return [
        Mastery(
            label=article.title,
            article_id=article.pk,
            total=article.total,
            studied=studied[article.pk][0],
            mature=studied[article.pk][1],
        )
        for article in articles
    ]


def _section_mastery(*, cards) -> list[Mastery]:
    rows = (
        cards.filter(question__owner__isnull=True)
        .values("question__section")
        .annotate(studied=Count("pk"), mature=Count("pk", filter=MATURE))
        .values_list("question__section", "studied", "mature")
    )
    studied = {section_id: (count, mature) for section_id, count, mature in rows if section_id}
    # Every section with questions of the articles studied, the unstudied ones at 0: their
    # rows add up to the article's (a walker's four rows made 20 of 31 beside 20 of 45).
    sections = (
        # The articles by a subquery, not a join through their studied sections: a join
        # counted each question once per studied section of its article (a walker's 6 / 35).
        Section.objects.filter(
            article_id__in=Section.objects.filter(pk__in=studied).values("article_id")
        )
        .select_related("article")
        .annotate(
            total=Count(
                "questions",
                filter=Q(questions__status=QuestionStatus.PUBLISHED, questions__owner__isnull=True),
            )
        )
        .filter(total__gt=0)
        .order_by("article_id", "position")
    )
    return [
        Mastery(
            label=section.display_heading,
            article_id=section.article_id,
            section_id=section.pk,
            total=section.total,
            studied=studied.get(section.pk, (0, 0))[0],
            mature=studied.get(section.pk, (0, 0))[1],
        )
        for section in sections
    ]


def _kind_accuracy(*, reviews) -> list[KindAccuracy]:
    rows = (
        reviews.filter(correct__isnull=False)
        .values("kind")
        .annotate(graded=Count("pk"), right=Count("pk", filter=Q(correct=True)))
        .values_list("kind", "graded", "right")
    )
    labels = dict(QuestionKind.choices)
    return sorted(
        (
            KindAccuracy(kind=kind, label=str(labels.get(kind, kind)), graded=graded, right=right)
            for kind, graded, right in rows
        ),
        key=lambda row: row.kind,
    )
