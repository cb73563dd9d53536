"""Where a batch's records go: one output file per input file, in a folder.

Each output file is written under a temporary name beside its final one and
renamed when its last record is written, so a file of the folder is either
whole or absent: a run stopped by a crash or Ctrl-C leaves the files it
finished, and a rerun skips them and does only the rest.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import islice
from pathlib import Path
from typing import TextIO

from ..errors import OptionError, WriteError
from ..readers.files import MAX_BYTES, STDIN, is_jsonl, read_lines

__all__ = [
    "PART",
    "atomic",
    "count_stories",
    "failures_in",
    "output_name",
    "plan",
    "stories",
    "write_files",
    "write_lines",
]

PART = ".part"


def plan(paths: Sequence[str], folder: str) -> list[tuple[str, Path]]:
    """Each input file with the output file it gets in ``folder``: the same name.

    Creates the folder if need be.

    Raises
    ------
    OptionError
        If standard input or a pipe is among ``paths``, ``folder`` names a
        ``.jsonl`` file, two files have the same name (their outputs would
        be one file; the command line refuses a file given twice before
        this), or an output would be its own input.
    WriteError
        If the folder cannot be made or written to.
    """
    if STDIN in paths:
        raise OptionError(
            "--output writes one file per input file; standard input has no name: "
            "save it to a .jsonl file, or leave out --output to write to standard output"
        )
    if is_jsonl(folder) and not os.path.isdir(folder):
        raise OptionError(
            f"--output takes a folder, and {folder} looks like a file: leave out --output "
            f"and write standard output to it (> {folder}), or name a folder"
        )
    names: dict[str, str] = {}
    for path in paths:
        if os.path.exists(path) and not os.path.isfile(path):
            raise OptionError(
                f"{path}: --output needs regular files, which can be counted before "
                "they are read; save the stream to a file, or leave out --output"
            )
        name = output_name(path)
        if name in names:
            raise OptionError(
                f"{names[name]} and {path} would both be written to {name} in {folder}; "
                "rename one, or run them with separate --output folders"
            )
        names[name] = path
    _check_writable(folder)
    pairs = [(path, Path(folder) / output_name(path)) for path in paths]
    for path, target in pairs:
        if os.path.realpath(target) == os.path.realpath(path):
            raise OptionError(
                f"--output {folder} is where {path} is: its briefs would take its place; "
                "choose another folder"
            )
    return pairs


def output_name(path: str) -> str:
    """The name of the output file of an input file: the same, less ``.gz`` (it is not compressed).

    Examples
    --------
    >>> output_name("in/monday.jsonl"), output_name("in/monday.ndjson.gz")
    ('monday.jsonl', 'monday.ndjson')
    """
    name = Path(path).name
    return name[:-3] if name.lower().endswith(".gz") else name


def _check_writable(folder: str) -> None:
    """Make ``folder`` if need be and try writing in it, so a run never fails at its end."""
    try:
        os.makedirs(folder, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except FileExistsError:
        raise WriteError(f"--output {folder}: is a file, not a folder") from None
    except OSError as error:
        raise WriteError(
            f"--output {folder}: cannot write there ({error.strerror or error}); "
            "choose a folder you may write to"
        ) from None


def count_stories(paths: Sequence[str], max_bytes: int = MAX_BYTES) -> list[int]:
    """The number of stories (non-blank lines) of each file."""
    return [
        sum(1 for line in read_lines([path], max_bytes=max_bytes) if line.strip()) for path in paths
    ]


def stories(paths: Sequence[str], max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, bytes]]:
    """The numbered non-blank lines of each file in turn, read as needed; numbers per file."""
    for path in paths:
        for number, line in enumerate(read_lines([path], max_bytes=max_bytes), start=1):
            if line.strip():
                yield number, line


def write_lines(lines: Iterable[tuple[str, bool]], out: TextIO) -> tuple[int, int]:
    """Write each output line as soon as it is ready; (stories, failures).

    ``lines`` holds each story's output line and whether it failed.
    """
    stories = failures = 0
    for text, failed in lines:
        try:
            out.write(text + "\n")
            out.flush()
        except BrokenPipeError:
            raise  # the reader left: the command line ends quietly
        except OSError as error:
            raise WriteError(f"cannot write the output ({error.strerror or error})") from None
        stories += 1
        failures += failed
    return stories, failures


def write_files(
    targets: Sequence[Path], results: Iterator[tuple[str, bool]], counts: Sequence[int]
) -> tuple[int, int]:
    """Write each file's results to its target, atomically; (stories, failures).

    ``results`` are in input order, file after file, ``counts[i]`` of them
    for ``targets[i]``; each file is renamed into place as soon as its last
    record is written.
    """
    total = failures = 0
    for target, count in zip(targets, counts, strict=True):
        with atomic(target) as out:
            for text, failed in islice(results, count):
                out.write(text + "\n")
                total += 1
                failures += failed
    return total, failures


def failures_in(targets: Iterable[Path]) -> tuple[int, int]:
    """(stories, failures) already written to the output files ``targets``.

    Only our records count (a line that opens ``{"id"``; a failure has an
    ``error`` and an ``error_type``): a line someone else wrote, and a target
    that is not a regular file or cannot be read, count as neither.
    """
    total = failures = 0
    for target in targets:
        if not target.is_file():
            continue
        try:
            with open(target, encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    if not line.startswith('{"id"'):
                        continue
                    total += 1
                    failures += '"error_type"' in line and _is_failure(line)
        except OSError:
            continue  # unreadable: the rerun cannot tell, and does not guess
    return total, failures


def _is_failure(line: str) -> bool:
    """Whether a line of our output is a failed story's record."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(record, dict) and "error" in record and "error_type" in record


@contextmanager
def atomic(target: Path) -> Iterator[TextIO]:
    """A file written under a temporary name and renamed to ``target`` when whole.

    On any error or interrupt the temporary file is removed, where the folder
    still allows it, and ``target`` is left as it was.
    """
    part = target.with_name(f".{target.name}{PART}")
    try:
        try:
            with open(part, "w", encoding="utf-8") as out:
                yield out
                out.flush()
                os.fsync(out.fileno())  # on disk before its name says it is whole
            os.replace(part, target)
        except OSError as error:
            remedy = "free some space"
            if isinstance(error, PermissionError):
                remedy = "make the folder writable again"
            raise WriteError(
                f"{target}: cannot write ({error.strerror or error}); {remedy} "
                "or choose another --output folder, then run again: the files done stay"
            ) from None
    except BaseException:
        # a folder made read-only mid-run cannot lose the part either: the
        # error that names the file, not this clean-up's, is the one to see
        with suppress(OSError):
            part.unlink(missing_ok=True)
        raise
