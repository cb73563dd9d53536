"""Many stories at once: in order, on a process pool, whatever a story or a worker does."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading

import pytest

from summarize import (
    Brief,
    EmptyInputError,
    InputError,
    OptionError,
    Options,
    StoryError,
    summarize,
    summarize_many,
)
from summarize.run import pool as parallel
from summarize.run.jobs import MAX_PER_CORE, check_jobs, cores
from summarize.run.pool import CHUNK, WINDOW, Processes, outcomes
from summarize.run.story import Defaults, read_stories

from .stories import FERRY, FIRE, FLOOD, FRENCH


def _kill_elsewhere(self):
    """Unpickled in any process but the one that pickled it, the value kills that process.

    It stands for a story that takes its worker down (as by running out of
    memory): the worker dies before it can catch anything.
    """
    plain = type(self).__mro__[1]
    return (_explode, (os.getpid(), type(self), plain(self)))


def _explode(parent, kind, value):
    if os.getpid() != parent:
        os._exit(9)
    return kind(value)


class Deadly(str):
    """Article text that kills the worker process that receives it."""

    __reduce__ = _kill_elsewhere


class Unsendable(str):
    """Article text that cannot be pickled, so never reaches a worker process."""

    def __reduce__(self):
        raise TypeError("this text cannot be pickled")


def stories() -> list[object]:
    return [
        FLOOD,
        {"id": "fire", "documents": FIRE, "query": "smoke and schools"},
        [],  # no articles
        FERRY,
        {"documents": FIRE[1:], "seen": FIRE[:1]},
        "one string is not a story",
        {"documents": FRENCH, "language": "ignored key"},
        {"id": "no documents"},
    ]


def as_comparable(result: object) -> object:
    if isinstance(result, Brief):
        return result.to_dict()
    return (type(result).__name__, str(result))


def test_every_story_gets_its_outcome_in_input_order():
    results = list(summarize_many(stories(), jobs=1, max_sentences=2))
    assert len(results) == 8
    assert results[0].to_dict() == summarize(FLOOD, max_sentences=2).to_dict()
    assert results[1].query == "smoke and schools"
    assert isinstance(results[2], EmptyInputError)
    assert isinstance(results[5], InputError) and "story 6" in str(results[5])
    assert isinstance(results[7], InputError)
    assert 'story 8: a story needs a "documents" list' in str(results[7])
    seen_brief = results[4]
    assert all(s.text not in FIRE[0] for s in seen_brief.sentences)


def test_a_pool_gives_exactly_what_one_process_gives():
    many = stories() * 3  # more than one chunk, so both workers have work
    serial = [as_comparable(r) for r in summarize_many(many, jobs=1, max_sentences=2)]
    pooled = [as_comparable(r) for r in summarize_many(many, jobs=2, max_sentences=2)]
    assert pooled == serial


def test_stories_are_read_as_work_is_needed_not_all_at_once():
    pulled = []

    def endless():
        while True:
            pulled.append(1)
            yield FLOOD

    results = summarize_many(endless(), jobs=2, max_sentences=1)
    first = next(results)
    assert isinstance(first, Brief)
    assert len(pulled) <= (WINDOW * 2 + 1) * CHUNK  # the window, never the input
    results.close()

    pulled.clear()
    serial = summarize_many(endless(), jobs=1, max_sentences=1)
    next(serial)
    assert len(pulled) == 1


@pytest.mark.parametrize("jobs", [0, -2, 1.5, True, "2"])
def test_jobs_out_of_range_is_refused_at_once(jobs):
    with pytest.raises(OptionError, match="1 or more"):
        summarize_many([FLOOD], jobs=jobs)


def test_jobs_default_to_every_core():
    assert check_jobs(None) == cores() >= 1
    assert check_jobs(3) == 3


def test_a_setting_out_of_range_is_refused_at_once():
    with pytest.raises(OptionError):
        summarize_many([FLOOD], max_words=-1)


def test_an_unexpected_error_fails_its_story_alone(monkeypatch):
    from summarize.run import story as story_module

    real = story_module.summarize

    def flaky(documents, *args, **kwargs):
        if documents[0].text == FERRY[0]:
            raise KeyError("a defect")
        return real(documents, *args, **kwargs)

    monkeypatch.setattr(story_module, "summarize", flaky)
    results = list(summarize_many([FLOOD, FERRY, FIRE], jobs=1, max_sentences=1))
    assert isinstance(results[0], Brief) and isinstance(results[2], Brief)
    assert isinstance(results[1], StoryError)
    assert str(results[1]) == (
        "story 2: unexpected error (KeyError('a defect')); please report this story"
    )


def test_a_story_that_kills_its_worker_fails_alone():
    many = [FLOOD, FIRE, [Deadly(FERRY[0])], FERRY] * 2 + [FLOOD] * 20
    results = list(summarize_many(many, jobs=2, max_sentences=1))
    assert len(results) == len(many)
    for index, result in enumerate(results):
        if index in (2, 6):
            assert isinstance(result, StoryError)
            assert str(result) == f"story {index + 1}: {parallel.DIED}"
        else:
            expected = summarize(many[index], max_sentences=1)
            assert result.to_dict() == expected.to_dict()


def test_a_worker_killed_mid_run_loses_nothing():
    killed = []

    def feed():
        for number in range(60):
            if number == 30:
                victim = multiprocessing.active_children()[0]
                os.kill(victim.pid, signal.SIGKILL)
                killed.append(victim.pid)
            yield FIRE if number % 2 else FLOOD

    results = list(summarize_many(feed(), jobs=2, max_sentences=1))
    assert killed and len(results) == 60
    flood, fire = summarize(FLOOD, max_sentences=1), summarize(FIRE, max_sentences=1)
    for number, result in enumerate(results):
        assert result.to_dict() == (fire if number % 2 else flood).to_dict()


def test_workers_fork_only_where_no_other_thread_runs(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert parallel._context().get_start_method() == "fork"
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert parallel._context().get_start_method() == "forkserver"
    # and such workers do the same work
    results = list(summarize_many([FLOOD, FIRE] * 3, jobs=2, max_sentences=1))
    assert [r.to_dict() for r in results] == [
        summarize(story, max_sentences=1).to_dict() for story in [FLOOD, FIRE] * 3
    ]


def summarize_records(lines, options, backend=None):
    """Each JSON line's record and whether it failed, as the command line runs them."""
    stories = read_stories(enumerate(lines, start=1), Defaults(options), lines=True)
    return [(done.to_json(), done.failed) for done in outcomes(stories, backend)]


