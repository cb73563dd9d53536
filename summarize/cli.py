"""The command line: argv -> readers -> summarize -> render -> stdout.

Exit codes: 0 a brief was printed; 1 the input could not be read or
summarized, or a web address could not be fetched (the brief of the other
inputs is still printed); 2 the command line or an option is wrong; 130
interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from ._version import __version__
from .api import summarize
from .batch import summarize_lines, write_outcomes
from .brief import Brief
from .errors import EmptyInputError, OptionError, ReadError, SummarizeError
from .language import LANGUAGES
from .readers import DEFAULT_PATTERNS, STDIN, read_inputs, read_lines
from .types import SIMILARITIES, Document, Options
from .web import TIMEOUT, check_timeout

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

FORMATS = ("text", "markdown", "json", "html")

# Short forms of the most used flags; every option's long flag and help are in Options.
_SHORT = {"max_words": "-w", "max_sentences": "-n", "language": "-l"}
_CHOICES: dict[str, tuple[str, ...]] = {"language": LANGUAGES, "similarity": SIMILARITIES}
_METAVARS: dict[type, str] = {int: "N", float: "X"}


def render(brief: Brief, fmt: str) -> str:
    """The brief as ``text``, ``markdown``, ``json`` or ``html``."""
    if fmt == "html":
        return brief.to_html()
    if fmt == "markdown":
        return brief.to_markdown()
    if fmt == "json":
        return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)
    return str(brief)


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so main() returns the code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise OptionError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each option's help comes from :class:`Options`."""
    parser = _Parser(
        prog="summarize",
        description="Summarize several articles about one story into one brief of "
        "verbatim sentences, each citing the article it came from.",
        epilog="Exit codes: 0 ok, 1 input error, 2 usage error.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="PATH",
        help="a file is one article (a saved web page gives its main text); a folder "
        "gives its files matching --glob; an http(s):// address is fetched; '-' reads "
        "standard input: one article, or several separated by lines of '|||||'",
    )
    parser.add_argument(
        "--query",
        metavar="TEXT",
        help="a phrase or a question: the brief gives what the articles say about it",
    )
    parser.add_argument(
        "--seen",
        action="extend",
        nargs="+",
        default=None,
        metavar="PATH",
        help="articles the reader already has (files, folders, addresses, '-'): the brief "
        "gives only what they do not say; takes every path up to the next option",
    )
    parser.add_argument(
        "--glob",
        action="append",
        default=None,
        metavar="PATTERN",
        help="which files of a folder to read; give it again for more patterns "
        f"[default: {' '.join(DEFAULT_PATTERNS)}]",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a web address after this long [default: {TIMEOUT:g}]",
    )
    parser.add_argument(
        "-r", "--recursive", action="store_true", help="read folders' sub-folders too"
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read stories as JSON lines ({"id", "documents"} a line; implied by files '
        "named *.jsonl) and write one JSON brief a line",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar for JSONL batches"
    )
    defaults = Options()
    budget = parser.add_mutually_exclusive_group()
    for option in dataclasses.fields(Options):
        name = option.name
        flags = [option.metadata["flag"]] + ([_SHORT[name]] if name in _SHORT else [])
        default = getattr(defaults, name)
        helptext = option.metadata["help"]
        if name in _CHOICES:
            helptext += f" ({', '.join(_CHOICES[name])})"
        if default is not None:
            helptext += f" [default: {default}]"
        group = budget if name in ("max_words", "max_sentences") else parser
        kind = option.metadata["kind"]
        if isinstance(default, bool):
            group.add_argument(
                *flags,
                dest=name,
                default=default,
                action=argparse.BooleanOptionalAction,
                help=option.metadata["help"],
            )
            continue
        group.add_argument(
            *flags,
            dest=name,
            default=default,
            type=kind,
            choices=_CHOICES.get(name),
            metavar=_METAVARS.get(kind, "NAME"),
            help=helptext,
        )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default text); html is one self-contained page with every "
        "article and the cited spans highlighted",
    )
    parser.add_argument("--version", action="version", version=f"summarize {__version__}")
    return parser


@dataclass(frozen=True, slots=True)
class Command:
    """What a command line asks for: where the articles are, the options, the output."""

    paths: list[str]
    options: Options
    format: str
    query: str | None = None
    seen: tuple[str, ...] = ()
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    recursive: bool = False
    jsonl: bool = False
    quiet: bool = False
    timeout: float = TIMEOUT


