"""One story of many: read it once, summarize it, and say what came of it.

Every way of running many stories (:func:`summarize.summarize_many`, a JSONL
batch on the command line, a Dask bag) reads each story with
:func:`read_stories`, which applies the batch's :class:`Defaults` once, and
runs it with :func:`outcome`, which never raises for the story's sake.

A story is a list of articles, or a mapping::

    {"id": "s1", "documents": ["article text", {"text": "...", "title": "...", "url": "..."}],
     "query": "optional question", "seen": ["optional article the reader has", ...],
     "language": "optional language of the story, as --language takes it"}

and in a JSONL batch each line is one such mapping, as JSON. ``query``,
``seen`` and ``language`` are optional; a story without them takes those of
the batch, and a story's own wins over the batch's: a batch in many languages
gives each story its ``"language"``. A story's
:class:`~summarize.LanguageWarning` (an article in a language we have no
resources for) is kept with its outcome.

A JSONL record keeps the story's id and holds its brief (see
:meth:`summarize.Brief.to_dict`), or the error that stopped it; a story that
fails, for whatever reason, never stops the others::

    {"id": "s1", "brief": {"language": ..., "query": ..., "articles": [...], "sentences": [...]}}
    {"id": "s2", "line": 2, "error": "line 2: Article 2 has no sentences: ...",
     "error_type": "NoSentencesError"}

A line that is not a story (bad JSON, no ``documents``) gets an error record
too, with its line number, so every non-blank input line has exactly one
output line.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api import summarize
from ..brief import Brief
from ..errors import InputError, LanguageWarning, StoryError, SummarizeError, TooLargeError
from ..options import Options
from ..readers.decode import decode
from ..readers.files import RAISE_LIMIT, LongLine
from ..render.safe import SURROGATE, json_text
from ..types import Document, as_document

__all__ = [
    "Defaults",
    "Outcome",
    "Story",
    "outcome",
    "read_stories",
    "read_story",
]


@dataclass(frozen=True, slots=True)
class Defaults:
    """What every story of a batch is summarized with, unless it gives its own."""

    options: Options = field(default_factory=Options)
    query: str | None = None
    seen: tuple[Document, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """One story of a batch, read, with the batch's defaults applied: ready to summarize.

    ``number`` is its place in the input, from 1 (its line in a JSONL file);
    ``where`` names it in messages ("line 3", "story 3").
    """

    number: int
    where: str
    id: Any
    documents: tuple[Document, ...]
    options: Options
    query: str | None = None
    seen: tuple[Document, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What came of one story: its brief, or the error that stopped it.

    ``raised`` is the type of what was raised when that was not the
    summarizer's own error (a defect, kept as a :class:`StoryError`);
    ``warnings`` the messages of the story's :class:`LanguageWarning`.
    """

    number: int
    where: str
    id: Any
    brief: Brief | None = None
    error: SummarizeError | None = None
    raised: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """Whether the story has no brief."""
        return self.brief is None

    def record(self) -> dict[str, Any]:
        """The story's JSONL record: its id and brief, or its line and error."""
        if self.brief is not None:
            record: dict[str, Any] = {"id": self.id, "brief": self.brief.to_dict()}
            if self.warnings:
                record["warnings"] = list(self.warnings)
            return record
        said = str(self.error)
        if not said.startswith(f"{self.where}:"):
            said = f"{self.where}: {said}"  # as the errors of reading a story say it
        return {
            "id": self.id,
            "line": self.number,
            "error": said,
            "error_type": self.raised or type(self.error).__name__,
        }

    def to_json(self) -> str:
        """The record as one line of strict JSON, writable as UTF-8, without its newline."""
        return json_text(self.record())

    def result(self) -> Brief | SummarizeError:
        """The brief, or the error: what :func:`summarize.summarize_many` yields for the story."""
        if self.brief is not None:
            return self.brief
        if isinstance(self.error, StoryError):
            return StoryError(f"{self.where}: {self.error}")
        assert self.error is not None
        return self.error


def read_stories(
    items: Iterable[tuple[int, object]], defaults: Defaults, *, lines: bool = False
) -> Iterator[Story | Outcome]:
    """Each numbered item read as a story (see :func:`read_story`); a blank JSON line is none."""
    for number, item in items:
        if lines and isinstance(item, str | bytes) and not item.strip():
            continue
        yield read_story(item, number, defaults, lines=lines)


def read_story(
    item: object, number: int, defaults: Defaults, *, lines: bool = False
) -> Story | Outcome:
    """The story ``item`` holds, with ``defaults`` applied; or the outcome saying why it holds none.

    An item is a list of articles or a mapping with a ``documents`` list (see
    the module). With ``lines``, it is named by its line ("line 3"), and a
    string or bytes item is a JSON line holding the mapping (bytes are
    decoded on their own, so one badly encoded line fails alone); else by
    its place ("story 3").

    Examples
    --------
    >>> story = read_story('{"id": 7, "documents": ["One.", {"text": "Two."}]}', 1, Defaults(),
    ...                    lines=True)
    >>> story.id, [d.text for d in story.documents], story.where
    (7, ['One.', 'Two.'], 'line 1')
    >>> read_story("One.", 2, Defaults()).error
    InputError('story 2: a story is a list of articles or a mapping with "documents", not a str')
    """
    where = f"{'line' if lines else 'story'} {number}"
    story_id: Any = None
    try:
        if isinstance(item, LongLine):
            raise TooLargeError(
                f"{where}: longer than {item.limit:,} bytes; split the story, or {RAISE_LIMIT}"
            )
        if lines and isinstance(item, str | bytes):
            text = item if isinstance(item, str) else decode(item, where)
            item = _json_object(text, where)
        if isinstance(item, Mapping):
            story_id = item.get("id")
            return _mapped(item, number, where, defaults)
        if isinstance(item, list | tuple):
            documents = _articles(item, where, "document")
            return Story(
                number, where, None, documents, defaults.options, defaults.query, defaults.seen
            )
        raise InputError(
            f'{where}: a story is a list of articles or a mapping with "documents", '
            f"not a {type(item).__name__}"
        )
    except SummarizeError as error:
        return Outcome(number, where, story_id, error=error)
    except Exception as error:  # one story, whatever it raises, must never stop the batch
        return Outcome(
            number,
            where,
            story_id,
            error=StoryError(_unexpected(error)),
            raised=type(error).__name__,
        )


