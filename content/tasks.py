"""Background work on the material, run through django.tasks."""

from django.tasks import task


@task
def generate_questions_task(*, article_id: int) -> dict[str, int]:
    from content.generation.service import regenerate_questions
    from content.models import Article

    article = Article.objects.get(pk=article_id)
    return regenerate_questions(article=article).as_counts()
