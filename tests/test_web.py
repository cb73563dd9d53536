"""Web pages and addresses. Every address is served by a local server on
127.0.0.1 that the tests start themselves; no test touches the internet."""

from __future__ import annotations

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from summarize import EmptyInputError, OptionError, ReadError, summarize
from summarize.cli import EXIT_INPUT, EXIT_OK, main
from summarize.readers import read_folder, read_inputs, read_path, read_stream
from summarize.web import extract, fetch

from .stories import FERRY_DAILY_PAGE, FERRY_PAGE, INDEX_PAGE

CHROME = ("Home", "Subscribe", "Most read", "Every winter", "My cousin", "Quay Street")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/ferry":
            self.send(200, FERRY_PAGE.encode("utf-8"))
        elif path == "/daily":
            self.send(200, FERRY_DAILY_PAGE.encode("utf-8"))
        elif path == "/latin1":
            page = FERRY_DAILY_PAGE.replace("taxis", "taxis à côté")
            self.send(200, page.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/utf8-lie":  # the header says UTF-8, the body is Latin-1
            body = "Le ferry a repris après la grève, a dit le maire.".encode("latin-1")
            self.send(200, body, "text/plain; charset=utf-8")
        elif path == "/plain":
            self.send(200, b"The ferries ran again on Saturday morning.", "text/plain")
        elif path == "/moved":
            self.send(301, b"", headers=[("Location", "/ferry")])
        elif path.startswith("/loop"):
            self.send(302, b"", headers=[("Location", f"/loop{len(path)}")])
        elif path == "/paper.pdf":
            self.send(200, b"%PDF-1.7\n%binary", "application/pdf")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, FERRY_PAGE.encode("utf-8"))
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"<p>" + b"slow " * 20_000 + b"</p>")
                self.wfile.flush()
                time.sleep(0.2)
        else:
            self.send(404, b"<html><body>Not here</body></html>")


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that gives up (the timeout and size tests) is expected


@pytest.fixture(scope="module")
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_gives_its_article_title_and_address_without_chrome():
    document = extract(FERRY_PAGE, "ferry.html")
    assert document.title == "Ferry strike halts island crossings"
    assert document.url == "https://harbour.example/news/ferry-strike"
    assert "Ferry crews in Port Ellis walked off the job on Thursday" in document.text
    assert "Mayor Ana Ruiz urged both sides" in document.text
    for line in CHROME:
        assert line not in document.text


def test_each_text_block_is_a_paragraph_so_the_headline_stands_apart():
    document = extract(FERRY_DAILY_PAGE, "daily.html")
    assert document.text.startswith("Island crossings halted\n\nFerry crews")


def test_brief_of_pages_cites_titles_and_keeps_chrome_out(tmp_path):
    for name, page in (("ferry.html", FERRY_PAGE), ("daily.htm", FERRY_DAILY_PAGE)):
        (tmp_path / name).write_text(page, encoding="utf-8")
    documents = read_folder(tmp_path)
    assert [d.id for d in documents] == [str(tmp_path / "daily.htm"), str(tmp_path / "ferry.html")]
    brief = summarize(documents, max_sentences=3)
    rendered = str(brief)
    assert "Ferry strike halts island crossings <https://harbour.example/news/ferry-strike>" in (
        rendered
    )
    assert "Advertisement" not in rendered
    for sentence in brief:
        assert documents[sentence.source].text[sentence.start : sentence.end] == sentence.text


def test_a_web_page_is_recognised_by_its_start_whatever_the_name(tmp_path):
    saved = tmp_path / "ferry.txt"
    saved.write_text(FERRY_PAGE, encoding="utf-8")
    assert read_path(saved).title == "Ferry strike halts island crossings"
    (from_stdin,) = read_stream(io.BytesIO(FERRY_PAGE.encode("utf-8")))
    assert from_stdin.id == "<stdin>" and "walked off the job" in from_stdin.text
    prose = tmp_path / "note.txt"
    prose.write_text("The <html> tag opens every page. It was shown on Monday.", encoding="utf-8")
    assert read_path(prose).text.startswith("The <html> tag")


