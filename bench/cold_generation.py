"""A cold `generate_questions` process against cold baselines, each a fresh process.

Baselines, measured in the same run: a process that only loads Sudachi and
tokenizes the seed, and a process that only boots Django (`manage.py shell -c pass`).
Goal: generation costs under 1 s more than the Sudachi baseline beyond Django's own boot.
PYTHONDONTWRITEBYTECODE is unset for the timed processes alone (the machines set it,
which would make every run recompile every module).

Run: `uv run --frozen python bench/cold_generation.py`.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, SEED, table

SUDACHI_ONLY = f"""
from sudachipy import Dictionary, SplitMode
tokenizer = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
for line in open({str(SEED)!r}, encoding="utf-8").read().splitlines():
    if line.strip():
        tokenizer.tokenize(line)
"""


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    if not SEED.exists():
        sys.exit(f"the seed article is not at {SEED}")
    directory = tempfile.mkdtemp(prefix="dokkai-cold-")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{directory}/cold.sqlite3"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable
    manage = [python, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [*manage, "import_article", str(SEED)], cwd=ROOT, env=env, check=True, capture_output=True
    )
    slug = (
        subprocess.run(
            [
                *manage,
                "shell",
                "-c",
                "from content.models import Article; print(Article.objects.get().slug)",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    commands = {
        "Sudachi load + tokenize the seed": [python, "-c", SUDACHI_ONLY],
        "Django boot only": [*manage, "shell", "-c", "pass"],
        "generate_questions (seed)": [*manage, "generate_questions", slug, "--json"],
    }
    best = {name: min(timed(command, env) for _ in range(3)) for name, command in commands.items()}
    rows = [(name, f"{seconds:.2f} s") for name, seconds in best.items()]
    print(table(rows, ("cold process (best of 3)", "wall")))
    generation = best["generate_questions (seed)"]
    print(
        f"\ngenerate_questions − Sudachi baseline: {generation - best['Sudachi load + tokenize the seed']:.2f} s"
        f"; − Django boot: {generation - best['Django boot only']:.2f} s (goal: < 1 s beyond the boot)"
    )


if __name__ == "__main__":
    main()
