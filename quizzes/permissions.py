"""Who may see whose progress."""


def can_view_progress(*, viewer, learner) -> bool:
    """Learners see their own progress; administrators everyone's.

    Instructors will see the learners of their own courses once courses exist
    (the classes issue); until then an instructor has no learners.
    """
    return viewer.is_authenticated and (viewer.pk == learner.pk or viewer.is_superuser)