def test_a_page_with_no_article_text_is_refused(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")
    with pytest.raises(ReadError, match="empty.html: found no article text"):
        read_path(empty)


def test_index_page_text_is_kept_as_the_page_gives_it():
    # a page of links only: what the extractor finds is all there is, and the
    # summarizer's standalone rule keeps such fragments out of a brief that has prose
    document = extract(INDEX_PAGE, "index.html")
    brief = summarize([document, extract(FERRY_PAGE, "ferry.html")], max_sentences=2)
    assert all(sentence.source == 1 for sentence in brief)


def test_fetch_gives_the_article_with_its_address(server):
    document = fetch(f"{server}/ferry")
    assert document.id == f"{server}/ferry"
    assert document.title == "Ferry strike halts island crossings"
    assert document.url == f"{server}/ferry"
    assert "Home" not in document.text


def test_fetch_follows_a_redirect_and_cites_where_it_landed(server):
    document = fetch(f"{server}/moved")
    assert document.url == f"{server}/ferry"
    assert "walked off the job" in document.text


def test_a_latin1_page_whose_header_says_utf8_is_read_as_latin1(server):
    """Issue 21, case 6, on the web."""
    assert fetch(f"{server}/utf8-lie").text == "Le ferry a repris après la grève, a dit le maire."


def test_fetch_reads_the_charset_the_server_names(server):
    document = fetch(f"{server}/latin1")
    assert "water taxis à côté" in document.text
    assert fetch(f"{server}/plain").text == "The ferries ran again on Saturday morning."


@pytest.mark.parametrize(
    ("path", "settings", "message"),
    [
        ("/missing", {}, "the server answered 404 Not Found"),
        ("/loop", {}, "more than 5 redirects"),
        ("/paper.pdf", {}, "is application/pdf, not a web page or text"),
        ("/slow", {"timeout": 0.5}, "no answer within 0.5 s"),
        ("/drip", {"timeout": 0.5}, "took longer than 0.5 s"),
        ("/ferry", {"max_bytes": 1_000}, "larger than 1,000 bytes"),
    ],
)
def test_each_failed_fetch_names_the_address_and_the_reason(server, path, settings, message):
    with pytest.raises(ReadError) as caught:
        fetch(f"{server}{path}", **settings)
    assert str(caught.value).startswith(f"{server}{path}: ")
    assert message in str(caught.value)


def test_only_web_addresses_are_fetched():
    for url in ("ftp://files.example/story.txt", "file:///etc/passwd", "http://"):
        with pytest.raises(ReadError, match="only http:// and https://"):
            fetch(url)


@pytest.mark.parametrize("bad", [0, -1.5, float("nan"), float("inf"), "20", True])
def test_a_timeout_must_be_seconds_above_0(bad):
    with pytest.raises(OptionError, match="timeout must be a number of seconds above 0"):
        fetch("http://127.0.0.1:9/story", timeout=bad)


def test_a_closed_port_is_a_clear_error():
    with pytest.raises(ReadError, match="cannot connect to the server"):
        fetch("http://127.0.0.1:9/story")


def test_failed_addresses_are_reported_and_the_others_go_on(server):
    failed = []
    documents = read_inputs(
        [f"{server}/ferry", f"{server}/missing", f"{server}/daily"], on_failed_url=failed.append
    )
    assert [d.id for d in documents] == [f"{server}/ferry", f"{server}/daily"]
    assert [str(e) for e in failed] == [f"{server}/missing: the server answered 404 Not Found"]
    with pytest.raises(ReadError, match="404"):
        read_inputs([f"{server}/missing"])
    with pytest.raises(EmptyInputError, match="none of the 1 web addresses"):
        read_inputs([f"{server}/missing"], on_failed_url=failed.append)


def test_cli_prints_the_brief_of_the_pages_it_could_fetch_and_exits_1(server, capsys):
    code = main([f"{server}/ferry", f"{server}/paper.pdf", f"{server}/daily", "-n", "2"])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT
    assert "[1] Ferry strike halts island crossings" in out
    assert err.splitlines() == [
        f"Error: {server}/paper.pdf: is application/pdf, not a web page or text; "
        "save the article's text to a file and give that",
        "Error: the brief leaves out 1 web address(es) that could not be fetched",
    ]


def test_cli_fetches_with_the_timeout_asked_for(server, capsys):
    code = main([f"{server}/slow", f"{server}/ferry", "--timeout", "0.5"])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT and "no answer within 0.5 s" in err and out
    assert main([f"{server}/ferry", "--timeout", "0"]) == 2
    assert "timeout must be a number of seconds above 0, not 0" in capsys.readouterr().err
    assert main([f"{server}/ferry"]) == EXIT_OK


def test_a_seen_address_that_fails_is_named_and_the_run_exits_1(server, capsys, tmp_path):
    from .stories import FERRY

    article = tmp_path / "column.txt"
    article.write_text(FERRY[1], encoding="utf-8")
    code = main([str(article), "-n", "1", "--seen", f"{server}/ferry", f"{server}/missing"])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT and out  # the brief is printed
    assert err.splitlines() == [
        f"Error: {server}/missing: the server answered 404 Not Found",
        "Error: 1 seen web address(es) could not be fetched: the brief may repeat what they say",
    ]


def test_in_a_batch_a_seen_address_that_fails_is_named_and_the_run_exits_1(
    server, capsys, tmp_path
):
    import json

    from .stories import FERRY

    batch = tmp_path / "stories.jsonl"
    batch.write_text(json.dumps({"id": 1, "documents": FERRY}) + "\n", encoding="utf-8")
    code = main([str(batch), "-n", "1", "--seen", f"{server}/missing"])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT
    assert json.loads(out)["id"] == 1
    assert err.splitlines()[-1].startswith("Error: 1 seen web address(es) could not be fetched")


class Dripping(BaseHTTPRequestHandler):
    """Answers a byte at a time, every 0.1 s: the headers on /headers, the body on /body."""

    sent: dict[str, int] = {}
    done = threading.Event()

    def log_message(self, *args):
        pass

    def do_GET(self):
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 60\r\n\r\n"
        body = b"The ferries ran again on Saturday morning after the strike. "
        slow = head if self.path == "/headers" else body
        count = 0
        try:
            if self.path == "/body":
                self.wfile.write(head)
                self.wfile.flush()
            for byte in slow:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                count += 1
                time.sleep(0.1)
            if self.path == "/headers":
                self.wfile.write(body)
        except OSError:
            pass  # the client gave up, as it should
        finally:
            Dripping.sent[self.path] = count
            Dripping.done.set()


@pytest.fixture
def dripping():
    Dripping.sent.clear()
    Dripping.done.clear()
    httpd = Server(("127.0.0.1", 0), Dripping)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/headers", "no answer within 0.5 s: the server did not send its headers in that time"),
        ("/body", "took longer than 0.5 s: the page came too slowly"),
    ],
)
def test_the_timeout_bounds_the_whole_fetch_however_slowly_bytes_come(dripping, path, message):
    """Issue 21, case 2: a byte a second kept each read under --timeout, for minutes."""
    with pytest.raises(ReadError) as caught:
        fetch(f"{dripping}{path}", timeout=0.5)
    assert str(caught.value) == f"{dripping}{path}: {message}; try again later"
    assert Dripping.done.wait(20)
    assert Dripping.sent[path] < 30  # the fetch stopped reading, long before the end


