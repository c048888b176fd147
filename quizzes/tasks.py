"""Background work of the learning, run through django.tasks."""

from django.contrib.auth import get_user_model
from django.tasks import task

from quizzes.fitting import fit_parameters


@task
def fit_parameters_task(*, user_id: int) -> str:
    user = get_user_model().objects.get(pk=user_id)
    return str(fit_parameters(user=user).status)
