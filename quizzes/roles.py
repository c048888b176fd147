"""Two roles: every account is a learner; instructors are members of one group."""

from django.contrib.auth.models import AbstractBaseUser, Group, Permission

INSTRUCTORS_GROUP = "instructors"

# What instructors may do across the app; views check these permissions, not the group.
INSTRUCTOR_PERMISSIONS = (
    "content.add_article",
    "content.change_article",
    "content.change_question",
    "content.view_questionflag",
    "content.change_questionflag",
    "quizzes.add_course",
)


def ensure_instructor_group() -> Group:
    group, _created = Group.objects.get_or_create(name=INSTRUCTORS_GROUP)
    wanted = []
    for dotted in INSTRUCTOR_PERMISSIONS:
        app_label, codename = dotted.split(".")
        wanted.extend(
            Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
    group.permissions.add(*wanted)
    return group


def make_instructor(*, user: AbstractBaseUser) -> None:
    user.groups.add(ensure_instructor_group())


def is_instructor(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.groups.filter(name=INSTRUCTORS_GROUP).exists()
