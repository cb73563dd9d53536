"""Files and standard input -> Documents.

Bytes are decoded as UTF-8 when they are UTF-8 (a byte-order mark is allowed),
as UTF-16 or UTF-32 when they start with that encoding's byte-order mark, and
otherwise by ``charset-normalizer``'s best guess. Bytes that are no text in any
encoding (a binary file, say) are refused with a :class:`DecodeError`.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .errors import DecodeError, ReadError
from .types import Document

STDIN = "-"

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
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError(f"{name}: looks like a binary file, not text; give a text file")
    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise DecodeError(f"{name}: cannot tell the text encoding; save it as UTF-8 and try again")
    return str(guess)


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> Document:
    """One article from a binary stream (standard input, by default named ``<stdin>``)."""
    try:
        data = stream.read()
    except OSError as error:
        raise ReadError(f"{name}: cannot read ({error.strerror or error})") from None
    return Document(decode(data, name), id=name)


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
