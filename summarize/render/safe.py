"""Text made safe for where it is written: strict JSON, a terminal, a web page.

Article texts, titles, file names and addresses come from anyone. Written as
they are, some characters do harm where they land: a lone surrogate (half of
a UTF-16 pair, which ``json.loads`` makes of ``"\\ud800"``) cannot be written
as UTF-8 at all; ``NaN`` and ``Infinity`` are not JSON; an escape sequence
(``ESC [ 2 J``, an OSC title or link) drives the terminal that prints it; a
right-to-left override turns the rest of a line around. Each function here
writes text for one destination so that none of these can happen; what the
text says is kept, escaped where it cannot be shown.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

__all__ = [
    "SURROGATE",
    "for_html",
    "for_markdown",
    "for_terminal",
    "json_text",
    "markdown_link",
]

# Lone surrogates, which no UTF-8 text can hold.
SURROGATE = re.compile("[\ud800-\udfff]")
# Controls that change how a line is shown: C0 and C1 control characters
# (ESC starts every terminal escape sequence; C1 CSI and OSC do the same in
# one character), and the bidirectional embeddings, overrides and isolates.
_CONTROL = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_TERMINAL = re.compile(f"[{_CONTROL}\ud800-\udfff]")
# In JSON text: every character JSON strings may hold raw but a reader may
# trip on (C1 controls, the bidi controls, JavaScript's line separators), and
# lone surrogates; each is written as its \\u escape, which reads back the same.
_JSON_ESCAPE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
# What an HTML page cannot hold: C0 controls other than white space, and lone surrogates.
_NOT_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` as strict JSON text: never NaN or Infinity, always writable as UTF-8.

    Raises
    ------
    ValueError
        If ``value`` holds a number that is not finite (strict JSON has none).

    Examples
    --------
    >>> print(json_text({"id": "s\\ud800", "text": "café"}))
    {"id": "s\\ud800", "text": "café"}
    >>> json.loads(json_text({"id": "s\\ud800"}))["id"] == "s\\ud800"
    True
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)
    return _JSON_ESCAPE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def for_terminal(text: str, *, lines: bool = True) -> str:
    """``text`` with every character that would drive a terminal shown as its escape.

    Line breaks and tabs stay when ``lines`` is true; with ``lines`` false they
    are escaped too, so that the text is one line (an error message).

    Examples
    --------
    >>> for_terminal("Rain\\x1b[2J fell.\\u202e")
    'Rain\\\\x1b[2J fell.\\\\u202e'
    >>> for_terminal("a\\nb", lines=False)
    'a\\\\nb'
    """

    def shown(found: re.Match[str]) -> str:
        character = found.group()
        if lines and character in "\n\t":
            return character
        return character.encode("unicode_escape").decode("ascii")

    return _TERMINAL.sub(shown, text)


def for_html(page: str) -> str:
    """A page with what HTML cannot hold (stray controls, lone surrogates) as U+FFFD.

    Examples
    --------
    >>> for_html("<p>a\\x00b\\udce9</p>")
    '<p>a\\ufffdb\\ufffd</p>'
    """
    return _NOT_HTML.sub("\ufffd", page)


# Markdown's own marks (emphasis, links, code, raw HTML, entities, tables),
# each escaped with a backslash, which a Markdown reader shows as the mark.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>&~|])")
# What a link's address may hold as it is; every other character is percent-encoded.
_ADDRESS_SAFE = ":/?#@!$'*+,;=%-._~" + "".join(chr(c) for c in range(0x30, 0x3A))


def for_markdown(text: str) -> str:
    """``text`` as Markdown that shows it as written: no markup, HTML or link of its own.

    Examples
    --------
    >>> print(for_markdown("<script>x</script> [a](javascript:b) *c*"))
    \\<script\\>x\\</script\\> \\[a\\](javascript:b) \\*c\\*
    """
    return _MARKDOWN.sub(r"\\\1", text)


def markdown_link(label: str, url: str | None) -> str:
    """A Markdown link to ``url`` if it is a web address; the label and address as text if not.

    Only ``http`` and ``https`` addresses are links, as on the HTML page: a
    ``javascript:`` or ``data:`` address is shown, never linked.

    Examples
    --------
    >>> markdown_link("Ferry strike", "https://news.example/a (b)")
    '[Ferry strike](https://news.example/a%20%28b%29)'
    >>> markdown_link("Ferry", "javascript:alert(1)")
    'Ferry (javascript:alert(1))'
    """
    shown = for_markdown(" ".join(label.split()))
    if not url:
        return shown
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f"[{shown}]({quote(url, safe=_ADDRESS_SAFE)})"
    return f"{shown} ({for_markdown(' '.join(url.split()))})"
