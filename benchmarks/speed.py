"""Speed benchmark: everyday clusters against sumy's LexRank, and one huge story.

Usage::

    python benchmarks/speed.py --data ../shared/data/multinews-dev.jsonl

Prints one table per question, each figure the median of ``--repeats`` runs:

1. Everyday clusters: every cluster of the file, end to end (segmenting
   included) at ``max_words=250``; sumy's LexRank on the first ``--sumy``
   clusters with the same tokenizer and the same 250-word budget as in
   ``quality.py``, timed cluster by cluster beside ours.
2. One huge story: every article of the file as one cluster. Time, peak
   resident memory of the whole process (each run in a fresh process), and the
   floor: the time to only segment and tokenize the same text.
3. Scaling: the huge story at 25%, 50% and 100% of its articles, then a story
   of over 100,000 sentences: the articles repeated, each copy with its
   sentences shuffled and one word dropped from each, so near-duplicates
   abound as in edited wire copy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from statistics import median

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

BUDGET = 250
LARGE_SENTENCES = 100_000


def load_documents(path: Path) -> list[list[str]]:
    """The non-empty articles of each cluster of a Multi-News style JSONL file."""
    with path.open(encoding="utf-8") as lines:
        return [
            [d for d in json.loads(line)["documents"] if d.strip()]
            for line in lines
            if line.strip()
        ]


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def shuffled_copies(articles: Sequence[str], at_least: int) -> list[str]:
    """Copies of ``articles``, each with its sentences in a new random order.

    Copies are added until the story has ``at_least`` sentences. Each copy
    after the first drops one word from every sentence (a different word in
    each copy), so copies are near-duplicates, as edited wire copy is, and
    not exact ones, which the summarizer would merge.
    """
    from summarize.language import load_language
    from summarize.stages.segment import segment_article

    english = load_language("english")
    split = [[s.text for s in segment_article(a, 0, english)] for a in articles]
    generator = random.Random(20261121)
    story: list[str] = []
    total = 0
    edition = 0
    while total < at_least:
        for sentences in split:
            copy = [_without_word(s, edition) for s in sentences]
            generator.shuffle(copy)
            story.append(" ".join(copy))
            total += len(copy)
        edition += 1
    return story


def _without_word(sentence: str, edition: int) -> str:
    """The sentence less one word, a different one each edition; edition 0 keeps all.

    The last word, which carries the final punctuation, always stays, so the
    copy still splits into the same sentences.
    """
    words = sentence.split()
    if edition == 0 or len(words) < 2:
        return sentence
    del words[-2 - (edition - 1) % (len(words) - 1)]
    return " ".join(words)


def story_of(data: Path, case: str) -> list[str]:
    """The articles of a huge-story case: ``all``, ``25``, ``50`` or ``large``."""
    articles = [a for cluster in load_documents(data) for a in cluster]
    if case == "large":
        return shuffled_copies(articles, LARGE_SENTENCES)
    if case == "all":
        return articles
    return articles[: len(articles) * int(case) // 100]


def worker(data: Path, case: str, job: str) -> None:
    """Run one job in this fresh process; print seconds, peak RSS in MB and sentences."""
    from summarize import Document, summarize
    from summarize.language import load_language
    from summarize.stages.segment import segment

    articles = story_of(data, case)
    english = load_language("english")
    n_sentences = len(segment([Document(a) for a in articles], english))
    summarize(articles[:3], max_words=BUDGET)  # warm up: imports, caches
    if job == "floor":

        def run() -> None:
            for s in segment([Document(a) for a in articles], english):
                english.words(s.text)

    else:

        def run() -> None:
            summarize(articles, max_words=BUDGET)

    seconds = timed(run)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "sentences": n_sentences}))


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    Linux keeps ``ru_maxrss`` across ``exec``, so a worker started by this
    benchmark would report the benchmark's own peak once that is higher; the
    kernel's high-water mark of the process's memory (``VmHWM``) starts anew
    with it. Elsewhere, ``ru_maxrss`` (in kilobytes on Linux and BSD).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_fresh_process(data: Path, case: str, job: str) -> dict[str, float]:
    argv = [sys.executable, __file__, "--data", str(data), "--worker", case, job]
    result = subprocess.run(argv, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def everyday(data: Path, repeats: int, sumy_clusters: int) -> list[str]:
    from quality import sumy_system
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from summarize import Document, summarize
    from summarize.language import load_language
    from summarize.stages.segment import segment

    clusters = load_documents(data)
    english = load_language("english")
    lexrank = sumy_system(LexRankSummarizer, english)

    def floor(cluster: list[str]) -> Callable[[], object]:
        def run() -> None:
            for s in segment([Document(a) for a in cluster], english):
                english.words(s.text)

        return run

    def ours(cluster: list[str]) -> Callable[[], object]:
        return lambda: summarize(cluster, max_words=BUDGET)

    def sumy(cluster: list[str]) -> Callable[[], object]:
        return lambda: lexrank(cluster)

    ours(clusters[0])()  # warm up: load the language once
    all_ours = median(sum(timed(ours(c)) for c in clusters) for _ in range(repeats))
    subset = clusters[:sumy_clusters]
    ratios, ours_subset, sumy_subset, floor_subset = [], [], [], []
    for _ in range(repeats):
        ours_times = [timed(ours(c)) for c in subset]
        sumy_times = [timed(sumy(c)) for c in subset]
        floor_subset.append(sum(timed(floor(c)) for c in subset))
        ours_subset.append(sum(ours_times))
        sumy_subset.append(sum(sumy_times))
        ratios.append(median(s / o for s, o in zip(sumy_times, ours_times, strict=True)))
    return [
        "| measure | value |",
        "|---|---|",
        f"| ours, all {len(clusters)} clusters | {all_ours:.2f} s "
        f"({1000 * all_ours / len(clusters):.1f} ms a cluster) |",
        f"| ours, first {len(subset)} clusters | {median(ours_subset):.2f} s |",
        f"| sumy LexRank, same {len(subset)} clusters | {median(sumy_subset):.2f} s |",
        f"| sumy LexRank / ours, total | {median(sumy_subset) / median(ours_subset):.0f}x |",
        f"| sumy LexRank / ours, median per cluster | {median(ratios):.0f}x |",
        f"| segment and tokenize only, same {len(subset)} clusters | "
        f"{median(floor_subset):.2f} s |",
        f"| sumy LexRank / segment-only floor (bound on any ratio) | "
        f"{median(sumy_subset) / median(floor_subset):.0f}x |",
    ]


def huge(data: Path, repeats: int, large: bool) -> list[str]:
    lines = [
        "| story | sentences | ours s | floor s | ours / floor | peak MB |",
        "|---|---|---|---|---|---|",
    ]
    cases = ["25", "50", "all"] + (["large"] if large else [])
    times: dict[str, float] = {}
    for case in cases:
        runs = [in_fresh_process(data, case, "summarize") for _ in range(repeats)]
        floors = [in_fresh_process(data, case, "floor") for _ in range(repeats)]
        ours = median(r["seconds"] for r in runs)
        floor = median(r["seconds"] for r in floors)
        times[case] = ours
        name = {"all": "all articles", "large": "shuffled copies"}.get(case, f"{case}% of articles")
        lines.append(
            f"| {name} | {runs[0]['sentences']:,} | {ours:.2f} | {floor:.2f} | "
            f"{ours / floor:.2f} | {max(r['peak_mb'] for r in runs):.0f} |"
        )
        print(f"  {name}: {ours:.2f} s", file=sys.stderr)
    lines.append("")
    lines.append(f"Time at 100% / time at 25%: {times['all'] / times['25']:.2f}")
    return lines


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL of clusters")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--sumy", type=int, default=50, help="clusters to time sumy on")
    parser.add_argument("--no-large", action="store_true", help="skip the 100,000-sentence story")
    parser.add_argument("--worker", nargs=2, metavar=("CASE", "JOB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.data, *args.worker)
        return 0
    print(f"Machine: {machine()}")
    print(f"\n## Everyday clusters (median of {args.repeats})\n")
    print("\n".join(everyday(args.data, args.repeats, args.sumy)))
    print(f"\n## One huge story (median of {args.repeats}, each run a fresh process)\n")
    print("\n".join(huge(args.data, args.repeats, not args.no_large)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
