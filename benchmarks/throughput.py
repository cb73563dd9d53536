"""Throughput benchmark: many stories in one process, on a process pool, and on Dask.

Usage::

    python benchmarks/throughput.py --data ../shared/data/multinews-dev.jsonl \\
        --plot docs/images/throughput.png

The stories are the clusters of ``--data`` repeated and shuffled (seeded) up
to ``--stories`` (2,000 by default), as JSON lines. Each configuration runs
in a fresh process, through the code the command line runs
(:func:`summarize.run.story.read_stories` and
:func:`summarize.run.pool.outcomes`, writing every record to a file), and
prints one row: stories a second, the speed-up over the in-process run of
the same table, peak resident memory of the main process and of the
largest worker, and whether its records are byte for byte those of the
in-process run.

- in-process: ``--jobs 1``;
- pool: ``--jobs N``, a pool of N worker processes;
- Dask: a ``LocalCluster`` of N one-thread worker processes on 127.0.0.1,
  timed once the cluster is up (its start is timed on its own).

Then the per-task cost of a Dask round trip (an empty task), which with the
per-story time sizes a cluster (docs/scaling.md). ``--workers`` lists the
worker counts for the curve (the first table always has 2); ``--plot`` draws
stories a second against workers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from summarize import Options
from summarize.run import dask as dask_backend
from summarize.run import pool as parallel
from summarize.run.jobs import cores
from summarize.run.output import write_lines
from summarize.run.pool import Backend, Processes, outcomes
from summarize.run.story import Defaults, read_stories

BUDGET = 250


def make_stories(data: Path, count: int, seed: int, out: Path) -> None:
    """``count`` stories: the clusters of ``data`` repeated, then shuffled."""
    with data.open(encoding="utf-8") as lines:
        clusters = [json.loads(line) for line in lines if line.strip()]
    stories = [
        {"id": f"{index}-{cluster['id']}", "documents": cluster["documents"]}
        for index, cluster in enumerate(clusters * (count // len(clusters) + 1))
    ][:count]
    random.Random(seed).shuffle(stories)
    out.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")


def summarize_records(
    numbered: list[tuple[int, bytes]], options: Options, backend: Backend | None = None
):
    """Each story's output line and whether it failed, as the command line makes them."""
    stories = read_stories(numbered, Defaults(options), lines=True)
    return ((done.to_json(), done.failed) for done in outcomes(stories, backend))


def run_case(mode: str, workers: int, stories: Path, out: Path) -> dict[str, float | str]:
    """Run one configuration in this process; its timings, memory and records' digest."""
    options = Options(max_words=BUDGET)
    with stories.open("rb") as lines:
        numbered = list(enumerate(lines, start=1))
    figures: dict[str, float | str] = {}
    cpu_before = _cpu_seconds(resource.RUSAGE_SELF)
    with out.open("w", encoding="utf-8") as sink:
        if mode == "in-process":
            started = time.perf_counter()
            write_lines(summarize_records(numbered, options), sink)
            figures["seconds"] = time.perf_counter() - started
        elif mode == "pool":
            started = time.perf_counter()
            with Processes(workers, options) as pool:
                write_lines(summarize_records(numbered, options, backend=pool), sink)
            figures["seconds"] = time.perf_counter() - started
            figures["worker_mb"] = _peak_mb(resource.RUSAGE_CHILDREN)
        else:
            from summarize.run.dask import connect

            started = time.perf_counter()
            with connect("local", workers=workers, timeout=30) as cluster:
                figures["startup"] = time.perf_counter() - started
                workers_before = sum(cluster.client.run(_own_cpu_seconds).values())
                started = time.perf_counter()
                write_lines(summarize_records(numbered, options, backend=cluster), sink)
                figures["seconds"] = time.perf_counter() - started
                peaks = cluster.client.run(_own_peak_mb)
                figures["worker_mb"] = max(peaks.values())
                workers_after = sum(cluster.client.run(_own_cpu_seconds).values())
                figures["workers_cpu"] = workers_after - workers_before
    figures["main_mb"] = _peak_mb(resource.RUSAGE_SELF)
    figures["main_cpu"] = _cpu_seconds(resource.RUSAGE_SELF) - cpu_before
    if mode == "pool":
        figures["workers_cpu"] = _cpu_seconds(resource.RUSAGE_CHILDREN)
    figures["digest"] = hashlib.sha256(out.read_bytes()).hexdigest()
    return figures


def task_overhead(tasks: int = 400) -> float:
    """Seconds per empty task on a local Dask cluster of 2 workers, round trip."""
    from summarize.run.dask import connect

    with connect("local", workers=2, timeout=30) as cluster:
        cluster.client.submit(int, 0, pure=False).result()  # warm
        started = time.perf_counter()
        futures = [cluster.client.submit(int, i, pure=False) for i in range(tasks)]
        cluster.client.gather(futures)
        return (time.perf_counter() - started) / tasks


