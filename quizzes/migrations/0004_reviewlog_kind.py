from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_kinds(apps, schema_editor):
    ReviewLog = apps.get_model("quizzes", "ReviewLog")
    LearnerCard = apps.get_model("quizzes", "LearnerCard")
    kind = LearnerCard.objects.filter(pk=OuterRef("card_id")).values("question__kind")[:1]
    ReviewLog.objects.update(kind=Subquery(kind))


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0003_review_study_day")]

    operations = [
        migrations.AddField(
            model_name="reviewlog",
            name="kind",
            field=models.CharField(default="", max_length=16, verbose_name="question kind"),
            preserve_default=False,
        ),
        migrations.RunPython(fill_kinds, migrations.RunPython.noop),
    ]
