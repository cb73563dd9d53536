"""Where a batch's records go: one output file per input file, in a folder.

Each output file is written under a temporary name beside its final one and
renamed when its last record is written, so a file of the folder is either
whole or absent: a run stopped by a crash or Ctrl-C leaves the files it
finished, and a rerun skips them and does only the rest.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .errors import OptionError, WriteError
from .readers import STDIN, read_lines, unreadable

PART = ".part"


def plan(paths: Sequence[str], folder: str) -> list[tuple[str, Path]]:
    """Each input file with the output file it gets in ``folder``: the same name.

    Creates the folder if need be.

    Raises
    ------
    OptionError
        If standard input is among ``paths``, a file is given twice, or two
        files have the same name (their outputs would be one file).
    WriteError
        If the folder cannot be made or written to.
    """
    if STDIN in paths:
        raise OptionError(
            "--output writes one file per input file; standard input has no name: "
            "save it to a .jsonl file, or leave out --output to write to standard output"
        )
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        if real in seen:
            raise OptionError(f"{path}: given twice (as {seen[real]} too); give each file once")
        seen[real] = path
        name = Path(path).name
        if name in names:
            raise OptionError(
                f"{names[name]} and {path} would both be written to {name} in {folder}; "
                "rename one, or run them with separate --output folders"
            )
        names[name] = path
    _check_writable(folder)
    return [(path, Path(folder) / Path(path).name) for path in paths]


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


def check_readable(paths: Sequence[str]) -> None:
    """Open and close each file, so that one that cannot be read fails before any work.

    Raises
    ------
    ReadError
        Naming the first file that cannot be read, and why.
    """
    for path in paths:
        try:
            open(path, "rb").close()  # noqa: SIM115  closed at once
        except OSError as error:
            raise unreadable(path, error) from None


def stories(paths: Sequence[str], counts: list[int]) -> Iterator[tuple[int, bytes]]:
    """The numbered non-blank lines of each file in turn, read as needed.

    When a file is done, the number of its stories is appended to ``counts``,
    so that whoever writes the results knows where each file's end.
    """
    for path in paths:
        count = 0
        for number, line in enumerate(read_lines([path]), start=1):
            if line.strip():
                count += 1
                yield number, line
        counts.append(count)


def write_files(
    targets: Sequence[Path], results: Iterator[tuple[str, bool]], counts: list[int]
) -> tuple[int, int]:
    """Write each file's results to its target, atomically; (stories, failures).

    ``results`` are in input order, file after file, and ``counts`` fills
    with each file's number of stories as :func:`stories` reads them.
    """
    total = failures = 0
    held: tuple[str, bool] | None = None  # a result read ahead, of a later file

    def done(index: int, written: int) -> bool:
        return index < len(counts) and written == counts[index]

    for index, target in enumerate(targets):
        with atomic(target) as out:
            written = 0
            while not done(index, written):
                if held is None:
                    try:
                        held = next(results)
                    except StopIteration:
                        break
                    if done(index, written):  # reading it finished this file's count
                        break
                text, failed = held
                held = None
                out.write(text + "\n")
                written += 1
                failures += failed
        total += written
    return total, failures


@contextmanager
def atomic(target: Path) -> Iterator[TextIO]:
    """A file written under a temporary name and renamed to ``target`` when whole.

    On any error or interrupt the temporary file is removed and ``target``
    is left as it was.
    """
    part = target.with_name(f".{target.name}{PART}")
    try:
        with open(part, "w", encoding="utf-8") as out:
            yield out
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