class Redirecting(Handler):
    def do_GET(self):
        if self.path.startswith("/to?"):
            self.send(302, b"", headers=[("Location", self.path[4:])])
        else:
            super().do_GET()


@pytest.fixture(scope="module")
def redirecting():
    servers = []
    for host in ("127.0.0.1", "127.0.0.2"):
        httpd = Server((host, 0), Redirecting)
        httpd.requests = 0
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
    yield [f"http://{h.server_address[0]}:{h.server_address[1]}" for h in servers]
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://files.example/story.txt"])
def test_a_redirect_off_the_web_is_refused_as_an_address_off_the_web_is(redirecting, target):
    """Issue 21, case 12: it said "No host specified."."""
    first, _ = redirecting
    with pytest.raises(ReadError) as caught:
        fetch(f"{first}/to?{target}")
    assert str(caught.value) == (
        f"{first}/to?{target}: redirects to {target}, and only http:// and https:// "
        "addresses can be fetched"
    )


def test_public_only_refuses_loopback_by_address_and_by_name(redirecting):
    first, _ = redirecting
    port = first.rsplit(":", 1)[1]
    assert "walked off the job" in fetch(f"{first}/ferry").text  # off by default
    for url, host in ((f"{first}/ferry", "127.0.0.1"), (f"http://localhost:{port}/ferry", None)):
        with pytest.raises(ReadError) as caught:
            fetch(url, public_only=True)
        shown = host or "localhost ("
        assert str(caught.value).startswith(f"{url}: {shown}")
        assert "is a loopback address, and only public addresses may be fetched here" in str(
            caught.value
        )


def test_public_only_is_checked_at_every_redirect_before_connecting(redirecting, monkeypatch):
    from summarize.readers import web

    first, second = redirecting
    # here 127.0.0.1 stands for a public host, 127.0.0.2 for a private one
    monkeypatch.setattr(
        web, "refused_address", lambda address: "private" if address == "127.0.0.2" else None
    )
    assert "walked off the job" in fetch(f"{first}/to?/ferry", public_only=True).text
    url = f"{first}/to?{second}/ferry"
    with pytest.raises(ReadError) as caught:
        fetch(url, public_only=True)
    assert str(caught.value) == (
        f"{url}: redirects to {second}/ferry, where: 127.0.0.2 is a private address, "
        "and only public addresses may be fetched here"
    )
    assert "walked off the job" in fetch(url).text  # without the option, it is followed


def test_public_only_on_the_command_line(redirecting, capsys):
    first, _ = redirecting
    assert main([f"{first}/ferry", "--public-only"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"Error: {first}/ferry: 127.0.0.1 is a loopback address" in err
