from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Learning")

    def ready(self) -> None:
        from content.learning import install
        from quizzes.courses.learning import CourseLearning
        from quizzes.roles import ensure_instructor_group

        # Content asks "who shares a course with whom" and "is this article in use"
        # through an interface it owns; the learning answers (content never imports quizzes).
        install(CourseLearning())

        # Permissions exist only after migrate has created them, hence post_migrate.
        post_migrate.connect(
            lambda **kwargs: ensure_instructor_group(),
            dispatch_uid="ensure_instructor_group",
            weak=False,
        )
