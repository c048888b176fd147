"""Classes: courses and their members, assignments, and graded attempts.

Loaded by quizzes/models.py, so these are models of the `quizzes` app.
"""

import copy

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from content.models import Article, Question, Section


class Course(models.Model):
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    # Random, unique, and replaced when regenerated: an old code stops working at once.
    join_code = models.CharField(_("join code"), max_length=16, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("courses:course_detail", kwargs={"pk": self.pk})


class Role(models.TextChoices):
    INSTRUCTOR = "instructor", _("Instructor")
    LEARNER = "learner", _("Learner")


class Enrollment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="enrollments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        ordering = ["course", "role", "user__username"]
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(fields=["course", "user"], name="one_enrollment_per_course"),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="enrollment_role_valid"),
        ]
        indexes = [models.Index(fields=["user", "role"], name="enrollment_user_role")]

    def __str__(self) -> str:
        return f"{self.user} · {self.course} ({self.role})"


class Mode(models.TextChoices):
    QUIZ = "quiz", _("Quiz (graded)")
    PRACTICE = "practice", _("Practice (study loop)")


class ShowAnswers(models.TextChoices):
    AFTER_SUBMIT = "after_submit", _("After submission")
    AFTER_DUE = "after_due", _("After the due date")


class PracticeTarget(models.TextChoices):
    REVIEWS = "reviews", _("A number of reviews")
    MASTERY = "mastery", _("A share of the questions mastered")


# Upper bounds a teacher will not reach and a timedelta or a counter can hold: a time
# limit of 9,000,000,000,000 minutes once saved and then overflowed when an attempt began.
MAX_QUESTIONS = 200
MAX_ATTEMPTS = 100
MAX_TIME_LIMIT_MINUTES = 24 * 60
MAX_TARGET_REVIEWS = 10_000


