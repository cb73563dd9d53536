"""The data that flows between stages: articles, sentences, options.

All are frozen dataclasses: a stage takes them in and hands new ones on, and
never changes what it was given. :class:`Cluster` is the one table of
sentences the stages read: every sentence, and the distinct sentences that
are the nodes of the graph.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack, get_args

import numpy as np
import regex

from .errors import OptionError
from .language import UNSPACED, resolve

Similarity = Literal["cosine", "overlap"]
# What a line of an article is (see :mod:`summarize.anatomy`): only "body" is
# story that a brief may quote.
Role = Literal[
    "body",
    "headline",
    "standfirst",
    "byline",
    "caption",
    "subhead",
    "teaser",
    "embed",
    "credit",
    "prompt",
    "repeat",
]
ROLES: tuple[Role, ...] = get_args(Role)
SIMILARITIES: tuple[Similarity, ...] = ("cosine", "overlap")
DEFAULT_SENTENCES = 5
# Ends like a sentence: final punctuation of any script, then maybe closing
# brackets and quote marks of any script (German closes with "“", Danish with
# "«"). Greek asks with ";" (and its look-alike U+037E).
_FINAL = regex.compile(r"[.!?…;;؟۔।॥。！？．][\p{Pe}\p{Pf}\p{Pi}\"'„‚]*$")
# Where to look for a sentence's final punctuation: its last characters.
_TAIL = 12
# What ``max_words`` counts: each run of non-space characters holding a letter
# or digit, except that each letter of Han or kana counts on its own, as length
# is counted in Chinese and Japanese (their words are not spaced).
_UNSPACED_ANY = regex.compile(rf"[{UNSPACED}]")
_WORD_UNIT = regex.compile(rf"[{UNSPACED}]|[^\s{UNSPACED}]+")
_SPACED_WORD = regex.compile(r"\S+")
_HAS_WORD = regex.compile(r"[^\W_]")
# The value of ``language`` that asks to detect each article's language.
AUTO = "auto"


def count_words(text: str) -> int:
    """How many words ``text`` has, the unit of ``max_words``.

    Words are what spaces part; in Chinese and Japanese, which spaces do not
    part, each Han or kana letter counts as one (a run of Latin letters or
    digits among them counts as one word, punctuation as none).

    Examples
    --------
    >>> count_words("The bridge opened."), count_words("大桥于2024年通车。")
    (3, 7)
    """
    if _UNSPACED_ANY.search(text) is None:
        return len(text.split())  # what word_ends finds, faster
    return len(word_ends(text))


def word_ends(text: str) -> list[int]:
    """Where each word of ``text`` ends, words as :func:`count_words` counts them.

    Examples
    --------
    >>> word_ends("Rain fell."), word_ends("大桥通车。")
    ([4, 10], [1, 2, 3, 4])
    """
    if _UNSPACED_ANY.search(text) is None:
        return [word.end() for word in _SPACED_WORD.finditer(text)]
    return [unit.end() for unit in _WORD_UNIT.finditer(text) if _HAS_WORD.search(unit.group())]


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
    """A sentence of one article, found by its article and position, never by its text.

    ``line`` and ``paragraph`` number the line and the paragraph it stands in
    (from 0 in its article); ``role`` is what its line is in the article (see
    :mod:`summarize.anatomy`), "body" for story until the anatomy is read.
    """

    article: int
    position: int
    start: int
    end: int
    text: str
    line: int = 0
    paragraph: int = 0
    role: Role = "body"

    @property
    def words(self) -> int:
        """How many words it has (the unit of ``max_words``; see :func:`count_words`)."""
        return count_words(self.text)

    def standalone(self, min_words: int) -> bool:
        """Whether it reads on its own: at least ``min_words`` long and ending like a sentence.

        Headlines, captions and datelines usually lack final punctuation. With
        ``min_words`` 0 the check is off and every sentence passes.

        Examples
        --------
        >>> Sentence(0, 0, 0, 24, "Bridge opens after delay").standalone(3)
        False
        >>> Sentence(0, 0, 0, 25, "The bridge opened Monday.").standalone(3)
        True
        """
        if min_words == 0:
            return True
        return self.words >= min_words and self.final

    @property
    def final(self) -> bool:
        """Whether it ends like a sentence: final punctuation, maybe a closing quote or bracket."""
        return _FINAL.search(self.text[-_TAIL:]) is not None


@dataclass(frozen=True, slots=True)
class RankedSentence:
    """One sentence of an analysis, with what the analysis found about it.

    ``articles[source][start:end] == text``. ``score`` is its share of the
    PageRank (all sentences of the story sum to 1; copies of one sentence
    share their node's score evenly). ``relevance`` is its TF-IDF cosine with
    the query (None without one); ``seen_similarity`` its highest cosine with
    a sentence of the seen articles (None without them). ``role`` is what
    the sentence's line is in its article: "body" for story; any other role
    (a headline, a caption, a prompt, ... see ``docs/how-it-works.md``) keeps
    it out of the graph and the brief: its score is 0, its relevance and seen
    similarity None. ``quotable`` tells whether a brief may quote it: a story
    sentence that reads on its own, or joined to the sentences before or
    after it that it needs (a quotation and its speaker, what "he" or "this"
    points back to); a piece of a quotation cut from its start, or a
    question put to the reader, is not.
    """

    text: str
    source: int
    start: int
    end: int
    score: float
    relevance: float | None = None
    seen_similarity: float | None = None
    role: Role = "body"
    quotable: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Cluster:
    """Every sentence of the articles, and the distinct sentences that are the graph's nodes.

    The same sentence (white space aside) can stand in several articles; it is
    one node of the graph, with one copy per place it stands. The stages read
    this one table instead of handing index arrays to each other:

    - ``sentences[i]``, with ``article[i]`` and ``position[i]`` as columns, and
      ``group[i]``: the node sentence ``i`` is a copy of;
    - ``nodes[g]``: the copy that stands for node ``g`` in a brief, its first
      (earliest article, then position), which is ``sentences[first[g]]``;
      ``copies[g]`` how many copies it has, ``words[g]`` its length and
      ``final[g]`` whether it ends like a sentence.

    Build it with :func:`summarize.merge.cluster`.
    """

    sentences: tuple[Sentence, ...]
    group: np.ndarray
    first: np.ndarray
    article: np.ndarray
    position: np.ndarray
    nodes: tuple[Sentence, ...]
    copies: np.ndarray
    words: np.ndarray
    final: np.ndarray

    def standalone(self, min_words: int) -> np.ndarray:
        """Which nodes read on their own (see :meth:`Sentence.standalone`)."""
        if min_words == 0:
            return np.ones(len(self.nodes), dtype=bool)
        result: np.ndarray = (self.words >= min_words) & self.final
        return result

    def node_totals(self, values: np.ndarray) -> np.ndarray:
        """The sum of per-sentence ``values`` over the copies of each node."""
        return np.bincount(self.group, weights=values, minlength=len(self.nodes))

    def per_copy(self, totals: np.ndarray) -> np.ndarray:
        """Each node's total split evenly among its copies: the share of one copy, per node."""
        return np.asarray(totals / self.copies)


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


class Settings(TypedDict, total=False):
    """The fields of :class:`Options` as keyword arguments, for type checkers and IDEs.

    ``summarize(articles, max_words=100)`` takes any of them; each has the
    meaning and range documented on :class:`Options`.
    """

    max_words: int | None
    max_sentences: int | None
    language: str
    redundancy: float
    seen_redundancy: float
    diversity: float
    similarity: Similarity
    edge_power: float
    position_decay: float | None
    cross_article: float
    drop_boilerplate: bool
    min_words: int
    corroboration: float


class BriefSettings(TypedDict, total=False):
    """The fields of :class:`Options` that only choosing a brief reads.

    :meth:`summarize.Analysis.brief` takes these, and no others: the rest
    shape the analysis itself.
    """

    max_words: int | None
    max_sentences: int | None
    redundancy: float
    seen_redundancy: float
    diversity: float
    min_words: int
    corroboration: float
