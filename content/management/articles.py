from django.core.management.base import CommandError

from content.models import Article


def article_for_command(slug: str) -> Article:
    """The article a command names, or exit status 2 with a one-line reason."""
    article = Article.objects.filter(slug=slug).first()
    if article is None:
        raise CommandError(f"no article has the slug {slug!r}", returncode=2)
    return article
