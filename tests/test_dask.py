"""Stories on a Dask cluster the tests start on 127.0.0.1: the same records as one process."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import threading

import pytest

dask = pytest.importorskip("dask", reason="the Dask extra is not installed")
import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from summarize import OptionError, Options  # noqa: E402
from summarize.cli import EXIT_INPUT, EXIT_USAGE, main  # noqa: E402
from summarize.dask import summarize_bag  # noqa: E402
from summarize.errors import ClusterError  # noqa: E402
from summarize.language import resources  # noqa: E402
from summarize.run.dask import DaskBackend  # noqa: E402
from summarize.run.pool import DIED, outcomes  # noqa: E402
from summarize.run.story import Defaults, read_stories  # noqa: E402

from .stories import FERRY, FIRE, FLOOD  # noqa: E402
from .test_pool import Deadly  # noqa: E402


def local_cluster(**config):
    with dask.config.set(config):
        return LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            silence_logs=50,
        )


@pytest.fixture(scope="module")
def client():
    with local_cluster() as cluster, Client(cluster) as client:
        yield client


def lines(count=24):
    out = [json.dumps({"id": n, "documents": FLOOD if n % 2 else FIRE}) for n in range(count)]
    out[2] = '{"id": 2, "documents": '
    out[5] = json.dumps({"id": 5, "documents": [], "query": "x"})
    out[6] = json.dumps({"id": 6, "documents": FERRY, "query": "ferry engine"})
    return out


def summarize_records(numbered, options, backend=None):
    """Each numbered JSON line's record and whether it failed, as the command line runs them."""
    stories = read_stories(numbered, Defaults(options), lines=True)
    return [(done.to_json(), done.failed) for done in outcomes(stories, backend)]


def main_within(argv, seconds):
    """The exit codes of ``main(argv)`` run on a thread given ``seconds``: [] if it hung."""
    codes = []
    runner = threading.Thread(target=lambda: codes.append(main(argv)), daemon=True)
    runner.start()
    runner.join(seconds)
    return codes


def serial_records(items, options):
    return [json.loads(text) for text, _ in summarize_records(enumerate(items, 1), options)]


def test_a_bag_gives_the_records_of_the_command_line(client, tmp_path):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines()) + "\n\n", encoding="utf-8")
    options = Options(max_sentences=2)
    records = summarize_bag(db.read_text(str(path)), options).compute()
    assert records == serial_records(lines(), options)
    assert len(records) == 24  # one per story line; the blank line gives none
    assert records[2]["line"] == 3 and records[2]["error_type"] == "InputError"


def test_bag_records_are_ready_for_to_textfiles(client, tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines(10)) + "\n", encoding="utf-8")
    records = summarize_bag(db.read_text(str(path)), max_sentences=1)
    lines_out = records.map(json.dumps, ensure_ascii=False)
    lines_out.to_textfiles(str(tmp_path / "out" / "*.jsonl"), last_endline=True)
    main([str(path), "-n", "1", "--jobs", "1"])
    written = (tmp_path / "out" / "0.jsonl").read_text(encoding="utf-8")
    assert written == capsys.readouterr().out


def test_a_bag_takes_mappings_and_lists_of_articles_too(client):
    items = [FLOOD, {"id": "f", "documents": FIRE, "query": "smoke"}, [], "not json", 7]
    records = summarize_bag(db.from_sequence(items, npartitions=2), max_sentences=1).compute()
    assert len(records) == len(items)
    assert records[0]["brief"]["sentences"] and records[1]["brief"]["query"] == "smoke"
    assert records[1]["id"] == "f"
    assert [r.get("error_type") for r in records[2:]] == [
        "EmptyInputError",
        "InputError",
        "InputError",
    ]
    assert "a story is a list of articles" in records[4]["error"]


def test_a_bad_setting_is_refused_before_any_task(client):
    with pytest.raises(OptionError, match="max_words"):
        summarize_bag(db.from_sequence([FLOOD]), max_words=0)


def test_the_command_line_runs_on_a_running_scheduler(client, tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines(40)) + "\n", encoding="utf-8")
    assert main([str(path), "-n", "1", "--jobs", "1"]) == EXIT_INPUT
    expected = capsys.readouterr().out
    address = client.scheduler.address
    assert main([str(path), "-n", "1", "--dask", address]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == expected
    assert err == "Error: 2 of 40 stories failed; their lines hold the reason\n"


def test_language_resources_load_once_per_worker(client, tmp_path):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines(40)) + "\n", encoding="utf-8")
    client.run(resources._load.cache_clear)
    summarize_bag(db.read_text(str(path), blocksize=2000), max_sentences=1).compute()
    loads = client.run(lambda: resources._load.cache_info().misses)
    assert sorted(loads.values()) in ([1, 1], [0, 1])  # once per worker that ran a story


