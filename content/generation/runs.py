"""One generation run from the queue to its end, each step recorded where the article page reads it."""

import logging

from django.db import transaction
from django.utils import timezone

from content.models import Generation, GenerationStatus

from .service import ArticleChanged, regenerate_questions

logger = logging.getLogger(__name__)


def run_generation(*, generation_id: int) -> dict[str, int]:
    """Run a queued generation and record how it ended; a failure is recorded, then re-raised.

    Re-raising lets the task backend record the failure too (and a worker log it).
    """
    with transaction.atomic():
        generation = (
            Generation.objects.select_for_update().select_related("article").get(pk=generation_id)
        )
        if generation.status != GenerationStatus.QUEUED:
            return generation.counts  # a retried task finds its run already handled
        generation.status = GenerationStatus.RUNNING
        generation.started_at = timezone.now()
        generation.save(update_fields=["status", "started_at"])
    try:
        result = regenerate_questions(article=generation.article)
    except ArticleChanged:
        _finish(generation, GenerationStatus.SUPERSEDED)
        return {}
    except Exception as error:
        _finish(generation, GenerationStatus.FAILED, error=_describe(error))
        raise
    _finish(generation, GenerationStatus.DONE, counts=result.as_counts())
    return result.as_counts()


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:2000]


def _finish(generation: Generation, status: GenerationStatus, **fields) -> None:
    generation.status = status
    generation.finished_at = timezone.now()
    for name, value in fields.items():
        setattr(generation, name, value)
    generation.save(update_fields=["status", "finished_at", *fields])
