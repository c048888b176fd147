"""Reads for classes: a person's courses, what is due, results, analysis and exports."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Cast, Coalesce

from content.models import Article, Question, QuestionFlag, QuestionStatus, Visibility
from content.selectors import articles_visible_to, of_kinds
from quizzes.courses.analysis import QuizStats, Tallies, analyse_tallies
from quizzes.courses.due_dates import learner_due_at
from quizzes.courses.models import (
    SHOWN_FIELDS,
    Assignment,
    Attempt,
    AttemptAnswer,
    Course,
    Enrollment,
    Mode,
    Role,
    shown_fields,
)

# The home pages show assignments due from a week ago onwards.
RECENT = timedelta(days=7)


def memberships(*, user) -> QuerySet[Enrollment]:
    return (
        Enrollment.objects.filter(user=user)
        .select_related("course")
        .annotate(
            learner_count=Count(
                "course__enrollments", filter=Q(course__enrollments__role=Role.LEARNER)
            )
        )
        .order_by("course__name", "course_id")
    )


def learner_assignments(*, user, now: datetime) -> list[Assignment]:
    """Assignments of the courses the person learns in, due (for them: `learner_due_at`) from
    a week ago, soonest first."""
    return list(
        Assignment.objects.filter(
            course__enrollments__user=user, course__enrollments__role=Role.LEARNER
        )
        .annotate(learner_due_at=learner_due_at(user_id=user.pk))
        .filter(learner_due_at__gte=now - RECENT)
        .select_related("course", "article")
        .annotate(pool_size=Count("questions", distinct=True))
        .order_by("learner_due_at", "id")
    )


def open_practices(*, user, article_id: int, now: datetime) -> QuerySet[Assignment]:
    """The learner's practice assignments on this article that are open now: the study page
    names them with their count, since a walker studying one never saw it there."""
    return (
        Assignment.objects.filter(
            course__enrollments__user=user,
            course__enrollments__role=Role.LEARNER,
            article_id=article_id,
            mode=Mode.PRACTICE,
            opens_at__lte=now,
        )
        .annotate(learner_due_at=learner_due_at(user_id=user.pk))
        .filter(learner_due_at__gte=now)
        .annotate(pool_size=Count("questions", distinct=True))
        .order_by("learner_due_at", "id")
    )


def taught_assignments_due(*, user, now: datetime) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(
            course__enrollments__user=user,
            course__enrollments__role=Role.INSTRUCTOR,
            due_at__gte=now - RECENT,
        )
        .select_related("course", "article")
        # Learners, not attempts: a walker read 「提出5件」 for a class of three.
        .annotate(
            submitted=Count(
                "attempts__user", filter=Q(attempts__submitted_at__isnull=False), distinct=True
            ),
            # A subquery: the filter's join holds the instructor's enrolment only.
            learners=Coalesce(
                Subquery(
                    Enrollment.objects.filter(course=OuterRef("course"), role=Role.LEARNER)
                    .values("course")
                    .annotate(n=Count("pk"))
                    .values("n")
                ),
                0,
            ),
        )
        .order_by("due_at", "id")[:20]
    )


def pending_review(*, user) -> QuerySet[Article]:
    """The person's own articles that have open flags or drafts waiting."""
    return (
        Article.objects.filter(owner=user, archived_at__isnull=True)
        .annotate(
            open_flags=Count(
                "questions__flags", filter=Q(questions__flags__resolved=False), distinct=True
            ),
            drafts=Count(
                "questions", filter=Q(questions__status=QuestionStatus.DRAFT), distinct=True
            ),
        )
        .filter(Q(open_flags__gt=0) | Q(drafts__gt=0))
        .order_by("-open_flags", "title")
    )


def open_flag_count(*, user) -> int:
    return QuestionFlag.objects.filter(question__article__owner=user, resolved=False).count()


def roster(*, course: Course) -> QuerySet[Enrollment]:
    return course.enrollments.select_related("user").order_by("role", "user__username")


def assignable_articles(*, course: Course, user) -> QuerySet[Article]:
    """Articles the course's learners can see: shared with everyone, or with the courses of
    one of its instructors; and visible to the person assigning them, and not archived."""
    instructors = course.enrollments.filter(role=Role.INSTRUCTOR).values("user")
    return (
        articles_visible_to(user=user)
        .filter(archived_at__isnull=True)
        .filter(
            Q(visibility=Visibility.EVERYONE)
            | Q(visibility=Visibility.COURSES, owner__in=instructors)
        )
        .order_by("title")
    )


def matching_drafts(
    *, article: Article, sections: list, kinds: list[str], unusable_kinds: tuple[str, ...] = ()
) -> int:
    """Shared questions of these sections and kinds that wait as drafts for review."""
    drafts = Question.objects.filter(
        article=article, status=QuestionStatus.DRAFT, owner__isnull=True
    ).exclude(kind__in=unusable_kinds)
    if sections:
        drafts = drafts.filter(section__in=sections)
    if kinds:
        drafts = of_kinds(drafts, kinds)
    return drafts.count()


def learners_without_attempts(*, assignment: Assignment) -> QuerySet:
    """The course's learners who have not started this quiz: the results list attempts, and a
    walker's teacher could not see who was missing without the gradebook."""
    return (
        get_user_model()
        .objects.filter(enrollments__course=assignment.course, enrollments__role=Role.LEARNER)
        .exclude(attempts__assignment=assignment)
        .order_by("username")
    )


