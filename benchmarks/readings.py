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
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from quality import READINGS, digest

LABELS = frozenset("SCHBFU")


def read_labelled(path: Path) -> list[dict[str, str]]:
    """The ``{"id", "sha1", "label"}`` of each labelled sentence of ``path``."""
    readings = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("label") not in LABELS or not record.get("id") or "text" not in record:
                raise ValueError(
                    f"{path}:{number}: need an id, a text and a label, one of {''.join(LABELS)}"
                )
            readings.append(
                {"id": record["id"], "sha1": digest(record["text"]), "label": record["label"]}
            )
    return readings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labelled", type=Path, nargs="+", help="JSONL of {id, text, label}")
    parser.add_argument("--to", type=Path, default=READINGS, help="the readings file to add to")
    args = parser.parse_args(argv)

    kept: dict[tuple[str, str], str] = {}
    if args.to.exists():
        for line in args.to.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                kept[record["id"], record["sha1"]] = record["label"]
    before, differ = len(kept), 0
    try:
        new = [reading for path in args.labelled for reading in read_labelled(path)]
    except (OSError, ValueError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    for reading in new:
        key = reading["id"], reading["sha1"]
        if kept.setdefault(key, reading["label"]) != reading["label"]:
            differ += 1
            print(f"read again as {reading['label']}, kept {kept[key]}: {key[0]} {key[1]}")
    lines = [
        json.dumps({"id": key[0], "sha1": key[1], "label": label})
        for key, label in sorted(kept.items())
    ]
    args.to.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(kept) - before} readings added, {len(kept)} in {args.to}; {differ} read again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
