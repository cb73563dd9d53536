from __future__ import annotations

import io
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from summarize import LANGUAGES, __version__
from summarize.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main, parse_args

from . import languages
from .stories import FLOOD


@pytest.fixture
def story(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in zip(("wire.txt", "local.txt", "radio.txt"), FLOOD, strict=True):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_brief_cites_files(story, capsys):
    code, out, err = run(story + ["--sentences", "3"], capsys)
    assert code == EXIT_OK and err == ""
    body, sources, *share = out.rstrip("\n").split("\n\n")
    assert len(body.splitlines()) == 3
    cited = sources.splitlines()
    assert share == ([] if len(cited) == 3 else [f"({len(cited)} of 3 articles cited)"])
    for line in cited:
        number, label = line.split(" ", 1)
        path = story[int(number.strip("[]")) - 1]
        # cited by its headline, then its file; by its file when it has no headline
        assert label == path or (label.endswith(f" ({path})") and not label.startswith("/"))


def test_a_file_given_twice_is_refused_not_cited_as_its_own_witness(story, capsys):
    folder = str(Path(story[0]).parent)
    other_name = str(Path(folder) / ".." / Path(folder).name / "wire.txt")
    for argv, message in [
        ([story[0], story[1], story[0]], f"{story[0]} is given twice: one article"),
        ([folder, story[1]], f"{story[1]} is given twice (also in {folder}): one article"),
        ([story[0], other_name], f"{other_name} is given twice (also as {story[0]})"),
    ]:
        code, out, err = run(argv, capsys)
        assert (code, out) == (EXIT_USAGE, "")
        assert message in err and "Traceback" not in err
    code, _, err = run([story[0], "missing.txt", "missing.txt"], capsys)
    assert code == EXIT_INPUT and "missing.txt: no such file" in err  # missing, not twice
    code, out, _ = run([story[0], "--seen", story[1], story[1]], capsys)  # seen twice is harmless
    assert code == EXIT_OK and "[1]" in out


def test_markdown_format(story, capsys):
    code, out, _ = run(story + ["-n", "2", "--format", "markdown"], capsys)
    assert code == EXIT_OK
    assert out.startswith("1. ")
    assert "**Sources**" in out


def test_json_format_is_the_brief_dict(story, capsys):
    code, out, _ = run(story + ["--words", "40", "-f", "json"], capsys)
    assert code == EXIT_OK
    data = json.loads(out)
    assert [s["id"] for s in data["articles"]] == story
    assert sum(len(s["text"].split()) for s in data["sentences"]) <= 40
    for s in data["sentences"]:
        assert FLOOD[s["source"]][s["start"] : s["end"]] == s["text"]


def test_standard_input_is_one_article(story, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FLOOD[2].encode())))
    code, out, _ = run([story[0], "-", "-f", "json"], capsys)
    assert code == EXIT_OK
    assert [s["id"] for s in json.loads(out)["articles"]] == [story[0], "<stdin>"]


def test_options_reach_the_library():
    command = parse_args(
        [
            "a.txt",
            "-w",
            "90",
            "--redundancy",
            "0.4",
            "--similarity",
            "overlap",
            "--language",
            "german",
            "--position-decay",
            "0",
            "--min-words",
            "3",
            "-f",
            "json",
        ]
    )
    assert command.paths == ("a.txt",) and command.format == "json"
    options = command.options
    assert (options.max_words, options.redundancy, options.similarity) == (90, 0.4, "overlap")
    assert (options.language, options.position_decay, options.min_words) == ("german", 0.0, 3)


def test_switches_have_no_forms():
    options = parse_args(["a.txt", "--no-drop-boilerplate"]).options
    assert options.drop_boilerplate is False
    options = parse_args(["a.txt", "--cross-article", "1.5"]).options
    assert (options.drop_boilerplate, options.cross_article) == (True, 1.5)
    assert parse_args(["a.txt", "--edge-power", "1"]).options.edge_power == 1.0


def test_version_and_help(capsys):
    code, out, _ = run(["--version"], capsys)
    assert (code, out.strip()) == (EXIT_OK, f"summarize {__version__}")
    code, out, _ = run(["--help"], capsys)
    assert code == EXIT_OK and "--sentences" in out and "Exit codes" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "give one or more article files"),
        (["x.txt", "--words", "0"], "--words must be at least 1"),
        (["x.txt", "--words", "-5"], "--words must be at least 1"),
        (["x.txt", "--words", "ten"], "invalid int value"),
        (["x.txt", "-w", "5", "-n", "2"], "not allowed with argument"),
        (["x.txt", "--format", "pdf"], "invalid choice"),
        (["x.txt", "--language", "klingon"], "no resources for language 'klingon'"),
        (["x.txt", "--redundancy", "2"], "--redundancy must be a number above 0 and at most 1"),
        (["-", "-"], "only once"),
        (["x.txt", "--frobnicate"], "unrecognized arguments"),
    ],
)
def test_usage_errors_exit_2_with_one_message(argv, message, capsys):
    code, out, err = run(argv, capsys)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.startswith("Error: ") and message in err.splitlines()[0]
    assert "Traceback" not in err