def parse_args(argv: Sequence[str] | None = None) -> Command:
    """The paths, the options and the output format named by ``argv``.

    Raises
    ------
    OptionError
        If the command line is malformed or an option is out of range.
    """
    args = build_parser().parse_args(argv)
    if not args.files and args.seen:
        raise OptionError(
            "no articles: --seen takes every path after it up to the next option; give "
            "the articles first, or end the seen list with -- (after any other options)"
        )
    if not args.files:
        raise OptionError(
            "give one or more article files or folders, or '-' to read standard input"
        )
    seen = tuple(args.seen or ())
    if [*args.files, *seen].count(STDIN) > 1:
        raise OptionError("'-' (standard input) can be given only once")
    if any(path.endswith(".jsonl") for path in seen):
        raise OptionError(
            '--seen takes articles; a JSONL story gives its own seen articles in "seen"'
        )
    names = {f.name for f in dataclasses.fields(Options)}
    options = Options(**{name: getattr(args, name) for name in names})
    jsonl = args.jsonl or all(p.endswith(".jsonl") for p in args.files)
    if not jsonl and any(p.endswith(".jsonl") for p in args.files):
        raise OptionError(
            "a .jsonl file holds whole stories: give it alone, or with other .jsonl files"
        )
    if jsonl and args.format is not None:
        raise OptionError(
            "--format does not apply to JSONL input: the output is one JSON brief a line"
        )
    check_timeout(args.timeout)
    fmt = args.format or "text"
    patterns = tuple(args.glob) if args.glob else DEFAULT_PATTERNS
    return Command(
        args.files,
        options,
        fmt,
        args.query,
        seen,
        patterns,
        args.recursive,
        jsonl,
        args.quiet,
        args.timeout,
    )


def run_batch(command: Command, seen: list[Document]) -> int:
    """Summarize every story of the JSONL inputs; exit 1 if any story failed."""
    from tqdm import tqdm

    show = not command.quiet and sys.stderr.isatty()
    total = None  # standard input cannot be counted ahead
    if show and STDIN not in command.paths:
        total = sum(1 for line in read_lines(command.paths) if line.strip())
    outcomes = tqdm(
        summarize_lines(
            read_lines(command.paths, sys.stdin.buffer),
            command.options,
            query=command.query,
            seen=seen,
        ),
        total=total,
        unit="story",
        file=sys.stderr,
        disable=not show,
    )
    stories, failures = write_outcomes(outcomes, sys.stdout)
    if failures:
        print(
            f"Error: {failures} of {stories} stories failed; their lines hold the reason",
            file=sys.stderr,
        )
        return EXIT_INPUT
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        command = parse_args(argv)
        failed: dict[str, list[ReadError]] = {"articles": [], "seen": []}

        def read(paths: Sequence[str], which: str) -> list[Document]:
            def report(error: ReadError) -> None:
                failed[which].append(error)
                print(f"Error: {error}", file=sys.stderr)

            try:
                return read_inputs(
                    paths,
                    sys.stdin.buffer,
                    pattern=command.patterns,
                    recursive=command.recursive,
                    timeout=command.timeout,
                    on_failed_url=report,
                )
            except EmptyInputError:
                if which == "articles":
                    raise
                return []  # no seen address could be fetched: each one was named

        seen = read(command.seen, "seen") if command.seen else []
        if command.jsonl:
            code = run_batch(command, seen)
        else:
            articles = read(command.paths, "articles")
            brief = summarize(articles, command.options, query=command.query, seen=seen)
            print(render(brief, command.format))
            code = EXIT_OK
        if failed["articles"]:
            print(
                f"Error: the brief leaves out {len(failed['articles'])} web address(es) "
                "that could not be fetched",
                file=sys.stderr,
            )
        if failed["seen"]:
            print(
                f"Error: {len(failed['seen'])} seen web address(es) could not be fetched: "
                "the brief may repeat what they say",
                file=sys.stderr,
            )
        if failed["articles"] or failed["seen"]:
            return EXIT_INPUT
        return code
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    except OptionError as error:
        print(f"Error: {error}", file=sys.stderr)
        print("Try 'summarize --help' for the options.", file=sys.stderr)
        return EXIT_USAGE
    except SummarizeError as error:
        print(f"Error: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()  # the reader left (as with `| head`); nothing more to say
        return EXIT_OK


def _silence_stdout() -> None:
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