def test_records_on_a_pool_are_the_records_of_one_process():
    lines = [
        json.dumps({"id": "a", "documents": FLOOD}),
        "",
        "{not json",
        json.dumps({"id": "b", "documents": []}),
        json.dumps({"id": "c", "documents": FIRE, "query": "smoke"}),
    ] * 5
    options = Options(max_sentences=2)
    serial = summarize_records(lines, options)
    with Processes(2) as pool:
        pooled = summarize_records(lines, options, backend=pool)
    assert pooled == serial
    assert len(serial) == 20  # blank lines give nothing
    assert [failed for _, failed in serial[:4]] == [False, True, True, False]
    assert json.loads(serial[1][0])["line"] == 3


def test_a_line_that_kills_its_worker_is_a_record_with_its_id():
    lines = [{"id": n, "documents": FLOOD} for n in range(30)]
    lines[3] = {"id": 3, "documents": [Deadly(FLOOD[0]), *FLOOD[1:]]}
    options = Options(max_sentences=1)
    with Processes(2) as pool:
        records = summarize_records(lines, options, backend=pool)
    assert len(records) == 30
    assert [json.loads(r)["id"] for r, _ in records] == list(range(30))
    serial = summarize_records(lines[4:], options)
    assert [json.loads(r)["brief"] for r, _ in records[4:]] == [
        json.loads(r)["brief"] for r, _ in serial
    ]
    record, failed = records[3]
    assert failed
    assert json.loads(record) == {
        "id": 3,
        "line": 4,
        "error": f"line 4: {parallel.DIED}",
        "error_type": "StoryError",
    }


