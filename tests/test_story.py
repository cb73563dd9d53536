from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from summarize import Document, Options, SummarizeError
from summarize.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main
from summarize.run.pool import outcomes
from summarize.run.story import Defaults, Outcome, Story, read_stories, read_story

from .stories import FERRY, FLOOD


def story(story_id: object, documents: list[object]) -> str:
    return json.dumps({"id": story_id, "documents": documents})


def summarize_lines(lines, options, *, query=None, seen=()):
    """The outcome of each non-blank JSON line, as the command line runs them in one process."""
    defaults = Defaults(options, query, tuple(seen))
    return outcomes(read_stories(enumerate(lines, start=1), defaults, lines=True))


def parse_story(line, number):
    """The story of one JSON line; its error, raised, if it holds none."""
    read = read_story(line, number, Defaults(), lines=True)
    if isinstance(read, Outcome):
        raise read.error
    return read


def test_documents_may_be_strings_or_objects():
    line = story(
        "s1", ["Rain fell.", {"text": "Roads shut.", "title": "Roads", "url": "u", "id": 3}]
    )
    parsed = parse_story(line, 1)
    assert isinstance(parsed, Story)
    assert (parsed.id, parsed.query, parsed.seen) == ("s1", None, ())
    assert [(d.text, d.title, d.url, d.id) for d in parsed.documents] == [
        ("Rain fell.", None, None, None),
        ("Roads shut.", "Roads", "u", "3"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": 1, "documents": ["a"', "line 4: not JSON"),
        ('{"id": 1, "documents": ["a"\n', r"not JSON \(Expecting ',' delimiter at the end of"),
        ('{"id": 1 "documents": []}', r"not JSON \(Expecting ',' delimiter at character 10\)"),
        ('["a", "b"]', 'line 4: a story is an object with a "documents" list'),
        ('{"id": 1, "docs": ["a"]}', 'line 4: a story needs a "documents" list, not none'),
        ('{"id": 1, "documents": "a"}', 'line 4: a story needs a "documents" list, not a str'),
        ('{"id": 1, "documents": ["a", 5]}', "line 4: document 2 is a int: give a string"),
        ('{"id": 1, "documents": [{"title": "t"}]}', 'line 4: document 1 has no "text" string'),
        ('{"documents": ["a"], "query": 3}', 'line 4: "query" is a string, not int'),
        ('{"documents": ["a"], "seen": "a"}', 'line 4: "seen" is a list of articles'),
        ('{"documents": ["a"], "seen": [null]}', "line 4: seen article 1 is a NoneType"),
        ('{"documents": ["a"], "language": "klingon"}', "no resources for language 'klingon'"),
    ],
)
def test_lines_that_are_no_story_are_named(line, message):
    with pytest.raises(SummarizeError, match=message):
        parse_story(line, 4)


def test_a_failing_story_does_not_stop_the_others():
    lines = [
        story("good", FLOOD),
        "",
        story("empty", [FLOOD[0], "?!"]),
        "not json",
        story("also good", FLOOD[:2]),
    ]
    done = [o.record() for o in summarize_lines(lines, Options(max_sentences=2))]
    assert [r["id"] for r in done] == ["good", "empty", None, "also good"]
    assert ["error" in r for r in done] == [False, True, True, False]
    assert done[1]["error_type"] == "NoSentencesError"
    assert done[1]["line"] == 3
    assert done[2]["line"] == 4 and "not JSON" in done[2]["error"]
    assert len(done[0]["brief"]["sentences"]) == 2


def test_cli_writes_one_brief_a_line_and_exits_1_on_failures(tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join([story(1, FLOOD), story(2, ["   "])]) + "\n", encoding="utf-8")
    code = main([str(path), "-n", "1"])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == 1 and len(first["brief"]["sentences"]) == 1
    sentence = first["brief"]["sentences"][0]
    assert FLOOD[sentence["source"]][sentence["start"] : sentence["end"]] == sentence["text"]
    assert second == {
        "id": 2,
        "line": 2,
        "error": "line 2: no article text to summarize: give at least one non-empty article",
        "error_type": "EmptyInputError",
    }
    assert err == "Error: 1 of 2 stories failed; their lines hold the reason\n"


