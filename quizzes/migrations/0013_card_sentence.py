"""Each card keeps its question's sentence, so that whether a learner has met a sentence is
found by index (see LearnerCard.sentence)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_sentences(apps, schema_editor):
    LearnerCard = apps.get_model("quizzes", "LearnerCard")
    Question = apps.get_model("content", "Question")
    LearnerCard.objects.update(
        sentence_id=Subquery(
            Question.objects.filter(pk=OuterRef("question_id")).values("sentence_id")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0007_main_checksum_per_owner"),
        ("quizzes", "0012_card_kind"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="learnercard",
            name="sentence",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="content.sentence",
                verbose_name="sentence",
            ),
        ),
        migrations.RunPython(copy_sentences, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="learnercard",
            index=models.Index(fields=["sentence", "user"], name="card_sentence_user"),
        ),
    ]
