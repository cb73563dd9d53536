"""Bytes -> text: UTF-8 when it is UTF-8, else the encoding a byte-order mark or a guess says.

Bytes are decoded as UTF-8 when they are UTF-8 (a byte-order mark is
allowed), as UTF-16 or UTF-32 when they start with that encoding's
byte-order mark, and otherwise by ``charset-normalizer``'s best guess,
Windows-1252 (Latin-1's superset) whenever that reads as well. Bytes that
are no text in any encoding (a binary file, say) are refused with a
:class:`~summarize.errors.DecodeError`.
"""

from __future__ import annotations

import codecs
from contextlib import suppress

from ..errors import DecodeError

__all__ = ["decode"]

# The legacy encoding preferred when a guess is no better: Windows-1252.
_WESTERN = "cp1252"
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
    from charset_normalizer import from_bytes  # only for text that is not UTF-8

    found = from_bytes(data)
    guess = found.best()
    if guess is None or guess.encoding is None:
        raise DecodeError(f"{name}: cannot tell the text encoding; save it as UTF-8 and try again")
    # Short text tells little: "après" reads as well in Central European cp1250
    # ("aprčs") as in Western cp1252. Where the Western reading is as good,
    # it wins: it is Latin-1's superset and the most common legacy encoding.
    western = next((match for match in found if _WESTERN in match.could_be_from_charset), None)
    if (
        western is not None
        and western.chaos <= guess.chaos
        and western.coherence >= guess.coherence
    ):
        with suppress(UnicodeDecodeError):
            return data.decode(_WESTERN)
    return str(guess)
