"""One long article against the same text as many articles: time and peak memory.

Usage::

    python benchmarks/long_article.py --data ../shared/data/multinews-dev.jsonl

Every article of the file is summarized three ways, each run in a fresh
process: as many articles (one story of all of them), as one article (the
articles joined by blank lines, as one long file would be) and as one article
of twice that text (every sentence then has a copy). It prints the seconds
and the peak resident memory of each, the median of ``--repeats`` runs, and
the ratio of the one-article runs to the many-article run: a long article must
cost what many short ones cost, so both ratios should be near 1.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from statistics import median

BUDGET = 250
CASES = ("many", "one", "one, twice")


def articles_of(data: Path) -> list[str]:
    """Every non-empty article of a Multi-News style JSONL file, in order."""
    with data.open(encoding="utf-8") as lines:
        return [
            article
            for line in lines
            if line.strip()
            for article in json.loads(line)["documents"]
            if article.strip()
        ]


def story(data: Path, case: str) -> list[str]:
    """The articles of one case."""
    articles = articles_of(data)
    if case == "many":
        return articles
    joined = "\n\n".join(articles)
    return [joined] if case == "one" else [f"{joined}\n\n{joined}"]


def worker(data: Path, case: str) -> None:
    """Run one case in this fresh process; print seconds, peak RSS in MB and characters."""
    from summarize import summarize

    articles = story(data, case)
    summarize(["The dam failed on Sunday. Water flooded the town."])  # load the language
    started = time.perf_counter()
    summarize(articles, max_words=BUDGET)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(len(article) for article in articles)
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "characters": size}))


def in_fresh_process(data: Path, case: str) -> dict[str, float]:
    argv = [sys.executable, __file__, "--data", str(data), "--worker", case]
    result = subprocess.run(argv, capture_output=True, text=True, check=True)
    found: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL of clusters")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--worker", metavar="CASE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.data, args.worker)
        return 0
    results: dict[str, tuple[float, float, float]] = {}
    for case in CASES:
        runs = [in_fresh_process(args.data, case) for _ in range(args.repeats)]
        results[case] = (
            median(run["seconds"] for run in runs),
            median(run["peak_mb"] for run in runs),
            runs[0]["characters"],
        )
        print(f"  {case}: {results[case][0]:.2f} s", file=sys.stderr)
    many_seconds, many_mb, _ = results["many"]
    print("| story | characters | seconds | peak MB | seconds / many | peak / many |")
    print("|---|---|---|---|---|---|")
    for case, (seconds, peak, size) in results.items():
        print(
            f"| {case} | {size:,.0f} | {seconds:.2f} | {peak:.0f} | "
            f"{seconds / many_seconds:.2f} | {peak / many_mb:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
