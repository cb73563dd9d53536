"""Quality benchmark: ROUGE of our briefs beside lead, sumy LexRank and sumy TextRank.

Usage::

    python benchmarks/quality.py --data ../shared/data/multinews-dev.jsonl

Protocol: every system gets the same 250-word budget and the same sentence
splitter and word tokenizer (ours: Punkt from the installed model, a Unicode
word pattern). Each output is cut to its first 250 white-space words, one
sentence a line, and scored against the human summary with ``rouge-score``
(F1, Porter stemmer): ROUGE-1, ROUGE-2 and ROUGE-Lsum. Baselines:

- lead: the first sentence of each article in turn, then the second, and so on;
- sumy LexRank and sumy TextRank on the articles joined into one text, their
  sentences taken best-rated first until the budget is full, then put back in
  document order (as sumy returns them).

Scores are printed for the whole file and for each half of it, so a gain that
holds on one half only shows. ``--ablation`` adds our brief with each
component switched off. ``--labels`` (repeatable) reads sentences labelled by
people: the readability labels of ``../shared/tools/readable/``, and
``benchmarks/readings.jsonl``, the brief sentences read since, kept as
digests of their text (see ``readings.py``). It adds each system's shares of
furniture and of unreadable sentences among its labelled brief sentences,
and how many it picked that nobody has labelled; ``--unlabelled FILE``
writes those out to be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

from readings import READINGS, digest, records
from rouge_score import rouge_scorer
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from summarize import Options, summarize
from summarize.language import Language, load_language
from summarize.stages.segment import segment_article

BUDGET = 250
METRICS = ("rouge1", "rouge2", "rougeLsum")

System = Callable[[list[str]], list[str]]


@dataclass(frozen=True)
class Cluster:
    id: str
    documents: list[str]
    summary: str


def load_clusters(path: Path, limit: int | None) -> list[Cluster]:
    """Clusters from a JSONL file of ``{"id", "documents", "summary"}`` lines."""
    clusters = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                documents = [d for d in record["documents"] if d.strip()]
                clusters.append(Cluster(record["id"], documents, record["summary"]))
            if limit is not None and len(clusters) >= limit:
                break
    return clusters


def sentences_of(text: str, language: Language) -> list[str]:
    """The sentences of ``text`` by our segmenter."""
    return [s.text for s in segment_article(text, 0, language)]


def truncate(sentences: Sequence[str], budget: int = BUDGET) -> list[str]:
    """The first ``budget`` white-space words of ``sentences``, sentence breaks kept."""
    kept: list[str] = []
    left = budget
    for sentence in sentences:
        words = sentence.split()
        if left <= 0:
            break
        kept.append(" ".join(words[:left]))
        left -= len(words)
    return kept


def ours(options: Options) -> System:
    def run(documents: list[str]) -> list[str]:
        return [s.text for s in summarize(documents, options, max_words=BUDGET)]

    return run


def lead_sentences(
    per_article: Sequence[Sequence[str]],
    budget: int = BUDGET,
    count: Callable[[str], int] = lambda sentence: len(sentence.split()),
) -> list[str]:
    """The first sentence of each article in turn, then the second, until ``budget`` words."""
    picked: list[str] = []
    words = 0
    for depth in range(max(map(len, per_article), default=0)):
        for sentences in per_article:
            if depth < len(sentences) and words < budget:
                picked.append(sentences[depth])
                words += count(sentences[depth])
    return picked


def lead(language: Language) -> System:
    def run(documents: list[str]) -> list[str]:
        return lead_sentences([sentences_of(d, language) for d in documents])

    return run


class SumyTokenizer:
    """Our sentence splitter and word pattern, in the shape sumy expects."""

    def __init__(self, language: Language) -> None:
        self._language = language
        self.language = language.name

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in self._language.sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._language.words(sentence))


def sumy_system(summarizer_class: Any, language: Language) -> System:
    summarizer = summarizer_class(Stemmer(language.name))
    summarizer.stop_words = get_stop_words(language.name)
    tokenizer = SumyTokenizer(language)

    def fill(infos: list[Any]) -> list[Any]:
        """Best-rated first until the word budget is full (sumy's count hook)."""
        kept, words = [], 0
        for info in infos:
            if words >= BUDGET:
                break
            kept.append(info)
            words += len(str(info.sentence).split())
        return kept

    def run(documents: list[str]) -> list[str]:
        parser = PlaintextParser.from_string("\n\n".join(documents), tokenizer)
        return [str(s) for s in summarizer(parser.document, fill)]

    return run


FURNITURE = ("C", "H", "B")
UNREADABLE = ("F", "U")


@dataclass
class Known:
    """The labels read for one cluster: by sentence text, and by digest of a brief sentence."""

    texts: dict[str, str] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)


Labels = dict[str, Known]