def outcome(story: Story | Outcome) -> Outcome:
    """What comes of ``story``: its brief, or the error it raised, recorded, never raised.

    A story that could not be read is its outcome already. Only an interrupt
    (Ctrl-C) goes through.
    """
    if isinstance(story, Outcome):
        return story
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LanguageWarning)
            brief = summarize(story.documents, story.options, query=story.query, seen=story.seen)
    except SummarizeError as error:
        return Outcome(story.number, story.where, story.id, error=error)
    except Exception as error:  # one story, whatever it raises, must never stop the batch
        return Outcome(
            story.number,
            story.where,
            story.id,
            error=StoryError(_unexpected(error)),
            raised=type(error).__name__,
        )
    said = tuple(str(w.message) for w in caught if issubclass(w.category, LanguageWarning))
    return Outcome(story.number, story.where, story.id, brief=brief, warnings=said)


def _unexpected(error: Exception) -> str:
    """What a story's record says of an error that is not the summarizer's own: a defect."""
    return f"unexpected error ({error!r}); please report this story"


def _mapped(record: Mapping[str, Any], number: int, where: str, defaults: Defaults) -> Story:
    """The story a mapping describes, what it leaves out taken from ``defaults``."""
    documents = record.get("documents")
    if not isinstance(documents, list | tuple):
        found = "none" if documents is None else f"a {type(documents).__name__}"
        raise InputError(f'{where}: a story needs a "documents" list, not {found}')
    query = record.get("query")
    if query is not None and not isinstance(query, str):
        raise InputError(f'{where}: "query" is a string, not {type(query).__name__}')
    if query is not None:
        _no_surrogate(query, where, '"query"')
    seen = record.get("seen")
    if seen is not None and not isinstance(seen, list | tuple):
        raise InputError(f'{where}: "seen" is a list of articles, like "documents"')
    language = record.get("language")
    if language is not None and not isinstance(language, str):
        raise InputError(f'{where}: "language" is a name or code, not {type(language).__name__}')
    articles = _articles(documents, where, "document")
    seen_articles = defaults.seen if seen is None else _articles(seen, where, "seen article")
    options = defaults.options
    if language is not None:
        options = options.replace(language=language)
    return Story(
        number,
        where,
        record.get("id"),
        articles,
        options,
        query=defaults.query if query is None else query,
        seen=seen_articles,
    )


def _articles(items: Sequence[Any], where: str, what: str) -> tuple[Document, ...]:
    """The articles of a story's list (see :func:`~summarize.types.as_document`)."""
    documents = []
    for index, item in enumerate(items, start=1):
        named = f"{where}: {what} {index}"
        document = as_document(item, named)
        _no_surrogate(document.text, where, f"{what} {index}")
        documents.append(document)
    return tuple(documents)


def _json_object(line: str, where: str) -> dict[str, Any]:
    """The JSON object of one line; ``NaN``, ``Infinity`` and ``1e999`` are not JSON numbers."""
    try:
        record = _loads(line)
    except json.JSONDecodeError as error:
        at = f"character {error.pos + 1}"
        if error.pos >= len(line.rstrip()):
            at = "the end of the line"
        raise InputError(f"{where}: not JSON ({error.msg} at {at})") from None
    except _NotFinite as error:
        raise InputError(
            f"{where}: {error} is no number strict JSON can hold; "
            "write it as a string, or as a finite number"
        ) from None
    if not isinstance(record, dict):
        raise InputError(f'{where}: a story is an object with a "documents" list')
    return record


def _loads(text: str | bytes) -> Any:
    """The value of a JSON text, refusing ``NaN``, ``Infinity`` and numbers too large to hold.

    Raises
    ------
    ValueError
        If ``text`` is not JSON, or holds a number that is not finite.
    """
    return json.loads(text, parse_constant=_not_a_number, parse_float=_finite)


class _NotFinite(InputError):
    """A number in a JSON line that is not finite."""


def _not_a_number(name: str) -> float:
    raise _NotFinite(name)


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NotFinite(text)
    return number


def _no_surrogate(text: str, where: str, what: str) -> str:
    """``text``, unless it holds a lone surrogate, which no UTF-8 output can hold."""
    found = SURROGATE.search(text)
    if found is not None:
        raise InputError(
            f"{where}: {what} holds \\u{ord(found.group()):04x} at character {found.start() + 1}, "
            "half of a UTF-16 pair and no character (an escape cut in two, or bytes that "
            "were not text); fix the program that wrote it"
        )
    return text
