"""What the material needs to know about learning, without importing it.

`content` never imports `quizzes` (the learning depends on the material, not the
other way round). Two rules about articles still depend on learners: an article
shared with "my courses" is visible to the members of its owner's courses, and
an article that someone has studied or that is assigned may be archived but not deleted.
And a learner's cards keep a copy of their question's sentence, which follows a question
that a regeneration moves to another sentence. So content states those questions here as a
small interface with safe defaults (no course mates, never studied, nothing to follow), and
`quizzes` installs the real answers from its AppConfig.ready(). The dependency arrow keeps
pointing from quizzes to content, and content's rules can be tested with a fake.
"""

from django.db.models import QuerySet


class Learning:
    """The defaults: nobody shares a course, nothing has been studied."""

    def course_owner_ids(self, *, user) -> QuerySet | list[int]:
        """Ids of the users who teach a course that `user` belongs to (any role)."""
        return []

    def in_use(self, *, article_id: int) -> bool:
        """Whether anyone studied the article, took a quiz on it, or it is assigned."""
        return False

    def questions_moved(self, *, question_ids: list[int]) -> None:
        """These questions now stand on another sentence (in the same transaction)."""

    def questions_succeeded(self, *, pairs: list[tuple[int, int]]) -> None:
        """Each (old, new): the new question is the old one's card on a changed sentence
        (content/generation/succession.py); what learners did with the old one moves to it."""


_installed: Learning = Learning()


def install(learning: Learning) -> None:
    global _installed
    _installed = learning


def learning() -> Learning:
    return _installed
