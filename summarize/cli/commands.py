"""Running a command: read the inputs, summarize, render, write.

One story: the articles named are read, summarized into one brief, and the
brief printed in the format asked for. A JSONL batch: every story is read
once and given its outcome (:mod:`summarize.run`), and each outcome's record
is written as one line, to standard output or to one file per input file.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext

from ..api import summarize
from ..brief import Brief
from ..errors import EmptyInputError, LanguageWarning, ReadError
from ..readers.files import read_inputs, read_lines
from ..render import render
from ..run.dask import connect
from ..run.output import count_stories, failures_in, plan, stories, write_files, write_lines
from ..run.pool import Backend, Processes, outcomes
from ..run.story import Defaults, read_stories
from ..types import Document
from .args import Command
from .codes import EXIT_INPUT, EXIT_OK
from .streams import emit, say

__all__ = ["execute", "run_batch", "run_story"]


def execute(command: Command) -> int:
    """Run ``command``; the exit code. Raises what the summarizer raises, for ``main`` to tell."""
    inputs = _Inputs(command)
    seen = inputs.read(command.seen, "seen") if command.seen else []
    if command.jsonl:
        code = run_batch(command, seen)
    else:
        brief = run_story(command, inputs.read(command.paths, "articles"), seen)
        emit(render(brief, command.format))
        code = EXIT_OK
    return EXIT_INPUT if inputs.report() else code


def run_story(command: Command, articles: list[Document], seen: list[Document]) -> Brief:
    """The brief of the articles; each :class:`LanguageWarning` is said as a ``Warning:`` line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LanguageWarning)
        brief = summarize(articles, command.options, query=command.query, seen=seen)
    for warning in caught:
        if issubclass(warning.category, LanguageWarning):
            say(f"Warning: {warning.message}")
        else:
            warnings.showwarning(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return brief


def run_batch(command: Command, seen: list[Document]) -> int:
    """Summarize every story of the JSONL inputs; exit 1 if any story failed.

    Records go to standard output in input order, or with ``--output`` to one
    file per input file; stories run on ``--jobs`` processes or on Dask.
    """
    from tqdm import tqdm

    todo = list(command.paths)
    targets = None
    before = (0, 0)  # (stories, failures) in the files a rerun skips
    if command.output is not None:
        planned = plan(command.paths, command.output)
        done = [target for path, target in planned if target.exists()]
        if done:
            say(
                f"Skipping {len(done)} file(s) already in {command.output} "
                "(delete one to summarize it again)"
            )
            before = failures_in(done)
        todo = [path for path, target in planned if not target.exists()]
        targets = [target for path, target in planned if not target.exists()]
        if not todo:
            return _failed(*before, before[1])
    numbered: Iterator[tuple[int, bytes]]
    counts: list[int] = []
    if targets is None:
        lines = read_lines(todo, sys.stdin.buffer, max_bytes=command.max_bytes)
        numbered = iter(enumerate(lines, start=1))
    else:
        # also fails at once on a file that cannot be read
        counts = count_stories(todo, command.max_bytes)
        numbered = stories(todo, command.max_bytes)
    show = not command.quiet and sys.stderr.isatty()
    total = None  # standard input cannot be counted ahead
    if targets is not None:
        total = sum(counts)
    elif show and all(os.path.isfile(path) for path in todo):  # a pipe reads only once
        total = sum(1 for line in read_lines(todo, max_bytes=command.max_bytes) if line.strip())
    tqdm.monitor_interval = 0  # no monitor thread: workers may then start by a plain fork
    defaults = Defaults(command.options, command.query, tuple(seen))
    with _backend(command) as backend:
        done_stories = outcomes(read_stories(numbered, defaults, lines=True), backend)
        records = tqdm(
            ((outcome.to_json(), outcome.failed) for outcome in done_stories),
            total=total,
            unit="story",
            file=sys.stderr,
            disable=not show,
        )
        if targets is None:
            written, failures = write_lines(records, sys.stdout)
        else:
            written, failures = write_files(targets, iter(records), counts)
    return _failed(written + before[0], failures + before[1], before[1])


def _failed(written: int, failures: int, skipped: int) -> int:
    """The exit code of a batch, saying how many of its stories failed, if any did.

    ``skipped`` of the ``failures`` are in output files a rerun left as they were.
    """
    if not failures:
        return EXIT_OK
    where = f" ({skipped} in the files skipped)" if skipped else ""
    print(
        f"Error: {failures} of {written} stories failed{where}; their lines hold the reason",
        file=sys.stderr,
    )
    return EXIT_INPUT


def _backend(command: Command) -> AbstractContextManager[Backend | None]:
    """Where the stories run: Dask, a pool of processes, or this process for one job."""
    if command.dask is not None:
        return connect(
            command.dask, workers=command.jobs, timeout=command.timeout, options=command.options
        )
    if command.jobs == 1:
        return nullcontext()
    return Processes(command.jobs, command.options)


class _Inputs:
    """The command's inputs as they are read; a web address that fails is said and counted."""

    def __init__(self, command: Command) -> None:
        self._command = command
        self._failed: dict[str, list[ReadError]] = {"articles": [], "seen": []}

    def read(self, paths: Sequence[str], which: str) -> list[Document]:
        """The articles of ``paths``; ``which`` is "articles" or "seen"."""
        command = self._command

        def report(error: ReadError) -> None:
            self._failed[which].append(error)
            say(f"Error: {error}")

        try:
            return read_inputs(
                paths,
                sys.stdin.buffer,
                pattern=command.patterns,
                recursive=command.recursive,
                timeout=command.timeout,
                on_failed_url=report,
                max_bytes=command.max_bytes,
                public_only=command.public_only,
                distinct=which == "articles",
            )
        except EmptyInputError:
            if which == "articles":
                raise
            return []  # no seen address could be fetched: each one was named

    def report(self) -> bool:
        """Say how many web addresses could not be fetched; whether any could not."""
        articles, seen = self._failed["articles"], self._failed["seen"]
        if articles:
            print(
                f"Error: the brief leaves out {len(articles)} web address(es) "
                "that could not be fetched",
                file=sys.stderr,
            )
        if seen:
            print(
                f"Error: {len(seen)} seen web address(es) could not be fetched: "
                "the brief may repeat what they say",
                file=sys.stderr,
            )
        return bool(articles or seen)
