"""The values that flow between stages: articles, sentences, spans, the brief's sentences.

All are frozen dataclasses: a stage takes them in and hands new ones on, and
never changes what it was given. A sentence is known by its article and
position, never by its text, and every span is an exact slice of its
article. The table of a story's sentences that the stages read is
:class:`summarize.table.SentenceTable`; the settings are
:class:`summarize.options.Options`. Nothing here imports anything of ours
but the errors: every other module may import this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal, Protocol, get_args

import regex

from .errors import EmptyInputError, InputError

__all__ = [
    "BriefContent",
    "BriefSentence",
    "Document",
    "ROLES",
    "RankedSentence",
    "Role",
    "SIMILARITIES",
    "Sentence",
    "Similarity",
    "Span",
    "UNSPACED",
    "as_document",
    "as_documents",
    "cited",
    "count_words",
    "paragraph_spans",
    "trim",
    "word_ends",
]

Similarity = Literal["cosine", "overlap"]
# What a line of an article is (see :mod:`summarize.stages.anatomy`): only "body" is
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
# Han and kana: the letters of Chinese and Japanese, whose words are not spaced.
UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}ー"
# Ends like a sentence: final punctuation of any script, then maybe closing
# brackets and quote marks of any script (German closes with "“", Danish with
# "«"), each maybe after white space (French sets a no-break space before "»").
# Greek asks with ";" (and its look-alike U+037E).
_FINAL = regex.compile(r"[.!?…;\u037e؟۔।॥。！？．](?:\s*[\p{Pe}\p{Pf}\p{Pi}\"'„‚])*$")
# The final marks of _FINAL: a text ending on one ends like a sentence, with no search.
_FINAL_MARKS = frozenset(".!?…;\u037e؟۔।॥。！？．")
# Where to look for a sentence's final punctuation: its last characters.
_TAIL = 12
# What ``max_words`` counts: each run of non-space characters holding a letter
# or digit, except that each letter of Han or kana counts on its own, as length
# is counted in Chinese and Japanese (their words are not spaced).
_UNSPACED_ANY = regex.compile(rf"[{UNSPACED}]")
# Every Han or kana letter stands at U+2E80 or above: text with no such
# character (most text but Chinese and Japanese) needs no search for them with
# ``regex``, which takes four times as long as this one with ``re``.
_FROM_CJK = re.compile("[\u2e80-\U0010ffff]")
_WORD_UNIT = regex.compile(rf"[{UNSPACED}]|[^\s{UNSPACED}]+")
_SPACED_WORD = regex.compile(r"\S+")
_HAS_WORD = regex.compile(r"[^\W_]")
# A paragraph ends at a blank line (a line holding only white space; a line
# ends at a line feed, a carriage return alone or before one, or Unicode's
# line separator), or at Unicode's paragraph separator. The lookahead says
# what every break starts with, so that ``re`` skips to those characters
# instead of trying each alternative at every position (twice as fast).
_PARAGRAPH_BREAK = re.compile(
    r"(?=[\r\n\u2028\u2029])"
    r"(?:(?>\r\n?|[\n\u2028])[^\S\r\n\u2028\u2029]*(?:\r\n?|[\n\u2028\u2029])\s*|\u2029\s*)"
)


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
    if not _unspaced(text):
        return len(text.split())  # what word_ends finds, faster
    return len(word_ends(text))


def word_ends(text: str) -> list[int]:
    """Where each word of ``text`` ends, words as :func:`count_words` counts them.

    Examples
    --------
    >>> word_ends("Rain fell."), word_ends("大桥通车。")
    ([4, 10], [1, 2, 3, 4])
    """
    if not _unspaced(text):
        return [word.end() for word in _SPACED_WORD.finditer(text)]
    return [unit.end() for unit in _WORD_UNIT.finditer(text) if _HAS_WORD.search(unit.group())]


def _unspaced(text: str) -> bool:
    """Whether ``text`` holds a letter of Han or kana."""
    return _FROM_CJK.search(text) is not None and _UNSPACED_ANY.search(text) is not None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the non-blank paragraphs of ``text``.

    Examples
    --------
    >>> paragraph_spans("One.\\n\\n  Two.\\n")
    [(0, 4), (8, 12)]
    """
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for begin, end in spans if (trimmed := trim(text, begin, end))]


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without the white space at either end; None when nothing is left."""
    chunk = text[start:end]
    if not chunk.strip():
        return None
    return start + len(chunk) - len(chunk.lstrip()), end - (len(chunk) - len(chunk.rstrip()))


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


def as_document(item: object, name: str) -> Document:
    """The article ``item`` stands for: the one rule for every way articles are given.

    An article is its text (a string), a :class:`Document`, or a mapping with
    a string ``"text"`` and, optionally, ``"id"``, ``"title"`` and ``"url"``:
    each kept as a string (a number as its digits, as JSON ids often are), or
    None when missing or null. ``name`` names the item in the error
    ("article 2", "line 3: document 2").

    Raises
    ------
    InputError
        If ``item`` is none of these.

    Examples
    --------
    >>> as_document({"text": "Rain fell.", "id": 7}, "article 1")
    Document(text='Rain fell.', id='7', title=None, url=None)
    >>> as_document(5, "article 2")
    Traceback (most recent call last):
        ...
    summarize.errors.InputError: article 2 is a int: give a string, a Document or an object with a "text" string
    """  # noqa: E501
    if isinstance(item, str):
        return Document(item)
    if isinstance(item, Document):
        if not isinstance(item.text, str):
            raise InputError(f"{name} has text of type {type(item.text).__name__}")
        return item
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise InputError(f'{name} has no "text" string')
        return Document(
            text,
            id=_label(item.get("id")),
            title=_label(item.get("title")),
            url=_label(item.get("url")),
        )
    raise InputError(
        f"{name} is a {type(item).__name__}: give a string, a Document "
        'or an object with a "text" string'
    )


def as_documents(
    articles: Iterable[object], what: str = "article", *, allow_empty: bool = False
) -> tuple[Document, ...]:
    """The articles of a list (see :func:`as_document`); refuses a lone article and a mapping.

    ``what`` names them in errors ("article", "seen article").

    Raises
    ------
    InputError
        If ``articles`` is a single article, a mapping or a set, not iterable,
        or holds an item that is no article.
    EmptyInputError
        If no article has any text, unless ``allow_empty``.
    """
    if isinstance(articles, str | bytes | Document):
        raise InputError(f"pass a list of {what}s, not a single {what}")
    if isinstance(articles, Mapping | AbstractSet):  # a story's dict would give its keys
        raise InputError(
            f"pass a list of {what}s, not a {type(articles).__name__}: for a story "
            '{"documents": [...], "query": ...} pass its "documents" and query=, or use '
            "summarize_many"
        )
    try:
        items = list(articles)
    except TypeError:
        raise InputError(
            f"pass a list of {what}s (str or Document), not {type(articles).__name__}"
        ) from None
    documents = tuple(as_document(item, f"{what} {index}") for index, item in enumerate(items, 1))
    if not allow_empty and not any(document.text.strip() for document in documents):
        raise EmptyInputError("no article text to summarize: give at least one non-empty article")
    return documents


def _label(value: object) -> str | None:
    """An article's id, title or address as a string; None stays None."""
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of one article, found by its article and position, never by its text.

    ``line`` and ``paragraph`` number the line and the paragraph it stands in
    (from 0 in its article); ``role`` is what its line is in the article (see
    :mod:`summarize.stages.anatomy`), "body" for story until the anatomy is read.
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
        return self.text[-1:] in _FINAL_MARKS or _FINAL.search(self.text[-_TAIL:]) is not None


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


