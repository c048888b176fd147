from datetime import timedelta
from zoneinfo import ZoneInfo

from django.db import migrations, models


def fill_study_days(apps, schema_editor):
    """Existing reviews get the study day their learner's current settings give them."""
    ReviewLog = apps.get_model("quizzes", "ReviewLog")
    LearnerSettings = apps.get_model("quizzes", "LearnerSettings")
    settings = {row.user_id: row for row in LearnerSettings.objects.all()}
    batch = []
    for review in ReviewLog.objects.only("pk", "user_id", "reviewed_at").iterator(chunk_size=2000):
        learner = settings.get(review.user_id)
        zone = ZoneInfo(learner.time_zone if learner else "Asia/Tokyo")
        hour = learner.day_starts_at if learner else 4
        review.study_day = (review.reviewed_at.astimezone(zone) - timedelta(hours=hour)).date()
        batch.append(review)
        if len(batch) == 2000:
            ReviewLog.objects.bulk_update(batch, ["study_day"])
            batch = []
    ReviewLog.objects.bulk_update(batch, ["study_day"])


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0002_learnercard_mastered_until_fsrsfit")]

    operations = [
        migrations.AddField(
            model_name="reviewlog", name="study_day", field=models.DateField(null=True, verbose_name="study day")
        ),
        migrations.RunPython(fill_study_days, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="reviewlog", name="study_day", field=models.DateField(verbose_name="study day")
        ),
        migrations.AddIndex(
            model_name="reviewlog", index=models.Index(fields=["user", "study_day"], name="review_user_day")
        ),
    ]
