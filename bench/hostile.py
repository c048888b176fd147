"""Hostile input: wall time and peak memory of import + generation for pathological files.

Each file is generated here at half size and at full size (1 MB by default),
then imported and generated in a fresh child process on a copy of a migrated
SQLite database; the parent reads the child's own peak resident memory from
``wait4``. A child that outlives the timeout is killed and reported as
"> timeout". The baseline, measured in the same run, is a well-formed article
of the same size.

    uv run python bench/hostile.py [--size 1000000] [--timeout 60] [--only NAME ...]

Goal: each case under 10 s and 500 MB, and at most 2.3 times slower when the
size doubles.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, report_figures, table

WALL_GOAL_S = 10.0
MEMORY_GOAL_MB = 500.0
RATIO_GOAL = 2.3


def _repeat_to(size: int, unit: Callable[[int], str], head: str = "") -> str:
    """``head`` followed by ``unit(0) + unit(1) + …`` up to ``size`` UTF-8 bytes."""
    parts, used, index = [head], len(head.encode()), 0
    while used < size:
        part = unit(index)
        parts.append(part)
        used += len(part.encode())
        index += 1
    return "".join(parts)


SENTENCES = (
    "市の図書館は二〇二五年に新しい閲覧室を開いた。",
    "利用者は前年より一割ほど増え、週末には家族連れが目立つ。",
    "館長の山田花子さんは「本を借りるだけの場所ではない」と話す。",
    "地域の高校生が放課後に集まり、郷土の歴史を調べている。",
    "今後は電子書籍の貸し出しも始める予定だという。",
)


def _sentence(index: int) -> str:
    return SENTENCES[index % len(SENTENCES)]


def _nested_list(size: int) -> str:
    lines, used, depth = ["# 入れ子\n\n"], 0, 0
    while used < size:
        line = "  " * depth + f"- 項目{depth}\n"
        lines.append(line)
        used += len(line.encode())
        depth += 1
    return "".join(lines)


def _backticks(index: int) -> str:
    return "`" * (index % 300 + 1) + "あ "


# name → (what it is, a function from a size in bytes to the file's text)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "baseline": (
        "a well-formed Markdown article (sections of 20 sentences)",
        lambda size: _repeat_to(
            size,
            lambda i: (f"\n\n## 第{i // 20 + 1}節\n\n" if i % 20 == 0 else "") + _sentence(i),
            "# 図書館の一年\n",
        ),
    ),
    "one-line": (
        "a title, then the whole article on one line",
        lambda size: _repeat_to(size, _sentence, "図書館の一年\n"),
    ),
    "one-sentence": (
        "a title, then one line without any sentence end",
        lambda size: _repeat_to(size, lambda i: _sentence(i).rstrip("。") + "、", "題\n"),
    ),
    "1-char lines": (
        "one-character lines",
        lambda size: _repeat_to(size, lambda i: "あいうえお"[i % 5] + "\n", "題\n"),
    ),
    "heading/text pairs": (
        "short lines alternating with sentences (plain text)",
        lambda size: _repeat_to(size, lambda i: f"見出し{i}\n{_sentence(i)}\n", "題\n"),
    ),
    "## headings": (
        "a Markdown heading before every sentence",
        lambda size: _repeat_to(size, lambda i: f"## 見出し{i}\n\n{_sentence(i)}\n\n", "# 題\n\n"),
    ),
    "backtick runs": (
        "backtick runs of growing length",
        lambda size: _repeat_to(size, _backticks, "# 題\n\n"),
    ),
    "*a": ("`*a ` repeated", lambda size: _repeat_to(size, lambda i: "*a ", "# 題\n\n")),
    "[a](": ("`[a](` repeated", lambda size: _repeat_to(size, lambda i: "[a](", "# 題\n\n")),
    "mixed *a": (
        "the mixed layout with `*a ` and `[a](` in every copy",
        lambda size: _mixed(_repeat_to(size // 2, lambda i: "*a [a](" if i % 9 else "## 見 ")),
    ),
    "nested list": ("a list nested one level deeper per line", _nested_list),
    "open brackets": (
        "a title, then one line of 「 never closed",
        lambda size: _repeat_to(size, lambda i: "「" + _sentence(i), "題\n"),
    ),
}


def _mixed(body: str) -> str:
    return f"## 始め {body}\n題\n始め\n{body.replace('## ', '')}\n"


def _run_child(path: Path, database: Path, timeout: float) -> dict:
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "TASKS_BACKEND": "django.tasks.backends.dummy.DummyBackend",
    }
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(child.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(child.pid, 0)
            return {"timeout": True, "wall": time.perf_counter() - started}
        time.sleep(0.05)
    wall = time.perf_counter() - started
    output = child.stdout.read().decode()
    error = child.stderr.read().decode()
    result = {"timeout": False, "wall": wall, "peak_mb": usage.ru_maxrss / 1024}
    if os.waitstatus_to_exitcode(status) != 0:
        result["error"] = (error.strip().splitlines() or ["exit status " + str(status)])[-1]
        return result
    result.update(json.loads(output.strip().splitlines()[-1]))
    return result


def child(path: Path) -> None:
    """Decode, prepare, store and generate one file; print phase timings as JSON."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    from content.generation.service import regenerate_questions
    from content.importing.decoding import decode_article_bytes
    from content.importing.errors import ArticleImportError
    from content.importing.preview import prepare_article
    from content.services import import_article

    timings = {}
    started = time.perf_counter()
    try:
        text = decode_article_bytes(path.read_bytes(), max_bytes=settings.DOKKAI_MAX_ARTICLE_BYTES)
        prepared = prepare_article(text=text)
    except ArticleImportError as error:
        timings["parse"] = time.perf_counter() - started
        print(json.dumps({**timings, "refused": str(error)}, ensure_ascii=False))
        return
    timings["parse"] = time.perf_counter() - started
    started = time.perf_counter()
    article = import_article(prepared=prepared).article
    timings["store"] = time.perf_counter() - started
    started = time.perf_counter()
    counts = regenerate_questions(article=article).as_counts()
    timings["generate"] = time.perf_counter() - started
    print(
        json.dumps(
            {
                **timings,
                "sections": article.sections.count(),
                "sentences": prepared.sentence_count,
                "questions": sum(counts.values()),
                "warnings": len(prepared.warnings),
            }
        )
    )


