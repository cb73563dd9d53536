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
    assert len(names) == 5 + 6  # every ablation of the query and of the seen articles
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
