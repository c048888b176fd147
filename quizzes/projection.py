"""How many reviews a day a desired retention would cost this learner.

Cards already in review: each costs about 1/interval reviews a day, and FSRS's
interval is stability × FACTOR⁻¹ × (r^(1/DECAY) − 1), so the whole load is
Σ(1/S) times a factor of r — one SQL aggregate. Cards still to learn: the
fsrs-rs-python simulator, with the learner's parameters and daily new-card limit,
over the next 30 days.
"""

from django.db.models import F, FloatField, Q, Sum, Value
from django.db.models.functions import Cast
from fsrs_rs_python import default_simulator_config, simulate

from content.models import QuestionStatus
from quizzes.models import CardState, LearnerCard, LearnerSettings
from quizzes.selectors import unstudied_count

RETENTION_CHOICES = (0.80, 0.85, 0.90, 0.95)
SPAN_DAYS = 30


def _review_load_factor(parameters: list[float], retention: float) -> float:
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return factor / (retention ** (1 / decay) - 1)


def projected_reviews_per_day(*, user, learner: LearnerSettings, retentions) -> dict[float, float]:
    inverse_stability = (
        LearnerCard.objects.filter(
            Q(state__in=[CardState.REVIEW, CardState.RELEARNING]),
            user=user,
            suspended=False,
            stability__gt=0,
            question__status=QuestionStatus.PUBLISHED,
        ).aggregate(total=Sum(Value(1.0) / Cast(F("stability"), FloatField())))["total"]
        or 0.0
    )
    unstudied = unstudied_count(user=user)
    config = default_simulator_config()
    config.deck_size = unstudied
    config.learn_span = SPAN_DAYS
    config.learn_limit = learner.new_cards_per_day
    config.max_cost_perday = 1e9
    projections = {}
    for retention in retentions:
        existing = inverse_stability * _review_load_factor(learner.fsrs_parameters, retention)
        new = 0.0
        if unstudied and learner.new_cards_per_day:
            result = simulate(learner.fsrs_parameters, retention, config, seed=2026)
            new = sum(result.review_cnt_per_day) / SPAN_DAYS
        projections[retention] = existing + new
    return projections