@dataclass(frozen=True, slots=True)
class Span:
    """Where an article states a sentence: ``articles[source][start:end]``."""

    source: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One sentence of a brief, verbatim from its article.

    ``articles[source][start:end] == text`` (``.text[start:end]`` for a
    :class:`Document`), so every sentence can be checked against its source.

    ``sources`` lists every article that states the sentence, one
    :class:`Span` each: the chosen span first, then the other articles in
    order, each with its exact copy or close paraphrase of the sentence. It
    defaults to the chosen span alone.

    Examples
    --------
    >>> s = BriefSentence("Rain fell.", 0, 0, 10, 0.6)
    >>> s.sources
    (Span(source=0, start=0, end=10),)
    """

    text: str
    source: int
    start: int
    end: int
    score: float
    sources: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        chosen = Span(self.source, self.start, self.end)
        if not self.sources:
            object.__setattr__(self, "sources", (chosen,))
        elif self.sources[0] != chosen:
            raise InputError(
                f"sources must start with the chosen span {chosen}, not {self.sources[0]}"
            )

    @property
    def citations(self) -> str:
        """The articles stating the sentence as ``[n]`` marks, the chosen one first."""
        return "".join(f"[{span.source + 1}]" for span in self.sources)


def cited(sentences: Iterable[BriefSentence]) -> list[int]:
    """Indices of the articles the sentences cite, as source or corroboration, ascending.

    Examples
    --------
    >>> cited([BriefSentence("Rain fell.", 2, 0, 10, 0.6, (Span(2, 0, 10), Span(0, 5, 15)))])
    [0, 2]
    """
    return sorted({span.source for sentence in sentences for span in sentence.sources})


class BriefContent(Protocol):
    """What a rendering reads of a brief (:class:`summarize.Brief` is one)."""

    @property
    def sentences(self) -> tuple[BriefSentence, ...]: ...

    @property
    def documents(self) -> tuple[Document, ...]: ...

    @property
    def language(self) -> str: ...

    @property
    def query(self) -> str | None: ...
