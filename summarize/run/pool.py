"""Many stories at once, in input order, on every core of the machine.

The stories are cut into chunks of a few stories, and each chunk is one task
for a pool of worker processes (the standard library's
:class:`~concurrent.futures.ProcessPoolExecutor`); :mod:`summarize.run.dask`
runs the same tasks on a Dask cluster. Every task runs
:func:`summarize.run.story.outcome` on each story of its chunk, as a run in
this process does. Outcomes are yielded in input order as soon as the
earliest chunk is done, and only a bounded window of chunks is in flight, so
memory is that of the window, never of the whole input.

A story that raises is one failed outcome. A worker process that dies
(killed, or out of memory) breaks its pool: every chunk the pool held is run
again one story at a time, alone in a pool of one process, so a story that
kills its worker a second time is reported by itself and no other is lost.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext, suppress
from itertools import islice
from typing import Any, Protocol, TypeVar, Unpack

from ..brief import Brief
from ..errors import ClusterError, LanguageWarning, OptionError, StoryError, SummarizeError
from ..language import load_language
from ..language.table import AUTO
from ..options import Options, Settings
from ..stages.detect import load_detector
from ..types import Document
from .jobs import check_jobs
from .story import Defaults, Outcome, Story, outcome, read_stories

__all__ = [
    "Backend",
    "CHUNK",
    "DIED",
    "Processes",
    "WINDOW",
    "outcomes",
    "summarize_many",
    "warm",
]

_T = TypeVar("_T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

# Stories per task on a process pool: enough that a task's round trip is small
# beside its work (about 10 ms a story on news clusters), few enough that a
# short batch still spreads over every worker (benchmarks/throughput.py).
CHUNK = 8
# Tasks in flight per worker: one running, the rest queued, so a worker never
# waits for the main process; it also bounds the stories held in memory.
WINDOW = 3

DIED = (
    "the worker process running this story died (out of memory, or killed), and died "
    "again when the story ran alone; the other stories are not affected: give the "
    "workers more memory, or leave this story out"
)

_Item = Story | Outcome


class Result(Protocol[R_co]):
    """What a backend's ``submit`` returns: a future with a blocking ``result()``."""

    def result(self) -> R_co: ...

    def done(self) -> bool: ...

    def cancel(self) -> bool: ...


class Backend(Protocol):
    """Where tasks run: a pool of this machine's processes, or a Dask cluster."""

    workers: int
    chunk: int  # stories per task

    def submit(self, work: Callable[..., R], *args: Any) -> Result[R]:
        """Start ``work(*args)`` on a worker."""
        ...

    def alone(self, work: Callable[..., R], *args: Any) -> R | None:
        """Run ``work(*args)`` with nothing beside it; None if its worker died."""
        ...


