"""Time to analyse and to generate questions for the seed and the seed ten times over.

Baseline, measured in the same run: bare SudachiPy tokenization (mode C) of the
same sentences. Run: `uv run python bench/generation.py`.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import SEED, best_of, django_with_fresh_database, report_figures, table


def main() -> None:
    if not SEED.exists():
        sys.exit(f"the seed article is not at {SEED}")
    django_with_fresh_database()
    from sudachipy import Dictionary, SplitMode

    from content.analysis.tokens import tokenize
    from content.generation.corpus import analyse_sentences
    from content.generation.service import regenerate_questions
    from content.importing.preview import prepare_article
    from content.models import Sentence
    from content.services import import_article

    seed = prepare_article(text=SEED.read_text(encoding="utf-8"))
    plain_seed = "\n\n".join(
        (f"## {section.heading}\n\n" if section.heading else "") + section.text
        for section in seed.sections
    )
    texts = {
        "seed": f"# {seed.title}\n\n{plain_seed}",
        "seed ×10": f"# {seed.title} ×10\n\n"
        + "\n\n".join(plain_seed.replace("## ", f"## {copy}. ") for copy in range(10)),
    }
    sudachi = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    # Warm-up: load the dictionaries and fill the glossary caches once, as a running server would have.
    started = time.perf_counter()
    warm_up = import_article(prepared=prepare_article(text=texts["seed"] + "\n\n準備。")).article
    regenerate_questions(article=warm_up)
    cold = time.perf_counter() - started

    rows = []
    for name, text in texts.items():
        article = import_article(prepared=prepare_article(text=text)).article
        sentences = list(Sentence.objects.filter(section__article=article))
        chars = sum(len(sentence.text) for sentence in sentences)
        bare = best_of(lambda sentences=sentences: [sudachi.tokenize(s.text) for s in sentences])
        ours = best_of(lambda sentences=sentences: [tokenize(s.text) for s in sentences])

        def analyse(sentences=sentences) -> None:
            for sentence in sentences:
                sentence.analysis = None
            analyse_sentences(sentences)

        analysis = best_of(analyse, repeat=3)
        article.questions.all().delete()
        generation = best_of(
            lambda article=article: regenerate_questions(article=article), repeat=1
        )
        regeneration = best_of(
            lambda article=article: regenerate_questions(article=article), repeat=3
        )
        report_figures(
            {f"analyse+generate {name} (ms)": ((analysis + generation) * 1000, bare * 1000)}
        )
        rows.append(
            (
                name,
                f"{chars:,}",
                len(sentences),
                f"{bare * 1000:.0f} ms",
                f"{ours * 1000:.0f} ms",
                f"{analysis * 1000:.0f} ms",
                f"{generation * 1000:.0f} ms",
                f"{regeneration * 1000:.0f} ms",
                f"{(analysis + generation) / bare:.1f}×",
                article.questions.count(),
            )
        )
    headers = (
        "text",
        "chars",
        "sentences",
        "bare Sudachi",
        "our tokenize",
        "analyse+store",
        "generate (new)",
        "regenerate",
        "(analyse+generate)/bare",
        "questions",
    )
    print(table(rows, headers))
    print(
        f"\ncold first import of the seed in this process (dictionaries loading): {cold * 1000:.0f} ms"
    )
    print("goal: the seed in under 1 s warm (analyse+store + generate), cost linear in length")


if __name__ == "__main__":
    main()
