"""The command line's arguments -> a :class:`Command`: every check made once, here.

Only what reading the arguments needs is imported, so ``--help``, ``--version``
and ``--languages`` answer before any stage of the summarizer is loaded.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from .._version import __version__
from ..errors import OptionError
from ..language import LANGUAGES, describe
from ..options import Options
from ..readers.files import DEFAULT_PATTERNS, MAX_BYTES, STDIN, is_jsonl, open_bytes
from ..readers.web import TIMEOUT, check_timeout
from ..render import FORMATS
from ..run import INSTALL
from ..run.jobs import check_jobs
from ..types import SIMILARITIES

__all__ = ["Command", "build_parser", "in_flags", "language_table", "parse_args"]

# Short forms of the most used flags; every option's long flag and help are in Options.
_SHORT = {"max_words": "-w", "max_sentences": "-n", "language": "-l"}
_CHOICES: dict[str, tuple[str, ...]] = {"similarity": SIMILARITIES}
_METAVARS: dict[type, str] = {int: "N", float: "X"}
_BUDGETS = ("max_words", "max_sentences")


@dataclass(frozen=True, slots=True, kw_only=True)
class Command:
    """What a command line asks for: where the articles are, the options, the output.

    ``jobs`` is the number of worker processes of a JSONL batch (checked, and
    every core when not given); 1 for one story.
    """

    paths: tuple[str, ...]
    options: Options
    format: str = "text"
    query: str | None = None
    seen: tuple[str, ...] = ()
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    recursive: bool = False
    jsonl: bool = False
    quiet: bool = False
    timeout: float = TIMEOUT
    jobs: int = 1
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
    seen = tuple(args.seen or ())
    _check_paths(args.files, seen)
    options = Options(**{field.name: getattr(args, field.name) for field in _fields()})
    jsonl = args.jsonl or all(is_jsonl(path) for path in args.files)
    if not jsonl and any(is_jsonl(path) for path in args.files):
        raise OptionError(
            "a .jsonl file holds whole stories: give it alone, or with other .jsonl files"
        )
    jobs = _check_batch(args) if jsonl else _check_story(args)
    check_timeout(args.timeout)
    if args.max_bytes < 1:
        raise OptionError(f"--max-bytes takes a number of bytes, 1 or more, not {args.max_bytes}")
    return Command(
        paths=tuple(args.files),
        options=options,
        format=args.format or "text",
        query=args.query,
        seen=seen,
        patterns=tuple(args.glob) if args.glob else DEFAULT_PATTERNS,
        recursive=args.recursive,
        jsonl=jsonl,
        quiet=args.quiet,
        timeout=args.timeout,
        jobs=jobs,
        output=args.output,
        dask=args.dask,
        max_bytes=args.max_bytes,
        public_only=args.public_only,
    )


def _check_paths(files: Sequence[str], seen: Sequence[str]) -> None:
    """Refuse a command line without articles, '-' given twice, and JSONL among --seen."""
    if not files and seen:
        raise OptionError(
            "no articles: --seen takes every path after it up to the next option; give "
            "the articles first, or end the seen list with -- (after any other options)"
        )
    if not files:
        raise OptionError(
            "give one or more article files or folders, or '-' to read standard input"
        )
    if [*files, *seen].count(STDIN) > 1:
        raise OptionError("'-' (standard input) can be given only once")
    if any(is_jsonl(path) for path in seen):
        raise OptionError(
            '--seen takes articles; a JSONL story gives its own seen articles in "seen"'
        )


def _check_story(args: argparse.Namespace) -> int:
    """Refuse the options of batches for one story; one story runs in this process."""
    for flag in ("jobs", "output", "dask"):
        if getattr(args, flag) is not None:
            raise OptionError(
                f"--{flag} applies to JSONL batches of stories (*.jsonl files or --jsonl); "
                "the articles given make one story"
            )
    return 1


def _check_batch(args: argparse.Namespace) -> int:
    """The batch's worker processes; refuses a format, a file given twice, --jobs beside Dask."""
    if args.format is not None:
        raise OptionError(
            "--format does not apply to JSONL input: the output is one JSON brief a line"
        )
    jobs = check_jobs(args.jobs, "--jobs")
    for path in args.files:
        if not is_jsonl(path) and _opens_without_json(path):
            raise OptionError(
                f'{path} does not open with a JSON story ({{"documents": [...]}}): --jsonl '
                "reads one story a line; leave out --jsonl to summarize plain articles"
            )
    first: dict[str, str] = {}
    for path in args.files:
        real = os.path.realpath(path)
        if real in first and path != STDIN:
            raise OptionError(
                f"{first[real]} is given twice (also as {path}): its stories would be "
                "summarized twice"
            )
        first.setdefault(real, path)
    if args.dask not in (None, "local") and args.jobs is not None:
        raise OptionError(
            "--jobs sets the workers of --dask local; a running scheduler has the "
            "workers started for it"
        )
    return jobs


