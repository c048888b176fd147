"""Assignment settings saved before their upper bounds existed are brought within them.

Its own migration, so that PostgreSQL commits the updates before 0016 alters the table.
"""

from django.db import migrations


def clamp_to_bounds(apps, schema_editor):
    """Rows saved before the bounds existed would fail the new constraints: bring them in."""
    Assignment = apps.get_model("quizzes", "Assignment")
    Assignment.objects.filter(max_attempts__gt=100).update(max_attempts=100)
    Assignment.objects.filter(time_limit_minutes__gt=24 * 60).update(time_limit_minutes=24 * 60)
    Assignment.objects.filter(target_reviews__gt=10_000).update(target_reviews=10_000)


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0014_card_article")]

    operations = [migrations.RunPython(clamp_to_bounds, migrations.RunPython.noop)]
