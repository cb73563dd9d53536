"""Start-up benchmark: how soon the command and the package answer, beside the floor.

Usage::

    python benchmarks/startup.py
    python benchmarks/startup.py --repeats 11 --seeds ../shared/seeds
    python benchmarks/startup.py --code /path/to/an/older/checkout   # side by side

Each case runs in a fresh process, ``--repeats`` times, and the median wall
time is printed beside that of ``python -c pass``, the floor no Python
program beats:

- ``import summarize``;
- ``summarize --version`` and ``summarize --help``;
- ``summarize SEEDS/*.txt``: a brief of the seed pages, end to end.

The command runs as the ``summarize`` script does (``from summarize.cli
import main``), so that ``--code`` can run the same cases on another
checkout (put first on ``PYTHONPATH``), alternating with this one, round
by round. ``--importtime`` then lists the slowest imports of the brief
(``python -X importtime``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
MAIN = "import sys; from summarize.cli import main; sys.exit(main(sys.argv[1:]))"


def cases(seeds: Path) -> dict[str, list[str]]:
    """Each case's argv after the interpreter."""
    pages = sorted(str(path) for path in seeds.glob("*.txt"))
    if not pages:
        raise SystemExit(f"no seed pages (*.txt) in {seeds}; give --seeds")
    return {
        "python -c pass (the floor)": ["-c", "pass"],
        "import summarize": ["-c", "import summarize"],
        "summarize --version": ["-c", MAIN, "--version"],
        "summarize --help": ["-c", MAIN, "--help"],
        f"summarize {seeds.name}/*.txt ({len(pages)} pages)": ["-c", MAIN, *pages],
    }


def run(argv: list[str], code: Path) -> float:
    """Seconds ``python argv`` takes in a fresh process, with ``code`` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(code))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *argv], env=env, cwd=code, capture_output=True, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} failed: {done.stderr.decode(errors='replace')}")
    return seconds


def slowest_imports(argv: list[str], code: Path, count: int) -> list[str]:
    """Table rows of the ``count`` modules of ``argv`` that take longest to import themselves."""
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv], env=env, cwd=code, capture_output=True
    )
    rows = []
    for line in done.stderr.decode(errors="replace").splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            own, cumulative, name = int(parts[0]), int(parts[1]), parts[2].strip()
            rows.append((own, cumulative, name))
    rows.sort(reverse=True)
    return [
        f"| {name} | {own / 1000:.0f} ms | {total / 1000:.0f} ms |"
        for own, total, name in rows[:count]
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs per case (median)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of seed pages (*.txt)")
    parser.add_argument("--code", type=Path, help="another checkout to time side by side")
    parser.add_argument(
        "--importtime", type=int, default=0, metavar="N", help="list the N slowest imports"
    )
    args = parser.parse_args(argv)
    todo = cases(args.seeds)
    checkouts = {"this": ROOT}
    if args.code is not None:
        checkouts["other"] = args.code.resolve()
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.repeats):  # round by round, so that a busy spell hits every case
        for name, case in todo.items():
            for which, code in checkouts.items():
                times.setdefault((name, which), []).append(run(case, code))
    floor = median(times[(next(iter(todo)), "this")])
    print(f"Python {sys.version.split()[0]}, median of {args.repeats} fresh processes\n")
    heads = ["case", "seconds", "minus the floor"]
    if "other" in checkouts:
        heads += [f"{args.code} seconds", "this / other"]
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * len(heads))
    for name in todo:
        ours = median(times[(name, "this")])
        cells = [name, f"{ours:.3f}", f"{ours - floor:.3f}"]
        if "other" in checkouts:
            theirs = median(times[(name, "other")])
            cells += [f"{theirs:.3f}", f"{ours / theirs:.2f}"]
        print("| " + " | ".join(cells) + " |")
    if args.importtime:
        brief = list(todo.values())[-1]
        print(f"\nThe {args.importtime} slowest imports of the brief:\n")
        print("| module | itself | with what it imports |\n|---|---|---|")
        print("\n".join(slowest_imports(brief, ROOT, args.importtime)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
