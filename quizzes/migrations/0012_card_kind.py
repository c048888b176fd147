"""Each card keeps its question's kind, so that a learner's mature word cards are found by
index (see LearnerCard.kind)."""

from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery

KINDS = [
    ("cloze", "Cloze"),
    ("choice", "Multiple choice"),
    ("reading", "Kanji reading"),
    ("vocab", "Vocabulary"),
    ("truefalse", "True or false"),
    ("section", "Which section"),
    ("wh", "Wh-question"),
]


def copy_kinds(apps, schema_editor):
    LearnerCard = apps.get_model("quizzes", "LearnerCard")
    Question = apps.get_model("content", "Question")
    LearnerCard.objects.update(
        kind=Subquery(Question.objects.filter(pk=OuterRef("question_id")).values("kind")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0007_main_checksum_per_owner"),
        ("quizzes", "0011_speed10f_card_due_index_with_key"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="learnercard",
            name="kind",
            field=models.CharField(
                choices=KINDS, default="cloze", max_length=16, verbose_name="kind"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(copy_kinds, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="learnercard", name="card_user_stability"),
        migrations.AddIndex(
            model_name="learnercard",
            index=models.Index(
                fields=["user", "kind", "stability"], name="card_user_kind_stability"
            ),
        ),
        migrations.AddConstraint(
            model_name="learnercard",
            constraint=models.CheckConstraint(
                condition=models.Q(kind__in=[value for value, _label in KINDS]),
                name="card_kind_valid",
            ),
        ),
    ]
