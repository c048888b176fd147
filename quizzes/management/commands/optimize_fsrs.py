from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.utils.translation import gettext as _

from quizzes.fitting import MIN_REVIEWS, FitStatus, fit_parameters


class Command(BaseCommand):
    help = (
        "Fit FSRS parameters to learners' own reviews; adopt them only where they predict better."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", help="Only this learner (username).")

    def handle(self, *args, user: str | None, **options) -> None:
        User = get_user_model()
        if user:
            learners = User.objects.filter(username=user)
            if not learners.exists():
                raise CommandError(
                    _("No account is named %(name)s.") % {"name": user}, returncode=2
                )
        else:
            learners = User.objects.annotate(n=Count("reviews")).filter(n__gte=MIN_REVIEWS)
        for learner in learners:
            outcome = fit_parameters(user=learner)
            if outcome.status == FitStatus.TOO_LITTLE_HISTORY:
                self.stdout.write(
                    f"{learner.username}: {outcome.reviews} reviews on {outcome.days} days; "
                    "too little history (needs 400 reviews on 4 days), parameters unchanged"
                )
                continue
            fit = outcome.fit
            self.stdout.write(
                f"{learner.username}: {fit.review_count} reviews on {fit.day_count} days; "
                f"log loss {fit.log_loss_before:.4f} → {fit.log_loss_after:.4f}, "
                f"RMSE {fit.rmse_before:.4f} → {fit.rmse_after:.4f}; "
                f"{'adopted' if fit.adopted else 'kept the current parameters'}"
            )