def test_input_errors_exit_1_naming_the_file(story, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 4)
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "notes.md").write_text("Not a text file by the default pattern.", encoding="utf-8")
    cases = [
        ([str(tmp_path / "missing.txt")], "missing.txt: no such file"),
        ([str(nothing)], "no file matching '*.txt' or '*.html' or '*.htm' in it"),
        ([str(nothing), "--recursive"], "'*.htm' in it or its sub-folders"),
        ([str(blob)], "blob.bin: looks like a binary file"),
        ([str(empty)], "no article text"),
        ([story[0], str(empty)], "empty.txt has no sentences"),
    ]
    for argv, message in cases:
        code, out, err = run(argv, capsys)
        assert code == EXIT_INPUT, argv
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("Error: ") and message in err


def test_a_budget_no_sentence_fits_is_a_usage_error(story, capsys):
    code, out, err = run([story[0], "--words", "3"], capsys)
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("Error: no sentence fits in --words 3")
    assert "raise --words or use --sentences" in err and "max_" not in err


def test_a_bad_value_is_named_by_its_flag(story, capsys):
    code, out, err = run([story[0], "--diversity", "3", "--seen-redundancy", "0.5"], capsys)
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("Error: --diversity must be a number")


def test_a_folder_gives_its_files_in_path_order(story, tmp_path, capsys):
    nested = tmp_path / "more"
    nested.mkdir()
    (nested / "late.txt").write_text(FLOOD[0].replace("Tuesday", "Thursday"), encoding="utf-8")
    (tmp_path / "skip.md").write_text(FLOOD[1], encoding="utf-8")

    def sources(argv: list[str]) -> list[str]:
        code, out, err = run(argv + ["-n", "1", "-f", "json"], capsys)
        assert code == EXIT_OK, err
        return [s["id"] for s in json.loads(out)["articles"]]

    assert sources([str(tmp_path)]) == sorted(story)
    assert sources([str(tmp_path), "-r"]) == sorted([*story, str(nested / "late.txt")])
    assert sources([str(tmp_path), "--glob", "*.md"]) == [str(tmp_path / "skip.md")]
    both = sources([str(tmp_path), "--glob", "*.md", "--glob", "r*.txt"])
    assert both == [str(tmp_path / "radio.txt"), str(tmp_path / "skip.md")]


def test_standard_input_may_hold_several_articles(capsys, monkeypatch):
    stream = "\n|||||\n".join(FLOOD) + "\n|||||\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stream.encode())))
    code, out, _ = run(["-", "-f", "json", "-n", "2"], capsys)
    assert code == EXIT_OK
    data = json.loads(out)
    assert [s["id"] for s in data["articles"]] == ["<stdin>#1", "<stdin>#2", "<stdin>#3"]
    for s in data["sentences"]:
        assert FLOOD[s["source"]][s["start"] : s["end"]] == s["text"]


def test_python_dash_m_runs_the_cli(story):
    result = subprocess.run(
        [sys.executable, "-m", "summarize", *story, "-n", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("[") == 2  # one citation, one source line


@pytest.fixture
def fire(tmp_path: Path) -> tuple[list[str], list[str]]:
    """Yesterday's articles and today's, as files."""
    from .stories import FIRE, FIRE_NEXT

    def write(folder: str, texts: list[str]) -> list[str]:
        (tmp_path / folder).mkdir()
        paths = []
        for number, text in enumerate(texts, start=1):
            path = tmp_path / folder / f"{number}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        return paths

    return write("monday", FIRE), write("tuesday", FIRE_NEXT)


def test_query_heads_the_brief_and_steers_it(fire, capsys):
    monday, _ = fire
    code, out, err = run([*monday, "--query", "smoke and schools", "-n", "2"], capsys)
    assert code == EXIT_OK, err
    assert out.startswith("Query: smoke and schools\n\n")
    assert "Smoke closed every school in the district on Monday." in out
    code, out, _ = run([*monday, "--query", "smoke and schools", "-n", "2", "-f", "json"], capsys)
    assert json.loads(out)["query"] == "smoke and schools"


def test_seen_takes_files_and_folders_and_leaves_them_out(fire, capsys):
    monday, tuesday = fire
    folder = str(Path(monday[0]).parent)
    for seen in (monday, [folder]):
        code, out, err = run([*tuesday, "--seen", *seen, "-w", "80", "-f", "json"], capsys)
        assert code == EXIT_OK, err
        data = json.loads(out)
        assert [a["id"] for a in data["articles"]] == tuesday
        texts = [s["text"] for s in data["sentences"]]
        assert "The fire destroyed 35 homes and a school gym over the weekend." not in texts


def test_seen_may_come_first_when_the_articles_follow_another_option(fire, capsys):
    monday, tuesday = fire
    code, out, _ = run(["--seen", *monday, "-w", "80", "--", *tuesday], capsys)
    assert code == EXIT_OK
    assert "[1] " + tuesday[0] in out


def test_seen_from_standard_input(fire, capsys, monkeypatch):
    from .stories import FIRE

    monday, tuesday = fire
    stream = "\n|||||\n".join(FIRE).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stream)))
    code, piped, _ = run([*tuesday, "-w", "80", "--seen", "-"], capsys)
    assert code == EXIT_OK
    _, from_files, _ = run([*tuesday, "-w", "80", "--seen", *monday], capsys)
    assert piped == from_files


