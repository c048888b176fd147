from django.contrib import admin

from quizzes.models import FsrsFit, KnownWord, LearnerCard, LearnerSettings, ReviewLog


@admin.register(LearnerSettings)
class LearnerSettingsAdmin(admin.ModelAdmin):
    list_display = ["user", "desired_retention", "new_cards_per_day", "day_starts_at", "time_zone"]
    search_fields = ["user__username"]


@admin.register(LearnerCard)
class LearnerCardAdmin(admin.ModelAdmin):
    list_display = ["user", "question", "state", "due", "reps", "lapses", "suspended", "leech"]
    list_filter = ["state", "suspended", "leech"]
    list_select_related = ["user", "question"]
    raw_id_fields = ["question"]
    search_fields = ["user__username"]


@admin.register(ReviewLog)
class ReviewLogAdmin(admin.ModelAdmin):
    list_display = ["user", "card", "kind", "rating", "correct", "reviewed_at", "study_day"]
    list_filter = ["rating", "kind"]
    list_select_related = ["user"]
    raw_id_fields = ["card"]
    date_hierarchy = "reviewed_at"


@admin.register(FsrsFit)
class FsrsFitAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "created_at",
        "review_count",
        "log_loss_before",
        "log_loss_after",
        "adopted",
    ]
    list_filter = ["adopted"]


@admin.register(KnownWord)
class KnownWordAdmin(admin.ModelAdmin):
    list_display = ["user", "lemma", "created_at"]
    search_fields = ["user__username", "lemma"]


# Courses and assignments: read-mostly views for administrators.
from quizzes.courses.models import Assignment, Attempt, Course, Enrollment  # noqa: E402


class EnrollmentInline(admin.TabularInline):
    model = Enrollment
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ["name", "join_code", "created_at"]
    search_fields = ["name", "join_code"]
    inlines = [EnrollmentInline]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["title", "course", "article", "mode", "opens_at", "due_at"]
    list_select_related = ["course", "article"]
    raw_id_fields = ["article", "questions", "sections"]


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["assignment", "user", "number", "score", "max_score", "late", "submitted_at"]
    list_select_related = ["assignment", "user"]
    raw_id_fields = ["user"]
