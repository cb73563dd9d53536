"""What the command line writes: briefs to standard output, messages to standard error."""

from __future__ import annotations

import os
import sys

from ..errors import WriteError
from ..render.safe import for_terminal

__all__ = ["emit", "say", "silence_stdout"]


def say(message: str) -> None:
    """Print ``message`` to standard error on one line, whatever characters it names."""
    print(for_terminal(message, lines=False), file=sys.stderr)


def emit(text: str) -> None:
    """Print ``text`` to standard output; a failure to write is a :class:`WriteError`.

    A reader that has left (``| head``) is a :class:`BrokenPipeError`, for
    :func:`summarize.cli.main` to end quietly.
    """
    try:
        print(text)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise WriteError(f"cannot write the output ({error.strerror or error})") from None


def silence_stdout() -> None:
    """Point standard output at the null device, so that flushing it at exit cannot fail again.

    Standard error stays open: when ``main`` runs inside a larger program, that
    program may still have something to say.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (in-process, a captured stream)
        pass
