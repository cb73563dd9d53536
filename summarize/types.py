"""The data that flows between stages: articles, sentences and options.

All are frozen dataclasses: a stage takes them in and hands new ones on, and
never changes what it was given.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import OptionError

Similarity = Literal["cosine", "overlap"]
SIMILARITIES: tuple[Similarity, ...] = ("cosine", "overlap")
DEFAULT_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and, where known, how to cite it.

    Parameters
    ----------
    text : str
        The article's full text. Brief sentences are exact slices of it.
    id : str, optional
        A short label for the article (the CLI uses the file name).
    title : str, optional
        The article's headline.
    url : str, optional
        Where the article was published.

    Examples
    --------
    >>> Document("The bridge opened on Monday.", id="wire-1").id
    'wire-1'
    """

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None

    def label(self, index: int) -> str:
        """The name to cite this article by: title, else id, else its position."""
        return self.title or self.id or f"Article {index + 1}"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of one article, found by its article and position, never by its text."""

    article: int
    position: int
    paragraph: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        """How many white-space separated words it has (the unit of ``max_words``)."""
        return len(self.text.split())


def _require_number(name: str, value: object, valid: Callable[[float], bool], rule: str) -> None:
    """Raise an :class:`OptionError` unless ``value`` is a real number that is ``valid``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not valid(value):
        raise OptionError(f"{name} must be a number {rule}, not {value!r}")


def _option(default: Any, flag: str, help: str) -> Any:
    """A field of :class:`Options` with its command-line flag and help, written once."""
    return field(default=default, metadata={"flag": flag, "help": help})