def _own_cpu_seconds() -> float:
    return _cpu_seconds(resource.RUSAGE_SELF)


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _own_peak_mb() -> float:
    return _peak_mb(resource.RUSAGE_SELF)


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def in_child(args: list[str]) -> dict[str, float | str]:
    """Run ``--case`` in a fresh Python process and read back its figures."""
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"case {args} failed:\n{done.stderr}")
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL of clusters")
    parser.add_argument("--stories", type=int, default=2000, help="stories to summarize")
    parser.add_argument("--seed", type=int, default=7, help="seed of the shuffle")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2, 3, 4], help="worker counts to plot"
    )
    parser.add_argument("--plot", type=Path, help="write a PNG of stories/s against workers")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (median)")
    parser.add_argument(
        "--chunk", type=int, help="stories a task [default: the pool's or Dask's own]"
    )
    parser.add_argument("--case", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.chunk:
        parallel.CHUNK = dask_backend.CHUNK = args.chunk

    if args.case:  # one configuration, in a fresh process
        mode, workers, stories, out = args.case
        print(json.dumps(run_case(mode, int(workers), Path(stories), Path(out))))
        return 0

    print(
        f"{platform.machine()}, {cores()} cores, Python {platform.python_version()}, "
        f"{platform.system()}; {args.stories} stories, {BUDGET}-word briefs, "
        f"{args.chunk or parallel.CHUNK} stories a task on the pool, "
        f"{args.chunk or dask_backend.CHUNK} on Dask"
    )
    with tempfile.TemporaryDirectory() as folder:
        stories = Path(folder) / "stories.jsonl"
        make_stories(args.data, args.stories, args.seed, stories)

        runs: dict[tuple[str, int], list[dict[str, float | str]]] = {}

        def measure(*keys: tuple[str, int]) -> None:
            """Run each configuration ``--repeats`` times, in turns, so that a slow spell
            of this shared machine falls on all of them alike."""
            for _ in range(args.repeats):
                for mode, workers in keys:
                    out = Path(folder) / f"{mode}-{workers}.jsonl"
                    runs.setdefault((mode, workers), []).append(
                        in_child(
                            [
                                *("--data", str(args.data), "--chunk", str(args.chunk or 0)),
                                *("--case", mode, str(workers), str(stories), str(out)),
                            ]
                        )
                    )

        def case(mode: str, workers: int) -> dict[str, float | str]:
            """The run of median time of a configuration."""
            if mode == "pool" and workers == 1:
                mode = "in-process"  # --jobs 1 runs in the main process
            if (mode, workers) not in runs:
                measure((mode, workers))
            ordered = sorted(runs[mode, workers], key=lambda figures: float(figures["seconds"]))
            return ordered[len(ordered) // 2]

        measure(("in-process", 1), ("pool", 2), ("dask", 2))
        base = case("in-process", 1)
        rows = [("in-process", 1, base), ("pool", 2, case("pool", 2)), ("Dask", 2, case("dask", 2))]
        print()
        print(
            "| run | workers | stories/s | speed-up | main CPU s | workers CPU s "
            "| main peak MB | worker peak MB | same records |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for name, workers, figures in rows:
            rate = args.stories / float(figures["seconds"])
            speedup = float(base["seconds"]) / float(figures["seconds"])
            worker = f"{float(figures['worker_mb']):.0f}" if "worker_mb" in figures else "-"
            worker_cpu = f"{float(figures['workers_cpu']):.1f}" if "workers_cpu" in figures else "-"
            same = "yes" if figures["digest"] == base["digest"] else "NO"
            print(
                f"| {name} | {workers} | {rate:.1f} | {speedup:.2f}x | "
                f"{float(figures['main_cpu']):.1f} | {worker_cpu} | "
                f"{float(figures['main_mb']):.0f} | {worker} | {same} |"
            )
        print()
        print(f"Dask LocalCluster start, 2 workers: {float(case('dask', 2)['startup']):.2f} s")
        print(f"per story, in-process: {1000 * float(base['seconds']) / args.stories:.2f} ms")
        print(f"Dask empty-task round trip: {1000 * task_overhead():.2f} ms")

        curve: dict[str, list[tuple[int, float]]] = {"pool": [], "Dask": []}
        for workers in args.workers:
            for name, mode in (("pool", "pool"), ("Dask", "dask")):
                seconds = float(case(mode, workers)["seconds"])
                curve[name].append((workers, args.stories / seconds))
        print()
        print("| workers | pool stories/s | Dask stories/s |")
        print("|---|---|---|")
        for (workers, pool), (_, dask) in zip(curve["pool"], curve["Dask"], strict=True):
            print(f"| {workers} | {pool:.1f} | {dask:.1f} |")
        if args.plot:
            _plot(curve, args.stories, args.plot)
            print(f"\nplot: {args.plot}")
    return 0


def _plot(curve: dict[str, list[tuple[int, float]]], stories: int, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 4), dpi=100)
    for name, points in curve.items():
        axes.plot([w for w, _ in points], [r for _, r in points], marker="o", label=name)
    axes.axvline(cores(), color="grey", linestyle=":", label=f"{cores()} cores")
    axes.set_xticks(sorted({w for points in curve.values() for w, _ in points}))
    axes.set_xlabel("worker processes")
    axes.set_ylabel("stories a second")
    axes.set_title(f"{stories} news stories, {os.cpu_count()}-core machine")
    axes.set_ylim(bottom=0)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)


if __name__ == "__main__":
    sys.exit(main())
