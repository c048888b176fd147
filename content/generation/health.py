"""Whether a queued or running generation has been lost: its task failed or its worker died."""

from datetime import timedelta

from django.tasks import TaskResultStatus
from django.tasks.exceptions import TaskResultDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext as _

from content.models import Generation, GenerationStatus

# No article takes this long: a run still "running" after it has lost its worker.
RUN_TIME_LIMIT = timedelta(minutes=30)


def lost_reason(generation: Generation) -> str:
    """Why a queued or running generation will never finish, or "" while it still may."""
    if not generation.is_pending:
        return ""
    from content.tasks import generate_questions_task

    # The immediate backend keeps no results to ask; the database backend does.
    if generation.task_id and generate_questions_task.get_backend().supports_get_result:
        try:
            result = generate_questions_task.get_result(generation.task_id)
        except TaskResultDoesNotExist:
            return _("The queued task has disappeared.")
        if result.status == TaskResultStatus.FAILED:
            error = result.errors[-1].exception_class_path if result.errors else ""
            return _("The task failed (%(error)s).") % {"error": error or "?"}
    started = generation.started_at
    if started is not None and timezone.now() - started > RUN_TIME_LIMIT:
        return _("The run stopped without finishing (its worker may have been stopped).")
    return ""


def as_reported(generation: Generation | None) -> Generation | None:
    """The generation as its article's page reports it: a lost run reads as failed."""
    if generation is None:
        return None
    reason = lost_reason(generation)
    if reason:
        generation.status = GenerationStatus.FAILED
        generation.error = reason
    return generation
