"""The material: articles, their sections and sentences, and the questions made from them."""

import re

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class SourceFormat(models.TextChoices):
    MARKDOWN = "markdown", _("Markdown")
    TEXT = "text", _("Plain text")
    MIXED = "mixed", _("Mixed (one-line Markdown followed by plain text)")


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Only me")
    COURSES = "courses", _("My courses")
    EVERYONE = "everyone", _("Everyone")


class Article(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    language = models.CharField(_("language"), max_length=8, default="ja")
    source_format = models.CharField(_("source format"), max_length=16, choices=SourceFormat)
    original_text = models.TextField(_("original text"))
    # Unique per owner (see the constraint): two people may each keep the same text privately.
    checksum = models.CharField(_("checksum"), max_length=64)
    # Who imported the article and decides who sees it. Empty only for articles
    # imported from the command line, which are then shared with everyone.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        verbose_name=_("owner"),
    )
    visibility = models.CharField(
        _("visibility"), max_length=16, choices=Visibility, default=Visibility.EVERYONE
    )
    # An archived article leaves every list and cannot be assigned; the cards of
    # those who studied it keep working. Articles with reviews are archived, never deleted.
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.CheckConstraint(
                condition=Q(visibility__in=Visibility.values), name="article_visibility_valid"
            ),
            models.UniqueConstraint(
                fields=["owner", "checksum"], name="one_article_per_owner_and_text"
            ),
            # An article only its owner may see needs an owner.
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | Q(visibility=Visibility.EVERYONE),
                name="article_restricted_has_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:article_detail", kwargs={"slug": self.slug})


class Section(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField(_("position"))
    heading = models.CharField(
        _("heading"), max_length=300, blank=True, help_text=_("Empty for the lead.")
    )
    parent_heading = models.CharField(_("parent heading"), max_length=300, blank=True)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="section_position_unique"),
        ]

    def __str__(self) -> str:
        return self.heading or str(_("Lead"))

    @property
    def display_heading(self) -> str:
        return self.heading or str(_("Lead"))


class Sentence(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="sentences")
    position = models.PositiveIntegerField(_("position"))
    text = models.TextField(_("text"))
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    # Tokens from content.analysis, stored so that no request re-runs the analyser.
    analysis = models.JSONField(_("analysis"), null=True, blank=True)

    class Meta:
        ordering = ["section", "position"]
        verbose_name = _("sentence")
        verbose_name_plural = _("sentences")
        constraints = [
            models.UniqueConstraint(
                fields=["section", "position"], name="sentence_position_unique"
            ),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="sentence_span_not_empty"),
        ]

    def __str__(self) -> str:
        return self.text


class QuestionKind(models.TextChoices):
    CLOZE = "cloze", _("Cloze")
    CHOICE = "choice", _("Multiple choice")
    READING = "reading", _("Kanji reading")
    VOCAB = "vocab", _("Vocabulary")
    TRUEFALSE = "truefalse", _("True or false")
    SECTION = "section", _("Which section")
    WH = "wh", _("Wh-question")


SELF_RATED_KINDS = frozenset({QuestionKind.VOCAB})
TRUE_FALSE_LABELS = {"true": _("True"), "false": _("False")}


class QuestionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    RETIRED = "retired", _("Retired")


class RetiredReason(models.TextChoices):
    # Its fingerprint was not generated again (the sentence changed or went): regeneration
    # brings it back, with the status it had, when the fingerprint returns.
    VANISHED = "vanished", _("Its sentence changed or went")
    # An instructor's decision: it stays retired whatever the text becomes.
    INSTRUCTOR = "instructor", _("Retired by an instructor")


class QuestionOrigin(models.TextChoices):
    GENERATED = "generated", _("Generated")
    # Written in the editor or uploaded from a spreadsheet; regeneration never touches these.
    INSTRUCTOR = "instructor", _("Written by an instructor")
    # A learner's own card (a word kept from the reader); only its owner sees it.
    LEARNER = "learner", _("A learner's own card")


# What generators write as a question's explanation: the section it came from.
_SOURCE_EXPLANATION = re.compile(r"「(?P<heading>.+)」より", re.DOTALL)


# What a question of these kinds asks, whatever its prompt: the study card, a quiz and the
# exports say it (an Anki card's front, once for the kind).
# The blank a generated prompt shows where its answer was.
BLANK = "［　？　］"
KIND_INSTRUCTIONS = {
    QuestionKind.TRUEFALSE: _("Is this statement true to the article?"),
    QuestionKind.SECTION: _("Which section is this sentence from?"),
}
# A blank with no line above it read as unexplained beside the other kinds (a walker). Not a
# kind's own line (KIND_INSTRUCTIONS): a choice of kanji says another thing.
BLANK_INSTRUCTIONS = {
    QuestionKind.CHOICE: _("Choose what fills the blank, as the article says."),
    QuestionKind.CLOZE: _("Type what fills the blank, as the article says."),
}
# Looked up once per card rather than through get_kind_display, which rebuilds the choices'
# dict on every call (the study loop shows one per request).
_KIND_LABELS = dict(QuestionKind.choices)


