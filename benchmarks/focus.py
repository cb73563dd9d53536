"""Query and update benchmark: ROUGE recall of briefs that answer a query and say what is new.

Usage::

    python benchmarks/focus.py --data stories.jsonl --words 250 [--ablation]

Each line of the data is one story::

    {"id": ..., "documents": [str, ...], "query": str, "seen": [str, ...],
     "summaries": [str, ...]}

``query`` and ``seen`` are optional (a story without ``seen`` is a first
batch); ``summaries`` holds one or more human summaries (``"summary": str``
is taken as one). The data is read from its path and never part of the
project.

Protocol: every system gets the same word budget; an output is cut to its
first ``--words`` white-space words and scored against each human summary
with ``rouge-score`` (Porter stemmer), ROUGE-1 and ROUGE-2 recall, averaged
over the summaries of the story, then over the stories. Recall, as the DUC
evaluations report, since every system has the same length. Systems:

- lead: the first sentence of each article in turn, then the second, ...;
- ours without query or seen articles (the generic brief);
- ours with the story's query; ours with the query and the seen articles;
  ours with the seen articles alone (where stories have them).

A story our brief refuses (no sentence with a word of the query, or nothing
new since the seen articles) scores 0 and counts in the ``refused`` column.

``--ablation`` adds ours with query and seen (what the stories carry) and one
part of the query or novelty design switched off; some parts have no option,
and are switched off here by replacing one function of the pipeline for the
run. Scores are printed for the whole file and for each half of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

import numpy as np
from quality import lead, truncate
from rouge_score import rouge_scorer

import summarize.api as api
from summarize import Options, SummarizeError, summarize
from summarize.language import load_language
from summarize.stages.rank import decay_for

METRICS = ("rouge1", "rouge2")


@dataclass(frozen=True)
class Story:
    id: str
    documents: list[str]
    summaries: list[str]
    query: str | None = None
    seen: list[str] = field(default_factory=list)


# A system: a story in, brief sentences out.
System = Callable[[Story], list[str]]


def load_stories(path: Path, limit: int | None) -> list[Story]:
    """Stories from a JSONL file (see the module docstring)."""
    stories = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            summaries = record.get("summaries") or [record["summary"]]
            stories.append(
                Story(
                    id=str(record.get("id")),
                    documents=[d for d in record["documents"] if d.strip()],
                    summaries=summaries,
                    query=record.get("query"),
                    seen=record.get("seen") or [],
                )
            )
            if limit is not None and len(stories) >= limit:
                break
    return stories


def ours(words: int, *, query: bool, seen: bool, **settings: Any) -> System:
    """Our brief of ``words`` words, with the story's query and seen articles as asked."""
    options = Options(max_words=words, **settings)

    def run(story: Story) -> list[str]:
        brief = summarize(
            story.documents,
            options,
            query=story.query if query else None,
            seen=story.seen if seen else (),
        )
        return [s.text for s in brief]

    return run


def lead_system(words: int) -> System:
    first = lead(load_language("english"))

    def run(story: Story) -> list[str]:
        return truncate(first(story.documents), words)

    return run


@contextmanager
def replaced(name: str, value: Any) -> Iterator[None]:
    """``summarize.api.<name>`` replaced by ``value`` for the duration."""
    original = getattr(api, name)
    setattr(api, name, value)
    try:
        yield
    finally:
        setattr(api, name, original)


def _jump_without(part: str) -> Callable[..., np.ndarray]:
    """The jump weights with relevance or novelty left out, position decided as usual."""
    original = api.jump_weights

    def jump(
        table: Any, decay: Any, *, relevance: Any = None, seen: Any = None, agreement: Any = None
    ) -> Any:
        # the position rule the full design would apply, decided before a part goes
        decay = decay_for(decay, query=relevance is not None, seen=seen is not None)
        return original(
            table,
            decay,
            relevance=None if part == "relevance" else relevance,
            seen=None if part == "seen" else seen,
            agreement=agreement,
        )

    return jump


def _select_without(part: str) -> Callable[..., tuple[int, ...]]:
    """The selection with the relevance filter, or the seen penalty, left out."""
    original = api.choose

    def choose(table: Any, scores: Any, vectors: Any, budget: Any, **kwargs: Any) -> Any:
        if part == "allowed":  # relevant or not; restatements of seen sentences stay out
            seen = kwargs.get("seen")
            kwargs["allowed"] = None if seen is None else seen <= Options().seen_redundancy
        if part == "seen penalty":  # restatements stay out: the nodes allowed leave them out
            kwargs["seen"] = None
        return original(table, scores, vectors, budget, **kwargs)

    return choose


