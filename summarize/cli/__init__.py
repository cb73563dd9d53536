"""The command line: argv -> readers -> summarize -> render -> stdout.

:func:`main` reads the arguments (:mod:`summarize.cli.args`), then runs the
command (:mod:`summarize.cli.commands`): one brief of the articles given, or
a brief per story of a JSONL batch.

Exit codes: 0 a brief was printed; 1 the input could not be read or
summarized, or a web address could not be fetched (the brief of the other
inputs is still printed); 2 the command line or an option is wrong; 130
interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..errors import OptionError, SummarizeError
from .args import build_parser, in_flags, language_table, parse_args
from .codes import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from .streams import say, silence_stdout

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "language_table",
    "main",
    "parse_args",
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        command = parse_args(argv)
        # Imported once the arguments are read: --help and --version need no stage.
        from .commands import execute

        return execute(command)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    except OptionError as error:
        say(f"Error: {in_flags(str(error))}")
        print("Try 'summarize --help' for the options.", file=sys.stderr)
        return EXIT_USAGE
    except SummarizeError as error:
        say(f"Error: {in_flags(str(error))}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()  # the reader left (as with `| head`); nothing more to say
        return EXIT_OK
