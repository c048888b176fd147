from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Learning")

    def ready(self) -> None:
        from quizzes.roles import ensure_instructor_group

        # Permissions exist only after migrate has created them, hence post_migrate.
        post_migrate.connect(
            lambda **kwargs: ensure_instructor_group(),
            dispatch_uid="ensure_instructor_group",
            weak=False,
        )