def test_dask_local_starts_and_stops_its_own_cluster(tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines(12)) + "\n", encoding="utf-8")
    main([str(path), "-n", "1", "--jobs", "1"])
    expected = capsys.readouterr().out
    assert main([str(path), "-n", "1", "--dask", "local", "--jobs", "2"]) == EXIT_INPUT
    assert capsys.readouterr().out == expected


def test_a_worker_killed_mid_run_loses_nothing(tmp_path):
    options = Options(max_sentences=1)
    items = [line.encode() for line in lines(48)]
    expected = list(summarize_records(enumerate(items, 1), options))
    with local_cluster() as cluster, Client(cluster) as own:
        killed = []

        def feed():
            for number, item in enumerate(items, start=1):
                if number == 24:
                    pid = next(iter(own.run(os.getpid).values()))
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                yield number, item

        got = list(summarize_records(feed(), options, backend=DaskBackend(own)))
    assert killed
    assert got == expected


def test_a_story_that_kills_its_workers_fails_alone():
    options = Options(max_sentences=1)
    items = [line.encode() for line in lines(12)]
    expected = list(summarize_records(enumerate(items, 1), options))
    items[8] = {"id": 8, "documents": [Deadly(FLOOD[0]), *FLOOD[1:]]}
    with (
        local_cluster(**{"distributed.scheduler.allowed-failures": 1}) as cluster,
        Client(cluster) as own,
    ):
        got = list(summarize_records(enumerate(items, 1), options, backend=DaskBackend(own)))
    assert len(got) == 12
    assert got[:8] == expected[:8] and got[9:] == expected[9:]
    record, failed = got[8]
    assert failed
    assert json.loads(record) == {
        "id": 8,
        "line": 9,
        "error": f"line 9: {DIED}",
        "error_type": "StoryError",
    }


@pytest.mark.parametrize("listening", [False, True], ids=["nothing there", "a silent peer"])
def test_a_scheduler_that_does_not_answer_fails_within_the_timeout(tmp_path, capsys, listening):
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"id": 1, "documents": FLOOD}) + "\n", encoding="utf-8")
    with socket.socket() as peer:  # nothing listens, or it accepts and never answers
        peer.bind(("127.0.0.1", 0))
        port = peer.getsockname()[1]
        if listening:
            peer.listen()
        else:
            peer.close()
        argv = [str(path), "--dask", f"tcp://127.0.0.1:{port}", "--timeout", "2"]
        codes = main_within(argv, 60)
    assert codes == [EXIT_INPUT], "the command hung instead of giving up"
    err = capsys.readouterr().err
    assert f"no Dask scheduler answered at tcp://127.0.0.1:{port} within 2 s" in err


def test_dask_without_the_extra_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"id": 1, "documents": FLOOD}) + "\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    assert main([str(path), "--dask", "local"]) == EXIT_USAGE
    assert "--dask needs the Dask extra: pip install 'summarize[dask]'" in capsys.readouterr().err


def test_a_scheduler_lost_mid_run_is_a_clear_error_not_a_hang():
    options = Options(max_sentences=1)
    items = [line.encode() for line in lines(200)]
    cluster = local_cluster()
    own = Client(cluster.scheduler_address, timeout=3)
    errors = []

    def feed():
        for number, item in enumerate(items, start=1):
            if number == 100:
                cluster.close()
            yield number, item

    def run():
        try:
            list(summarize_records(feed(), options, backend=DaskBackend(own)))
        except ClusterError as error:
            errors.append(error)

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    runner.join(120)
    own.close()
    assert errors, "the run hung or ended without an error"
    assert "lost the Dask cluster mid-run" in str(errors[0])


def test_a_scheduler_without_workers_is_a_clear_error_not_a_hang(tmp_path, capsys):
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"id": 1, "documents": FLOOD}) + "\n", encoding="utf-8")
    with dask.config.set({}):
        empty = LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=":0", silence_logs=50)
    argv = [str(path), "--dask", empty.scheduler_address, "--timeout", "2"]
    codes = main_within(argv, 60)
    empty.close()
    assert codes == [EXIT_INPUT], "the command hung instead of giving up"
    err = capsys.readouterr().err
    assert f"the Dask scheduler at {empty.scheduler_address} has no workers after 2 s" in err


class _Workerless:
    """A client whose workers cannot import summarize, as on a machine without it."""

    def wait_for_workers(self, n, timeout):
        pass

    def scheduler_info(self):
        return {"workers": {"tcp://10.0.0.10:1": {"nthreads": 4}}}

    def run(self, function, *args):
        raise ModuleNotFoundError("No module named 'summarize'")


def test_workers_that_cannot_run_summarize_are_a_clear_error():
    with pytest.raises(ClusterError, match=r"the Dask workers cannot run summarize \(No module"):
        DaskBackend(_Workerless())
