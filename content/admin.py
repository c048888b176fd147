from django.contrib import admin

from content.models import Article, Question, QuestionFlag, Section, Sentence


class SectionInline(admin.TabularInline):
    model = Section
    fields = ["position", "heading", "parent_heading"]
    extra = 0
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "owner", "visibility", "archived_at", "created_at"]
    search_fields = ["title", "slug"]
    readonly_fields = ["checksum", "created_at", "updated_at"]
    inlines = [SectionInline]


class SentenceInline(admin.TabularInline):
    model = Sentence
    fields = ["position", "text", "start", "end"]
    extra = 0


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "position"]
    list_select_related = ["article"]
    inlines = [SentenceInline]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["prompt", "kind", "status", "quality", "article"]
    list_filter = ["kind", "status", "edited"]
    list_select_related = ["article"]
    search_fields = ["prompt", "answer", "source_text"]
    readonly_fields = ["fingerprint", "generator", "generator_version", "created_at", "updated_at"]


@admin.register(QuestionFlag)
class QuestionFlagAdmin(admin.ModelAdmin):
    list_display = ["question", "user", "reason", "resolved", "created_at"]
    list_filter = ["reason", "resolved"]
    list_select_related = ["question", "user"]