def ablations(
    words: int, *, query: bool, seen: bool
) -> dict[str, tuple[System, tuple[str, Any] | None]]:
    """Ours with query and seen, one part of their design switched off in each.

    Only the parts that the data exercises: those of the query where stories
    have one, those of the seen articles where some have them.
    """
    full = ours(words, query=True, seen=True)
    parts = {
        "ours, position prior kept with a query (position_decay=5)": (
            ours(words, query=True, seen=True, position_decay=5.0),
            None,
        ),
        "ours, relevance not in the jump": (full, ("jump_weights", _jump_without("relevance"))),
        "ours, any sentence may be chosen, relevant or not": (
            full,
            ("choose", _select_without("allowed")),
        ),
        "ours, novelty not in the jump": (full, ("jump_weights", _jump_without("seen"))),
        "ours, restatements of seen sentences allowed (seen_redundancy=1)": (
            ours(words, query=True, seen=True, seen_redundancy=1.0),
            None,
        ),
        "ours, closeness to seen sentences not penalised in MMR": (
            full,
            ("choose", _select_without("seen penalty")),
        ),
        "ours, a unit inside a paragraph worth as much as one that opens it": (
            full,
            ("by_paragraph", _scores_without_paragraphs),
        ),
    }
    about_query = list(parts)[:3]
    about_both = list(parts)[-1:]
    return {
        name: system
        for name, system in parts.items()
        if name in about_both or (query if name in about_query else seen)
    }


def _scores_without_paragraphs(scores: Any, opens: Any) -> Any:
    """Unit scores as if every unit opened its paragraph."""
    return scores


def score(system: System, stories: Sequence[Story], words: int) -> list[dict[str, float]]:
    """Each story's recall; a story the system refuses (nothing relevant or new) scores 0."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows = []
    for story in stories:
        try:
            output = "\n".join(truncate(system(story), words))
        except SummarizeError:
            rows.append({**dict.fromkeys(METRICS, 0.0), "refused": 1.0})
            continue
        results = [scorer.score(summary, output) for summary in story.summaries]
        rows.append({m: 100 * mean(r[m].recall for r in results) for m in METRICS})
    return rows


def table(rows: list[tuple[str, list[dict[str, float]], float]]) -> str:
    header = "| system | R-1 | R-2 | R-2 half A | R-2 half B | refused | seconds |"
    lines = [header, "|" + "---|" * (header.count("|") - 1)]
    for name, scores, seconds in rows:
        middle = len(scores) // 2
        cells = [f"{mean(s[m] for s in scores):.2f}" for m in METRICS]
        cells += [
            f"{mean(s['rouge2'] for s in part):.2f}" for part in (scores[:middle], scores[middle:])
        ]
        cells.append(str(sum("refused" in s for s in scores)))
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {seconds:.1f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL of stories")
    parser.add_argument("--words", type=int, default=250, help="the word budget [250]")
    parser.add_argument("--limit", type=int, help="only the first N stories")
    parser.add_argument("--ablation", action="store_true", help="also score each ablation")
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="JSON",
        help="also score ours with query and seen and these settings, e.g. '{\"diversity\": 0.4}'",
    )
    args = parser.parse_args(argv)
    stories = load_stories(args.data, args.limit)
    if len(stories) < 2:
        parser.error("the data needs at least two stories")
    has_query = all(s.query for s in stories)
    has_seen = any(s.seen for s in stories)
    words = args.words
    systems: dict[str, tuple[System, tuple[str, Any] | None]] = {
        "lead": (lead_system(words), None),
        "ours, generic": (ours(words, query=False, seen=False), None),
    }
    if has_seen:
        systems["ours, seen"] = (ours(words, query=False, seen=True), None)
    if has_query:
        systems["ours, query"] = (ours(words, query=True, seen=False), None)
    if has_query and has_seen:
        systems["ours, query and seen"] = (ours(words, query=True, seen=True), None)
    if args.ablation:
        systems.update(ablations(words, query=has_query, seen=has_seen))
    for variant in args.variant:
        settings = json.loads(variant)
        systems[f"ours, {variant}"] = (ours(words, query=True, seen=True, **settings), None)

    rows = []
    for name, (system, replacement) in systems.items():
        started = time.perf_counter()
        if replacement is None:
            scores = score(system, stories, words)
        else:
            with replaced(*replacement):
                scores = score(system, stories, words)
        rows.append((name, scores, time.perf_counter() - started))
        print(f"  scored {name} in {rows[-1][2]:.1f}s", file=sys.stderr)
    print(
        f"{len(stories)} stories from {args.data.name}, budget {words} words, "
        "ROUGE recall x 100 (mean over each story's human summaries)"
    )
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