def test_nothing_new_is_a_clear_input_error(fire, capsys):
    _, tuesday = fire
    code, out, err = run([*tuesday, "--seen", *tuesday], capsys)
    assert (code, out) == (EXIT_INPUT, "")
    assert err.startswith("Error: nothing new: every sentence restates one of the 2 seen")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["a.txt", "--seen"], "expected at least one argument"),
        (["--seen", "old.txt", "new.txt"], "no articles: --seen takes every path after it"),
        (["-", "--seen", "-"], "only once"),
        (["a.txt", "--seen", "old.jsonl"], "--seen takes articles"),
        (["a.txt", "--query"], "expected one argument"),
        (["a.txt", "--seen-redundancy", "0"], "--seen-redundancy must be a number above 0"),
    ],
)
def test_bad_query_and_seen_flags_are_usage_errors(argv, message, capsys):
    code, out, err = run(argv, capsys)
    assert (code, out) == (EXIT_USAGE, "")
    assert err.startswith("Error: ") and message in err.splitlines()[0]


def test_a_query_of_stop_words_is_a_usage_error(fire, capsys):
    monday, _ = fire
    code, _, err = run([*monday, "--query", "what is it?"], capsys)
    assert code == EXIT_USAGE and "no words to look for" in err


def test_a_query_nothing_answers_is_an_input_error(fire, capsys):
    monday, _ = fire
    code, _, err = run([*monday, "--query", "chess tournament"], capsys)
    assert code == EXIT_INPUT and "no sentence of the 3 article(s) has a word of the query" in err


def test_a_reader_that_leaves_early_ends_quietly_and_keeps_stderr_open(story, monkeypatch):
    class Gone(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    errors = io.StringIO()
    monkeypatch.setattr(sys, "stdout", Gone())
    monkeypatch.setattr(sys, "stderr", errors)
    assert main(story) == EXIT_OK
    assert not errors.closed
    print("still here", file=sys.stderr)
    assert errors.getvalue() == "still here\n"


def test_a_reader_that_leaves_a_real_pipe_gets_no_traceback(tmp_path):
    # a page larger than a pipe's buffer, so that writing it fails once head has left
    for number in range(40):
        (tmp_path / f"{number:02}.txt").write_text("\n\n".join(FLOOD), encoding="utf-8")
    code = "import sys; from summarize.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        f"{shlex.quote(sys.executable)} -c {shlex.quote(code)} "
        f"{shlex.quote(str(tmp_path))} --format html | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout == "<!DOCTYPE "
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_languages_lists_each_language_and_where_its_parts_come_from(capsys):
    assert main(["--languages"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "language",
        "code",
        "sentences",
        "stop",
        "words",
        "stems",
        "word",
        "units",
    ]
    rows = {line.split()[0]: line for line in lines[1 : len(LANGUAGES) + 1]}
    assert list(rows) == list(LANGUAGES)
    assert rows["arabic"].split()[1:3] == ["ar", "sentencex"]
    assert "Punkt" in rows["czech"] and "letter pairs" in rows["chinese"]


def test_language_auto_and_codes_on_the_command_line(tmp_path, capsys):
    paths = []
    for index, text in enumerate(languages.story("hebrew")):
        path = tmp_path / f"he{index}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main([*paths, "--language", "auto", "-n", "2", "--format", "json"]) == EXIT_OK
    detected = json.loads(capsys.readouterr().out)
    assert detected["language"] == "hebrew"
    assert main([*paths, "-l", "he", "-n", "2", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == detected


def test_many_short_lower_case_lines_are_read_not_a_failure_to_write(tmp_path, capsys):
    """Issue 21, case 5: NLTK's time limit used to pass for "cannot write the output"."""
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(["the cat sat on the mat."] * 30_000), encoding="utf-8")
    code, out, err = run([str(notes), "-n", "1", "-f", "json"], capsys)
    assert (code, err) == (EXIT_OK, "")
    assert json.loads(out)["sentences"][0]["start"] == 0


def test_standard_output_that_cannot_be_written_is_named_and_nothing_else_is(
    story, capsys, monkeypatch
):
    import errno

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(story) == EXIT_INPUT
    assert capsys.readouterr().err == "Error: cannot write the output (No space left on device)\n"


def test_articles_read_in_a_language_they_are_not_in_are_warned_of(story, capsys):
    code, out, err = run(story + ["--language", "french", "-n", "1"], capsys)
    assert code == EXIT_OK and "[" in out
    assert err.startswith("Warning: the articles, read as french, look written in english: give")