@dataclass(frozen=True, slots=True)
class Options:
    """Every setting of a summary, shared by the Python API and the command line.

    Parameters
    ----------
    max_words : int, optional
        Hard cap on the words of the brief. Excludes ``max_sentences``.
    max_sentences : int, optional
        Number of sentences in the brief. With neither budget, 5.
    language : str
        Language of the articles (``"english"`` by default).
    redundancy : float
        Two brief sentences are never more similar than this (TF-IDF cosine,
        0 to 1). Lower values give a more varied brief.
    diversity : float
        Each next sentence maximises ``(1 - diversity) * centrality -
        diversity * similarity`` to the sentences already kept (maximal
        marginal relevance). 0 takes sentences in order of centrality.
    similarity : {"cosine", "overlap"}
        Edge weight of the sentence graph: TF-IDF cosine, or the word-overlap
        measure of the original TextRank.
    edge_power : float
        An edge weighs its similarity raised to this power. Above 1, a
        sentence that others restate counts for more than one that merely
        shares a few words with many; 1 uses the similarity as it is.
    position_decay : float
        PageRank's random jump favours a sentence at position ``p`` of its
        article (0 for the first) with weight ``exp(-p / position_decay)``:
        news puts the gist first. 0 makes every sentence equally likely.
    cross_article : float
        An edge between sentences of two different articles weighs this many
        times its similarity; 1 treats all edges alike.
    drop_boilerplate : bool
        Leave lines of web-page chrome (advertising markers, sign-up prompts,
        photo captions and credits, archive notices) out of the graph and the brief.
    min_words : int
        The shortest sentence a brief may keep. Shorter sentences, and lines
        without final punctuation (headlines, captions), still count in the
        graph but are kept only when nothing else fits. 0 turns the check off.
    corroboration : float
        Another article states a brief sentence when it holds an exact copy,
        or a sentence at least this similar to it (TF-IDF cosine, above 0 up
        to 1) that reads on its own; the brief cites every such article.

    Examples
    --------
    >>> Options(max_words=100).budget_words
    100
    >>> Options().budget_sentences
    5
    """

    max_words: int | None = _option(None, "--words", "at most this many words in the brief")
    max_sentences: int | None = _option(
        None, "--sentences", "this many sentences in the brief (default 5 when no budget is given)"
    )
    language: str = _option("english", "--language", "language of the articles")
    redundancy: float = _option(
        0.3,
        "--redundancy",
        "never keep two sentences more similar than this (TF-IDF cosine, above 0 up to 1)",
    )
    diversity: float = _option(
        0.5,
        "--diversity",
        "how much each next sentence's novelty counts against its centrality "
        "(maximal marginal relevance; 0 to below 1, 0 for centrality alone)",
    )
    similarity: Similarity = _option(
        "cosine",
        "--similarity",
        "edge weight of the sentence graph: TF-IDF cosine or TextRank overlap",
    )
    edge_power: float = _option(
        1.5,
        "--edge-power",
        "a graph edge weighs its similarity to this power; above 1 close restatements "
        "count for more than loose overlaps (1 uses the similarity as it is)",
    )
    position_decay: float = _option(
        5.0,
        "--position-decay",
        "PageRank favours early sentences of each article with weight exp(-position / this); "
        "0 turns the preference off",
    )
    cross_article: float = _option(
        2.0,
        "--cross-article",
        "weight of a graph edge between two articles against one within an article "
        "(1 treats them alike)",
    )
    drop_boilerplate: bool = _option(
        True,
        "--drop-boilerplate",
        "leave out lines of web-page chrome (ads, sign-up prompts, photo captions)",
    )
    min_words: int = _option(
        8,
        "--min-words",
        "shortest sentence the brief may keep; shorter ones and ones without final "
        "punctuation are kept only when nothing else fits (0 turns this check off)",
    )
    corroboration: float = _option(
        0.6,
        "--corroboration",
        "cite another article for a brief sentence when it has a copy or a sentence "
        "at least this similar (TF-IDF cosine, above 0 up to 1)",
    )

    def __post_init__(self) -> None:
        if self.max_words is not None and self.max_sentences is not None:
            raise OptionError("give max_words or max_sentences, not both")
        for name, least in (("max_words", 1), ("max_sentences", 1), ("min_words", 0)):
            value = getattr(self, name)
            if value is None and name != "min_words":
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise OptionError(f"{name} must be a whole number, not {value!r}")
            if value < least:
                raise OptionError(f"{name} must be at least {least}, not {value}")
        if not isinstance(self.language, str) or not self.language.strip():
            raise OptionError(f"language must be a name such as 'english', not {self.language!r}")
        _require_number(
            "redundancy", self.redundancy, lambda x: 0 < x <= 1, "above 0 and at most 1"
        )
        _require_number(
            "corroboration", self.corroboration, lambda x: 0 < x <= 1, "above 0 and at most 1"
        )
        _require_number("diversity", self.diversity, lambda x: 0 <= x < 1, "from 0 to below 1")
        _require_number(
            "position_decay",
            self.position_decay,
            lambda x: 0 <= x < math.inf,
            "of sentences, 0 or more",
        )
        _require_number("cross_article", self.cross_article, lambda x: 0 < x < math.inf, "above 0")
        _require_number("edge_power", self.edge_power, lambda x: 0 < x < math.inf, "above 0")
        if not isinstance(self.drop_boilerplate, bool):
            raise OptionError(
                f"drop_boilerplate must be True or False, not {self.drop_boilerplate!r}"
            )
        if self.similarity not in SIMILARITIES:
            raise OptionError(
                f"similarity must be one of {', '.join(SIMILARITIES)}, not {self.similarity!r}"
            )

    @property
    def budget_words(self) -> int | None:
        """The word cap, or None when the budget is in sentences."""
        return self.max_words

    @property
    def budget_sentences(self) -> int | None:
        """The sentence count, or None when the budget is in words."""
        if self.max_words is None and self.max_sentences is None:
            return DEFAULT_SENTENCES
        return self.max_sentences

    def replace(self, **changes: Any) -> Options:
        """A copy with ``changes`` applied; an unknown name is an :class:`OptionError`."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise OptionError(
                f"unknown option {unknown[0]!r}; the options are {', '.join(sorted(known))}"
            )
        if not changes:
            return self
        return dataclasses.replace(self, **changes)
