"""Issue 21: hostile and careless input that used to sink a batch, the machine, or
answer wrongly without a word. Each test names the case of the issue it covers."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys

import pytest

from summarize.cli import EXIT_INPUT, EXIT_OK, main

from .stories import FLOOD


def strict(line: str) -> object:
    """A line parsed as strict JSON: NaN and Infinity refused."""

    def refuse(name: str) -> object:
        raise AssertionError(f"not strict JSON: {name}")

    return json.loads(line, parse_constant=refuse)


def jsonl(path, lines: list[str]) -> str:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


GOOD = json.dumps({"id": "good", "documents": FLOOD})


@pytest.mark.parametrize("to", ["stdout", "output"])
def test_a_lone_surrogate_fails_its_own_story_and_the_rest_go_on(tmp_path, capsys, to):
    """Case 1: a "\\ud800" escape in any field crashed the writer, for good."""
    lines = [
        GOOD,
        r'{"id": "s", "documents": ["The bridge opened \ud800 on Monday. The mayor spoke."]}',
        r'{"id": "q", "documents": ["The bridge opened on Monday."], "query": "bridge\udfff"}',
        r'{"id": "i\ud800", "documents": ["The bridge opened on Monday. The mayor spoke."]}',
        GOOD,
    ]
    path = jsonl(tmp_path / "s.jsonl", lines)
    extra = ["--output", str(tmp_path / "out")] if to == "output" else []
    assert main([path, "-n", "1", "-q", *extra]) == EXIT_INPUT
    out, err = capsys.readouterr()
    if to == "output":
        out = (tmp_path / "out" / "s.jsonl").read_text(encoding="utf-8")
    records = [strict(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["good", "s", "q", "i\ud800", "good"]
    assert [("brief" in r) for r in records] == [True, False, False, True, True]
    assert "document 1 holds \\ud800 at character 19" in records[1]["error"]
    assert '"query" holds \\udfff' in records[2]["error"]
    assert out.encode("utf-8")  # every line is writable
    assert err == "Error: 2 of 5 stories failed; their lines hold the reason\n"


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity", "-Infinity"])
def test_a_number_strict_json_cannot_hold_is_refused_not_written(number, tmp_path, capsys):
    """Case 8: {"id": 1e999} or NaN came out as Infinity or NaN."""
    line = f'{{"id": {number}, "documents": {json.dumps(FLOOD)}}}'
    path = jsonl(tmp_path / "s.jsonl", [line, GOOD])
    assert main([path, "-n", "1"]) == EXIT_INPUT
    first, second = (strict(line) for line in capsys.readouterr().out.splitlines())
    assert first["id"] is None and first["error_type"] == "InputError"
    assert f"line 1: {number} is no number strict JSON can hold" in first["error"]
    assert second["id"] == "good" and "brief" in second


ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"
CONTROLS = "\x1b\x07\x9b\u202e"


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ("text", "\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202e"),
        ("markdown", "\\x1b\\]0;owned\\x07\\x1b\\[2J\\x9b31m\\u202e"),  # brackets escaped
    ],
)
def test_escape_sequences_never_reach_the_terminal(tmp_path, capsys, fmt, shown):
    """Case 11: ANSI and OSC sequences in article text or file names were printed raw."""
    article = tmp_path / f"wire{ESCAPES}.txt"
    article.write_text(FLOOD[0].replace("Ashford", f"Ashford{ESCAPES}"), encoding="utf-8")
    assert main([str(article), "-n", "3", "-f", fmt]) == EXIT_OK
    out = capsys.readouterr().out
    assert shown in out
    for raw in CONTROLS:
        assert raw not in out


def test_escape_sequences_in_an_error_message_are_shown_escaped(tmp_path, capsys):
    assert main([str(tmp_path / f"gone{ESCAPES}\n.txt")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Error: ")
    assert "gone\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202e\\n.txt: no such file" in err


def test_json_output_escapes_what_a_reader_could_trip_on(tmp_path, capsys):
    article = tmp_path / "wire.txt"
    article.write_text(FLOOD[0].replace("Ashford", f"Ashford{ESCAPES}\u2028"), encoding="utf-8")
    assert main([str(article), "-n", "3", "-f", "json"]) == EXIT_OK
    out = capsys.readouterr().out
    assert not any(raw in out for raw in CONTROLS + "\u2028")
    brief = strict(out)
    assert f"Ashford{ESCAPES}\u2028" in brief["articles"][0]["text"]  # the text kept whole


def test_a_file_name_that_is_not_utf8_is_printed_not_a_crash(tmp_path, capsys):
    if sys.platform != "linux":
        pytest.skip("file names of any bytes are a Linux matter")
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as out:
        out.write(FLOOD[0].encode("utf-8"))
    name = os.fsdecode(raw)  # as the command line gets it: "caf\udce9.txt"
    for fmt in ("text", "json", "markdown", "html"):
        assert main([name, "-n", "1", "-f", fmt]) == EXIT_OK
        out = capsys.readouterr().out
        assert out.encode("utf-8")


class Endless(io.RawIOBase):
    """A stream of zero bytes that never ends, as /dev/zero is."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = bytes(len(buffer))
        return len(buffer)


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_an_endless_input_is_refused_at_the_size_limit(source, capsys, monkeypatch):
    """Case 4: /dev/zero, as a file or on standard input, grew until the machine gave out."""
    if source == "file":
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero")
        argv, name = ["/dev/zero"], "/dev/zero"
    else:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
        argv, name = ["-"], "<stdin>"
    assert main([*argv, "--max-bytes", "100000"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err == (
        f"Error: {name}: larger than 100,000 bytes; give a smaller input, "
        "or raise the limit with --max-bytes\n"
    )


def test_endless_json_lines_are_refused_and_what_came_before_is_kept(capsys, monkeypatch):
    stream = io.BufferedReader(io.BytesIO((GOOD + "\n").encode()))
    both = io.BufferedReader(
        _Chain(stream, Endless()),  # a story, then zero bytes forever
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(both))
    assert main(["-", "--jsonl", "-n", "1", "--max-bytes", "100000"]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["good"]
    assert err == (
        "Error: <stdin>: line 2 is longer than 100,000 bytes and holds NUL bytes: this is no "
        "file of JSON lines; give a .jsonl file of stories\n"
    )


class _Chain(io.RawIOBase):
    def __init__(self, *streams):
        self.streams = list(streams)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self.streams:
            count = self.streams[0].readinto(buffer)
            if count:
                return count
            self.streams.pop(0)
        return 0


def test_a_story_line_over_the_limit_fails_alone(tmp_path, capsys):
    long_story = json.dumps({"id": "long", "documents": [FLOOD[0] * 400]})
    path = jsonl(tmp_path / "s.jsonl", [GOOD, long_story, GOOD])
    assert main([path, "-n", "1", "--max-bytes", "100000"]) == EXIT_INPUT
    records = [strict(line) for line in capsys.readouterr().out.splitlines()]
    assert [("brief" in r) for r in records] == [True, False, True]
    assert records[1]["id"] is None and records[1]["error_type"] == "TooLargeError"
    assert records[1]["error"] == (
        "line 2: longer than 100,000 bytes; split the story, or raise the limit with --max-bytes"
    )
    assert main([path, "-n", "1", "--max-bytes", "10000000"]) == EXIT_OK  # raised, it is read
    capsys.readouterr()


def test_the_size_limit_is_checked(capsys):
    assert main(["a.txt", "--max-bytes", "0"]) == 2
    assert "--max-bytes takes a number of bytes, 1 or more, not 0" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["s.ndjson", "S.JSONL", "s.jsonl.gz", "s.NDJSON.GZ"])
def test_json_lines_under_other_names_are_read_as_stories(name, tmp_path, capsys):
    """Case 16: .ndjson, .JSONL and .jsonl.gz were read as one article."""
    data = (GOOD + "\n" + GOOD.replace('"good"', '"also"') + "\n").encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.lower().endswith(".gz") else data)
    assert main([str(path), "-n", "1"]) == EXIT_OK
    assert [strict(line)["id"] for line in capsys.readouterr().out.splitlines()] == [
        "good",
        "also",
    ]
    out = tmp_path / "out"
    assert main([str(path), "-n", "1", "--output", str(out)]) == EXIT_OK
    written = [p.name for p in out.iterdir()]
    assert written == [name[:-3] if name.lower().endswith(".gz") else name]
    capsys.readouterr()


def test_a_damaged_gzip_file_is_named(tmp_path, capsys):
    path = tmp_path / "s.jsonl.gz"
    path.write_bytes(gzip.compress((GOOD + "\n").encode())[:-12])
    assert main([str(path), "-n", "1"]) == EXIT_INPUT
    assert f"{path}: is not whole gzip" in capsys.readouterr().err


def test_markdown_holds_no_markup_of_the_articles_and_links_only_the_web():
    """Case 7: raw <script> and javascript:/data: links passed into Markdown."""
    import re

    from summarize import Brief, BriefSentence, Document

    first = "The <script>alert(1)</script> council met. Click [here](javascript:alert(2)) *now*."
    documents = (
        Document(first, title="Council [vote](javascript:alert(3))", url="javascript:alert(1)"),
        Document("The council met on Monday to vote.", title="Data", url="data:text/html,<b>x"),
        Document("The council voted on Monday night.", title="Wire", url="https://a.example/(v)"),
    )
    split = first.index(" Click") + 1
    sentences = (
        BriefSentence(first[: split - 1], 0, 0, split - 1, 0.5),
        BriefSentence(first[split:], 0, split, len(first), 0.3),
        BriefSentence(documents[1].text, 1, 0, len(documents[1].text), 0.2),
        BriefSentence(documents[2].text, 2, 0, len(documents[2].text), 0.1),
    )
    markdown = Brief(sentences, documents).to_markdown()
    unescaped = re.compile(r"(?<!\\)[<\[]")
    for line in markdown.splitlines():
        body = re.sub(r"^(\d+\. |- \[\d\] )|( \[\d\])+$", "", line)
        assert not unescaped.search(body.replace("[Wire](", "")), line
    assert "\\<script\\>alert(1)\\</script\\>" in markdown
    assert "- [1] Council \\[vote\\](javascript:alert(3)) (javascript:alert(1))" in markdown
    assert "- [2] Data (data:text/html,\\<b\\>x)" in markdown
    assert "- [3] [Wire](https://a.example/%28v%29)" in markdown


@pytest.mark.parametrize(
    "articles",
    [{"documents": FLOOD}, {"a": 1}, set(FLOOD), frozenset(FLOOD)],
    ids=["story", "dict", "set", "frozenset"],
)
def test_a_mapping_or_a_set_is_refused_not_read_as_its_keys(articles):
    """Case 10: summarize({"documents": [...]}) summarized the dict's keys."""
    from summarize import InputError, summarize

    with pytest.raises(InputError, match=r"pass a list of articles, not a (dict|set|frozenset)"):
        summarize(articles)
    with pytest.raises(InputError, match="pass a list of seen articles, not a dict"):
        summarize(FLOOD, seen={"documents": FLOOD})


THAI = (
    "สะพานใหม่ข้ามแม่น้ำเปิดให้รถวิ่งเมื่อเช้าวันจันทร์ หลังจากก่อสร้างมาสองปี "
    "นายกเทศมนตรีกล่าวว่าการจราจรจะดีขึ้นมาก ชาวบ้านดีใจที่ไม่ต้องนั่งเรือข้ามฟากอีกต่อไป"
)
VIETNAMESE = (
    "Cây cầu mới bắc qua sông đã thông xe vào sáng thứ Hai sau hai năm xây dựng. "
    "Thị trưởng nói giao thông sẽ tốt hơn nhiều. Người dân địa phương vui mừng vì "
    "không còn phải đi phà nữa."
)
BRIDGE = (
    "The new bridge over the river opened to traffic on Monday morning after two years "
    "of work. The mayor said traffic would improve a lot, and people in the town said "
    "they were glad the ferry queues were over."
)


@pytest.mark.parametrize(("text", "name"), [(THAI, "Thai"), (VIETNAMESE, "Vietnamese")])
def test_a_language_we_do_not_have_is_named_not_read_as_another(text, name):
    """Case 14: Thai came out as Indonesian and Vietnamese as Portuguese, without a word."""
    from summarize import LanguageError, summarize

    with pytest.raises(LanguageError, match=f"the text reads as {name}, a language summarize"):
        summarize([text, text[: len(text) // 2]], language="auto")


def test_an_article_in_a_language_we_do_not_have_is_named_in_a_warning():
    from summarize import Document, LanguageWarning, summarize

    articles = [Document(BRIDGE, id="wire"), Document(VIETNAMESE, id="saigon")]
    with pytest.warns(LanguageWarning, match="saigon reads as Vietnamese") as caught:
        brief = summarize(articles, language="auto", max_sentences=2)
    assert len(caught) == 1 and brief.language == "english"
    assert "it is read as english" in str(caught[0].message)


def test_the_command_line_and_a_batch_say_which_article_was_not_read_in_its_language(
    tmp_path, capsys
):
    wire, saigon = tmp_path / "wire.txt", tmp_path / "saigon.txt"
    wire.write_text(BRIDGE, encoding="utf-8")
    saigon.write_text(VIETNAMESE, encoding="utf-8")
    assert main([str(wire), str(saigon), "-l", "auto", "-n", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.startswith(f"Warning: {saigon} reads as Vietnamese") and err.count("\n") == 1
    story = json.dumps({"id": "mixed", "documents": [BRIDGE, VIETNAMESE]})
    assert main([jsonl(tmp_path / "s.jsonl", [story, GOOD]), "-l", "auto", "-n", "1"]) == EXIT_OK
    mixed, good = (strict(line) for line in capsys.readouterr().out.splitlines())
    assert mixed["warnings"] == [
        "Article 2 reads as Vietnamese, a language summarize has no resources for: it is "
        "read as english; leave it out, or summarize it alone"
    ]
    assert "warnings" not in good


FRENCH = (
    "Le nouveau pont sur la rivière a ouvert lundi matin après deux ans de travaux. "
    "Le maire a dit que la circulation serait bien meilleure."
)
GERMAN = (
    "Die neue Brücke über den Fluss wurde am Montagmorgen nach zwei Jahren Bauzeit "
    "eröffnet. Der Bürgermeister sagte, der Verkehr werde viel besser."
)


@pytest.mark.parametrize("batch", [[], ["--language", "english"], ["--language", "auto"]])
def test_each_story_is_read_in_its_own_language_field_which_wins(tmp_path, capsys, batch):
    """Case 15: a story's own "language" was ignored for --language."""
    lines = [
        json.dumps({"id": "fr", "documents": [FRENCH], "language": "french"}),
        json.dumps({"id": "de", "documents": [GERMAN], "language": "de"}),
        json.dumps({"id": "en", "documents": [BRIDGE]}),
        json.dumps({"id": "xx", "documents": [BRIDGE], "language": "klingon"}),
        json.dumps({"id": "n", "documents": [BRIDGE], "language": 7}),
    ]
    assert main([jsonl(tmp_path / "s.jsonl", lines), "-n", "1", *batch]) == EXIT_INPUT
    records = {r["id"]: r for r in map(strict, capsys.readouterr().out.splitlines())}
    assert records["fr"]["brief"]["language"] == "french"
    assert records["de"]["brief"]["language"] == "german"
    assert records["en"]["brief"]["language"] == "english"  # the batch's, or its default
    assert records["xx"]["error_type"] == "LanguageError"
    assert "no resources for language 'klingon'" in records["xx"]["error"]
    assert records["n"]["error"] == 'line 5: "language" is a name or code, not int'


def test_summarize_many_honours_a_story_language_too():
    from summarize import summarize_many

    stories = [{"documents": [FRENCH], "language": "fr"}, [BRIDGE]]
    french, english = summarize_many(stories, jobs=1, max_sentences=1)
    assert (french.language, english.language) == ("french", "english")