def analysed_attempts(*, assignment: Assignment, first_only: bool) -> QuerySet[Attempt]:
    """The submitted attempts an item analysis counts: each learner's first, or all of them.

    A retake meets questions the learner has seen, with their keys shown after the first
    attempt: counting it makes every item look easier. Moodle's statistics report offers the
    same choice; the first attempt is what says how well a question separates learners.
    """
    submitted = Attempt.objects.filter(assignment=assignment, submitted_at__isnull=False).filter(
        Exists(_enrolled_learner(assignment))
    )
    if not first_only:
        return submitted
    earlier = submitted.filter(user=OuterRef("user"), number__lt=OuterRef("number"))
    return submitted.exclude(Exists(earlier))


def _enrolled_learner(assignment: Assignment) -> QuerySet[Enrollment]:
    """The attempt's learner, still in the course: as Moodle's statistics count enrolled users
    by default, and as the results and the gradebook list them (a walker's teacher read 6
    attempts in the analysis beside 5 in the results, after removing a learner)."""
    return Enrollment.objects.filter(
        course_id=assignment.course_id, user=OuterRef("user"), role=Role.LEARNER
    )


@dataclass(frozen=True)
class AnalysedCounts:
    first: int  # each enrolled learner's first submitted attempt
    all: int  # every submitted attempt of an enrolled learner
    removed: int  # submitted attempts of learners no longer in the course: kept, not analysed


def analysed_counts(*, assignment: Assignment) -> AnalysedCounts:
    """What each switch of the item analysis counts, and what it leaves out, in one statement."""
    submitted = Attempt.objects.filter(assignment=assignment, submitted_at__isnull=False)
    enrolled = Exists(_enrolled_learner(assignment))
    earlier = Exists(submitted.filter(user=OuterRef("user"), number__lt=OuterRef("number")))
    counts = submitted.aggregate(
        first=Count("pk", filter=Q(enrolled) & ~Q(earlier)),
        all=Count("pk", filter=Q(enrolled)),
        removed=Count("pk", filter=~Q(enrolled)),
    )
    return AnalysedCounts(**counts)


def responses_by_question(*, attempts: QuerySet[Attempt]) -> dict[int, Counter]:
    """How often each response was given to each question over these attempts: which wrong
    option drew learners is what a language teacher asks of an item (a walker)."""
    rows = (
        AttemptAnswer.objects.filter(attempt__in=attempts)
        .values_list("question_id", "response")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[int, Counter] = defaultdict(Counter)
    for question_id, response, n in rows:
        counts[question_id][response] += n
    return counts


def shown_versions(*, attempts: QuerySet[Attempt]) -> dict[int, list[dict]]:
    """Each question's versions as these attempts drew it (AttemptAnswer.shown): one, unless an
    instructor edited it between attempts."""
    rows = (
        AttemptAnswer.objects.filter(attempt__in=attempts)
        .values_list("question_id", "shown")
        .distinct()
        .order_by()
    )
    versions: dict[int, list[dict]] = defaultdict(list)
    for question_id, shown in rows:
        if shown not in versions[question_id]:
            versions[question_id].append(shown)
    return versions


def edited_since_drawn(*, assignment: Assignment) -> int:
    """How many of the quiz's drawn questions have been edited since an attempt drew them."""
    versions = shown_versions(attempts=assignment.attempts.all())
    current = Question.objects.only(*SHOWN_FIELDS).in_bulk(versions)
    return sum(
        any(shown != shown_fields(current[question_id]) for shown in seen)
        for question_id, seen in versions.items()
    )


def results(*, assignment: Assignment) -> QuerySet[Attempt]:
    return (
        assignment.attempts.select_related("user")
        .filter(user__enrollments__course=assignment.course)
        .order_by("user__username", "number")
    )


def item_analysis(*, attempts: QuerySet[Attempt]) -> QuizStats:
    """Statistics over these submitted attempts, counted by the database in three queries.

    An attempt's score is its number of right answers, so it is the total each
    mark is compared with.
    """
    by_score = list(attempts.values_list("max_score", "score").annotate(n=Count("pk")))
    counted = sum(n for _max, _score, n in by_score)
    mean_score = (
        sum(100 * score / most * n for most, score, n in by_score) / counted if counted else None
    )
    # Alpha compares attempts with every slot: those with the most questions.
    k = max((most for most, _score, _n in by_score), default=0)
    answers = AttemptAnswer.objects.filter(attempt__in=attempts)
    mark = Coalesce(Cast("correct", IntegerField()), 0)
    tallies = Tallies(
        items=defaultdict(Counter),
        slots=defaultdict(Counter),
        totals=Counter({score: n for most, score, n in by_score if most == k}),
        attempts=counted,
        mean_score=mean_score,
    )
    item_rows = (
        answers.annotate(mark=mark)
        .values_list("question_id", "mark", "attempt__score")
        .annotate(n=Count("pk"))
    )
    for question_id, value, total, n in item_rows:
        tallies.items[question_id][(value, total)] += n
    slot_rows = (
        answers.filter(attempt__max_score=k)
        .annotate(mark=mark)
        .values_list("position", "mark")
        .annotate(n=Count("pk"))
    )
    for slot, value, n in slot_rows:
        tallies.slots[slot][value] += n
    return analyse_tallies(tallies)


def response_rows(*, assignment: Assignment) -> QuerySet[AttemptAnswer]:
    return (
        AttemptAnswer.objects.filter(attempt__assignment=assignment)
        .select_related("attempt__user", "question")
        .order_by("attempt__user__username", "attempt__number", "position")
    )
