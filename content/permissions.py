"""Who may do what with an article. The learning's rules (courses, assignments,
progress) live in quizzes/permissions.py, which re-exports these; they sit here
because content never imports quizzes."""

from django.contrib.auth.models import AbstractBaseUser

from content.models import Article


def can_share_articles(user: AbstractBaseUser) -> bool:
    """Instructors may show an article to their courses or everyone; a learner's own
    import stays private. The instructor group holds `content.add_article`."""
    return user.is_authenticated and user.has_perm("content.add_article")


def can_edit_article(user: AbstractBaseUser, article: Article) -> bool:
    """Edit, review questions of, archive or delete: the owner, or an administrator.

    Articles without an owner (imported on the command line) belong to every instructor.
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser or (article.owner_id is not None and article.owner_id == user.pk):
        return True
    return article.owner_id is None and user.has_perm("content.change_question")