class Assignment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(_("title"), max_length=200)
    # PROTECT: an assigned article is archived, never deleted, so grades keep their questions.
    article = models.ForeignKey(
        Article, on_delete=models.PROTECT, related_name="assignments", verbose_name=_("article")
    )
    sections = models.ManyToManyField(
        Section, blank=True, related_name="assignments", verbose_name=_("sections")
    )
    kinds = models.JSONField(_("question kinds"), default=list, blank=True)
    # The pool, fixed when the assignment is saved: quizzes draw from its published
    # questions, practice counts them. Saving again picks up newly published questions.
    questions = models.ManyToManyField(
        Question, blank=True, related_name="assignments", verbose_name=_("questions")
    )
    question_count = models.PositiveSmallIntegerField(
        _("number of questions"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_QUESTIONS)],
    )
    opens_at = models.DateTimeField(_("opens at"))
    due_at = models.DateTimeField(_("due at"))
    mode = models.CharField(_("mode"), max_length=16, choices=Mode, default=Mode.QUIZ)
    # Quiz settings.
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        help_text=_("Empty for no limit."),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_ATTEMPTS)],
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("Empty for no limit."),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_TIME_LIMIT_MINUTES)],
    )
    show_answers = models.CharField(
        _("show answers"), max_length=16, choices=ShowAnswers, default=ShowAnswers.AFTER_SUBMIT
    )
    # Practice settings.
    practice_target = models.CharField(
        _("practice target"),
        max_length=16,
        choices=PracticeTarget,
        default=PracticeTarget.REVIEWS,
    )
    target_reviews = models.PositiveIntegerField(
        _("reviews to reach"),
        default=50,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_TARGET_REVIEWS)],
    )
    target_mastery = models.FloatField(
        _("share to master"), default=0.8, help_text=_("Between 0 and 1.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["due_at", "id"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.CheckConstraint(condition=Q(mode__in=Mode.values), name="assignment_mode_valid"),
            models.CheckConstraint(
                condition=Q(due_at__gt=F("opens_at")), name="assignment_due_after_open"
            ),
            models.CheckConstraint(
                condition=Q(question_count__gte=1, question_count__lte=MAX_QUESTIONS),
                name="assignment_question_count_range",
            ),
            models.CheckConstraint(
                condition=Q(max_attempts__isnull=True)
                | Q(max_attempts__gte=1, max_attempts__lte=MAX_ATTEMPTS),
                name="assignment_attempts_range",
            ),
            models.CheckConstraint(
                condition=Q(time_limit_minutes__isnull=True)
                | Q(time_limit_minutes__gte=1, time_limit_minutes__lte=MAX_TIME_LIMIT_MINUTES),
                name="assignment_time_limit_range",
            ),
            models.CheckConstraint(
                condition=Q(show_answers__in=ShowAnswers.values),
                name="assignment_show_answers_valid",
            ),
            models.CheckConstraint(
                condition=Q(practice_target__in=PracticeTarget.values),
                name="assignment_practice_target_valid",
            ),
            models.CheckConstraint(
                condition=Q(target_mastery__gt=0, target_mastery__lte=1),
                name="assignment_target_mastery_range",
            ),
            models.CheckConstraint(
                condition=Q(target_reviews__gte=1, target_reviews__lte=MAX_TARGET_REVIEWS),
                name="assignment_target_reviews_range",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("courses:assignment_detail", kwargs={"pk": self.pk})

    @property
    def is_quiz(self) -> bool:
        return self.mode == Mode.QUIZ


class Extension(models.Model):
    """A later due date for one learner of an assignment, as Moodle's user overrides give: an
    illness, a late enrolment. Their attempts are late only after it, their practice counts
    until it, and a quiz whose answers are shown after the due date shows them to the class
    after the last learner's."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extensions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="extensions"
    )
    due_at = models.DateTimeField(_("due at"))
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        ordering = ["assignment", "due_at", "id"]
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")
        constraints = [
            models.UniqueConstraint(fields=["assignment", "user"], name="one_extension_per_learner")
        ]

    def __str__(self) -> str:
        return f"{self.assignment} · {self.user} → {self.due_at:%Y-%m-%d %H:%M}"


class Attempt(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    # The draw of questions is random.Random(seed) over the assignment's sorted pool.
    seed = models.BigIntegerField(_("seed"))
    started_at = models.DateTimeField(_("started at"))
    # Set when the quiz has a time limit; answers after it are refused by the server.
    ends_at = models.DateTimeField(_("time runs out at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    max_score = models.PositiveSmallIntegerField(_("maximum score"))
    late = models.BooleanField(_("late"), default=False)

    class Meta:
        ordering = ["assignment", "user", "number"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "number"], name="attempt_number_unique"
            ),
            # At most one attempt in progress per learner and assignment.
            models.UniqueConstraint(
                fields=["assignment", "user"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt",
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="attempt_number_positive"),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True) | Q(score__isnull=False),
                name="submitted_attempt_has_score",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__lte=F("max_score")),
                name="attempt_score_within_max",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment} · {self.user} #{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("courses:attempt", kwargs={"pk": self.pk})

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


# What an attempt keeps of each drawn question: what the learner was asked and what graded it.
SHOWN_FIELDS = ("prompt", "answer", "accepted_answers", "choices")


def shown_fields(question: Question) -> dict:
    return {name: getattr(question, name) for name in SHOWN_FIELDS}


def question_as_shown(question: Question, shown: dict) -> Question:
    """The question (unsaved copy) with the prompt, key, accepted answers and options of `shown`."""
    drawn = copy.copy(question)
    for name in SHOWN_FIELDS:
        if name in shown:
            setattr(drawn, name, shown[name])
    return drawn


class AttemptAnswer(models.Model):
    """One drawn question of an attempt; the response is filled in as the learner answers."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    # PROTECT: a question that was part of a graded attempt is retired, never deleted.
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    # The question as drawn (SHOWN_FIELDS): an instructor's later edit of its prompt or key must
    # not rewrite what the learner answered (a walker's teacher changed a key and the attempt
    # then showed the learner's answer, equal to the new key, marked wrong). Only a regrade
    # brings an attempt to the question's current version.
    shown = models.JSONField(_("question as shown"), default=dict)
    position = models.PositiveSmallIntegerField(_("position"))
    response = models.CharField(_("response"), max_length=300, blank=True)
    correct = models.BooleanField(_("correct"), null=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        verbose_name = _("attempt answer")
        verbose_name_plural = _("attempt answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="attempt_question_unique"),
            models.UniqueConstraint(fields=["attempt", "position"], name="attempt_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} · {self.position}"

    @cached_property
    def shown_question(self) -> Question:
        """The question as this attempt drew it: its current version with the prompt, key,
        accepted answers and options the learner was given."""
        return question_as_shown(self.question, self.shown)

    @property
    def edited_since(self) -> bool:
        """Whether the question has been edited since it was drawn: a regrade would change it."""
        return bool(self.shown) and self.shown != shown_fields(self.question)

    @property
    def response_label(self) -> str:
        """The response as shown: true/false in words of the interface language."""
        return self.shown_question.label_for(self.response)
