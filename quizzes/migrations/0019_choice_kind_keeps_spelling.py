from django.db import migrations


def spelling_beside_choice(apps, schema_editor):
    """An assignment saved when 多肢選択 included 漢字の書き keeps both once 漢字の書き is a kind
    of its own: saved again, its pool is what it was."""
    Assignment = apps.get_model("quizzes", "Assignment")
    for assignment in Assignment.objects.all().only("kinds"):
        if "choice" in assignment.kinds and "spelling" not in assignment.kinds:
            assignment.kinds = [*assignment.kinds, "spelling"]
            assignment.save(update_fields=["kinds"])


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0018_attempt_answer_shown"),
    ]

    operations = [
        migrations.RunPython(spelling_beside_choice, migrations.RunPython.noop),
    ]