class Processes:
    """A pool of worker processes on this machine, renewed when a worker dies.

    Workers ignore Ctrl-C (the main process stops them) and load the
    resources of the language of ``options`` once, when they start.
    """

    def __init__(self, workers: int, options: Options | None = None) -> None:
        self.workers = workers
        self.chunk = CHUNK
        self._language = (options or Options()).language
        self._pool = self._new(workers)
        self._quarantine: ProcessPoolExecutor | None = None
        self._started = False

    def _check_start(self) -> None:
        """Start the workers with a first task, and say why if they cannot start."""
        self._started = True
        try:
            self._pool.submit(warm, self._language).result()
        except BrokenProcessPool:
            self.close()
            raise OptionError(
                "the worker processes could not start: where they start from a fresh "
                "interpreter (a program with other threads running, macOS, Windows), "
                "they import the main script again, so call summarize_many under "
                '`if __name__ == "__main__":`, or use jobs=1'
            ) from None

    def _new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=_context(), initializer=_start_worker, initargs=(self._language,)
        )

    def submit(self, work: Callable[..., R], *args: Any) -> Future[R]:
        if not self._started:
            self._check_start()
        try:
            return self._pool.submit(work, *args)
        except BrokenProcessPool:  # a worker died; its chunks are being run again alone
            self._pool.shutdown(wait=False)
            self._pool = self._new(self.workers)
            return self._pool.submit(work, *args)

    def alone(self, work: Callable[..., R], *args: Any) -> R | None:
        if self._quarantine is None:
            self._quarantine = self._new(1)
        try:
            return self._quarantine.submit(work, *args).result()
        except BrokenProcessPool:
            self._quarantine.shutdown(wait=False)
            self._quarantine = None
            return None

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers once their running tasks end; ``cancel`` drops queued ones."""
        for pool in (self._pool, self._quarantine):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> Processes:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        self.close(cancel=kind is not None)


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: a fork where that is safe, else from a clean server process.

    On Linux, a program with one thread forks its workers: they start at once
    and share what is already loaded. Forking a program that runs other
    threads can deadlock a worker, so then (and on macOS, where forking is
    unsafe) workers fork from a server process that has imported summarize
    and nothing else; Windows has only "spawn".
    """
    if sys.platform == "win32":
        return multiprocessing.get_context("spawn")
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["summarize.run.pool"])
    return context


def _start_worker(language: str) -> None:
    """Ready a pool worker: Ctrl-C is the main process's to handle; load the language once.

    On Linux the worker also asks to be killed when the process that started
    it dies, so that a main process killed outright (``kill -9``, the
    out-of-memory killer) leaves no worker behind where workers fork from it.
    (Workers started from a fork server have that server as their parent,
    and Python's fork server outlives a main process killed so.)
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        with suppress(Exception):
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    warm(language)


def warm(language: str) -> None:
    """Load the language's resources in this worker process, once, before its first story.

    With ``auto``, the detection model; each language is loaded when a story needs it.
    """
    with suppress(Exception):  # each story will report what went wrong itself
        if language == AUTO:
            load_detector()
        else:
            load_language(language)


def outcomes(stories: Iterable[_Item], backend: Backend | None = None) -> Iterator[Outcome]:
    """The outcome of each story, in input order: in this process, or on ``backend``'s workers.

    Each is :func:`summarize.run.story.outcome` of the story, wherever it
    runs, so a pool or a cluster gives exactly what this process gives.
    Stories are read from ``stories`` only as work is needed.
    """
    if backend is None:
        for story in stories:
            yield outcome(story)
        return
    yield from _run_ordered(backend, stories)


def _run_ordered(backend: Backend, stories: Iterable[_Item]) -> Iterator[Outcome]:
    """The outcomes of chunks of ``stories`` run on ``backend``, in input order.

    A chunk that fails all the same (its worker died, or it could not be
    sent to one) is run again a story at a time with nothing beside it; a
    story that fails alone is a failed outcome saying why. A
    :class:`ClusterError` (the cluster is gone) stops the run. Each chunk's
    outcomes are yielded as soon as it and those before it are done; at most
    ``WINDOW`` chunks a worker are in flight.
    """
    pending: deque[tuple[list[_Item], Result[list[Outcome]]]] = deque()

    def settle(chunk: list[_Item], result: Result[list[Outcome]]) -> list[Outcome]:
        try:
            return result.result()
        except ClusterError:
            raise
        except Exception:  # run each story alone, to fail only the one at fault
            pass
        settled = []
        for story in chunk:
            try:
                done = backend.alone(_outcomes, [story])
            except ClusterError:
                raise
            except Exception as error:
                why = f"it could not be run in a worker process ({error!r})"
                settled.append(_failed(story, why))
                continue
            settled.append(_failed(story, DIED) if done is None else done[0])
        return settled

    chunks = _chunks(stories, backend.chunk)
    try:
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except Exception:  # the input failed: give what was read, then say so
                while pending:
                    yield from settle(*pending.popleft())
                raise
            pending.append((chunk, backend.submit(_outcomes, chunk)))
            while pending and (pending[0][1].done() or len(pending) >= WINDOW * backend.workers):
                yield from settle(*pending.popleft())
        while pending:
            yield from settle(*pending.popleft())
    finally:
        for _, result in pending:
            result.cancel()


def _outcomes(chunk: list[_Item]) -> list[Outcome]:
    """The outcomes of one chunk's stories: the task a worker runs."""
    return [outcome(story) for story in chunk]


