from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from quizzes.roles import make_instructor


class Command(BaseCommand):
    help = "Give an existing account the instructor role."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")

    def handle(self, *args, username: str, **options) -> None:
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(
                _("No account is named %(name)s.") % {"name": username}, returncode=2
            ) from error
        make_instructor(user=user)
        self.stdout.write(f"{username} is now an instructor.")
