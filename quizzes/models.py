"""The learning: each learner's settings, cards with their FSRS state, and every review."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from fsrs.scheduler import DEFAULT_PARAMETERS

from content.models import Article, Question, QuestionKind, Section, Sentence
from content.reading import FuriganaMode


def default_parameters() -> list[float]:
    return list(DEFAULT_PARAMETERS)


class LearnerSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner_settings"
    )
    desired_retention = models.FloatField(_("desired retention"), default=0.90)
    new_cards_per_day = models.PositiveIntegerField(_("new cards a day"), default=20)
    day_starts_at = models.PositiveSmallIntegerField(_("hour the study day starts"), default=4)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Asia/Tokyo")
    fsrs_parameters = models.JSONField(_("FSRS parameters"), default=default_parameters)
    # Which question kinds the learner studies; empty means every kind.
    study_kinds = models.JSONField(_("question kinds to study"), default=list, blank=True)
    furigana_mode = models.CharField(
        _("furigana"), max_length=8, choices=FuriganaMode, default=FuriganaMode.UNKNOWN
    )
    # A lesson before the reviews: new cards of a section wait until it was opened in the reader.
    hold_until_read = models.BooleanField(
        _("hold back new cards until I have read their section"), default=False
    )

    class Meta:
        verbose_name = _("learner settings")
        verbose_name_plural = _("learner settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(desired_retention__gte=0.7, desired_retention__lte=0.97),
                name="desired_retention_range",
            ),
            models.CheckConstraint(condition=Q(day_starts_at__lte=23), name="day_starts_at_hour"),
            models.CheckConstraint(
                condition=Q(new_cards_per_day__lte=1000), name="new_cards_per_day_max"
            ),
            models.CheckConstraint(
                condition=Q(furigana_mode__in=FuriganaMode.values), name="furigana_mode_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}"


class CardState(models.IntegerChoices):
    # fsrs has no "new" state; a card row exists from its first review, so NEW only
    # appears transiently, before the first review is applied.
    NEW = 0, _("New")
    LEARNING = 1, _("Learning")
    REVIEW = 2, _("Review")
    RELEARNING = 3, _("Relearning")


class LearnerCard(models.Model):
    # No index of its own: the composite indexes below lead with the user. A lone user index
    # tempted PostgreSQL, with statistics older than the learner, into reading every card of
    # the learner to find the few due ones (see quizzes/queue.py).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cards", db_index=False
    )
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="cards")
    # The question's kind, which never changes (it is part of the question's fingerprint),
    # copied here so that a learner's word cards are found by index: reached through the
    # question, "knows any word" walked every mature card of the learner (30 ms an answer
    # at 100,000). Filled from the question on save; bulk creation passes it.
    kind = models.CharField(_("kind"), max_length=16, choices=QuestionKind)
    # The question's article, which never changes either: the cards of an article's deck are a
    # range of the (user, article, suspended, due, id) index. Through the question, the next
    # card of a deck walked the learner's due cards of every other deck first (7 ms a card
    # for a learner with 5,000 due elsewhere starting a new article).
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        # A deleted article's cards go with its questions (the question's CASCADE): nothing
        # looks cards up by article alone, which no index here could serve.
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_index=False,
    )
    # The question's sentence, copied here for the same reason as the kind: whether the learner has met a
    # sentence (a new card's window asks it of each question) is one look-up in the (sentence,
    # user) index; reached through the question, it walked every card of the learner (52 ms a
    # new card at 10,000 cards). A question's sentence never changes, except to none when a
    # re-import drops it, which SET_NULL does to this copy too. Filled like the kind.
    sentence = models.ForeignKey(
        Sentence,
        verbose_name=_("sentence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # the (sentence, user) index below leads with it
    )
    state = models.PositiveSmallIntegerField(_("state"), choices=CardState, default=CardState.NEW)
    step = models.PositiveSmallIntegerField(_("learning step"), null=True, blank=True)
    stability = models.FloatField(_("stability"), null=True, blank=True)
    difficulty = models.FloatField(_("difficulty"), null=True, blank=True)
    due = models.DateTimeField(_("due"))
    last_review = models.DateTimeField(_("last review"), null=True, blank=True)
    reps = models.PositiveIntegerField(_("reviews"), default=0)
    lapses = models.PositiveIntegerField(_("lapses"), default=0)
    suspended = models.BooleanField(_("suspended"), default=False)
    leech = models.BooleanField(_("leech"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("card")
        verbose_name_plural = _("cards")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "question"], name="one_card_per_learner_question"
            ),
            models.CheckConstraint(
                condition=Q(state__in=CardState.values), name="card_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=QuestionKind.values), name="card_kind_valid"
            ),
        ]
        indexes = [
            # With the key last: the next card is the first (due, id) in it, in any plan.
            models.Index(fields=["user", "suspended", "due", "id"], name="card_user_due"),
            # Learning steps waiting later today: the summary's "next card at 12:40".
            models.Index(fields=["user", "state", "due"], name="card_user_state_due"),
            # Mature word cards (the known words the feedback's furigana leaves out): read in
            # each answer, so found by range rather than by scanning every card of the learner.
            models.Index(fields=["user", "kind", "stability"], name="card_user_kind_stability"),
            # An article deck's cards, in the order the next one is chosen in.
            models.Index(
                fields=["user", "article", "suspended", "due", "id"], name="card_user_article_due"
            ),
            # Whether the learner has met a sentence, and the cards a dropped sentence leaves.
            models.Index(fields=["sentence", "user"], name="card_sentence_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.question_id}"

    def save(self, *args, **kwargs):
        if not self.kind:
            self.kind = self.question.kind
        if self._state.adding and self.article_id is None:
            self.article_id = self.question.article_id
        if self._state.adding and self.sentence_id is None:
            self.sentence_id = self.question.sentence_id
        super().save(*args, **kwargs)


class Rating(models.IntegerChoices):
    AGAIN = 1, _("Again")
    HARD = 2, _("Hard")
    GOOD = 3, _("Good")
    EASY = 4, _("Easy")


class ReviewLog(models.Model):
    card = models.ForeignKey(LearnerCard, on_delete=models.CASCADE, related_name="reviews")
    # Denormalized from the card and its question so that statistics never need the join.
    # Indexed by (user, time) and (user, day) only, as LearnerCard.user is.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews", db_index=False
    )
    kind = models.CharField(_("question kind"), max_length=16)
    rating = models.PositiveSmallIntegerField(_("rating"), choices=Rating)
    reviewed_at = models.DateTimeField(_("reviewed at"))
    # The learner's study day (their time zone and day boundary at the time of the
    # review), stored so that streaks and calendars group by a plain indexed column.
    study_day = models.DateField(_("study day"))
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    response = models.CharField(_("response"), max_length=300, blank=True)
    correct = models.BooleanField(
        _("correct"), null=True, help_text=_("Empty for self-rated cards.")
    )
    # The card's columns before this review, so that undo can restore them.
    state_before = models.PositiveSmallIntegerField(_("state before"), choices=CardState)
    card_before = models.JSONField(_("card before"))
    # reps of the card when it was shown: the same shown card can be recorded only once.
    shown_reps = models.PositiveIntegerField(_("reviews when shown"))

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["card", "shown_reps"], name="one_review_per_shown_card"
            ),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=4), name="rating_1_to_4"),
        ]
        indexes = [
            models.Index(fields=["user", "reviewed_at"], name="review_user_time"),
            models.Index(fields=["user", "study_day"], name="review_user_day"),
        ]

    def __str__(self) -> str:
        return f"{self.card_id} {self.get_rating_display()} {self.reviewed_at:%Y-%m-%d %H:%M}"


class Grading(models.Model):
    """The first grading of a shown card; answering the same shown card again gets it back.

    A shown card is the learner's question at a number of reviews, as its token
    says, so the feedback a learner read can never be re-graded into a better one.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    shown_reps = models.PositiveIntegerField(_("reviews when shown"))
    response = models.CharField(_("response"), max_length=300, blank=True)
    correct = models.BooleanField(_("correct"), null=True)
    # The accepted spelling that the response matched, when not the answer as written.
    accepted = models.CharField(_("accepted variant"), max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("grading")
        verbose_name_plural = _("gradings")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "question", "shown_reps"], name="one_grading_per_shown_card"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.question_id} · {self.shown_reps}"


