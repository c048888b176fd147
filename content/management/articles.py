from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from content.models import Article


def article_for_command(slug: str) -> Article:
    """The article a command names, or exit status 2 with a one-line reason."""
    article = Article.objects.filter(slug=slug).first()
    if article is None:
        raise CommandError(_("No article has the slug %(slug)s.") % {"slug": slug}, returncode=2)
    return article
