"""One output file per input file: whole or absent, and a rerun does only the rest."""

from __future__ import annotations

import errno
import json
import os

import pytest

from summarize.cli import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main
from summarize.run import pool as parallel
from summarize.run.output import PART, atomic, failures_in, plan, write_files

from .stories import FERRY, FIRE, FLOOD


def story(story_id: object, documents: list[object]) -> str:
    return json.dumps({"id": story_id, "documents": documents})


def write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


@pytest.fixture
def inputs(tmp_path):
    """Three input files: two stories, only blank lines, and three stories with a failure."""
    folder = tmp_path / "in"
    folder.mkdir()
    return [
        write(folder / "monday.jsonl", [story("m1", FLOOD), story("m2", FIRE)]),
        write(folder / "quiet.jsonl", ["", "  "]),
        write(folder / "tuesday.jsonl", [story("t1", FERRY), story("t2", []), story("t3", FIRE)]),
    ]


def serial(path, capsys):
    main([path, "-n", "1", "--jobs", "1"])
    return capsys.readouterr().out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_input_file_gets_its_own_output_file(inputs, tmp_path, capsys, jobs):
    expected = [serial(path, capsys) for path in inputs]
    out = tmp_path / "out"
    assert main([*inputs, "-n", "1", "--output", str(out), "--jobs", jobs]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "1 of 5 stories failed" in err
    names = ["monday.jsonl", "quiet.jsonl", "tuesday.jsonl"]
    assert sorted(p.name for p in out.iterdir()) == names
    assert [(out / name).read_text(encoding="utf-8") for name in names] == expected
    assert expected[1] == ""  # a file of blank lines gets an empty output, so a rerun skips it
    record = json.loads(expected[2].splitlines()[1])
    assert record["line"] == 2  # lines count within each file


def test_a_rerun_skips_the_files_already_done(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "monday.jsonl").write_text("done before\n", encoding="utf-8")
    (out / ".tuesday.jsonl.part").write_text("left by a crash", encoding="utf-8")
    main([*inputs, "-n", "1", "--output", str(out)])
    err = capsys.readouterr().err
    assert "Skipping 1 file(s) already in" in err
    assert (out / "monday.jsonl").read_text(encoding="utf-8") == "done before\n"
    assert len((out / "tuesday.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert not list(out.glob("*" + PART))


def test_an_interrupted_run_leaves_whole_files_only_and_a_rerun_finishes(
    inputs, tmp_path, capsys, monkeypatch
):
    expected = [serial(path, capsys) for path in inputs]
    out = tmp_path / "out"
    real = parallel.outcome

    def interrupted(story):
        if story.id == "t3":
            raise KeyboardInterrupt
        return real(story)

    monkeypatch.setattr(parallel, "outcome", interrupted)
    assert main([*inputs, "-n", "1", "--output", str(out), "--jobs", "1"]) == EXIT_INTERRUPTED
    capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["monday.jsonl", "quiet.jsonl"]
    monkeypatch.setattr(parallel, "outcome", real)
    assert main([*inputs, "-n", "1", "--output", str(out)]) == EXIT_INPUT
    assert "Skipping 2 file(s)" in capsys.readouterr().err
    names = ["monday.jsonl", "quiet.jsonl", "tuesday.jsonl"]
    assert [(out / name).read_text(encoding="utf-8") for name in names] == expected


def test_a_rerun_that_skips_a_file_with_failed_stories_still_says_so(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main([*inputs, "-n", "1", "--output", str(out)]) == EXIT_INPUT
    capsys.readouterr()
    (out / "monday.jsonl").unlink()  # the failed story is in tuesday.jsonl, which stays
    assert main([*inputs, "-n", "1", "--output", str(out)]) == EXIT_INPUT
    assert "1 of 5 stories failed (1 in the files skipped)" in capsys.readouterr().err


def test_only_our_records_count_in_a_skipped_file(tmp_path):
    ours = tmp_path / "ours.jsonl"
    write(
        ours,
        [
            json.dumps({"id": "a", "brief": {"sentences": []}}),
            json.dumps({"id": "b", "line": 2, "error": "no text", "error_type": "InputError"}),
            json.dumps({"level": "warn", "error": None}),  # a line someone else wrote
            "[" * 200_000,  # deeper than JSON can be read
            json.dumps({"id": "c", "brief": {"text": 'says "error_type" in passing'}}),
        ],
    )
    (tmp_path / "folder.jsonl").mkdir()
    missing = tmp_path / "gone.jsonl"
    assert failures_in([ours, tmp_path / "folder.jsonl", missing]) == (3, 1)


def test_an_output_folder_that_cannot_be_written_fails_before_any_story(inputs, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main([*inputs, "--output", str(blocker)]) == EXIT_INPUT
    assert f"--output {blocker}: is a file, not a folder" in capsys.readouterr().err
    under = blocker / "out"
    assert main([*inputs, "--output", str(under)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"--output {under}: cannot write there (Not a directory)" in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-", "--jsonl"], "standard input has no name"),
        (["{twin}"], "would both be written to monday.jsonl"),
    ],
)
def test_output_usage_errors(inputs, tmp_path, capsys, extra, message):
    twin = tmp_path / "monday.jsonl"
    twin.write_text(story("x", FLOOD) + "\n", encoding="utf-8")
    extra = [part.format(twin=twin) for part in extra]
    assert main([*inputs, *extra, "--output", str(tmp_path / "out")]) == EXIT_USAGE
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_plan_names_each_output_after_its_input(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    pairs = plan([str(first), str(second)], str(tmp_path / "new" / "out"))
    assert pairs == [
        (str(first), tmp_path / "new" / "out" / "a.jsonl"),
        (str(second), tmp_path / "new" / "out" / "b.jsonl"),
    ]
    assert (tmp_path / "new" / "out").is_dir()


def test_results_go_to_the_file_they_belong_to(tmp_path):
    targets = [tmp_path / name for name in ("a", "b", "c", "d")]
    results = iter([("a1", False), ("a2", True), ("c1", False)])
    assert write_files(targets, results, [2, 0, 1, 0]) == (3, 1)
    assert [t.read_text() for t in targets] == ["a1\na2\n", "", "c1\n", ""]


def test_a_file_is_whole_on_disk_as_soon_as_its_last_record_is_written(tmp_path):
    targets = [tmp_path / "a", tmp_path / "b"]

    def results():
        yield "a1", False
        assert targets[0].read_text() == "a1\n"  # renamed before b's first result is asked for
        yield "b1", False

    write_files(targets, results(), [1, 1])
    assert targets[1].read_text() == "b1\n"


def test_atomic_leaves_nothing_when_the_work_fails(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic(target) as out:
        out.write("half")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_disk_that_fills_up_is_a_clear_error_and_leaves_no_part(
    inputs, tmp_path, capsys, monkeypatch
):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    out = tmp_path / "out"
    assert main([*inputs, "-n", "1", "--output", str(out), "--jobs", "1"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"Error: {out / 'monday.jsonl'}: cannot write (No space left on device); " in err
    assert "Traceback" not in err
    assert list(out.iterdir()) == []


def test_an_output_folder_that_holds_the_inputs_is_refused(inputs, capsys):
    folder = os.path.dirname(inputs[0])
    assert main([*inputs, "--output", folder]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert f"--output {folder} is where {inputs[0]} is: its briefs would take its place" in err


def test_the_whole_run_is_done_with_nothing_left_when_all_files_exist(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main([*inputs, "-n", "1", "--output", str(out)]) == EXIT_INPUT
    capsys.readouterr()
    # the story that failed is still in its file: the run as a whole still failed
    assert main([*inputs, "-n", "1", "--output", str(out)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "Skipping 3 file(s)" in err
    assert "1 of 5 stories failed (1 in the files skipped)" in err


def test_a_missing_input_fails_before_any_file_is_written(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main([*inputs, str(tmp_path / "gone.jsonl"), "--output", str(out)]) == EXIT_INPUT
    assert "gone.jsonl: no such file" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_a_pipe_is_refused_with_output_and_read_once_without(tmp_path, capsys, monkeypatch):
    import sys
    import threading

    fifo = tmp_path / "stories.jsonl"
    os.mkfifo(fifo)
    assert main([str(fifo), "--output", str(tmp_path / "out")]) == EXIT_USAGE
    assert "--output needs regular files" in capsys.readouterr().err

    lines = "".join(story(n, FLOOD) + "\n" for n in range(5))
    writer = threading.Thread(target=fifo.write_text, args=(lines,), daemon=True)
    writer.start()

    class Terminal:  # a progress bar would count the stories first: not on a pipe
        def __init__(self, stream):
            self.stream = stream

        def isatty(self):
            return True

        def __getattr__(self, name):
            return getattr(self.stream, name)

    monkeypatch.setattr(sys, "stderr", Terminal(sys.stderr))
    assert main([str(fifo), "-n", "1", "--jobs", "1"]) == EXIT_OK
    writer.join(10)
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_output_that_names_a_jsonl_file_is_refused(inputs, tmp_path, capsys):
    assert main([*inputs, "--output", str(tmp_path / "briefs.jsonl")]) == EXIT_USAGE
    assert "--output takes a folder, and" in capsys.readouterr().err
    assert not (tmp_path / "briefs.jsonl").exists()


def test_a_full_standard_output_is_a_clear_error(inputs, capsys, monkeypatch):
    import sys

    class Full:
        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stdout", Full())
    assert main([inputs[0], "-n", "1", "--jobs", "1"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "Error: cannot write the output (No space left on device)" in err


def test_a_folder_made_read_only_mid_run_names_the_file_not_the_clean_up(
    inputs, tmp_path, capsys, monkeypatch
):
    """Issue 21, case 9: the clean-up's PermissionError replaced the WriteError."""
    from pathlib import Path

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)  # the folder is read-only by now:
    monkeypatch.setattr(Path, "unlink", denied)  # neither rename nor remove
    out = tmp_path / "out"
    assert main([*inputs, "-n", "1", "--output", str(out), "--jobs", "1"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err == (
        f"Error: {out / 'monday.jsonl'}: cannot write (Permission denied); make the folder "
        "writable again or choose another --output folder, then run again: the files done stay\n"
    )
