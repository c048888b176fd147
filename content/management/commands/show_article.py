import json

from django.core.management.base import BaseCommand

from content.management.articles import article_for_command


class Command(BaseCommand):
    help = "Print an article's sections and sentences."

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args, slug: str, as_json: bool, **options) -> None:
        article = article_for_command(slug)
        sections = article.sections.prefetch_related("sentences").order_by("position")
        if not as_json:
            self.stdout.write(article.title)
            for section in sections:
                self.stdout.write(f"\n## {section.display_heading}")
                for sentence in section.sentences.all():
                    self.stdout.write(f"  {sentence.position:>3}  {sentence.text}")
            return
        payload = {
            "article": {
                "id": article.pk,
                "slug": article.slug,
                "title": article.title,
                "language": article.language,
                "source_format": article.source_format,
                "checksum": article.checksum,
            },
            "sections": [
                {
                    "id": section.pk,
                    "position": section.position,
                    "heading": section.heading,
                    "parent_heading": section.parent_heading,
                    "chars": len(section.text),
                    "sentences": [
                        {
                            "id": s.pk,
                            "position": s.position,
                            "text": s.text,
                            "start": s.start,
                            "end": s.end,
                        }
                        for s in section.sentences.all()
                    ],
                }
                for section in sections
            ],
        }
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