def _opens_without_json(path: str) -> bool:
    """Whether a regular file's first line with text does not open a JSON object.

    Only the file's first 64 KiB are read (through gzip for a ``.gz`` file,
    as the batch reads it); a file that cannot be read is left for the
    reader to name.
    """
    if not os.path.isfile(path):
        return False
    try:
        with open_bytes(path) as file:
            head = file.read(1 << 16)
    except (OSError, EOFError, zlib.error):
        return False
    for line in head.splitlines():
        if line.strip():
            return not line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{")
    return False


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so main() returns the code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise OptionError(message)


class _ListLanguages(argparse.Action):
    """``--languages``: print the table of languages and exit, as ``--version`` does."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(language_table())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each option's help comes from :class:`Options`."""
    parser = _Parser(
        prog="summarize",
        description="Summarize several articles about one story into one brief of "
        "verbatim sentences, each citing the article it came from.",
        epilog="Exit codes: 0 ok, 1 input error, 2 usage error, 130 interrupted.",
    )
    _add_inputs(parser)
    _add_batch(parser)
    _add_options(parser)
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


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    """The articles, what the reader asks and has seen, and how inputs are read."""
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


def _add_batch(parser: argparse.ArgumentParser) -> None:
    """Batches of stories: JSON lines in and out, worker processes, Dask, output files."""
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


def _add_options(parser: argparse.ArgumentParser) -> None:
    """One flag per field of :class:`Options`, with the flag and help written there."""
    defaults = Options()
    budget = parser.add_mutually_exclusive_group()
    for option in _fields():
        name = option.name
        flags = [option.metadata["flag"], *([_SHORT[name]] if name in _SHORT else [])]
        default = getattr(defaults, name)
        group = budget if name in _BUDGETS else parser
        if isinstance(default, bool):
            group.add_argument(
                *flags,
                dest=name,
                default=default,
                action=argparse.BooleanOptionalAction,
                help=option.metadata["help"],
            )
            continue
        helptext = option.metadata["help"]
        if name in _CHOICES:
            helptext += f" ({', '.join(_CHOICES[name])})"
        if default is not None:
            helptext += f" [default: {default}]"
        kind = option.metadata["kind"]
        group.add_argument(
            *flags,
            dest=name,
            default=default,
            type=kind,
            choices=_CHOICES.get(name),
            metavar=_METAVARS.get(kind, "NAME"),
            help=helptext,
        )


def in_flags(message: str) -> str:
    """``message`` of the library with the settings it names written as their flags.

    A setting with an underscore is a flag wherever it stands ("raise max_words"),
    a one-word setting only as the subject that opens the message ("diversity
    must be ..."), where it cannot be a plain word.

    Examples
    --------
    >>> in_flags("no sentence fits in max_words=5: raise max_words or use max_sentences")
    'no sentence fits in --words 5: raise --words or use --sentences'
    >>> in_flags("diversity must be a number from 0 to below 1, not 3.0")
    '--diversity must be a number from 0 to below 1, not 3.0'
    """
    for option in _fields():
        flag = option.metadata["flag"]
        if "_" in option.name:
            message = re.sub(rf"\b{option.name}=", f"{flag} ", message)
            message = re.sub(rf"\b{option.name}\b", flag, message)
        elif message.startswith(f"{option.name} must "):
            message = flag + message[len(option.name) :]
    return message


def _fields() -> tuple[dataclasses.Field[object], ...]:
    return dataclasses.fields(Options)


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