class FsrsFit(models.Model):
    """One run of fitting FSRS parameters to a learner's own reviews."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fsrs_fits"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    review_count = models.PositiveIntegerField(_("reviews used"))
    day_count = models.PositiveIntegerField(_("days with reviews"))
    parameters_before = models.JSONField(_("parameters before"))
    parameters_after = models.JSONField(_("fitted parameters"))
    log_loss_before = models.FloatField(_("log loss before"))
    log_loss_after = models.FloatField(_("log loss after"))
    rmse_before = models.FloatField(_("RMSE before"))
    rmse_after = models.FloatField(_("RMSE after"))
    adopted = models.BooleanField(_("adopted"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("FSRS fit")
        verbose_name_plural = _("FSRS fits")

    def __str__(self) -> str:
        return f"{self.user} {self.created_at:%Y-%m-%d} {self.log_loss_before:.4f}→{self.log_loss_after:.4f}"


class KnownWord(models.Model):
    """A word (by dictionary form) the learner said they know: no furigana, counted as covered."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="known_words"
    )
    lemma = models.CharField(_("word"), max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("known word")
        verbose_name_plural = _("known words")
        constraints = [
            models.UniqueConstraint(fields=["user", "lemma"], name="known_word_once_per_learner"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lemma}"


class SectionRead(models.Model):
    """The first time a learner opened a section in the reader (for holding back new cards)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sections_read"
    )
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField(_("first opened"), auto_now_add=True)

    class Meta:
        verbose_name = _("section read")
        verbose_name_plural = _("sections read")
        constraints = [
            models.UniqueConstraint(fields=["user", "section"], name="section_read_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.section_id}"


# Courses, assignments and attempts live in their own module; importing them here
# registers them with the quizzes app.
from quizzes.courses.models import (  # noqa: E402, F401
    Assignment,
    Attempt,
    AttemptAnswer,
    Course,
    Enrollment,
    Extension,
)
