"""The query and update benchmark runs end to end on stories of our own, every ablation included."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .stories import FIRE, FIRE_NEXT, FLOOD

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def focus(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import focus

    return focus


def test_every_row_of_the_focus_benchmark_scores(focus, tmp_path, capsys):
    stories = [
        {
            "id": "fire-1",
            "documents": FIRE,
            "query": "smoke and schools",
            "summaries": ["Smoke closed the schools after the wildfire destroyed 35 homes."],
        },
        {
            "id": "fire-2",
            "documents": FIRE_NEXT,
            "query": "cause of the fire",
            "seen": FIRE,
            "summaries": ["Investigators found a broken insulator started the fire."],
        },
        {"id": "flood", "documents": FLOOD, "query": "shelter", "summary": "A school gym."},
    ]
    data = tmp_path / "stories.jsonl"
    data.write_text("\n".join(json.dumps(s) for s in stories), encoding="utf-8")
    assert focus.main(["--data", str(data), "--words", "40", "--ablation"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    names = [row.split(" | ")[0][2:] for row in rows[1:]]
    assert names[:5] == [
        "lead",
        "ours, generic",
        "ours, seen",
        "ours, query",
        "ours, query and seen",
    ]
    # every ablation of the query and of the seen articles, and the paragraph weight
    assert len(names) == 5 + 6 + 1
    assert "ours, a unit inside a paragraph worth as much as one that opens it" in names
    refused = {}
    for row in rows[1:]:
        cells = [float(cell) for cell in row.strip("| ").split(" | ")[1:]]
        assert all(0 <= value <= 100 for value in cells)
        refused[row.split(" | ")[0][2:]] = cells[4]
    # the second story's question finds only what its seen articles said
    assert refused["ours, query and seen"] == 1 and refused["ours, generic"] == 0


def test_a_story_file_of_one_story_is_refused(focus, tmp_path, capsys):
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({"documents": FLOOD, "summary": "x"}), encoding="utf-8")
    with pytest.raises(SystemExit):
        focus.main(["--data", str(data)])
    assert "at least two stories" in capsys.readouterr().err
    assert "focus" in sys.modules


def test_the_multilingual_benchmark_times_and_scores_every_script(monkeypatch, tmp_path, capsys):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import languages as benchmark

    from .languages import STORIES, story

    lines = []
    for name in ("arabic", "chinese", "english"):
        summary = STORIES[name][1][0]
        lines.append({"id": name, "documents": story(name), "summary": summary, "language": name})
    lines.append({"id": "auto", "documents": story("hindi"), "summary": STORIES["hindi"][1][0]})
    data = tmp_path / "stories.jsonl"
    data.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    argv = ["--data", str(data), "--words", "30", "--repeats", "1", "--only", "ar", "zh"]
    assert benchmark.main(argv) == 0
    out = capsys.readouterr().out
    speed = [line.split(" | ")[0][2:] for line in out.splitlines() if line.startswith("| ")]
    assert speed[:3] == ["language", "arabic", "chinese"]
    scored = {}
    for line in out.splitlines():
        cells = line.strip("| ").split(" | ")
        if len(cells) == 8 and cells[2] in ("ours", "lead"):
            scored[(cells[0], cells[2])] = float(cells[3])
    assert {language for language, _ in scored} == {"arabic", "chinese", "english", "hindi"}
    # the every-script tokenizer scores Arabic and Chinese, which rouge-score's own reads as empty
    assert scored[("arabic", "ours")] > 0 and scored[("chinese", "lead")] > 0


def test_the_every_script_tokenizer_keeps_each_script():
    sys.path.insert(0, str(BENCHMARKS))
    from languages import EveryScript, truncate

    assert EveryScript(english=False).tokenize("Вела, वेला؟ 大桥") == ["вела", "वेला", "大", "桥"]
    assert EveryScript(english=True).tokenize("Bridges opened") == ["bridg", "open"]
    assert truncate(["大桥通车了。", "Rain fell."], 3) == ["大桥通"]


def test_the_quality_benchmark_reads_labels_and_runs_every_ablation(monkeypatch, tmp_path, capsys):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import quality

    from summarize import summarize

    clusters = [
        {"id": "flood", "documents": FLOOD, "summary": "The river flooded the market square."},
        {"id": "fire", "documents": FIRE, "summary": "Smoke closed the schools."},
    ]
    data = tmp_path / "clusters.jsonl"
    data.write_text("\n".join(json.dumps(c) for c in clusters), encoding="utf-8")
    # every sentence of the flood brief read as story but one, read as a caption
    picked = [s.text for s in summarize(FLOOD, max_words=250)]
    labels = tmp_path / "labels.jsonl"
    rows = [{"id": "flood", "text": t, "label": "S"} for t in picked[1:]]
    rows.append({"id": "flood", "text": picked[0], "label": "C"})
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    argv = ["--data", str(data), "--no-baselines", "--ablation", "--labels", str(labels)]
    assert quality.main(argv) == 0
    out = capsys.readouterr().out
    table = [line.strip("| ").split(" | ") for line in out.splitlines() if line.startswith("| ")]
    assert table[0][6:9] == ["furniture %", "unreadable %", "not labelled"]
    default = table[1]
    assert default[0] == "ours (default)"
    # one caption among the labelled sentences of the one labelled cluster
    assert float(default[6]) == round(100 / len(picked), 1) and default[7:9] == ["0.0", "0"]
    names = [row[0] for row in table[1:]]
    assert "ours, every sentence its own unit (no quotation or pointing-back units)" in names
    assert "ours, no agreement: every article's jump alike" in names
    assert "ours, a unit inside a paragraph worth as much as one that opens it" in names
    assert len(names) == 1 + 8 + 7
    from summarize.stages import units

    assert (units.UNIT_DAMPING, units.MOST_JOINED) == (0.75, 2)  # every part put back


def test_readings_keep_labels_without_text_and_score_them(monkeypatch, tmp_path, capsys):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import quality
    import readings

    from summarize import summarize

    data = tmp_path / "clusters.jsonl"
    cluster = {"id": "flood", "documents": FLOOD, "summary": "The river flooded the market."}
    data.write_text(json.dumps(cluster), encoding="utf-8")
    picked = [s.text for s in summarize(FLOOD, max_words=250)]
    # the shared labels read one sentence; the run writes out the others
    shared = tmp_path / "shared.jsonl"
    shared.write_text(json.dumps({"id": "flood", "text": picked[0], "label": "S"}), "utf-8")
    unlabelled = tmp_path / "unlabelled.jsonl"
    argv = ["--data", str(data), "--no-baselines", "--labels", str(shared)]
    assert quality.main([*argv, "--unlabelled", str(unlabelled)]) == 0
    todo = [json.loads(line) for line in unlabelled.read_text("utf-8").splitlines()]
    assert [t["text"] for t in todo] == picked[1:]

    # a person reads them: the first is a caption, the rest story
    labelled = tmp_path / "labelled.jsonl"
    rows = [{**t, "label": "C" if i == 0 else "S"} for i, t in enumerate(todo)]
    labelled.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    kept = tmp_path / "readings.jsonl"
    assert readings.main([str(labelled), "--to", str(kept)]) == 0
    stored = kept.read_text("utf-8")
    assert all(text not in stored for text in picked)
    assert len(stored.splitlines()) == len(picked) - 1

    # read again with another label: the first reading stays
    labelled.write_text(json.dumps({**todo[0], "label": "S"}), encoding="utf-8")
    assert readings.main([str(labelled), "--to", str(kept)]) == 0
    assert kept.read_text("utf-8") == stored
    assert "1 read again" in capsys.readouterr().out

    assert quality.main([*argv, "--labels", str(kept)]) == 0
    out = capsys.readouterr().out
    default = next(line for line in out.splitlines() if line.startswith("| ours (default)"))
    cells = default.strip("| ").split(" | ")
    assert cells[4:7] == [f"{100 / len(picked):.1f}", "0.0", "0"]  # one cluster: no halves


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ({"id": "flood", "text": "A sentence."}, "labelled.jsonl:1: need an id, a text"),
        ({"id": "flood", "text": "  ", "label": "S"}, "need an id, a text and a label"),
        ({"id": 7, "text": "A sentence.", "label": "S"}, "need an id, a text and a label"),
        ({"id": "flood", "text": None, "label": "S"}, "need an id, a text and a label"),
        ({"id": "flood", "text": "A sentence.", "label": ["S"]}, "need an id, a text and a label"),
        (["flood", "A sentence.", "S"], "labelled.jsonl:1: not a JSON object"),
        ('{"id": "flood",', "labelled.jsonl:1: not JSON"),
    ],
)
def test_readings_refuse_a_bad_line_and_keep_the_file(monkeypatch, tmp_path, capsys, line, says):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import readings

    labelled = tmp_path / "labelled.jsonl"
    text = line if isinstance(line, str) else json.dumps(line)
    labelled.write_text(text + "\n", encoding="utf-8")
    kept = tmp_path / "readings.jsonl"
    kept.write_text('{"id": "fire", "sha1": "ab", "label": "S"}\n', encoding="utf-8")
    assert readings.main([str(labelled), "--to", str(kept)]) == 2
    assert says in capsys.readouterr().err
    assert kept.read_text("utf-8") == '{"id": "fire", "sha1": "ab", "label": "S"}\n'


def test_readings_refuse_a_damaged_readings_file_and_a_missing_input(monkeypatch, tmp_path, capsys):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import readings

    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(json.dumps({"id": "a", "text": "A b.", "label": "S"}), "utf-8")
    kept = tmp_path / "readings.jsonl"
    kept.write_text("not json\n", encoding="utf-8")
    assert readings.main([str(labelled), "--to", str(kept)]) == 2
    assert "readings.jsonl:1: not JSON" in capsys.readouterr().err
    assert kept.read_text("utf-8") == "not json\n"
    assert readings.main([str(tmp_path / "absent.jsonl"), "--to", str(tmp_path / "new")]) == 2
    assert "absent.jsonl" in capsys.readouterr().err and not (tmp_path / "new").exists()


def test_unlabelled_needs_labels(monkeypatch, tmp_path, capsys):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import quality

    with pytest.raises(SystemExit) as exit_:
        quality.main(["--data", str(tmp_path / "x.jsonl"), "--unlabelled", str(tmp_path / "u")])
    assert exit_.value.code == 2
    assert "--unlabelled needs --labels" in capsys.readouterr().err
