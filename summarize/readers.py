"""Files, folders, web addresses and standard input -> Documents.

A file is one article. A folder gives every file in it that matches one of
the glob patterns (``*.txt``, ``*.html`` and ``*.htm`` by default; with
``recursive``, in its sub-folders too), in the order of their paths. Standard
input is one article, or several separated by lines holding only ``|||||``.
A web page, whether a file named ``*.html``/``*.htm``, any input that opens
with an HTML doctype or ``<html>`` tag, or an ``http(s)://`` address, gives
its main text (see :mod:`summarize.web`).

Bytes are decoded as UTF-8 when they are UTF-8 (a byte-order mark is allowed),
as UTF-16 or UTF-32 when they start with that encoding's byte-order mark, and
otherwise by ``charset-normalizer``'s best guess. Bytes that are no text in any
encoding (a binary file, say) are refused with a :class:`DecodeError`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .errors import DecodeError, EmptyInputError, ReadError
from .types import Document
from .web import HTML_SUFFIXES, TIMEOUT, extract, fetch, is_url, looks_like_html

STDIN = "-"
DEFAULT_PATTERNS = ("*.txt", "*.html", "*.htm")
# A line holding only five bars separates articles in one stream; the line
# breaks around it belong to the separator, so each article is exactly the
# text between.
_SEPARATOR = re.compile(r"(?:\r?\n)?^[ \t]*\|{5}[ \t]*(?:\r?\n|\Z)", re.MULTILINE)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str) -> str:
    """The text of ``data``; ``name`` says which input it is in error messages.

    Examples
    --------
    >>> decode("café".encode("utf-8"), "a.txt")
    'café'
    >>> decode("café".encode("utf-16"), "a.txt")
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"{name}: starts as {encoding} but is not valid {encoding} "
                    f"(byte {error.start}); save it as UTF-8 and try again"
                ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if any(byte >= 0x80 for byte in data[: error.start]):
            # Valid multi-byte UTF-8 came first: this is UTF-8 with damage,
            # and guessing another encoding would garble every accent.
            raise DecodeError(
                f"{name}: UTF-8 up to byte {error.start}, then bytes that are not UTF-8; "
                "repair the file or save it as UTF-8 again"
            ) from None
    if b"\x00" in data:
        raise DecodeError(f"{name}: looks like a binary file, not text; give a text file")
    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise DecodeError(f"{name}: cannot tell the text encoding; save it as UTF-8 and try again")
    return str(guess)


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


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> list[Document]:
    """The articles of a binary stream (standard input, by default named ``<stdin>``).

    A stream that is a web page gives the page's article.
    """
    try:
        data = stream.read()
    except OSError as error:
        raise unreadable(name, error) from None
    text = decode(data, name)
    if looks_like_html(text):
        return [extract(text, name)]
    return split_articles(text, name)


def read_path(path: str | Path) -> Document:
    """One article from a text file or a saved web page; its id is the path as given."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise unreadable(name, error) from None
    text = decode(data, name)
    if Path(path).suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return extract(text, name)
    return Document(text, id=name)


def unreadable(name: str, error: OSError) -> ReadError:
    """The :class:`ReadError` for a file the system would not read, saying why."""
    if isinstance(error, FileNotFoundError):
        return ReadError(f"{name}: no such file; check the path")
    if isinstance(error, IsADirectoryError):
        return ReadError(f"{name}: is a folder; give the text files inside it")
    if isinstance(error, PermissionError):
        return ReadError(f"{name}: permission denied; check who may read it")
    return ReadError(f"{name}: cannot read ({error.strerror or error})")


def read_lines(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[bytes]:
    """The lines of several files ('-' for ``stdin``), one after another, read as needed.

    Nothing is read whole, so a batch of any size runs in the memory of its
    longest line. Every file is opened first, so a missing one fails at once.
    """
    streams: list[BinaryIO] = []
    try:
        for path in paths:
            if path == STDIN:
                if stdin is not None:
                    streams.append(stdin)
                continue
            try:
                streams.append(open(path, "rb"))  # noqa: SIM115  closed below
            except OSError as error:
                raise unreadable(path, error) from None
        for stream in streams:
            yield from stream
    finally:
        for stream in streams:
            if stream is not stdin:
                stream.close()


def read_folder(
    path: str | Path,
    *,
    pattern: str | Sequence[str] = DEFAULT_PATTERNS,
    recursive: bool = False,
) -> list[Document]:
    """One article per file of a folder matching a ``pattern``, in order of their paths.

    Raises
    ------
    ReadError
        If no file matches, or one cannot be read.
    """
    folder = Path(path)
    patterns = (pattern,) if isinstance(pattern, str) else tuple(pattern)
    found = {
        match
        for each in patterns
        for match in (folder.rglob(each) if recursive else folder.glob(each))
        if match.is_file()
    }
    files = sorted(found, key=lambda p: p.as_posix())
    if not files:
        where = "in it or its sub-folders" if recursive else "in it"
        named = " or ".join(repr(each) for each in patterns)
        raise ReadError(
            f"{path}: no file matching {named} {where}; "
            "choose other files with --glob, or add --recursive"
        )
    return [read_path(file) for file in files]


def read_inputs(
    names: Sequence[str],
    stdin: BinaryIO | None = None,
    *,
    pattern: str | Sequence[str] = DEFAULT_PATTERNS,
    recursive: bool = False,
    timeout: float = TIMEOUT,
    on_failed_url: Callable[[ReadError], None] | None = None,
) -> list[Document]:
    """The articles named on a command line: files, folders, web addresses, '-' for ``stdin``.

    A file or folder that cannot be read stops the run. An address that
    cannot be fetched is passed to ``on_failed_url`` when given, and the
    other inputs go on; only if no article is left is that an error.

    Raises
    ------
    ReadError
        If a file or folder cannot be read, or an address cannot be fetched
        and there is no ``on_failed_url``.
    EmptyInputError
        If every input was an address and none could be fetched.
    """
    documents: list[Document] = []
    failed = 0
    for name in names:
        if name == STDIN and stdin is not None:
            documents.extend(read_stream(stdin))
        elif is_url(name):
            try:
                documents.append(fetch(name, timeout=timeout))
            except ReadError as error:
                if on_failed_url is None:
                    raise
                on_failed_url(error)
                failed += 1
        elif Path(name).is_dir():
            documents.extend(read_folder(name, pattern=pattern, recursive=recursive))
        else:
            documents.append(read_path(name))
    if failed and not documents:
        raise EmptyInputError(f"none of the {failed} web addresses could be fetched")
    return documents