def _failed(story: _Item, why: str) -> Outcome:
    """The outcome of a story that could not run in a worker process, saying why."""
    return Outcome(story.number, story.where, story.id, error=StoryError(why))


def summarize_many(
    stories: Iterable[list[str | Document] | tuple[str | Document, ...] | Mapping[str, Any]],
    options: Options | None = None,
    *,
    jobs: int | None = None,
    **settings: Unpack[Settings],
) -> Generator[Brief | SummarizeError, None, None]:
    """Summarize many stories, each into its own brief, on every core; in input order.

    Stories are read from ``stories`` as work is needed and results are
    yielded as soon as they are ready, in the order of the input, so memory
    is bounded by the few stories in flight, never by the whole input.

    Parameters
    ----------
    stories : iterable
        Each story is a list of articles (str or :class:`Document`), or a
        mapping with a ``documents`` list and, optionally, ``query`` (a
        question the brief answers), ``seen`` (articles the reader has), as
        :func:`summarize` takes them, and ``language`` (the story's own,
        which wins over ``options``); other keys (such as ``id``) are
        ignored.
    options : Options, optional
        Settings for every story; defaults to ``Options()``.
    jobs : int, optional
        Worker processes; ``None`` (the default) uses every core, ``1``
        summarizes in this process.
    **settings
        Any field of :class:`Options`, overriding ``options``.

    Yields
    ------
    Brief or SummarizeError
        One per story, in input order: its brief, or the error it raised (a
        :class:`StoryError` for an error that is not the summarizer's own, for
        a story that cannot be sent to a worker process, and for one whose
        worker died again when it ran alone, as when it runs out of memory).
        A failed story never stops the others. A story's
        :class:`LanguageWarning` is issued here as its brief is yielded.
        Close the generator (or exhaust it) to stop the workers when leaving
        a loop early.

    Raises
    ------
    OptionError
        At once, if ``jobs`` or a setting is out of range.

    Examples
    --------
    >>> stories = [
    ...     ["The dam failed on Sunday. Water flooded the town.", "The dam failed at night."],
    ...     {"documents": ["Fire closed the port on Monday."], "query": "port"},
    ...     [],
    ... ]
    >>> for result in summarize_many(stories, jobs=1, max_sentences=1):
    ...     print(result.sentences[0].text if isinstance(result, Brief) else repr(result))
    The dam failed at night.
    Fire closed the port on Monday.
    EmptyInputError('no article text to summarize: give at least one non-empty article')
    """
    defaults = Defaults((options if options is not None else Options()).replace(**settings))
    return _many(stories, defaults, check_jobs(jobs))


def _many(
    stories: Iterable[object], defaults: Defaults, workers: int
) -> Generator[Brief | SummarizeError, None, None]:
    # Each story is read here, so that a malformed one is its own error at
    # once, and workers get only articles as text (anything picklable).
    read = read_stories(enumerate(stories, start=1), defaults)
    pool: AbstractContextManager[Processes | None] = (
        nullcontext() if workers == 1 else Processes(workers, defaults.options)
    )
    with pool as backend:
        for done in outcomes(read, backend):
            for said in done.warnings:
                warnings.warn(LanguageWarning(said), stacklevel=2)
            yield done.result()


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size``; if reading fails, the items read come first."""
    iterator = iter(items)
    while True:
        chunk: list[_T] = []
        try:
            chunk.extend(islice(iterator, size))
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk
