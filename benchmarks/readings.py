"""Keep brief sentences labelled by people in ``readings.jsonl``, by a digest of their text.

Usage::

    python benchmarks/readings.py LABELLED.jsonl [LABELLED.jsonl ...]

The readability labels of ``../shared/tools/readable/`` cover the sentences
one version of the summarizer picked. A change picks others: ``quality.py
--labels ... --unlabelled FILE`` writes them out, a person reads and labels
each (``{"id", "text", "label"}``, labels as in that folder's README), and
this script adds them to ``readings.jsonl`` as ``{"id", "sha1", "label"}``:
the label and the SHA-1 of the sentence's text, never the text itself, so
the project holds no article of the data. ``quality.py --labels
../shared/tools/readable/multinews-dev-labels.jsonl --labels
benchmarks/readings.jsonl`` then scores every sentence read so far.

A sentence already in the file keeps its first label; one read again with
another label is counted and shown, and left as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

READINGS = Path(__file__).with_name("readings.jsonl")
LABELS = "SCHBFU"  # story, caption, headline, boilerplate, fragment, unattributed


def digest(text: str) -> str:
    """The key of a brief sentence in ``readings.jsonl``: SHA-1 of its text, white space trimmed."""
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()


def records(path: Path) -> list[tuple[int, dict[str, object]]]:
    """Each JSON object of a JSONL file with its line number; ValueError names a bad line."""
    found = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: not a JSON object")
            found.append((number, record))
    return found


def read_labelled(path: Path) -> list[tuple[str, str, str]]:
    """The ``(id, sha1, label)`` of each labelled sentence of ``path``."""
    readings = []
    for number, record in records(path):
        cluster, text, label = record.get("id"), record.get("text"), record.get("label")
        if not (
            isinstance(cluster, str)
            and cluster
            and isinstance(text, str)
            and text.strip()
            and isinstance(label, str)
            and label in LABELS
            and len(label) == 1
        ):
            raise ValueError(
                f"{path}:{number}: need an id, a text and a label, one of {', '.join(LABELS)}"
            )
        readings.append((cluster, digest(text), label))
    return readings


def read_readings(path: Path) -> dict[tuple[str, str], str]:
    """The label of each ``(id, sha1)`` of a readings file."""
    kept: dict[tuple[str, str], str] = {}
    for number, record in records(path):
        cluster, sha1, label = record.get("id"), record.get("sha1"), record.get("label")
        if not (isinstance(cluster, str) and isinstance(sha1, str) and isinstance(label, str)):
            raise ValueError(f"{path}:{number}: need an id, a sha1 and a label")
        kept.setdefault((cluster, sha1), label)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labelled", type=Path, nargs="+", help="JSONL of {id, text, label}")
    parser.add_argument("--to", type=Path, default=READINGS, help="the readings file to add to")
    args = parser.parse_args(argv)

    try:
        kept = read_readings(args.to) if args.to.exists() else {}
        new = [reading for path in args.labelled for reading in read_labelled(path)]
    except (OSError, ValueError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    before, differ = len(kept), 0
    for cluster, sha1, label in new:
        if kept.setdefault((cluster, sha1), label) != label:
            differ += 1
            print(f"read again as {label}, kept {kept[cluster, sha1]}: {cluster} {sha1}")
    lines = [
        json.dumps({"id": cluster, "sha1": sha1, "label": label})
        for (cluster, sha1), label in sorted(kept.items())
    ]
    try:
        args.to.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    except OSError as error:
        print(f"Error: cannot write {args.to}: {error.strerror}", file=sys.stderr)
        return 2
    print(f"{len(kept) - before} readings added, {len(kept)} in {args.to}; {differ} read again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