def _migrated_database(directory: Path) -> Path:
    database = directory / "template.sqlite3"
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "migrate", "--no-input", "-v", "0"],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{database}"},
        check=True,
        cwd=ROOT,
    )
    return database


def _describe(result: dict | None, timeout: float) -> tuple[str, str, str]:
    if result is None:
        return ("skipped", "", "")
    if result["timeout"]:
        return (f"> {timeout:.0f} s", "", "killed")
    if "error" in result:
        return (f"{result['wall']:.1f} s", f"{result['peak_mb']:.0f} MB", result["error"][:60])
    if "refused" in result:
        what = "refused: " + result["refused"][:40]
    else:
        what = (
            f"parse {result['parse']:.1f} s, generate {result['generate']:.1f} s; "
            f"{result['sections']} sections, {result['sentences']} sentences, "
            f"{result['questions']} questions, {result['warnings']} warnings"
        )
    return (f"{result['wall']:.1f} s", f"{result['peak_mb']:.0f} MB", what)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    options = parser.parse_args()
    if options.child:
        child(options.child)
        return
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    directory = Path(tempfile.mkdtemp(prefix="dokkai-hostile-"))
    try:
        template = _migrated_database(directory)
        rows, results = [], {}
        for name, (what, make) in CASES.items():
            if options.only and name not in options.only and name != "baseline":
                continue
            measured = {}
            for size in (options.size // 2, options.size):
                if measured and measured[options.size // 2]["timeout"]:
                    measured[size] = None
                    continue
                path = directory / "article.txt"
                # Full size may land a few bytes over: trim to the limit on a character boundary.
                path.write_bytes(make(size).encode()[:size].decode(errors="ignore").encode())
                database = directory / "case.sqlite3"
                shutil.copyfile(template, database)
                measured[size] = _run_child(path, database, options.timeout)
                database.unlink()
            half, full = measured[options.size // 2], measured[options.size]
            ratio = (
                f"{full['wall'] / half['wall']:.2f}"
                if full and half and not full["timeout"] and not half["timeout"]
                else ""
            )
            half_wall = _describe(half, options.timeout)[0]
            wall, peak, outcome = _describe(full, options.timeout)
            rows.append((name, half_wall, wall, ratio, peak, outcome))
            results[name] = {"what": what, "half": half, "full": full}
            print(f"  {name}: {wall} {peak} {outcome}", file=sys.stderr, flush=True)
        print(
            f"Import + generation of files of {options.size // 2:,} and {options.size:,} bytes "
            f"(goal: < {WALL_GOAL_S:.0f} s, < {MEMORY_GOAL_MB:.0f} MB, ratio ≤ {RATIO_GOAL}); "
            "each row is a fresh process, startup included."
        )
        print(
            table(
                rows,
                ("input", "half size", "full size", "ratio", "peak memory", "outcome"),
            )
        )
        base = results.get("baseline", {}).get("full") or {}
        for name, result in results.items():
            # A skipped full size means the half size already ran out of time.
            full = result["full"] or {"timeout": True}
            if name == "baseline":
                continue
            wall = f"> {options.timeout:.0f}" if full["timeout"] else round(full["wall"], 1)
            report_figures(
                {
                    f"hostile {name}: wall s": (wall, round(base.get("wall", 0), 1) or None),
                    f"hostile {name}: peak MB": (
                        round(full.get("peak_mb", 0)) or None,
                        round(base.get("peak_mb", 0)) or None,
                    ),
                }
            )
        if options.json:
            options.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