def load_labels(paths: Sequence[Path]) -> Labels:
    """Sentence labels read by people, from every file: ``{cluster id: Known}`` (see ``--labels``).

    A line is ``{"id", "text", "label"}`` or, as in ``readings.jsonl``,
    ``{"id", "sha1", "label"}``; a sentence read twice in the same form keeps
    its first label.
    """
    labels: Labels = {}
    for path in paths:
        for _, record in records(path):
            known = labels.setdefault(str(record["id"]), Known())
            if "sha1" in record:
                known.digests.setdefault(str(record["sha1"]), str(record["label"]))
            else:
                known.texts.setdefault(str(record["text"]).strip(), str(record["label"]))
    return labels


def label_of(text: str, known: Known) -> str:
    """A brief sentence's label, as the readability score reads it.

    Its own label, by its text, else by its digest; else "C", "H" or "B" when
    it holds a sentence labelled so by text (a unit with a caption in it is
    furniture: a digest holds no text to look inside); else "?": not yet read.
    """
    text = text.strip()
    found = known.texts.get(text) or known.digests.get(digest(text))
    if found is not None:
        return found
    parts = {label for part, label in known.texts.items() if len(part) > 20 and part in text}
    return next((label for label in FURNITURE if label in parts), "?")


Unread = dict[tuple[str, str], None]


def score(
    system: System,
    clusters: Sequence[Cluster],
    language: Language,
    labels: Labels | None = None,
    unread: Unread | None = None,
) -> Iterator[dict[str, float]]:
    """Each cluster's ROUGE, and the count of each label among its brief sentences.

    The ``(cluster id, text)`` of each labelled cluster's brief sentence that
    nobody has read is added to ``unread``.
    """
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    for cluster in clusters:
        brief = system(cluster.documents)
        output = "\n".join(truncate(brief))
        reference = "\n".join(sentences_of(cluster.summary, language))
        result = scorer.score(reference, output)
        scores = {metric: 100 * result[metric].fmeasure for metric in METRICS}
        if labels is not None and cluster.id in labels:
            for text in brief:
                found = label_of(text, labels[cluster.id])
                scores[found] = scores.get(found, 0) + 1
                if found == "?" and unread is not None:
                    unread[cluster.id, text.strip()] = None
        yield scores


def evaluate(
    systems: dict[str, System],
    clusters: Sequence[Cluster],
    language: Language,
    labels: Labels | None = None,
    unread: Unread | None = None,
) -> list[tuple[str, list[dict[str, float]], float]]:
    rows = []
    for name, system in systems.items():
        started = time.perf_counter()
        scores = list(score(system, clusters, language, labels, unread))
        rows.append((name, scores, time.perf_counter() - started))
        print(f"  scored {name} in {rows[-1][2]:.1f}s", file=sys.stderr)
    return rows


def readability(scores: list[dict[str, float]]) -> list[str]:
    """Furniture and unreadable shares of the labelled brief sentences, and how many were not."""
    kinds = ("S", *FURNITURE, *UNREADABLE)
    total = {label: sum(s.get(label, 0) for s in scores) for label in kinds}
    labelled = sum(total.values())
    unread = sum(s.get("?", 0) for s in scores)
    return [
        f"{100 * sum(total[k] for k in FURNITURE) / max(labelled, 1):.1f}",
        f"{100 * sum(total[k] for k in UNREADABLE) / max(labelled, 1):.1f}",
        f"{int(unread)}",
    ]


def table(
    rows: list[tuple[str, list[dict[str, float]], float]], halves: bool, labels: bool = False
) -> str:
    header = "| system | R-1 | R-2 | R-Lsum |"
    if halves:
        header += " R-2 half A | R-2 half B |"
    if labels:
        header += " furniture % | unreadable % | not labelled |"
    header += " seconds |"
    lines = [header, "|" + "---|" * (header.count("|") - 1)]
    for name, scores, seconds in rows:
        cells = [f"{mean(s[m] for s in scores):.2f}" for m in METRICS]
        if halves:
            middle = len(scores) // 2
            cells += [
                f"{mean(s['rouge2'] for s in part):.2f}"
                for part in (scores[:middle], scores[middle:])
            ]
        if labels:
            cells += readability(scores)
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {seconds:.1f} |")
    return "\n".join(lines)


def ablations(base: Options) -> dict[str, System]:
    """Our brief with one component changed at a time."""
    changes: dict[str, dict[str, Any]] = {
        "edges: TextRank overlap, not cosine": {"similarity": "overlap"},
        "edges not sharpened": {"edge_power": 1.0},
        "no position prior": {"position_decay": 0.0},
        "edges across articles not weighted up": {"cross_article": 1.0},
        "anatomy not read: every line story (drop_boilerplate=False)": {"drop_boilerplate": False},
        "no standalone filter": {"min_words": 0},
        "no redundancy check": {"redundancy": 1.0},
        "centrality order, no MMR": {"diversity": 0.0},
    }
    systems = {f"ours, {name}": ours(base.replace(**change)) for name, change in changes.items()}
    for name, replaced in _part_ablations().items():
        systems[f"ours, {name}"] = patched(ours(base), replaced)
    return systems


