"""Files, folders and standard input -> Documents.

A file is one article. A folder gives every file in it that matches a glob
pattern (``*.txt`` by default; with ``recursive``, in its sub-folders too),
in the order of their paths. Standard input is one article, or several
separated by lines holding only ``|||||``.

Bytes are decoded as UTF-8 when they are UTF-8 (a byte-order mark is allowed),
as UTF-16 or UTF-32 when they start with that encoding's byte-order mark, and
otherwise by ``charset-normalizer``'s best guess. Bytes that are no text in any
encoding (a binary file, say) are refused with a :class:`DecodeError`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .errors import DecodeError, ReadError
from .types import Document

STDIN = "-"
DEFAULT_PATTERN = "*.txt"
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
    """The articles of a binary stream (standard input, by default named ``<stdin>``)."""
    try:
        data = stream.read()
    except OSError as error:
        raise ReadError(f"{name}: cannot read ({error.strerror or error})") from None
    return split_articles(decode(data, name), name)


def read_path(path: str | Path) -> Document:
    """One article from a text file; its id is the path as given."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise ReadError(f"{name}: is a folder; give the text files inside it") from None
    except PermissionError:
        raise ReadError(f"{name}: permission denied; check who may read it") from None
    except OSError as error:
        raise ReadError(f"{name}: cannot read ({error.strerror or error})") from None
    return Document(decode(data, name), id=name)


def read_folder(
    path: str | Path, *, pattern: str = DEFAULT_PATTERN, recursive: bool = False
) -> list[Document]:
    """One article per file of a folder matching ``pattern``, in order of their paths.

    Raises
    ------
    ReadError
        If no file matches, or one cannot be read.
    """
    folder = Path(path)
    found = folder.rglob(pattern) if recursive else folder.glob(pattern)
    files = sorted((p for p in found if p.is_file()), key=lambda p: p.as_posix())
    if not files:
        where = "in it or its sub-folders" if recursive else "in it"
        raise ReadError(
            f"{path}: no file matching {pattern!r} {where}; "
            "choose other files with --glob, or add --recursive"
        )
    return [read_path(file) for file in files]


def read_inputs(
    names: Sequence[str],
    stdin: BinaryIO | None = None,
    *,
    pattern: str = DEFAULT_PATTERN,
    recursive: bool = False,
) -> list[Document]:
    """The articles named on a command line: files, folders, and '-' for ``stdin``."""
    documents: list[Document] = []
    for name in names:
        if name == STDIN and stdin is not None:
            documents.extend(read_stream(stdin))
        elif Path(name).is_dir():
            documents.extend(read_folder(name, pattern=pattern, recursive=recursive))
        else:
            documents.append(read_path(name))
    return documents
