"""Which-section questions were fingerprinted with their sentence's row id, which a new
version of the article changes even when the sentence returns word for word. They are now
fingerprinted with the sentence's text; this recomputes the stored fingerprints so the
next regeneration finds them (and the learners' cards on them) instead of retiring them."""

import hashlib

from django.db import migrations


def _fingerprint(question, normalize) -> str:
    parts = [
        question.kind,
        normalize(question.source_text),
        normalize(question.answer),
        f"section:{question.source_text}",
        "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


def forwards(apps, schema_editor):
    from content.analysis.normalize import normalize_answer

    Question = apps.get_model("content", "Question")
    questions = Question.objects.filter(kind="section", origin="generated").order_by("pk")
    taken = set(Question.objects.values_list("article_id", "fingerprint"))
    changed = []
    for question in questions.iterator():
        fingerprint = _fingerprint(question, normalize_answer)
        # Two rows for one sentence (a version came back before this fix): the older keeps it.
        if (question.article_id, fingerprint) in taken:
            continue
        taken.add((question.article_id, fingerprint))
        question.fingerprint = fingerprint
        changed.append(question)
    Question.objects.bulk_update(changed, ["fingerprint"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("content", "0003_issue11_generations_pending_imports_retired_reason")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