def test_a_story_that_cannot_reach_a_worker_fails_alone():
    many = [FLOOD, (text for text in FIRE), {"documents": FIRE, "extra": iter([])}, FERRY]
    serial = [as_comparable(r) for r in summarize_many(many, jobs=1, max_sentences=1)]
    many = [FLOOD, (text for text in FIRE), {"documents": FIRE, "extra": iter([])}, FERRY]
    pooled = [as_comparable(r) for r in summarize_many(many, jobs=2, max_sentences=1)]
    assert pooled == serial
    assert serial[1][0] == "InputError" and "a story is a list of articles" in serial[1][1]
    assert serial[2] == as_comparable(summarize(FIRE, max_sentences=1))  # extra keys ignored
    results = list(summarize_many([FLOOD, [Unsendable(FIRE[0])], FERRY], jobs=2, max_sentences=1))
    assert [type(r).__name__ for r in results] == ["Brief", "StoryError", "Brief"]
    assert str(results[1]) == (
        "story 2: it could not be run in a worker process "
        "(TypeError('this text cannot be pickled'))"
    )


def test_outcomes_come_as_soon_as_the_first_stories_are_done():
    """A slow trickle of stories is not held back until the window fills."""
    import time

    def trickle():
        yield FLOOD
        time.sleep(1.0)  # the first story is done long before the next arrives
        yield FIRE

    results = summarize_many(trickle(), jobs=2, max_sentences=1)
    first = next(results)
    assert isinstance(first, Brief)
    results.close()


def test_an_input_that_fails_midway_still_gives_what_was_read():
    def failing():
        for number in range(40):
            if number == 30:
                raise OSError("the source went away")
            yield FLOOD

    got = []
    with pytest.raises(OSError, match="the source went away"):
        for result in summarize_many(failing(), jobs=2, max_sentences=1):
            got.append(result)
    assert len(got) == 30 and all(isinstance(r, Brief) for r in got)


def test_too_many_jobs_are_refused():
    with pytest.raises(OptionError, match="more only take turns on the cores"):
        summarize_many([FLOOD], jobs=cores() * MAX_PER_CORE + 1)


SCRIPT = """
import sys, threading, time
sys.path.insert(0, {root!r})
from summarize import summarize_many
if {thread}:  # with a thread running, workers start from a fresh interpreter
    threading.Thread(target=threading.Event().wait, daemon=True).start()
story = ["The dam failed on Sunday night. Water flooded the lower town within an hour."]
{body}
"""


def run_script(tmp_path, body, *, thread=True):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "script.py"
    root = str(Path(__file__).resolve().parent.parent)
    path.write_text(SCRIPT.format(root=root, body=body, thread=thread), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_a_script_without_the_main_guard_is_told_what_to_do(tmp_path):
    # The workers start from a fresh interpreter (a thread runs), which runs
    # this script again, whose own call then fails: the worker dies at start.
    process = run_script(tmp_path, "list(summarize_many([story] * 4, jobs=2))")
    _, err = process.communicate(timeout=120)
    assert process.returncode != 0
    assert "OptionError: the worker processes could not start" in err
    assert 'call summarize_many under `if __name__ == "__main__":`' in err


def test_workers_do_not_outlive_a_main_process_killed_outright(tmp_path):
    body = """
import multiprocessing
if __name__ == "__main__":
    def endless():
        while True:
            yield story
    results = summarize_many(endless(), jobs=2)
    next(results)
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    time.sleep(60)
"""
    process = run_script(tmp_path, body, thread=False)  # workers forked from the main process
    pids = [int(pid) for pid in process.stdout.readline().split()]
    assert pids
    process.kill()
    process.wait()
    import time

    for _ in range(100):
        alive = [pid for pid in pids if _alive(pid)]
        if not alive:
            break
        time.sleep(0.1)
    assert not alive, f"workers {alive} outlived their main process"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
