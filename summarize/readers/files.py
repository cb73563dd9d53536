"""Files, folders, web addresses and standard input -> Documents.

A file is one article. A folder gives every file in it that matches one of
the glob patterns (``*.txt``, ``*.html`` and ``*.htm`` by default; with
``recursive``, in its sub-folders too), in the order of their paths. Standard
input is one article, or several separated by lines holding only ``|||||``.
A web page, whether a file named ``*.html``/``*.htm``, any input that opens
with an HTML doctype or ``<html>`` tag, or an ``http(s)://`` address, gives
its main text (see :mod:`summarize.web`).

Every input is read up to a size limit, ``MAX_BYTES`` unless raised (the
command line's ``--max-bytes``): a file, standard input, a web page, and each
line of a JSONL batch. Past it the input is refused with a
:class:`TooLargeError`, so that ``/dev/zero`` or a runaway pipe costs that much
memory and no more.

JSON lines are read from files named ``*.jsonl`` or ``*.ndjson``, in any case,
and from the same compressed with gzip (``*.jsonl.gz``, ``*.ndjson.gz``).

Bytes are decoded as :func:`summarize.readers.decode.decode` says.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, cast

from ..errors import EmptyInputError, OptionError, ReadError, TooLargeError
from ..types import Document
from .decode import decode
from .web import HTML_SUFFIXES, TIMEOUT, extract, fetch, is_url, looks_like_html
from .web import MAX_BYTES as MAX_BYTES  # one limit for every input

__all__ = [
    "DEFAULT_PATTERNS",
    "JSONL_SUFFIXES",
    "LongLine",
    "MAX_BYTES",
    "RAISE_LIMIT",
    "STDIN",
    "is_jsonl",
    "open_bytes",
    "read_folder",
    "read_inputs",
    "read_lines",
    "read_path",
    "read_stream",
    "split_articles",
    "unreadable",
]

STDIN = "-"
# Names of files of JSON lines, each line a story; ".gz" ones are read through gzip.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# How to raise the size limit, for the messages that name it.
RAISE_LIMIT = "raise the limit with --max-bytes"
DEFAULT_PATTERNS = ("*.txt", "*.html", "*.htm")
# A line holding only five bars separates articles in one stream; the line
# breaks around it belong to the separator, so each article is exactly the
# text between.
_SEPARATOR = re.compile(r"(?:\r?\n)?^[ \t]*\|{5}[ \t]*(?:\r?\n|\Z)", re.MULTILINE)

# How much of an over-long line is read at a time, to be skipped.
_SKIP = 1 << 20


def split_articles(text: str, name: str) -> list[Document]:
    """The articles of ``text``: one, or several between lines of only ``|||||``.

    Several are labelled ``name#1``, ``name#2`` and so on; empty pieces
    between separators are no article.

    Examples
    --------
    >>> [d.id for d in split_articles("One.\\n|||||\\nTwo.\\n", "<stdin>")]
    ['<stdin>#1', '<stdin>#2']
    >>> split_articles("Just one.", "<stdin>")[0].text
    'Just one.'
    >>> split_articles("A.\\n|||||\\nB.", "x")[1].text
    'B.'
    """
    pieces = _SEPARATOR.split(text)
    if len(pieces) == 1:
        return [Document(text, id=name)]
    return [
        Document(piece, id=f"{name}#{number}")
        for number, piece in enumerate((p for p in pieces if p.strip()), start=1)
    ]


def read_stream(
    stream: BinaryIO, name: str = "<stdin>", *, max_bytes: int = MAX_BYTES
) -> list[Document]:
    """The articles of a binary stream (standard input, by default named ``<stdin>``).

    A stream that is a web page gives the page's article.

    Raises
    ------
    TooLargeError
        If the stream holds more than ``max_bytes`` bytes.
    """
    try:
        data = stream.read(max_bytes + 1)
    except OSError as error:
        raise unreadable(name, error) from None
    text = decode(_within(data, name, max_bytes), name)
    if looks_like_html(text):
        return [extract(text, name)]
    return split_articles(text, name)


def read_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """One article from a text file or a saved web page; its id is the path as given.

    Raises
    ------
    TooLargeError
        If the file holds more than ``max_bytes`` bytes (``/dev/zero`` is endless).
    """
    name = str(path)
    try:
        with open(path, "rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise unreadable(name, error) from None
    text = decode(_within(data, name, max_bytes), name)
    if Path(path).suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return extract(text, name)
    return Document(text, id=name)


def _within(data: bytes, name: str, max_bytes: int) -> bytes:
    """``data``, read up to one byte past ``max_bytes``, if that byte was not there."""
    if len(data) > max_bytes:
        raise TooLargeError(
            f"{name}: larger than {max_bytes:,} bytes; give a smaller input, or {RAISE_LIMIT}"
        )
    return data


def is_jsonl(name: str) -> bool:
    """Whether a file name is one of JSON lines (a batch of stories), by its ending.

    Examples
    --------
    >>> [is_jsonl(n) for n in ("s.jsonl", "S.NDJSON", "s.jsonl.gz", "s.json", "s.txt")]
    [True, True, True, False, False]
    """
    return name.lower().endswith(JSONL_SUFFIXES)


def unreadable(name: str, error: OSError) -> ReadError:
    """The :class:`ReadError` for a file the system would not read, saying why."""
    if isinstance(error, FileNotFoundError):
        return ReadError(f"{name}: no such file; check the path")
    if isinstance(error, IsADirectoryError):
        return ReadError(f"{name}: is a folder; give the text files inside it")
    if isinstance(error, PermissionError):
        return ReadError(f"{name}: permission denied; check who may read it")
    return ReadError(f"{name}: cannot read ({error.strerror or error})")


class LongLine(bytes):
    """A line of JSON longer than the size limit, in place of its bytes, which are not kept.

    Its one byte keeps it from counting as a blank line; ``limit`` is the limit
    it passed.
    """

    limit: int

    def __new__(cls, limit: int) -> LongLine:
        line = super().__new__(cls, b"-")
        line.limit = limit
        return line

    def __getnewargs__(self) -> tuple[int]:  # type: ignore[override]
        return (self.limit,)


def read_lines(
    paths: Sequence[str], stdin: BinaryIO | None = None, *, max_bytes: int = MAX_BYTES
) -> Iterator[bytes]:
    """The lines of several files ('-' for ``stdin``), one after another, read as needed.

    Nothing is read whole, so a batch of any size runs in the memory of its
    longest line, at most ``max_bytes``: a longer line gives a
    :class:`LongLine` in its place and the lines after it go on. Every file
    is opened first, so a missing one fails at once. Files named ``*.gz``
    are read through gzip.

    Raises
    ------
    ReadError
        If a file cannot be opened or read, is not gzip as its name says, or
        is binary (a line past the limit with NUL bytes, such as ``/dev/zero``).
    """
    streams: list[tuple[str, BinaryIO]] = []
    try:
        for path in paths:
            if path == STDIN:
                if stdin is not None:
                    streams.append(("<stdin>", stdin))
                continue
            try:
                streams.append((path, open_bytes(path)))
            except OSError as error:
                raise unreadable(path, error) from None
        for name, stream in streams:
            yield from _capped_lines(stream, name, max_bytes)
    finally:
        for _, stream in streams:
            if stream is not stdin:
                stream.close()


def open_bytes(path: str) -> BinaryIO:
    """The file ``path`` opened for reading bytes, through gzip when its name ends in ``.gz``.

    The caller closes it. A file that is not gzip as its name says fails
    when read (``gzip.BadGzipFile``, ``EOFError`` or ``zlib.error``).
    """
    if path.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return open(path, "rb")  # noqa: SIM115  the caller closes it


def _capped_lines(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[bytes]:
    """The lines of one stream, each longer than ``max_bytes`` as a :class:`LongLine`."""
    number = 0
    try:
        while True:
            line = stream.readline(max_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) <= max_bytes or line.endswith(b"\n"):
                yield line
                continue
            if b"\x00" in line:
                raise ReadError(
                    f"{name}: line {number} is longer than {max_bytes:,} bytes and holds "
                    "NUL bytes: this is no file of JSON lines; give a .jsonl file of stories"
                )
            yield LongLine(max_bytes)
            while line and not line.endswith(b"\n"):  # the rest of the line, unread
                line = stream.readline(_SKIP)
    except ReadError:
        raise
    except (OSError, EOFError, zlib.error) as error:
        if isinstance(error, gzip.BadGzipFile | EOFError | zlib.error):
            raise ReadError(
                f"{name}: is not whole gzip ({error}); give the file as it was compressed, "
                "or uncompressed"
            ) from None
        if isinstance(error, OSError):
            raise unreadable(name, error) from None
        raise


def read_folder(
    path: str | Path,
    *,
    pattern: str | Sequence[str] = DEFAULT_PATTERNS,
    recursive: bool = False,
    max_bytes: int = MAX_BYTES,
) -> list[Document]:
    """One article per file of a folder matching a ``pattern``, in order of their paths.

    Raises
    ------
    ReadError
        If no file matches, or one cannot be read.
    """
    patterns = _patterns(pattern)
    files = _folder_files(Path(path), patterns, recursive)
    return _read_folder(path, files, patterns, recursive, max_bytes)


def _read_folder(
    path: str | Path,
    files: list[Path],
    patterns: tuple[str, ...],
    recursive: bool,
    max_bytes: int,
) -> list[Document]:
    """The articles of ``files``, the folder ``path``'s matches; a ReadError when there are none."""
    if not files:
        where = "in it or its sub-folders" if recursive else "in it"
        named = " or ".join(repr(each) for each in patterns)
        raise ReadError(
            f"{path}: no file matching {named} {where}; "
            "choose other files with --glob, or add --recursive"
        )
    return [read_path(file, max_bytes=max_bytes) for file in files]


