"""Web pages and addresses -> Documents: the article's text, title and address.

A news page is mostly not the story: menus, advertising, related links,
comments, footers. ``trafilatura`` finds the main text (see
``benchmarks/extraction.py`` for how it compares with sumy's own HTML parser
on pages with known text); each of its text blocks becomes a paragraph, so
a headline or a list item never runs into the next sentence. The page's title
and address become the article's citation.

Fetching takes ``http`` and ``https`` addresses only, at every redirect too,
follows at most ``MAX_REDIRECTS`` redirects, gives up when ``TIMEOUT`` seconds
have passed in all (however slowly the server sends), and refuses a body
larger than ``MAX_BYTES`` or one that is neither a web page nor text (a PDF,
an image). With ``public_only`` (off by default) it also refuses any host
that is, or resolves to, a private, loopback or otherwise non-public address,
checked at every redirect. Each failure is a :class:`ReadError` naming the
address.
"""

from __future__ import annotations

import contextlib
import ipaddress
import math
import re
import socket
import threading
import time
from collections.abc import Callable
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

from .._version import __version__
from ..errors import DecodeError, InputError, OptionError, ReadError, TooLargeError
from ..types import Document
from .decode import decode

__all__ = [
    "HTML_SUFFIXES",
    "MAX_BYTES",
    "MAX_REDIRECTS",
    "TIMEOUT",
    "check_timeout",
    "extract",
    "fetch",
    "is_url",
    "looks_like_html",
    "refused_address",
]

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


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    public_only: bool = False,
) -> Document:
    """The article at a web address: fetched, then its main text found.

    A ``text/plain`` answer is the article as it is. ``timeout`` bounds the
    whole fetch, redirects, headers and body together, however slowly the
    server sends them. With ``public_only``, an address whose host is (or
    resolves to) a private, loopback, link-local or other non-public address
    is refused, at every redirect too, and the connection goes to the address
    that was checked: what a service that fetches addresses its users give
    needs. It is off by default.

    Raises
    ------
    OptionError
        If ``timeout`` is not a number of seconds above 0.
    ReadError
        If the address, or one it redirects to, is not ``http``/``https``
        (or, with ``public_only``, not public), the server cannot be reached,
        answers with an error, redirects more than ``MAX_REDIRECTS`` times,
        takes longer than ``timeout`` seconds in all, sends more than
        ``max_bytes`` bytes (a :class:`TooLargeError`), or sends neither a
        web page nor text.
    """
    import urllib3

    check_timeout(timeout)
    _check_scheme(url, url)
    watch = _Watch(timeout, public_only)
    manager = urllib3.PoolManager(headers={"User-Agent": f"summarize/{__version__}"})
    manager.pool_classes_by_scheme = _guarded_pools(watch)
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            response = _get(manager, url, current, watch)
            location = response.headers.get("Location")
            if response.status not in _REDIRECTS or not location:
                break
            response.close()
            response.release_conn()
            current = urljoin(current, location)
            _check_scheme(url, current)
        else:
            raise ReadError(f"{url}: {_TOO_MANY_REDIRECTS}")
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
            watch.phase = "body"
            body = _read_body(response, url, watch.started, timeout, max_bytes)
        except urllib3.exceptions.HTTPError as error:
            raise ReadError(f"{url}: {watch.why(error)}") from None
        finally:
            response.release_conn()
    finally:
        watch.stop()
        manager.clear()
    charset = content_type[1]
    if content_type[0] == "text/plain":
        return Document(_decode(body, charset, url), id=url, url=current)
    return extract(_decode(body, charset, url) if charset else body, url, current)


_REDIRECTS = (301, 302, 303, 307, 308)
_TOO_MANY_REDIRECTS = (
    f"more than {MAX_REDIRECTS} redirects; open it in a browser to see where it leads"
)


def _check_scheme(url: str, current: str) -> None:
    """Refuse an address that is not ``http``/``https``, or one that ``url`` redirected to."""
    parts = urlsplit(current)
    if parts.scheme.lower() in ("http", "https") and parts.hostname:
        return
    if current == url:
        raise ReadError(f"{url}: only http:// and https:// addresses can be fetched")
    raise ReadError(
        f"{url}: redirects to {current}, and only http:// and https:// addresses can be fetched"
    )


