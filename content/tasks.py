"""Background work on the material, run through django.tasks."""

from django.tasks import task


@task
def generate_questions_task(*, generation_id: int) -> dict[str, int]:
    from content.generation.runs import run_generation

    return run_generation(generation_id=generation_id)
