"""How many worker processes a run of many stories may have."""

from __future__ import annotations

import os

from ..errors import OptionError

__all__ = ["MAX_PER_CORE", "check_jobs", "cores"]

# Workers a core at most: the work is CPU-bound, so more only take turns.
MAX_PER_CORE = 4


def cores() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def check_jobs(jobs: object, name: str = "jobs") -> int:
    """The number of worker processes ``jobs`` asks for; None means every core.

    ``name`` is what the messages call it (the command line's ``--jobs``).

    Raises
    ------
    OptionError
        If ``jobs`` is not a whole number of 1 or more, or asks for more than
        ``MAX_PER_CORE`` workers a core.

    Examples
    --------
    >>> check_jobs(2)
    2
    >>> check_jobs(0, "--jobs")
    Traceback (most recent call last):
        ...
    summarize.errors.OptionError: --jobs takes a number of worker processes, 1 or more, not 0
    """
    if jobs is None:
        return cores()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise OptionError(f"{name} takes a number of worker processes, 1 or more, not {jobs!r}")
    if jobs > MAX_PER_CORE * cores():
        raise OptionError(
            f"{name} {jobs} is more than {MAX_PER_CORE} worker processes a core ({cores()} "
            f"cores here): more only take turns on the cores; give at most "
            f"{MAX_PER_CORE * cores()}"
        )
    return jobs