def _get(manager: object, url: str, current: str, watch: _Watch) -> Any:
    """One request, with what is left of the time; no redirect followed, no retry."""
    import urllib3

    watch.phase = "connect"
    left = watch.left()
    try:
        return manager.request(  # type: ignore[attr-defined]
            "GET",
            current,
            preload_content=False,
            decode_content=True,
            redirect=False,
            retries=False,
            timeout=urllib3.Timeout(connect=left, read=left),
        )
    except _Refused as refused:
        where = url if current == url else f"{url}: redirects to {current}, where"
        raise ReadError(f"{where}: {refused}") from None
    except urllib3.exceptions.HTTPError as error:
        raise ReadError(f"{url}: {watch.why(error)}") from None


class _Refused(InputError):
    """A host whose address ``public_only`` refuses; raised inside urllib3, which passes it on."""


class _Watch:
    """The deadline of one fetch: when it passes, every socket of the fetch is shut.

    A read timeout bounds each read of a socket, so a server that sends a
    byte a second would hold a fetch for ever; shutting the sockets at the
    deadline ends whatever read is waiting. ``phase`` says what the fetch was
    doing, for the message. With ``public_only``, each connection's host is
    checked before connecting (see :func:`refused_address`).
    """

    def __init__(self, timeout: float, public_only: bool) -> None:
        self.timeout = timeout
        self.public_only = public_only
        self.started = time.monotonic()
        self.phase = "connect"
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        """The seconds left, at least a little, so that a late call still fails by itself."""
        return max(self.timeout - (time.monotonic() - self.started), 0.001)

    def track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def stop(self) -> None:
        """End the watch; its thread is gone on return (a pool then forks from one thread)."""
        self._timer.cancel()
        self._timer.join()

    def why(self, error: object) -> str:
        """What went wrong, saying which part was slow when the deadline passed."""
        if not self.expired and not _is_timeout(error):
            return _reason(error, self.timeout)
        if self.phase == "connect":
            return f"no answer within {self.timeout:g} s; try again later"
        if self.phase == "headers":
            return (
                f"no answer within {self.timeout:g} s: the server did not send its "
                "headers in that time; try again later"
            )
        return f"took longer than {self.timeout:g} s: the page came too slowly; try again later"


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _is_timeout(error: object) -> bool:
    import urllib3

    return isinstance(error, urllib3.exceptions.TimeoutError) and not isinstance(
        error, urllib3.exceptions.NewConnectionError
    )


def _guarded_pools(watch: _Watch) -> dict[str, type]:
    """Connection pools whose connections the watch shuts at the deadline and checks."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    def connect(connection: Any, new: Callable[[], socket.socket]) -> socket.socket:
        if watch.public_only:
            connection._dns_host = _public_address(connection._dns_host, connection.port)
        sock = new()
        watch.track(sock)
        watch.phase = "headers"
        return sock

    class Connection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return connect(self, super()._new_conn)

    class SecureConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return connect(self, super()._new_conn)

    class Pool(HTTPConnectionPool):
        ConnectionCls = Connection

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = SecureConnection

    return {"http": Pool, "https": SecurePool}


def _public_address(host: str, port: int) -> str:
    """The first address of ``host``, if every address it has is public.

    Raises
    ------
    _Refused
        If one of its addresses is not public (see :func:`refused_address`).
    """
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return host  # the connection says it cannot find the host
    addresses = [str(info[4][0]) for info in found]
    for address in addresses:
        kind = refused_address(address)
        if kind is not None:
            shown = host if host == address else f"{host} ({address})"
            raise _Refused(
                f"{shown} is a {kind} address, and only public addresses may be fetched here"
            )
    return addresses[0]


def refused_address(address: str) -> str | None:
    """What kind of non-public address ``address`` is, or None if it is public.

    Examples
    --------
    >>> [refused_address(a) for a in ("127.0.0.1", "10.1.2.3", "169.254.169.254", "::1")]
    ['loopback', 'private', 'link-local', 'loopback']
    >>> refused_address("::ffff:192.168.0.1"), refused_address("93.184.216.34")
    ('private', None)
    """
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "private"


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
        return _TOO_MANY_REDIRECTS
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
