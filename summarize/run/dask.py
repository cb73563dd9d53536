"""Many stories on a Dask cluster, for when one machine is not enough.

Needs the extra: ``pip install 'summarize[dask]'``.

- :func:`summarize_bag` turns a :class:`dask.bag.Bag` of stories into a bag
  of the JSON-ready records the command line writes, one per story, ready
  for ``.map(json.dumps).to_textfiles(...)``.
- :func:`connect` gives the command line's ``--dask`` its backend: a running
  scheduler's address, or ``"local"`` for a :class:`~distributed.LocalCluster`
  on this machine.

Every worker process loads a language's resources once and keeps them (they
are cached in the process, never sent with a task). A story that fails is a
record, not a failed task. A worker that dies is replaced and its tasks run
again by Dask. On the command line (``--dask``), a task that keeps killing
workers is run again a story at a time, so only the story that does it fails;
in a bag, such a task fails the computation after Dask's retries
(``distributed.scheduler.allowed-failures``), as any task would.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack

from .._version import __version__
from ..errors import ClusterError, OptionError
from ..options import Options, Settings
from . import INSTALL
from .pool import warm
from .story import Defaults, outcome, read_stories

__all__ = ["CHUNK", "DaskBackend", "connect", "summarize_bag"]

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

R = TypeVar("R")

# Stories per task on Dask: a task's round trip through the scheduler costs
# about 2 ms, against about 0.1 s of work for 8 stories, and 8 stories a task
# measured 1.5x on two workers against 1.75x for 32 (benchmarks/throughput.py).
CHUNK = 32


def summarize_bag(
    bag: dask.bag.Bag, options: Options | None = None, **settings: Unpack[Settings]
) -> dask.bag.Bag:
    """A bag of one JSON-ready record per story of ``bag``, as the command line writes them.

    Parameters
    ----------
    bag : dask.bag.Bag
        Stories: JSON lines (as ``dask.bag.read_text`` gives them), mappings
        with ``documents`` (and ``id``, ``query``, ``seen``), or lists of
        articles. Blank lines give no record, as on the command line.
    options : Options, optional
        Settings for every story; defaults to ``Options()``.
    **settings
        Any field of :class:`Options`, overriding ``options``.

    Returns
    -------
    dask.bag.Bag
        ``{"id": ..., "brief": {...}}`` per story, or ``{"id": ..., "line":
        n, "error": "...", "error_type": "..."}`` for one that failed, where
        ``n`` counts the items of its partition from 1: the line number when
        each file is one partition, as ``read_text`` makes them by default.

    Raises
    ------
    OptionError
        At once, if a setting is out of range.

    Examples
    --------
    >>> import dask.bag as db, json
    >>> lines = db.read_text("stories/*.jsonl")                 # doctest: +SKIP
    >>> records = summarize_bag(lines, max_words=120)          # doctest: +SKIP
    >>> out = records.map(json.dumps, ensure_ascii=False)       # doctest: +SKIP
    >>> out.to_textfiles("briefs/*.jsonl", last_endline=True)   # doctest: +SKIP
    """
    defaults = Defaults((options if options is not None else Options()).replace(**settings))
    records: dask.bag.Bag = bag.map_partitions(_partition_records, defaults)  # type: ignore[no-untyped-call]
    return records


def _partition_records(items: Any, defaults: Defaults) -> list[dict[str, Any]]:
    """The records of one partition's stories; a story that fails is a record."""
    stories = read_stories(enumerate(items, start=1), defaults, lines=True)
    return [outcome(story).record() for story in stories]


