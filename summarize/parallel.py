"""Many stories at once, in input order, on every core of the machine.

The stories are cut into chunks of a few stories, and each chunk is one task
for a pool of worker processes (the standard library's
:class:`~concurrent.futures.ProcessPoolExecutor`); :mod:`summarize.dask` runs
the same tasks on a Dask cluster. Results are yielded in input order as soon
as the earliest chunk is done, and only a bounded window of chunks is in
flight, so memory is that of the window, never of the whole input.

A story that raises is one failed outcome. A worker process that dies
(killed, or out of memory) breaks its pool: every chunk the pool held is run
again one story at a time, alone in a pool of one process, so a story that
kills its worker a second time is reported by itself and no other is lost.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from itertools import islice
from typing import Any, Protocol, TypeVar, Unpack

from .api import summarize
from .batch import Story, failure, loads, outcome, story_of, unexpected
from .brief import Brief
from .detect import load_detector
from .errors import ClusterError, InputError, OptionError, StoryError, SummarizeError
from .language import load_language
from .types import AUTO, Document, Options, Settings

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

# Stories per task on a process pool: enough that a task's round trip is small
# beside its work (about 10 ms a story on news clusters), few enough that a
# short batch still spreads over every worker (benchmarks/throughput.py).
CHUNK = 8
# Tasks in flight per worker: one running, the rest queued, so a worker never
# waits for the main process; it also bounds the stories held in memory.
WINDOW = 3
# Workers a core at most: the work is CPU-bound, so more only take turns.
MAX_PER_CORE = 4

DIED = (
    "the worker process running this story died (out of memory, or killed), and died "
    "again when the story ran alone; the other stories are not affected: give the "
    "workers more memory, or leave this story out"
)

Line = tuple[str, bool]


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


def cores() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def check_jobs(jobs: object) -> int:
    """The number of worker processes ``jobs`` asks for; None means every core.

    Raises
    ------
    OptionError
        If ``jobs`` is not a whole number of 1 or more, or asks for more than
        ``MAX_PER_CORE`` workers a core.
    """
    if jobs is None:
        return cores()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise OptionError(f"jobs is a number of worker processes, 1 or more; got {jobs!r}")
    if jobs > MAX_PER_CORE * cores():
        raise OptionError(
            f"jobs={jobs} is more than {MAX_PER_CORE} worker processes a core ({cores()} "
            f"cores here): more only take turns on the cores; give at most "
            f"{MAX_PER_CORE * cores()}"
        )
    return jobs


class Processes:
    """A pool of worker processes on this machine, renewed when a worker dies.

    Workers ignore Ctrl-C (the main process stops them) and load the
    language's resources once, when they start.
    """

    def __init__(self, workers: int, language: str = "english") -> None:
        self.workers = workers
        self.chunk = CHUNK
        self._language = language
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
    context.set_forkserver_preload(["summarize.parallel"])
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


def run_ordered(
    backend: Backend,
    work: Callable[..., list[R]],
    items: Iterable[T],
    args: tuple[Any, ...],
    on_failure: Callable[[T, str], R],
) -> Iterator[R]:
    """``work(chunk, *args)`` over chunks of ``items`` on ``backend``; results in input order.

    ``work`` returns one result per item of its chunk and never raises for
    an item's own sake. A chunk that fails all the same (its worker died, or
    it could not be sent to one) is run again an item at a time with
    nothing beside it; an item that fails alone gives ``on_failure(item,
    why)``. A :class:`ClusterError` (the cluster is gone) stops the run.
    Each chunk's results are yielded as soon as it and those before it are
    done; at most ``WINDOW`` chunks a worker are in flight.
    """
    pending: deque[tuple[list[T], Result[list[R]]]] = deque()

    def settle(chunk: list[T], result: Result[list[R]]) -> list[R]:
        try:
            return result.result()
        except ClusterError:
            raise
        except Exception:  # run each item alone, to fail only the one at fault
            pass
        results = []
        for item in chunk:
            try:
                done = backend.alone(work, [item], *args)
            except ClusterError:
                raise
            except Exception as error:
                results.append(
                    on_failure(item, f"it could not be run in a worker process ({error!r})")
                )
                continue
            results.append(on_failure(item, DIED) if done is None else done[0])
        return results

    chunks = _chunks(items, backend.chunk)
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
            pending.append((chunk, backend.submit(work, chunk, *args)))
            while pending and (pending[0][1].done() or len(pending) >= WINDOW * backend.workers):
                yield from settle(*pending.popleft())
        while pending:
            yield from settle(*pending.popleft())
    finally:
        for _, result in pending:
            result.cancel()


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
        A failed story never stops the others. Close the generator (or
        exhaust it) to stop the workers when leaving a loop early.

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
    resolved = (options if options is not None else Options()).replace(**settings)
    return _many(enumerate(stories, start=1), resolved, check_jobs(jobs))


def _many(
    numbered: Iterable[tuple[int, object]], options: Options, workers: int
) -> Generator[Brief | SummarizeError, None, None]:
    # Each story is read here, so that a malformed one is its own error at
    # once, and workers get only articles as text (anything picklable).
    stories = ((number, _parse(number, story)) for number, story in numbered)
    if workers == 1:
        for number, story in stories:
            yield _brief_or_error(number, story, options)
        return
    with Processes(workers, options.language) as pool:
        yield from run_ordered(pool, _briefs, stories, (options,), _failed)


def summarize_records(
    lines: Iterable[tuple[int, str | bytes]],
    options: Options,
    *,
    query: str | None = None,
    seen: Sequence[Document] = (),
    backend: Backend | None = None,
) -> Iterator[Line]:
    """The output line of each numbered JSONL input line, and whether its story failed.

    What the command line writes: exactly the records of
    :func:`summarize.batch.summarize_lines`, in input order, whether run
    here (``backend=None``) or on a pool or cluster. Blank lines give nothing.
    """
    stories = ((number, line) for number, line in lines if line.strip())
    if backend is None:
        for number, line in stories:
            yield _record(number, line, options, query, seen)
        return
    yield from run_ordered(backend, _records, stories, (options, query, seen), _line_failed)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``; if reading fails, the items read come first."""
    iterator = iter(items)
    while True:
        chunk: list[T] = []
        try:
            chunk.extend(islice(iterator, size))
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