def _part_ablations() -> dict[str, list[tuple[Any, str, Any]]]:
    """Parts without an option, each switched off by replacing one value for the run."""
    from summarize import api
    from summarize.stages import units

    def sentences_alone(sentences: Any, languages: Any) -> tuple[tuple[int, ...], ...]:
        return tuple((index,) for index in range(len(sentences)))

    return {
        "every sentence its own unit (no quotation or pointing-back units)": [
            (api, "units", sentences_alone)
        ],
        "sentences that point back left out, never joined": [(units, "MOST_JOINED", 0)],
        "a unit worth the sum of its sentences (n^0)": [(units, "UNIT_DAMPING", 0.0)],
        "a unit worth its sum over sqrt(n) (n^0.5)": [(units, "UNIT_DAMPING", 0.5)],
        "a unit worth the mean of its sentences (n^1)": [(units, "UNIT_DAMPING", 1.0)],
        "no agreement: every article's jump alike": [(api, "agreement", lambda *_: None)],
        "a unit inside a paragraph worth as much as one that opens it": [
            (units, "INSIDE_PARAGRAPH", 1.0)
        ],
    }


def patched(system: System, replaced: Sequence[tuple[Any, str, Any]]) -> System:
    """``system`` run with each ``(module, name, value)`` replaced, and put back after."""

    def run(documents: list[str]) -> list[str]:
        saved = [(module, name, getattr(module, name)) for module, name, _ in replaced]
        try:
            for module, name, value in replaced:
                setattr(module, name, value)
            return system(documents)
        finally:
            for module, name, value in saved:
                setattr(module, name, value)

    return run


def parse_variant(text: str) -> dict[str, Any]:
    """``"redundancy=0.5,min_words=0"`` as option changes, values typed like the defaults."""
    defaults = Options()
    changes: dict[str, Any] = {}
    for pair in text.split(","):
        name, _, value = pair.partition("=")
        default = getattr(defaults, name.strip(), "")
        if isinstance(default, bool):
            changes[name.strip()] = value.lower() in ("1", "true", "yes")
            continue
        kind = int if default is None else type(default)
        changes[name.strip()] = None if value == "none" else kind(value)
    return changes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL of clusters")
    parser.add_argument("--limit", type=int, help="only the first N clusters")
    parser.add_argument("--ablation", action="store_true", help="also score each ablation")
    parser.add_argument("--no-baselines", action="store_true", help="skip lead and sumy")
    parser.add_argument(
        "--labels",
        type=Path,
        action="append",
        help="JSONL of brief sentences labelled by people ({id, text, label}: S story, C caption, "
        "H headline, B boilerplate, F fragment, U unattributed speech; or {id, sha1, label} as "
        f"in {READINGS.name}), repeatable; adds each system's furniture (C+H+B) and unreadable "
        "(F+U) shares of its labelled brief sentences",
    )
    parser.add_argument(
        "--unlabelled",
        type=Path,
        help="with --labels: write the brief sentences of the labelled clusters that nobody has "
        "labelled here, one {id, text} a line, to be read and added to "
        f"{READINGS.name} with readings.py (keep it outside the project)",
    )
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=VALUE[,NAME=VALUE]",
        help="also score ours with these options changed, e.g. redundancy=0.5 (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.unlabelled is not None and args.labels is None:
        parser.error("--unlabelled needs --labels: the sentences nobody has labelled among them")

    language = load_language("english")
    clusters = load_clusters(args.data, args.limit)
    systems: dict[str, System] = {"ours (default)": ours(Options())}
    if not args.no_baselines:
        systems["lead"] = lead(language)
        systems["sumy LexRank"] = sumy_system(LexRankSummarizer, language)
        systems["sumy TextRank"] = sumy_system(TextRankSummarizer, language)
    if args.ablation:
        systems.update(ablations(Options()))
    for variant in args.variant:
        systems[f"ours, {variant}"] = ours(Options().replace(**parse_variant(variant)))
    labels = None if args.labels is None else load_labels(args.labels)
    unread: Unread = {}
    rows = evaluate(systems, clusters, language, labels, unread)
    print(f"{len(clusters)} clusters from {args.data.name}, budget {BUDGET} words, ROUGE F1 x 100")
    print(table(rows, halves=len(clusters) >= 2, labels=labels is not None))
    if args.unlabelled is not None:
        with args.unlabelled.open("w", encoding="utf-8") as out:
            for cluster_id, text in unread:
                out.write(json.dumps({"id": cluster_id, "text": text}, ensure_ascii=False) + "\n")
        print(f"wrote {len(unread)} brief sentences nobody has labelled to {args.unlabelled}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