class Question(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="questions")
    # Sections and sentences can vanish on a re-import; the question then keeps
    # its copy of the sentence and is retired rather than deleted.
    section = models.ForeignKey(
        Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    sentence = models.ForeignKey(
        Sentence, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    source_text = models.TextField(_("source sentence"))
    kind = models.CharField(_("kind"), max_length=16, choices=QuestionKind)
    prompt = models.TextField(_("prompt"))
    answer = models.CharField(_("answer"), max_length=300)
    accepted_answers = models.JSONField(_("accepted answers"), default=list, blank=True)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    answer_start = models.PositiveIntegerField(_("answer start"), null=True, blank=True)
    answer_end = models.PositiveIntegerField(_("answer end"), null=True, blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    # Kind-specific extras: the word's reading and gloss for vocab, the swapped span for true/false.
    extra = models.JSONField(_("extra"), default=dict, blank=True)
    difficulty = models.FloatField(_("difficulty"), default=0.5)
    quality = models.FloatField(_("quality score"), default=0.0)
    generator = models.CharField(_("generator"), max_length=64)
    generator_version = models.PositiveIntegerField(_("generator version"), default=1)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    status = models.CharField(
        _("status"), max_length=16, choices=QuestionStatus, default=QuestionStatus.DRAFT
    )
    edited = models.BooleanField(_("edited by an instructor"), default=False)
    # Why a retired question was retired; empty counts as a person's decision.
    retired_reason = models.CharField(
        _("why it was retired"), max_length=16, choices=RetiredReason, blank=True
    )
    # The status a vanished question returns to when its fingerprint comes back.
    status_before_retired = models.CharField(
        _("status before it was retired"), max_length=16, choices=QuestionStatus, blank=True
    )
    origin = models.CharField(
        _("origin"), max_length=16, choices=QuestionOrigin, default=QuestionOrigin.GENERATED
    )
    # Set only for a learner's own cards, which nobody else sees.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="own_questions",
        verbose_name=_("owner"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "section__position", "-quality", "id"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"], name="question_fingerprint_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=QuestionKind.values), name="question_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=QuestionStatus.values), name="question_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(origin__in=QuestionOrigin.values), name="question_origin_valid"
            ),
            # A vanished question always knows the status it comes back to.
            models.CheckConstraint(
                condition=~Q(retired_reason=RetiredReason.VANISHED)
                | Q(
                    status=QuestionStatus.RETIRED,
                    status_before_retired__in=[QuestionStatus.DRAFT, QuestionStatus.PUBLISHED],
                ),
                name="question_vanished_remembers_status",
            ),
            models.CheckConstraint(
                condition=Q(owner__isnull=True) | Q(origin=QuestionOrigin.LEARNER),
                name="question_owner_only_for_learner_cards",
            ),
            models.CheckConstraint(
                condition=Q(answer_start__isnull=True) | Q(answer_end__gt=F("answer_start")),
                name="question_answer_span_valid",
            ),
            # A learner keeps a word once, whichever article they found it in.
            models.UniqueConstraint(
                fields=["owner", "answer"],
                condition=Q(owner__isnull=False, kind="vocab"),
                name="one_own_word_per_learner",
            ),
        ]
        indexes = [models.Index(fields=["article", "status", "kind"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.prompt[:60]}"

    @property
    def is_self_rated(self) -> bool:
        return self.kind in SELF_RATED_KINDS

    def label_for(self, option: str) -> str:
        """How an option or answer is shown: true/false statements get words in the UI language."""
        if self.kind == QuestionKind.TRUEFALSE:
            return str(TRUE_FALSE_LABELS.get(option, option))
        return option

    @property
    def answer_label(self) -> str:
        return self.label_for(self.answer)

    @property
    def explanation_label(self) -> str:
        """The explanation in the reader's language: generators store 「heading」より, in Japanese."""
        where = _SOURCE_EXPLANATION.fullmatch(self.explanation)
        if where is None:
            return self.explanation
        return gettext("From “%(heading)s”") % {"heading": where["heading"]}

    @property
    def kind_label(self) -> str:
        """The kind as a learner's card names it: a choice of kanji is a spelling question, not
        any choice (a walker saw 多肢選択 on it)."""
        if (self.extra or {}).get("spelling"):
            return gettext("Kanji spelling")
        return str(_KIND_LABELS.get(self.kind, self.kind))

    @property
    def instruction(self) -> str:
        """What the question asks, where its prompt alone does not say."""
        if (self.extra or {}).get("spelling"):
            # A choice of kanji for the reading in the blank (content/generation/spellings.py).
            return gettext("Which kanji write the word in brackets?")
        if self.kind in KIND_INSTRUCTIONS:
            return str(KIND_INSTRUCTIONS[self.kind])
        if self.kind in BLANK_INSTRUCTIONS and BLANK in self.prompt:
            return str(BLANK_INSTRUCTIONS[self.kind])
        return ""

    @property
    def answer_reading(self) -> str:
        """The reading a typed blank shows of its answer: a name cannot be typed unread (兼六園)."""
        if self.kind != QuestionKind.CLOZE or self.choices:
            return ""
        return (self.extra or {}).get("reading", "")

    @property
    def labelled_choices(self) -> list[tuple[str, str]]:
        return [(choice, self.label_for(choice)) for choice in self.choices]

    @property
    def feedback_highlight(self) -> tuple[int, int] | None:
        """The span feedback marks in the sentence: the answer, or what a false statement swapped.

        A true statement swapped nothing, and a which-section question asks about the whole
        sentence: nothing is marked for them.
        """
        if self.answer_start is None or self.answer_end is None:
            return None
        if self.answer_end <= self.answer_start:
            return None
        if self.kind == QuestionKind.TRUEFALSE and not self.extra.get("swapped"):
            return None
        return self.answer_start, self.answer_end

    @property
    def highlighted_source(self) -> tuple[str, str, str]:
        """The source sentence split around the answer, for highlighting it."""
        if self.answer_start is None or self.answer_end is None:
            return self.source_text, "", ""
        text = self.source_text
        return (
            text[: self.answer_start],
            text[self.answer_start : self.answer_end],
            text[self.answer_end :],
        )


class FlagReason(models.TextChoices):
    WRONG_ANSWER = "wrong_answer", _("The answer is wrong")
    AMBIGUOUS = "ambiguous", _("More than one answer fits")
    UNGRAMMATICAL = "ungrammatical", _("The question reads badly")
    TOO_EASY = "too_easy", _("The answer is given away")
    OTHER = "other", _("Something else")


class QuestionFlag(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=32, choices=FlagReason)
    comment = models.CharField(_("comment"), max_length=500, blank=True)
    resolved = models.BooleanField(_("resolved"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question flag")
        verbose_name_plural = _("question flags")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "user"],
                condition=Q(resolved=False),
                name="one_open_flag_per_user",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.question_id}"


class QuestionUpload(models.Model):
    """A spreadsheet of questions waiting for its instructor to confirm the preview.

    The parsed cells are kept (not the questions): each preview and the final
    confirmation validate them again, and nothing reaches Question until then.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="uploads")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_uploads"
    )
    filename = models.CharField(_("file name"), max_length=255)
    # [{"line": spreadsheet row number, "values": {column: cell text}}], in file order.
    rows = models.JSONField(_("rows"), default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question upload")
        verbose_name_plural = _("question uploads")

    def __str__(self) -> str:
        return self.filename


class GenerationStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    # The article was replaced while this run worked; the run the replacement queued wins.
    SUPERSEDED = "superseded", _("Superseded by a newer run")


class Generation(models.Model):
    """One run of question generation for an article, so that its page can say how it went."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="generations")
    status = models.CharField(
        _("status"), max_length=16, choices=GenerationStatus, default=GenerationStatus.QUEUED
    )
    # The id of the django.tasks result, to ask the task backend when a worker died mid-run.
    task_id = models.CharField(_("task id"), max_length=64, blank=True)
    error = models.TextField(_("reason it failed"), blank=True)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("question generation")
        verbose_name_plural = _("question generations")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=GenerationStatus.values), name="generation_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["article", "-created_at"], name="generation_article_latest")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} {self.status}"

    @property
    def is_pending(self) -> bool:
        return self.status in (GenerationStatus.QUEUED, GenerationStatus.RUNNING)


class PendingImport(models.Model):
    """An upload waiting for its preview to be saved: stored once, referred to by id.

    Nothing of the text travels back and forth in forms; the save step reads it here.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_imports"
    )
    checksum = models.CharField(_("checksum"), max_length=64)
    text = models.TextField(_("text"))
    title = models.CharField(_("title"), max_length=300, blank=True)
    # Empty means "detect automatically".
    source_format = models.CharField(
        _("source format"), max_length=16, choices=SourceFormat, blank=True
    )
    # The article a "new version" replaces; empty for a new article.
    replacing = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("replacing"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pending import")
        verbose_name_plural = _("pending imports")
        constraints = [
            models.UniqueConstraint(
                fields=["created_by", "checksum"], name="one_pending_import_per_text"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.created_by_id} {self.checksum[:12]}"
