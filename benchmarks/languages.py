"""Multilingual benchmark: speed in every language, and ROUGE beside lead on your own data.

Usage::

    python benchmarks/languages.py                      # speed, every language
    python benchmarks/languages.py --data stories.jsonl # and ROUGE, per language

Speed, on the story of our own in each language (``tests/languages.py``):
the first load of the language's resources (in a fresh process), the sentence splitter's speed
(sentences a second, on the story's articles repeated into one 2,000-sentence
text) and the time of one brief of the two-article story (median of
``--repeats``).

ROUGE, with ``--data``: a JSONL file of ``{"id", "documents", "summary"}``
lines, each with a ``"language"`` (a name or code; ``--language`` sets it for
lines without one, ``auto`` by default). Ours and lead get the same budget
(``--words``, counted as :func:`summarize.types.count_words` counts) and the
same sentence splitter, and are scored per language with ``rouge-score``
(F1) through a tokenizer that counts every script: ``rouge-score``'s own
keeps only ``a-z0-9`` and so scores an Arabic or Chinese summary as empty.
Ours lower-cases, takes words of letters, digits and combining marks, each
Han or kana letter as a token of its own (as Chinese and Japanese ROUGE
count), and stems English with Porter as the standard protocol does; other
languages are scored unstemmed, so that no resource of ours grades itself.
ROUGE-2 is also given for each half of each language's clusters.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import mean, median

import regex
from rouge_score import rouge_scorer
from rouge_score.tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize import LANGUAGES, summarize  # noqa: E402
from summarize.language import load_language, resolve  # noqa: E402
from summarize.stages.detect import article_languages, main_language  # noqa: E402
from summarize.stages.segment import segment_article  # noqa: E402
from summarize.types import UNSPACED, Document, count_words, word_ends  # noqa: E402
from tests.languages import story  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from quality import lead_sentences  # noqa: E402

BUDGET = 250
METRICS = ("rouge1", "rouge2")
_TOKEN = regex.compile(rf"[{UNSPACED}]|[^\W_{UNSPACED}]+")


class EveryScript(Tokenizer):
    """A ``rouge-score`` tokenizer that keeps every script (see the module's docstring)."""

    def __init__(self, english: bool) -> None:
        from nltk.stem.porter import PorterStemmer

        self._stem = PorterStemmer().stem if english else None

    def tokenize(self, text: str) -> list[str]:
        tokens: list[str] = _TOKEN.findall(text.lower())
        if self._stem is None:
            return tokens
        return [self._stem(token) if len(token) > 3 else token for token in tokens]


def truncate(sentences: Sequence[str], budget: int) -> list[str]:
    """The first ``budget`` words of ``sentences`` (as ``count_words`` counts), breaks kept."""
    kept: list[str] = []
    left = budget
    for sentence in sentences:
        if left <= 0:
            break
        ends = word_ends(sentence)
        kept.append(sentence if len(ends) <= left else sentence[: ends[left - 1]])
        left -= len(ends)
    return kept


@dataclass(frozen=True)
class Story:
    id: str
    documents: list[str]
    summary: str
    language: str


System = Callable[[Story, int], list[str]]


def ours(item: Story, budget: int) -> list[str]:
    return [s.text for s in summarize(item.documents, language=item.language, max_words=budget)]


def lead(item: Story, budget: int) -> list[str]:
    """The first sentence of each article in turn, then the second, until the budget is full."""
    documents = [Document(text) for text in item.documents]
    languages = article_languages(documents) if item.language == "auto" else None
    per_article = []
    for index, document in enumerate(documents):
        language = languages[index] if languages else load_language(item.language)
        per_article.append([s.text for s in segment_article(document.text, index, language)])
    return lead_sentences(per_article, budget, count_words)


def load_stories(path: Path, default: str, limit: int | None) -> list[Story]:
    """The stories of a JSONL file, each with its language resolved (or ``auto``)."""
    stories = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            documents = [d for d in record["documents"] if d.strip()]
            given = str(record.get("language") or default).strip().lower()
            language = given if given == "auto" else resolve(given)
            stories.append(Story(str(record["id"]), documents, record["summary"], language))
            if limit is not None and len(stories) >= limit:
                break
    return stories


def language_of(item: Story) -> str:
    """The story's language: as given, or as detected."""
    if item.language != "auto":
        return item.language
    documents = [Document(text) for text in item.documents]
    return main_language(documents, article_languages(documents)).name


def rouge_table(stories: list[Story], budget: int) -> str:
    """ROUGE of ours and lead per language, and who wins each."""
    by_language: dict[str, list[Story]] = defaultdict(list)
    for item in stories:
        by_language[language_of(item)].append(item)
    lines = [
        "| language | clusters | system | R-1 | R-2 | R-2 half A | R-2 half B | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    verdicts = []
    for name in sorted(by_language):
        items = by_language[name]
        scorer = rouge_scorer.RougeScorer(
            list(METRICS), tokenizer=EveryScript(english=name == "english")
        )
        means = {}
        for system_name, system in (("ours", ours), ("lead", lead)):
            started = time.perf_counter()
            scores = []
            for item in items:
                output = "\n".join(truncate(system(item, budget), budget))
                result = scorer.score(item.summary, output)
                scores.append({m: 100 * result[m].fmeasure for m in METRICS})
            seconds = time.perf_counter() - started
            middle = max(1, len(scores) // 2)
            halves = [
                mean(s["rouge2"] for s in part) if part else float("nan")
                for part in (scores[:middle], scores[middle:])
            ]
            means[system_name] = [mean(s[m] for s in scores) for m in METRICS]
            lines.append(
                f"| {name} | {len(items)} | {system_name} | "
                + " | ".join(f"{value:.2f}" for value in means[system_name])
                + f" | {halves[0]:.2f} | {halves[1]:.2f} | {seconds:.1f} |"
            )
        wins = all(a > b for a, b in zip(means["ours"], means["lead"], strict=True))
        verdicts.append(f"{name}: ours {'beats' if wins else 'does NOT beat'} lead on R-1 and R-2")
    return "\n".join([*lines, "", *verdicts])


def first_load(name: str) -> float:
    """Seconds to load the language's resources in a fresh process, summarize imported."""
    code = (
        "import time, summarize\n"
        "started = time.perf_counter()\n"
        f"summarize.language.load_language({name!r})\n"
        "print(time.perf_counter() - started)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(done.stdout)


def speed_table(repeats: int, names: Sequence[str]) -> str:
    """Load time, splitter speed and brief time for each language's story of our own."""
    lines = [
        "| language | load ms | sentences/s | brief ms | brief words |",
        "|---|---|---|---|---|",
    ]
    for name in names:
        loaded = first_load(name)
        language = load_language(name)
        articles = story(name)
        joiner = "" if name in ("chinese", "japanese") else " "
        long_text = joiner.join(articles * 250)  # 2,000 sentences
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            found = sum(1 for _ in language.sentence_spans(long_text))
            timings.append(time.perf_counter() - started)
        rate = found / median(timings)
        briefs = []
        for _ in range(repeats):
            started = time.perf_counter()
            brief = summarize(articles, language=name, max_sentences=3)
            briefs.append(time.perf_counter() - started)
        lines.append(
            f"| {name} | {1000 * loaded:.0f} | {rate:,.0f} | {1000 * median(briefs):.1f} "
            f"| {brief.words} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="JSONL of stories with a language each")
    parser.add_argument(
        "--language", default="auto", help="language of lines without one [default: auto]"
    )
    parser.add_argument("--words", type=int, default=BUDGET, help="budget [default: 250]")
    parser.add_argument("--limit", type=int, help="only the first N stories")
    parser.add_argument("--repeats", type=int, default=5, help="timing repeats [default: 5]")
    parser.add_argument("--only", nargs="+", metavar="LANGUAGE", help="time only these languages")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed table")
    args = parser.parse_args(argv)
    if not args.no_speed:
        names = [resolve(name) for name in args.only] if args.only else list(LANGUAGES)
        print(f"Speed on our story in each language (median of {args.repeats})")
        print(speed_table(args.repeats, names))
    if args.data is not None:
        stories = load_stories(args.data, args.language, args.limit)
        print()
        print(
            f"{len(stories)} stories from {args.data.name}, budget {args.words} words, "
            "ROUGE F1 x 100 (every script counted)"
        )
        print(rouge_table(stories, args.words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
