"""`make bench`: run every benchmark under bench/ and print one table of their figures.

Each benchmark prints its own tables as it goes and hands its headline figures
(value, and a baseline measured in the same run) to this script through the file
named by DOKKAI_BENCH_FIGURES (see bench.setup.report_figures). A benchmark that
reports none gets a row with its wall time. Run: `uv run python bench/all.py [--skip NAME]`.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import ROOT, table

TIMEOUT_S = 1800


def benchmarks() -> list[Path]:
    """Every script of bench/ that runs on its own (has a __main__ block), but this one."""
    return sorted(
        path
        for path in (ROOT / "bench").glob("*.py")
        if path.name != "all.py" and 'if __name__ == "__main__":' in path.read_text()
    )


def machine() -> str:
    cpus = os.cpu_count()
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GB RAM"
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{platform.machine()}, {cpus} CPUs{memory}, Python {platform.python_version()}{load}"


def _format(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip", nargs="*", default=[], help="benchmark names to leave out")
    options = parser.parse_args()
    figures_file = Path(tempfile.mkstemp(prefix="dokkai-bench-", suffix=".jsonl")[1])
    rows = []
    print(f"machine: {machine()}", flush=True)
    for script in benchmarks():
        if script.stem in options.skip:
            continue
        before = len(figures_file.read_text().splitlines())
        print(f"\n## {script.name}", flush=True)
        started = time.perf_counter()
        try:
            result = subprocess.run(
                [sys.executable, str(script)],
                cwd=ROOT,
                env={**os.environ, "DOKKAI_BENCH_FIGURES": str(figures_file)},
                timeout=TIMEOUT_S,
                check=False,
            )
            status = "" if result.returncode == 0 else f"exit {result.returncode}"
        except subprocess.TimeoutExpired:
            status = f"timed out after {TIMEOUT_S} s"
        wall = time.perf_counter() - started
        reported = [json.loads(line) for line in figures_file.read_text().splitlines()[before:]]
        for figure in reported:
            value, baseline = figure["value"], figure["baseline"]
            ratio = (
                f"{value / baseline:.2f}"
                if isinstance(value, int | float) and isinstance(baseline, int | float) and baseline
                else ""
            )
            rows.append((script.stem, figure["figure"], _format(value), _format(baseline), ratio))
        if not reported or status:
            rows.append((script.stem, f"wall time {status}".strip(), f"{wall:.0f} s", "", ""))
    figures_file.unlink()
    print(f"\n# All benchmarks ({machine()})")
    print(table(rows, ("bench", "figure", "value", "baseline (same run)", "ratio")))


if __name__ == "__main__":
    main()
