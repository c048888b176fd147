"""Each card keeps its question's article, so that an article deck's cards are a range of the
learner's index (see LearnerCard.article)."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_articles(apps, schema_editor):
    LearnerCard = apps.get_model("quizzes", "LearnerCard")
    Question = apps.get_model("content", "Question")
    LearnerCard.objects.update(
        article_id=Subquery(
            Question.objects.filter(pk=OuterRef("question_id")).values("article_id")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0007_main_checksum_per_owner"),
        ("quizzes", "0013_card_sentence"),
    ]

    operations = [
        migrations.AddField(
            model_name="learnercard",
            name="article",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="content.article",
                verbose_name="article",
            ),
        ),
        migrations.RunPython(copy_articles, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="learnercard",
            name="article",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="content.article",
                verbose_name="article",
            ),
        ),
        migrations.AddIndex(
            model_name="learnercard",
            index=models.Index(
                fields=["user", "article", "suspended", "due", "id"],
                name="card_user_article_due",
            ),
        ),
    ]