def _parse(number: int, story: object) -> Story | InputError:
    try:
        return story_of(story, f"story {number}")
    except InputError as error:
        return error


def _brief_or_error(
    number: int, story: Story | InputError, options: Options
) -> Brief | SummarizeError:
    if isinstance(story, InputError):
        return story
    try:
        return summarize(
            story.documents, story.options(options), query=story.query, seen=story.seen
        )
    except SummarizeError as error:
        return error
    except Exception as error:  # one story must never stop the others
        return StoryError(f"story {number}: {unexpected(error)}")


def _briefs(
    chunk: list[tuple[int, Story | InputError]], options: Options
) -> list[Brief | SummarizeError]:
    return [_brief_or_error(number, story, options) for number, story in chunk]


def _failed(item: tuple[int, object], why: str) -> SummarizeError:
    return StoryError(f"story {item[0]}: {why}")


def _record(
    number: int, line: str | bytes, options: Options, query: str | None, seen: Sequence[Document]
) -> Line:
    done = outcome(number, line, options, query=query, seen=seen)
    return done.to_json(), done.failed


def _records(
    chunk: list[tuple[int, str | bytes]],
    options: Options,
    query: str | None,
    seen: Sequence[Document],
) -> list[Line]:
    return [_record(number, line, options, query, seen) for number, line in chunk]


def _line_failed(item: tuple[int, str | bytes], why: str) -> Line:
    number, line = item
    done = failure(_story_id(line), number, why, StoryError.__name__)
    return done.to_json(), done.failed


def _story_id(line: str | bytes) -> Any:
    """The id of a JSON line's story, or None when the line does not say."""
    try:
        record = loads(line)
    except ValueError:  # not JSON, or a number strict JSON cannot hold
        return None
    return record.get("id") if isinstance(record, dict) else None
