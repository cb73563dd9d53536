"""Every setting of a summary: :class:`Options`, which the API and the command line share.

Each field is written once, with its command-line flag and help
(:func:`_option`). The keyword arguments that ``summarize()``, ``analyze()``
and ``Analysis.brief()`` take are typed by :class:`BriefSettings` and
:class:`Settings`: Python's type system cannot derive the keywords of a
``**kwargs`` from a dataclass (PEP 692 takes a ``TypedDict``, and there is no
way to map one type onto another), so their names and types are written a
second time there, each once, and ``tests/test_public.py`` keeps them equal
to the fields.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

from .errors import OptionError
from .language.table import AUTO, resolve
from .types import SIMILARITIES, Similarity

__all__ = [
    "BriefSettings",
    "DEFAULT_SENTENCES",
    "Options",
    "Settings",
]

DEFAULT_SENTENCES = 5


def _require_number(name: str, value: object, valid: Callable[[float], bool], rule: str) -> None:
    """Raise an :class:`OptionError` unless ``value`` is a real number that is ``valid``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not valid(value):
        raise OptionError(f"{name} must be a number {rule}, not {value!r}")


def _option(
    default: Any, flag: str, help: str, *, brief: bool = False, kind: type | None = None
) -> Any:
    """A field of :class:`Options` with its command-line flag and help, written once.

    ``brief`` marks a setting that only choosing the brief reads (the budget,
    redundancy, ...): :meth:`summarize.Analysis.brief` may change it without
    analyzing the articles again. ``kind`` is the type of its values, where
    the default (None) does not tell.
    """
    metadata = {"flag": flag, "help": help, "brief": brief, "kind": kind or type(default)}
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class Options:
    """Every setting of a summary, shared by the Python API and the command line.

    Invalid values raise :class:`~summarize.OptionError` (an unknown language
    :class:`~summarize.LanguageError`) when the object is built.

    Parameters
    ----------
    max_words : int, optional
        Hard cap on the words of the brief. Excludes ``max_sentences``.
    max_sentences : int, optional
        Number of sentences in the brief. With neither budget, 5.
    language : str
        Language of the articles: one of :data:`summarize.LANGUAGES` or its
        code (``"arabic"`` or ``"ar"``; case and surrounding space do not
        matter), or ``"auto"`` to tell each article's language from its text
        (see ``docs/languages.md``). ``"english"`` by default.
    redundancy : float
        Two brief sentences are never more similar than this (TF-IDF cosine,
        0 to 1). Lower values give a more varied brief.
    seen_redundancy : float
        With ``seen`` articles, no brief sentence is more similar than this to
        a sentence the reader has seen: such a sentence restates it. Higher
        than ``redundancy``, since a new development is told with the names
        and places the reader already knows.
    diversity : float
        Each next sentence maximises ``(1 - diversity) * centrality -
        diversity * similarity`` to the sentences already kept (and those
        seen; maximal marginal relevance). 0 takes sentences in order of
        centrality.
    similarity : {"cosine", "overlap"}
        Edge weight of the sentence graph: TF-IDF cosine, or the word-overlap
        measure of the original TextRank.
    edge_power : float
        An edge weighs its similarity raised to this power. Above 1, a
        sentence that others restate counts for more than one that merely
        shares a few words with many; 1 uses the similarity as it is.
    position_decay : float, optional
        PageRank's random jump favours a sentence at position ``p`` of its
        article (0 for the first) with weight ``exp(-p / position_decay)``:
        news puts the gist first. 0 makes every sentence equally likely. By
        default 5, and 0 for a query without seen articles: the answer to a
        question can stand anywhere in an article.
    cross_article : float
        An edge between sentences of two different articles weighs this many
        times its similarity; 1 treats all edges alike.
    drop_boilerplate : bool
        Read each article's anatomy (see ``docs/how-it-works.md``) and leave
        what is not story (headlines, standfirsts, bylines, captions and
        credits, subheads, teasers, embed text and prompts) out of the graph
        and the brief. False reads every line as story.
    min_words : int
        The shortest sentence (unit) a brief may keep. Shorter ones, and story
        lines without final punctuation, still count in the graph but are
        kept only when no unit reads on its own. 0 turns the check off.
    corroboration : float
        Another article states a brief sentence when it holds an exact copy,
        or a sentence at least this similar to it (TF-IDF cosine, above 0 up
        to 1) that reads on its own; the brief cites every such article.

    Examples
    --------
    >>> Options(max_words=100).replace(max_sentences=3).max_words is None
    True
    >>> Options().budget_sentences
    5
    """

    max_words: int | None = _option(
        None, "--words", "at most this many words in the brief", brief=True, kind=int
    )
    max_sentences: int | None = _option(
        None,
        "--sentences",
        "this many sentences in the brief (default 5 when no budget is given)",
        brief=True,
        kind=int,
    )
    language: str = _option(
        "english",
        "--language",
        "language of the articles: a name or code (see --languages), or auto to detect it",
    )
    redundancy: float = _option(
        0.3,
        "--redundancy",
        "never keep two sentences more similar than this (TF-IDF cosine, above 0 up to 1)",
        brief=True,
    )
    seen_redundancy: float = _option(
        0.5,
        "--seen-redundancy",
        "with --seen, never keep a sentence more similar than this to a seen sentence "
        "(TF-IDF cosine, above 0 up to 1)",
        brief=True,
    )
    diversity: float = _option(
        0.5,
        "--diversity",
        "how much each next sentence's novelty counts against its centrality "
        "(maximal marginal relevance; 0 to below 1, 0 for centrality alone)",
        brief=True,
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
    position_decay: float | None = _option(
        None,
        "--position-decay",
        "PageRank favours early sentences of each article with weight exp(-position / this); "
        "0 turns the preference off [default: 5, or 0 for a query without --seen]",
        kind=float,
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
        "read each article's anatomy and leave out what is not story: headlines, captions, "
        "teasers, prompts and other lines of web-page chrome",
    )
    min_words: int = _option(
        8,
        "--min-words",
        "shortest sentence the brief may keep; shorter ones and ones without final "
        "punctuation are kept only when none reads on its own (0 turns this check off)",
        brief=True,
    )
    corroboration: float = _option(
        0.6,
        "--corroboration",
        "cite another article for a brief sentence when it has a copy or a sentence "
        "at least this similar (TF-IDF cosine, above 0 up to 1)",
        brief=True,
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
        language = self.language.strip().lower()
        object.__setattr__(self, "language", AUTO if language == AUTO else resolve(language))
        _require_number(
            "redundancy", self.redundancy, lambda x: 0 < x <= 1, "above 0 and at most 1"
        )
        _require_number(
            "seen_redundancy",
            self.seen_redundancy,
            lambda x: 0 < x <= 1,
            "above 0 and at most 1",
        )
        _require_number(
            "corroboration", self.corroboration, lambda x: 0 < x <= 1, "above 0 and at most 1"
        )
        _require_number("diversity", self.diversity, lambda x: 0 <= x < 1, "from 0 to below 1")
        if self.position_decay is not None:
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
    def budget_sentences(self) -> int | None:
        """The sentence count, or None when the budget is in words."""
        if self.max_words is None and self.max_sentences is None:
            return DEFAULT_SENTENCES
        return self.max_sentences

    def for_brief(self, **changes: Unpack[BriefSettings]) -> Options:
        """A copy with ``changes`` to the settings that only choosing a brief reads.

        Raises
        ------
        OptionError
            If a change is out of range, or is to a setting that shapes the
            analysis itself (such as ``language``).

        Examples
        --------
        >>> Options().for_brief(max_words=50).max_words
        50
        """
        options = self.replace(**changes)
        fixed = [
            option.name
            for option in dataclasses.fields(Options)
            if not option.metadata["brief"]
            and getattr(options, option.name) != getattr(self, option.name)
        ]
        if fixed:
            raise OptionError(
                f"{fixed[0]} shapes the analysis itself: pass it to analyze(), not to brief()"
            )
        return options

    def replace(self, **changes: Unpack[Settings]) -> Options:
        """A copy with ``changes`` applied; an unknown name is an :class:`OptionError`.

        Giving one budget drops the other: ``replace(max_words=50)`` on
        options with ``max_sentences=3`` gives a 50-word budget.
        """
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise OptionError(
                f"unknown option {unknown[0]!r}; the options are {', '.join(sorted(known))}"
            )
        if not changes:
            return self
        updates: dict[str, Any] = dict(changes)
        for budget, other in (("max_words", "max_sentences"), ("max_sentences", "max_words")):
            if updates.get(budget) is not None and other not in updates:
                updates[other] = None
        return dataclasses.replace(self, **updates)


class BriefSettings(TypedDict, total=False):
    """The fields of :class:`Options` that only choosing a brief reads, as keyword arguments.

    :meth:`summarize.Analysis.brief` takes these, and no others: the rest
    shape the analysis itself. Each has the meaning and range documented on
    :class:`Options`.
    """

    max_words: int | None
    max_sentences: int | None
    redundancy: float
    seen_redundancy: float
    diversity: float
    min_words: int
    corroboration: float


class Settings(BriefSettings, total=False):
    """Every field of :class:`Options` as keyword arguments, for type checkers and IDEs.

    ``summarize(articles, max_words=100)`` takes any of them: those of
    :class:`BriefSettings` and these, which shape the analysis.
    """

    language: str
    similarity: Similarity
    edge_power: float
    position_decay: float | None
    cross_article: float
    drop_boilerplate: bool
