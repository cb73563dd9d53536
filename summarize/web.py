"""Web pages and addresses -> Documents: the article's text, title and address.

A news page is mostly not the story: menus, advertising, related links,
comments, footers. ``trafilatura`` finds the main text (see
``benchmarks/extraction.py`` for how it compares with sumy's own HTML parser
on pages with known text); each of its text blocks becomes a paragraph, so
a headline or a list item never runs into the next sentence. The page's title
and address become the article's citation.

Fetching takes ``http`` and ``https`` addresses only, follows at most
``MAX_REDIRECTS`` redirects, gives up after ``TIMEOUT`` seconds, and refuses a
body larger than ``MAX_BYTES`` or one that is neither a web page nor text (a
PDF, an image). Each failure is a :class:`ReadError` naming the address.
"""

from __future__ import annotations

import math
import re
import time
from email.message import Message
from urllib.parse import urljoin, urlsplit

from ._version import __version__
from .errors import DecodeError, OptionError, ReadError, TooLargeError
from .types import Document

TIMEOUT = 20.0
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 65_536
# What a web page starts with, after white space and a byte-order mark.
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a web page: it opens with an HTML doctype or ``<html>`` tag.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body>Hi</body></html>")
    True
    >>> looks_like_html("The <html> tag opens a page.")
    False
    """
    return _HTML_START.match(text) is not None


def is_url(name: str) -> bool:
    """Whether a command-line name is a web address rather than a path.

    Examples
    --------
    >>> is_url("https://news.example/a"), is_url("ftp://files.example/a"), is_url("a.txt")
    (True, True, False)
    """
    return re.match(r"\A[a-zA-Z][a-zA-Z0-9+.-]*://", name) is not None


def check_timeout(timeout: float) -> None:
    """Raise an :class:`OptionError` unless ``timeout`` is a number of seconds above 0.

    Examples
    --------
    >>> check_timeout(0)
    Traceback (most recent call last):
        ...
    summarize.errors.OptionError: timeout must be a number of seconds above 0, not 0
    """
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise OptionError(f"timeout must be a number of seconds above 0, not {timeout!r}")
    if not 0 < timeout < math.inf:
        raise OptionError(f"timeout must be a number of seconds above 0, not {timeout:g}")


def extract(html: str | bytes, name: str, url: str | None = None) -> Document:
    """The article of a web page: its main text, its title and its address.

    Raises
    ------
    ReadError
        If the page holds no article text (an index page, a login wall).
    """
    import trafilatura  # imported here: plain-text runs never pay for it

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    page = found if isinstance(found, dict) else found.as_dict() if found is not None else {}
    blocks = [" ".join(line.split()) for line in (page.get("text") or "").splitlines()]
    text = "\n\n".join(block for block in blocks if block)
    if not text:
        raise ReadError(f"{name}: found no article text in this web page")
    return Document(text, id=name, title=page.get("title") or None, url=url or page.get("url"))


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Document:
    """The article at a web address: fetched, then its main text found.

    A ``text/plain`` answer is the article as it is.

    Raises
    ------
    OptionError
        If ``timeout`` is not a number of seconds above 0.
    ReadError
        If the address is not ``http``/``https``, the server cannot be
        reached, answers with an error, redirects more than ``MAX_REDIRECTS``
        times, takes longer than ``timeout`` seconds, sends more than
        ``max_bytes`` bytes, or sends neither a web page nor text.
    """
    import urllib3

    check_timeout(timeout)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ReadError(f"{url}: only http:// and https:// addresses can be fetched")
    pool = urllib3.PoolManager(
        headers={"User-Agent": f"summarize/{__version__}"},
        retries=urllib3.Retry(total=None, connect=0, read=0, redirect=MAX_REDIRECTS, status=0),
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
    )
    started = time.monotonic()
    try:
        response = pool.request("GET", url, preload_content=False, decode_content=True)
    except urllib3.exceptions.MaxRetryError as error:
        raise ReadError(f"{url}: {_reason(error.reason, timeout)}") from None
    except urllib3.exceptions.HTTPError as error:
        raise ReadError(f"{url}: {_reason(error, timeout)}") from None
    try:
        if response.status >= 400:
            raise ReadError(
                f"{url}: the server answered {response.status} {response.reason or ''}".rstrip()
            )
        content_type = _content_type(response.headers.get("Content-Type", ""))
        if content_type[0] not in (*_HTML_TYPES, "text/plain"):
            raise ReadError(
                f"{url}: is {content_type[0] or 'of no stated type'}, not a web page or "
                "text; save the article's text to a file and give that"
            )
        body = _read_body(response, url, started, timeout, max_bytes)
    except urllib3.exceptions.HTTPError as error:
        raise ReadError(f"{url}: {_reason(error, timeout)}") from None
    finally:
        response.release_conn()
    final = urljoin(url, response.geturl() or url)
    charset = content_type[1]
    if content_type[0] == "text/plain":
        return Document(_decode(body, charset, url), id=url, url=final)
    return extract(_decode(body, charset, url) if charset else body, url, final)


def _read_body(response: object, url: str, started: float, timeout: float, limit: int) -> bytes:
    """The body, in chunks, stopping at ``limit`` bytes or ``timeout`` seconds in all."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(_CHUNK):  # type: ignore[attr-defined]
        size += len(chunk)
        if size > limit:
            raise TooLargeError(
                f"{url}: larger than {limit:,} bytes; save the article's text "
                "to a file and give that"
            )
        if time.monotonic() - started > timeout:
            raise ReadError(f"{url}: took longer than {timeout:g} s; try again later")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type of a Content-Type header, lower-cased, and its charset.

    Examples
    --------
    >>> _content_type("text/HTML; charset=ISO-8859-1")
    ('text/html', 'ISO-8859-1')
    """
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type() if header else "", (
        charset if isinstance(charset, str) else None
    )


def _decode(body: bytes, charset: str | None, url: str) -> str:
    from .readers import decode

    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: fall back on what the bytes say
    try:
        return decode(body, url)
    except DecodeError:
        raise ReadError(f"{url}: the page is not text in any encoding we can tell") from None


def _reason(error: object, timeout: float) -> str:
    """A short, plain account of why a request failed."""
    import urllib3

    if isinstance(error, urllib3.exceptions.ResponseError):
        return f"more than {MAX_REDIRECTS} redirects; open it in a browser to see where it leads"
    # the connection errors first: urllib3 counts them as timeouts too
    if isinstance(error, urllib3.exceptions.NameResolutionError):
        return "cannot find this host; check the address"
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return "cannot connect to the server; check the address or try again later"
    if isinstance(error, urllib3.exceptions.TimeoutError):
        return f"no answer within {timeout:g} s; try again later"
    if isinstance(error, urllib3.exceptions.SSLError):
        return "the secure connection failed (SSL); check the address"
    return f"cannot fetch ({error})"