class DaskBackend:
    """The command line's backend on a Dask cluster (see :class:`summarize.run.pool.Backend`).

    Each worker loads the resources of the language of ``options`` when the
    backend starts.
    """

    def __init__(self, client: Client, options: Options | None = None, timeout: float = 20) -> None:
        from distributed.scheduler import KilledWorker

        self.client = client
        self._killed = KilledWorker
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            address = client.scheduler_info().get("address", "its address")
            raise ClusterError(
                f"the Dask scheduler at {address} has no workers after {timeout:g} s; "
                f"start some with: dask worker {address}"
            ) from None
        # One task in flight per worker thread: a worker of N threads runs N at once.
        workers = client.scheduler_info().get("workers", {}).values()
        self.workers = max(1, sum(int(w.get("nthreads", 1)) for w in workers))
        self.chunk = CHUNK
        # Each worker imports summarize and loads the language now, not on its
        # first task (a worker process starts as a fresh interpreter: about a
        # second of imports); a worker that joins later does it on its first task.
        try:
            client.run(warm, (options or Options()).language)
        except Exception as error:
            raise ClusterError(
                f"the Dask workers cannot run summarize ({error}); install "
                f"summarize[dask]=={__version__} on every worker"
            ) from None

    def submit(self, work: Callable[..., R], *args: Any) -> _Task[R]:
        return _Task(self.client.submit(work, *args, pure=False), self._killed)

    def alone(self, work: Callable[..., R], *args: Any) -> R | None:
        try:
            return self.submit(work, *args).result()
        except self._killed:
            return None


class _Task(Generic[R]):
    """A Dask future whose result says plainly when the cluster was lost.

    The tasks catch every error of a story. A task that failed all the same
    (its worker kept dying, or its stories could not be unpickled there)
    raises as it is, and the caller runs its stories alone; any other
    failure means the scheduler went away, and is a :class:`ClusterError`.
    """

    def __init__(self, future: Any, killed: type[Exception]) -> None:
        self._future = future
        self._killed = killed

    def result(self) -> R:
        try:
            result: R = self._future.result()
        except self._killed:
            raise
        except Exception as error:
            if self._future.status == "error":  # the task itself raised
                raise
            raise ClusterError(
                f"lost the Dask cluster mid-run ({type(error).__name__}: {error}); the stories "
                "written so far are complete, and with --output a rerun does only the rest"
            ) from None
        return result

    def done(self) -> bool:
        return bool(self._future.done())

    def cancel(self) -> bool:
        with suppress(Exception):  # the scheduler may be gone already
            self._future.cancel()
        return True


def _client(make: Callable[..., Client], address: str, timeout: float) -> Client:
    """A client of the scheduler at ``address``, or a :class:`ClusterError` within ``timeout``.

    Dask's own timeout does not cover a peer that accepts the connection but
    never answers as a scheduler would (a web server, a dashboard port), so
    the connection is made on a thread that is given up on in time.
    """
    made: list[Client] = []
    failed: list[BaseException] = []

    def attempt() -> None:
        try:
            made.append(make(address, timeout=timeout))
        except BaseException as error:
            failed.append(error)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(timeout + 1)
    if made:
        return made[0]
    reason = f" ({failed[0]})" if failed else ""
    raise ClusterError(
        f"no Dask scheduler answered at {address} within {timeout:g} s{reason}; "
        "check the address (tcp://host:8786) and that the scheduler runs"
    )


@contextmanager
def connect(
    address: str, *, workers: int, timeout: float, options: Options | None = None
) -> Iterator[DaskBackend]:
    """A backend on the scheduler at ``address``, or on a new local cluster for ``"local"``.

    ``"local"`` starts ``workers`` worker processes of one thread each on
    127.0.0.1 and stops them on exit.

    Raises
    ------
    OptionError
        If Dask is not installed (the message says how to install it).
    ClusterError
        If the scheduler does not answer within ``timeout`` seconds.
    """
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise OptionError(f"--dask needs the Dask extra: {INSTALL}") from None
    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # failures are reported as records, not as log lines
    try:
        if address == "local":
            with (
                # The sampling profiler feeds a dashboard no one watches in a batch run;
                # off, it leaves the workers' time to the stories.
                dask.config.set({"distributed.worker.profile.enabled": False}),
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=":0",  # never a busy 8787
                    silence_logs=logging.CRITICAL,
                ) as local,
                Client(local) as client,  # type: ignore[no-untyped-call]
            ):
                yield DaskBackend(client, options, timeout)
            return
        client = _client(Client, address, timeout)
        with client:
            yield DaskBackend(client, options, timeout)
    finally:
        quiet.setLevel(level)