def test_cli_reads_jsonl_from_standard_input_quietly(capsys, monkeypatch):
    stream = story("a", FLOOD) + "\n" + story("b", FLOOD[1:]) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stream.encode())))
    code = main(["-", "--jsonl", "--words", "40"])
    out, err = capsys.readouterr()
    assert (code, err) == (EXIT_OK, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["s.jsonl", "a.txt"], "give it alone"),
        (["s.jsonl", "--format", "markdown"], "--format does not apply to JSONL input"),
    ],
)
def test_jsonl_usage_errors(argv, message, capsys):
    assert main(argv) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_plain_articles_read_as_jsonl_are_one_clear_error_not_a_record_a_line(tmp_path, capsys):
    article = tmp_path / "ferry.txt"
    article.write_text(
        "The ferry ran again on Friday.\n\nThe strike ended after a week.\n", encoding="utf-8"
    )
    assert main([str(article), "--jsonl"]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{article} does not open with a JSON story" in err
    assert "leave out --jsonl" in err
    story = tmp_path / "story.txt"  # JSON lines in a file of another name still run
    story.write_text(
        '\ufeff{"id": "a", "documents": ["The ferry ran again on Friday."]}\n', encoding="utf-8"
    )
    assert main([str(story), "--jsonl", "-q"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["id"] == "a"
    packed = tmp_path / "story.json.gz"  # read through gzip, as the batch reads it
    packed.write_bytes(gzip.compress(story.read_bytes()))
    assert main([str(packed), "--jsonl", "-q"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["id"] == "a"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_unless_quiet(tmp_path, capsys, monkeypatch):
    path = tmp_path / "stories.jsonl"
    path.write_text(story(1, FLOOD) + "\n" + story(2, FLOOD) + "\n", encoding="utf-8")
    for quiet, shown in (([], True), (["--quiet"], False)):
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        assert main([str(path), "-n", "1", *quiet]) == EXIT_OK
        assert ("2/2" in terminal.getvalue()) is shown
    capsys.readouterr()


def test_lines_are_read_only_as_stories_are_summarized():
    consumed = []

    def lines():
        for number in range(3):
            consumed.append(number)
            yield story(number, FLOOD).encode("utf-8")

    done = summarize_lines(lines(), Options(max_sentences=1))
    assert next(done).id == 0
    assert consumed == [0]


def test_a_badly_encoded_line_fails_alone(tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    good = story("good", FLOOD).encode("utf-8")
    text = "Caf\u00e9 owners said the flood was the worst."
    damaged = json.dumps({"id": "damaged", "documents": [text]}, ensure_ascii=False).encode()
    damaged = damaged.replace("\u00e9".encode(), "\u00e9".encode() + b"\xff\xfe")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + damaged + b"\r\n" + good + b"\n")
    assert main([str(path), "-n", "1"]) == EXIT_INPUT
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["good", None, "good"]
    assert records[1]["error_type"] == "DecodeError" and records[1]["line"] == 2


def test_a_missing_jsonl_file_fails_before_any_story(tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    path.write_text(story("good", FLOOD) + "\n", encoding="utf-8")
    assert main([str(path), str(tmp_path / "gone.jsonl")]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == "" and "gone.jsonl: no such file" in err


def test_stories_may_carry_a_query_and_seen_articles():
    from .stories import FIRE, FIRE_NEXT

    lines = [
        json.dumps({"id": "asked", "documents": FIRE, "query": "smoke and schools"}),
        json.dumps({"id": "since", "documents": FIRE_NEXT, "seen": FIRE}),
        json.dumps({"id": "plain", "documents": FIRE}),
    ]
    done = list(summarize_lines(lines, Options(max_sentences=2)))
    asked, since, plain = (o.record()["brief"] for o in done)
    assert asked["query"] == "smoke and schools" and plain["query"] is None
    assert "Smoke closed every school in the district on Monday." in [
        s["text"] for s in asked["sentences"]
    ]
    assert [a["text"] for a in since["articles"]] == FIRE_NEXT  # seen articles are not cited
    restated = "The fire destroyed 35 homes and a school gym over the weekend."
    assert restated not in [s["text"] for s in since["sentences"]]


def test_the_batch_query_and_seen_apply_to_stories_without_their_own():
    from .stories import FIRE, FIRE_NEXT

    lines = [
        json.dumps({"id": 1, "documents": FIRE_NEXT}),
        json.dumps({"id": 2, "documents": FIRE_NEXT, "query": "hotel rooms", "seen": []}),
    ]
    seen = [Document(text) for text in FIRE]
    first, second = summarize_lines(lines, Options(max_sentences=2), query="homes", seen=seen)
    assert first.brief.query == "homes"
    assert second.brief.query == "hotel rooms"
    texts = [s.text for s in first.brief.sentences]
    assert "The fire destroyed 35 homes and a school gym over the weekend." not in texts


def test_a_story_that_raises_any_error_is_recorded_and_the_batch_goes_on(monkeypatch):
    from summarize.run import story as batch

    real = batch.summarize

    def flaky(documents, options, **kwargs):
        if documents[0].text == "boom":
            raise MemoryError("out of memory")
        return real(documents, options, **kwargs)

    monkeypatch.setattr(batch, "summarize", flaky)
    lines = [story(1, FLOOD), story(2, ["boom"]), story(3, FLOOD)]
    done = list(summarize_lines(lines, Options(max_sentences=1)))
    assert [o.failed for o in done] == [False, True, False]
    assert done[1].record() == {
        "id": 2,
        "line": 2,
        "error": (
            "line 2: unexpected error (MemoryError('out of memory')); please report this story"
        ),
        "error_type": "MemoryError",
    }


def test_an_interrupt_still_stops_the_batch(monkeypatch):
    from summarize.run import story as batch

    def interrupted(documents, options, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "summarize", interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(summarize_lines([story(1, FLOOD)], Options()))


def test_an_output_record_loads_back_as_the_brief():
    from summarize import Brief, summarize

    (outcome,) = summarize_lines([story("s", FLOOD)], Options(max_sentences=2))
    loaded = Brief.from_dict(json.loads(outcome.to_json())["brief"])
    assert loaded == summarize(FLOOD, max_sentences=2)


def test_a_story_that_is_wrong_in_its_fields_keeps_its_id_in_the_record():
    lines = ['{"id": "nodocs", "documents": "one text"}', '{"id": 7, "query": 3, "documents": []}']
    first, second = summarize_lines(lines, Options())
    assert (first.id, second.id) == ("nodocs", 7)
    assert first.record()["error"] == 'line 1: a story needs a "documents" list, not a str'


def test_every_error_record_says_its_line_whether_reading_or_summarizing_failed():
    lines = [
        '{"id": "zz", "language": "zz", "documents": ["The ferry ran again on Friday."]}',
        '{"id": "empty", "documents": ["The ferry ran again on Friday.", "!!!"]}',
        '{"id": "bad", "documents": [5]}',
    ]
    records = [outcome.record() for outcome in summarize_lines(lines, Options())]
    assert [r["error"].split(":")[0] for r in records] == ["line 1", "line 2", "line 3"]
    assert records[0]["error"].startswith("line 1: no resources for language 'zz'")
    assert records[1]["error_type"] == "NoSentencesError"


def _batch(tmp_path, name="stories.jsonl", count=12):
    """A JSONL file of stories, with a bad line and a failing story among them."""
    lines = [story(n, FLOOD if n % 2 else FERRY) for n in range(count)]
    lines[3] = '{"id": 3, "documents": '  # not JSON
    lines[5] = story(5, ["   "])  # no text
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_jobs_write_exactly_the_records_of_one_process(tmp_path, capsys):
    path = _batch(tmp_path, count=40)
    outputs = []
    for jobs in ("1", "2", "3"):
        assert main([str(path), "-n", "2", "--jobs", jobs]) == EXIT_INPUT
        out, err = capsys.readouterr()
        outputs.append(out)
        assert err == "Error: 2 of 40 stories failed; their lines hold the reason\n"
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == 40


def test_progress_counts_the_stories_of_every_worker(tmp_path, capsys, monkeypatch):
    path = _batch(tmp_path, count=30)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(path), "-n", "1", "--jobs", "2"]) == EXIT_INPUT
    assert "30/30" in terminal.getvalue()
    capsys.readouterr()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["s.jsonl", "--jobs", "0"], "--jobs takes a number of worker processes, 1 or more, not 0"),
        (["s.jsonl", "--jobs", "-2"], "1 or more, not -2"),
        (["s.jsonl", "--jobs", "two"], "argument -j/--jobs: invalid int value: 'two'"),
        (["a.txt", "--jobs", "2"], "--jobs applies to JSONL batches of stories"),
        (["a.txt", "--output", "out"], "--output applies to JSONL batches"),
        (["a.txt", "--dask", "local"], "--dask applies to JSONL batches"),
        (["s.jsonl", "s.jsonl"], "s.jsonl is given twice (also as s.jsonl)"),
        (["s.jsonl", "./s.jsonl"], "s.jsonl is given twice (also as ./s.jsonl): its stories"),
        (["s.jsonl", "--dask", "tcp://h:8786", "-j", "2"], "--jobs sets the workers of --dask"),
        (["s.jsonl", "--jobs", "100000"], "more only take turns on the cores"),
    ],
)
def test_batch_usage_errors(argv, message, capsys):
    assert main(argv) == EXIT_USAGE
    assert message in capsys.readouterr().err
