"""The command line: argv -> readers -> summarize -> render -> stdout.

Exit codes: 0 a brief was printed; 1 the input could not be read or
summarized, or a web address could not be fetched (the brief of the other
inputs is still printed); 2 the command line or an option is wrong; 130
interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from .._version import __version__
from ..api import summarize
from ..brief import Brief
from ..errors import (
    EmptyInputError,
    LanguageWarning,
    OptionError,
    ReadError,
    SummarizeError,
    WriteError,
)
from ..language import LANGUAGES, describe
from ..readers.files import DEFAULT_PATTERNS, MAX_BYTES, STDIN, is_jsonl, read_inputs, read_lines
from ..readers.web import TIMEOUT, check_timeout
from ..render.safe import for_terminal, json_text
from ..run.dask import INSTALL, connect
from ..run.output import count_stories, plan, stories, write_files
from ..run.pool import Backend, Processes, check_jobs, summarize_records
from ..run.story import write_lines
from ..types import SIMILARITIES, Document, Options

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

FORMATS = ("text", "markdown", "json", "html")

# Short forms of the most used flags; every option's long flag and help are in Options.
_SHORT = {"max_words": "-w", "max_sentences": "-n", "language": "-l"}
_CHOICES: dict[str, tuple[str, ...]] = {"similarity": SIMILARITIES}
_METAVARS: dict[type, str] = {int: "N", float: "X"}


def render(brief: Brief, fmt: str) -> str:
    """The brief as ``text``, ``markdown``, ``json`` or ``html``, safe to print.

    Text and Markdown show terminal escape sequences, other control characters
    and bidirectional overrides escaped (``\\x1b``, ``\\u202e``); JSON is
    strict and writes them as ``\\u`` escapes; the page holds them isolated.
    """
    if fmt == "html":
        return brief.to_html()
    if fmt == "markdown":
        return for_terminal(brief.to_markdown())
    if fmt == "json":
        return json_text(brief.to_dict(), indent=2)
    return for_terminal(str(brief))


def say(message: str) -> None:
    """Print ``message`` to standard error on one line, whatever characters it names."""
    print(for_terminal(message, lines=False), file=sys.stderr)


def emit(text: str) -> None:
    """Print ``text`` to standard output; a failure to write is a :class:`WriteError`.

    A reader that has left (``| head``) is a :class:`BrokenPipeError`, for
    :func:`main` to end quietly.
    """
    try:
        print(text)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise WriteError(f"cannot write the output ({error.strerror or error})") from None


def language_table() -> str:
    """Every language we have resources for, and where each of its parts comes from."""
    rows = [describe(name) for name in LANGUAGES]
    heads = list(rows[0])
    widths = [max(len(head), *(len(row[head]) for row in rows)) for head in heads]
    lines = []
    for row in [dict(zip(heads, heads, strict=True)), *rows]:
        cells = (row[head].ljust(width) for head, width in zip(heads, widths, strict=True))
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    lines.append("--language takes a name or a code, or auto to detect each article's language.")
    lines.append("Stems 'none': words match only as written. Letter pairs: see docs/languages.md.")
    return "\n".join(lines)


class _ListLanguages(argparse.Action):
    """``--languages``: print the table of languages and exit, as ``--version`` does."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(language_table())
        parser.exit()


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
        epilog="Exit codes: 0 ok, 1 input error, 2 usage error, 130 interrupted.",
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
        help="give up on a web address, or on reaching a Dask scheduler, after this long "
        f"[default: {TIMEOUT:g}]",
    )
    parser.add_argument(
        "--public-only",
        action="store_true",
        help="refuse a web address whose host is, or resolves to, a private, loopback or "
        "other non-public address, at every redirect too (for a service that fetches "
        "addresses its users give) [default: off]",
    )
    parser.add_argument(
        "-r", "--recursive", action="store_true", help="read folders' sub-folders too"
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read stories as JSON lines ({"id", "documents"} a line; implied by files '
        "named *.jsonl or *.ndjson, in any case, and the same .gz) and write one JSON brief "
        "a line",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_BYTES,
        metavar="N",
        help="refuse a file, standard input or web page larger than this, and a JSONL story "
        f"line longer [default: {MAX_BYTES}]",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar for JSONL batches"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="JSONL batches: worker processes, or Dask workers with --dask local "
        "[default: every core]",
    )
    parser.add_argument(
        "--output",
        metavar="DIR",
        help="JSONL batches: write each input file's briefs to a file of the same name in "
        "DIR, whole or not at all; a rerun skips the files already there",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="JSONL batches: run on the Dask scheduler at ADDRESS (tcp://host:8786), or "
        f"'local' for a cluster of --jobs workers on this machine; needs {INSTALL}",
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
    parser.add_argument(
        "--languages",
        nargs=0,
        action=_ListLanguages,
        help="list the languages summarize reads, with the source of each part, and exit",
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
    jobs: int | None = None
    output: str | None = None
    dask: str | None = None
    max_bytes: int = MAX_BYTES
    public_only: bool = False


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
    if any(is_jsonl(path) for path in seen):
        raise OptionError(
            '--seen takes articles; a JSONL story gives its own seen articles in "seen"'
        )
    names = {f.name for f in dataclasses.fields(Options)}
    options = Options(**{name: getattr(args, name) for name in names})
    jsonl = args.jsonl or all(is_jsonl(p) for p in args.files)
    if not jsonl and any(is_jsonl(p) for p in args.files):
        raise OptionError(
            "a .jsonl file holds whole stories: give it alone, or with other .jsonl files"
        )
    if jsonl and args.format is not None:
        raise OptionError(
            "--format does not apply to JSONL input: the output is one JSON brief a line"
        )
    if not jsonl:
        for flag in ("jobs", "output", "dask"):
            if getattr(args, flag) is not None:
                raise OptionError(
                    f"--{flag} applies to JSONL batches of stories (*.jsonl files or --jsonl); "
                    "the articles given make one story"
                )
    elif args.jobs is not None and args.jobs < 1:
        raise OptionError(f"--jobs takes a number of worker processes, 1 or more, not {args.jobs}")
    else:
        _check_batch(args)
    check_timeout(args.timeout)
    if args.max_bytes < 1:
        raise OptionError(f"--max-bytes takes a number of bytes, 1 or more, not {args.max_bytes}")
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
        args.jobs,
        args.output,
        args.dask,
        args.max_bytes,
        args.public_only,
    )


def _check_batch(args: argparse.Namespace) -> None:
    """Refuse a JSONL file given twice, and --jobs beside a running Dask scheduler."""
    first: dict[str, str] = {}
    for path in args.files:
        real = os.path.realpath(path)
        if real in first and path != STDIN:
            raise OptionError(
                f"{first[real]} is given twice (also as {path}): its stories would be "
                "summarized twice"
            )
        first.setdefault(real, path)
    if args.jobs is not None:
        check_jobs(args.jobs)
    if args.dask not in (None, "local") and args.jobs is not None:
        raise OptionError(
            "--jobs sets the workers of --dask local; a running scheduler has the "
            "workers started for it"
        )


def run_batch(command: Command, seen: list[Document]) -> int:
    """Summarize every story of the JSONL inputs; exit 1 if any story failed.

    Records go to standard output in input order, or with ``--output`` to one
    file per input file; stories run on ``--jobs`` processes or on Dask.
    """
    from tqdm import tqdm

    todo = command.paths
    targets = None
    if command.output is not None:
        planned = plan(command.paths, command.output)
        done = [path for path, target in planned if target.exists()]
        if done:
            say(
                f"Skipping {len(done)} file(s) already in {command.output} "
                "(delete one to summarize it again)"
            )
        todo = [path for path, target in planned if not target.exists()]
        targets = [target for path, target in planned if not target.exists()]
        if not todo:
            return EXIT_OK
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
    with _backend(command) as backend:
        records = tqdm(
            summarize_records(
                numbered, command.options, query=command.query, seen=seen, backend=backend
            ),
            total=total,
            unit="story",
            file=sys.stderr,
            disable=not show,
        )
        if targets is None:
            written, failures = write_lines(records, sys.stdout)
        else:
            written, failures = write_files(targets, iter(records), counts)
    if failures:
        print(
            f"Error: {failures} of {written} stories failed; their lines hold the reason",
            file=sys.stderr,
        )
        return EXIT_INPUT
    return EXIT_OK


def _backend(command: Command) -> AbstractContextManager[Backend | None]:
    """Where the stories run: Dask, a pool of processes, or this process for one job."""
    workers = check_jobs(command.jobs)
    if command.dask is not None:
        return connect(
            command.dask,
            workers=workers,
            timeout=command.timeout,
            language=command.options.language,
        )
    if workers == 1:
        return nullcontext()
    return Processes(workers, command.options.language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        command = parse_args(argv)
        failed: dict[str, list[ReadError]] = {"articles": [], "seen": []}

        def read(paths: Sequence[str], which: str) -> list[Document]:
            def report(error: ReadError) -> None:
                failed[which].append(error)
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
            emit(render(brief, command.format))
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
        say(f"Error: {error}")
        print("Try 'summarize --help' for the options.", file=sys.stderr)
        return EXIT_USAGE
    except SummarizeError as error:
        say(f"Error: {error}")
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