def _patterns(pattern: str | Sequence[str]) -> tuple[str, ...]:
    """One glob pattern or several, as a tuple."""
    return (pattern,) if isinstance(pattern, str) else tuple(pattern)


def _folder_files(folder: Path, patterns: tuple[str, ...], recursive: bool) -> list[Path]:
    """The files of ``folder`` matching one of ``patterns``, in order of their paths."""
    found = {
        match
        for each in patterns
        for match in (folder.rglob(each) if recursive else folder.glob(each))
        if match.is_file()
    }
    return sorted(found, key=lambda p: p.as_posix())


def read_inputs(
    names: Sequence[str],
    stdin: BinaryIO | None = None,
    *,
    pattern: str | Sequence[str] = DEFAULT_PATTERNS,
    recursive: bool = False,
    timeout: float = TIMEOUT,
    on_failed_url: Callable[[ReadError], None] | None = None,
    max_bytes: int = MAX_BYTES,
    public_only: bool = False,
    distinct: bool = False,
) -> list[Document]:
    """The articles named on a command line: files, folders, web addresses, '-' for ``stdin``.

    Web addresses are fetched as :func:`summarize.web.fetch` says, with
    ``public_only`` refusing non-public hosts. A file or folder that cannot
    be read stops the run. An address that
    cannot be fetched is passed to ``on_failed_url`` when given, and the
    other inputs go on; only if no article is left is that an error. With
    ``distinct``, a file named twice (directly, or in a folder given) is
    refused: as two articles, its copies would cite each other.

    Raises
    ------
    ReadError
        If a file or folder cannot be read, or an address cannot be fetched
        and there is no ``on_failed_url``.
    EmptyInputError
        If every input was an address and none could be fetched.
    OptionError
        With ``distinct``, if a file is named twice.
    """
    patterns = _patterns(pattern)
    folders = {  # each folder named, listed once for the check and the reading
        name: _folder_files(Path(name), patterns, recursive)
        for name in names
        if not (name == STDIN and stdin is not None) and not is_url(name) and Path(name).is_dir()
    }
    if distinct:
        _refuse_twice(names, folders)
    documents: list[Document] = []
    failed = 0
    for name in names:
        if name == STDIN and stdin is not None:
            documents.extend(read_stream(stdin, max_bytes=max_bytes))
        elif is_url(name):
            try:
                documents.append(
                    fetch(name, timeout=timeout, max_bytes=max_bytes, public_only=public_only)
                )
            except ReadError as error:
                if on_failed_url is None:
                    raise
                on_failed_url(error)
                failed += 1
        elif name in folders:
            documents.extend(_read_folder(name, folders[name], patterns, recursive, max_bytes))
        else:
            documents.append(read_path(name, max_bytes=max_bytes))
    if failed and not documents:
        raise EmptyInputError(f"none of the {failed} web addresses could be fetched")
    return documents


def _refuse_twice(names: Sequence[str], folders: dict[str, list[Path]]) -> None:
    """Refuse a file named twice, directly or in one of ``folders`` (each folder's files).

    Addresses and '-' are not compared.
    """
    first: dict[str, str] = {}  # each file's real path -> how it was first named
    for name in names:
        if name == STDIN or is_url(name):
            continue
        if name in folders:
            found = [(str(file), f"in {name}") for file in folders[name]]
        elif Path(name).is_file():
            found = [(name, f"as {name}")]
        else:
            continue  # missing: the reader names it
        for file, named in found:
            real = os.path.realpath(file)
            if real in first:
                also = "" if first[real] == named else f" (also {first[real]})"
                raise OptionError(
                    f"{file} is given twice{also}: one article would count as two, "
                    "each citing the other"
                )
            first[real] = named
