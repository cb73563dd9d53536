"""Batch work: JSONL stories in, one JSONL brief per story out.

Each input line is one story::

    {"id": "s1", "documents": ["article text", {"text": "...", "title": "...", "url": "..."}],
     "query": "optional question", "seen": ["optional article the reader has", ...],
     "language": "optional language of the story, as --language takes it"}

``query``, ``seen`` and ``language`` are optional; a story without them takes
those given to the whole batch, if any, and a story's own wins over the
batch's: a batch in many languages gives each story its ``"language"``. A
story's :class:`~summarize.LanguageWarning` (an article in a language we
have no resources for) is listed in its record under ``"warnings"``.

Each output line keeps the story's id and holds its brief (see
:meth:`summarize.Brief.to_dict`), or the error that stopped it; a story
that fails, for whatever reason, never stops the others::

    {"id": "s1", "brief": {"language": ..., "query": ..., "articles": [...], "sentences": [...]}}
    {"id": "s2", "line": 2, "error": "Article 2 has no sentences: ...",
     "error_type": "NoSentencesError"}

A line that is not a story (bad JSON, no ``documents``) gets an error line
too, with its line number, so every non-blank input line has exactly one
output line.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from ..api import summarize
from ..errors import InputError, LanguageWarning, SummarizeError, TooLargeError, WriteError
from ..readers.files import RAISE_LIMIT, LongLine, decode
from ..render.safe import SURROGATE, json_text
from ..types import Document, Options


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one story: its output record and whether it failed."""

    record: dict[str, Any]
    failed: bool

    def to_json(self) -> str:
        """The output line, without its newline: strict JSON, writable as UTF-8."""
        return json_text(self.record)


@dataclass(frozen=True, slots=True)
class Story:
    """One line of a batch: the articles, and what the reader asks and has seen."""

    id: Any
    documents: tuple[Document, ...]
    query: str | None = None
    seen: tuple[Document, ...] | None = None
    language: str | None = None

    def options(self, options: Options) -> Options:
        """The batch's options, with this story's own language if it gives one."""
        return options if self.language is None else options.replace(language=self.language)


def parse_story(line: str, number: int) -> Story:
    """The story of one JSONL line.

    Raises
    ------
    InputError
        If the line is not a JSON object with a list of ``documents``, each a
        string or an object with a string ``text``; or if its ``query`` is not
        a string or its ``seen`` not such a list.

    Examples
    --------
    >>> story = parse_story('{"id": 7, "documents": ["One.", {"text": "Two."}], "query": "?"}', 1)
    >>> story.id, [d.text for d in story.documents], story.query, story.seen
    (7, ['One.', 'Two.'], '?', None)
    """
    return _story(_json_object(line, number), f"line {number}")


def _json_object(line: str, number: int) -> dict[str, Any]:
    """The JSON object of one line; ``NaN``, ``Infinity`` and ``1e999`` are not JSON numbers."""
    try:
        record = loads(line)
    except json.JSONDecodeError as error:
        where = f"character {error.pos + 1}"
        if error.pos >= len(line.rstrip()):
            where = "the end of the line"
        raise InputError(f"line {number}: not JSON ({error.msg} at {where})") from None
    except _NotFinite as error:
        raise InputError(
            f"line {number}: {error} is no number strict JSON can hold; "
            "write it as a string, or as a finite number"
        ) from None
    if not isinstance(record, dict):
        raise InputError(f'line {number}: a story is an object with a "documents" list')
    return record


def _story(record: Mapping[str, Any], where: str) -> Story:
    """The story a mapping describes; ``where`` names it in errors ("line 3")."""
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
    return Story(
        id=record.get("id"),
        documents=_articles(documents, where, "document"),
        query=query,
        seen=None if seen is None else _articles(seen, where, "seen article"),
        language=language,
    )


def story_of(item: object, where: str) -> Story:
    """The story of one item of :func:`summarize.summarize_many` or a Dask bag.

    An item is a list of articles (str or :class:`Document`), or a mapping
    with a ``documents`` list and optional ``id``, ``query`` and ``seen``.

    Raises
    ------
    InputError
        If the item is neither, naming it by ``where`` ("story 3").
    """
    if isinstance(item, Mapping):
        return _story(item, where)
    if isinstance(item, list | tuple):
        return Story(id=None, documents=_articles(item, where, "document"))
    raise InputError(
        f'{where}: a story is a list of articles or a mapping with "documents", '
        f"not a {type(item).__name__}"
    )


def summarize_lines(
    lines: Iterable[str | bytes],
    options: Options,
    *,
    query: str | None = None,
    seen: Sequence[Document] = (),
) -> Iterator[Outcome]:
    """One outcome per non-blank line, in order; errors are recorded, not raised.

    ``query`` and ``seen`` apply to the stories that do not carry their own.
    A line of bytes is decoded on its own (see :func:`summarize.readers.decode`),
    so one badly encoded line fails alone. A story that raises anything is
    recorded as failed with the error's type and message; only an interrupt
    (Ctrl-C) stops the batch. :func:`summarize.run.pool.summarize_records`
    does the same on several processes.
    """
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield outcome(number, line, options, query=query, seen=seen)


def outcome(
    number: int,
    item: object,
    options: Options,
    *,
    query: str | None = None,
    seen: Sequence[Document] = (),
) -> Outcome:
    """The outcome of story ``number``; whatever it raises is recorded, never raised.

    ``item`` is a JSON line (str or bytes), or a story as
    :func:`summarize.summarize_many` takes one (see :func:`story_of`).
    """
    story_id: Any = None
    try:
        where = f"line {number}"
        if isinstance(item, LongLine):
            raise TooLargeError(
                f"{where}: longer than {item.limit:,} bytes; split the story, or {RAISE_LIMIT}"
            )
        if isinstance(item, str | bytes):
            text = item if isinstance(item, str) else decode(item, where)
            item = _json_object(text, number)
        if isinstance(item, Mapping):
            story_id = item.get("id")
        story = story_of(item, where)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LanguageWarning)
            brief = summarize(
                story.documents,
                story.options(options),
                query=story.query if story.query is not None else query,
                seen=story.seen if story.seen is not None else seen,
            )
    except Exception as error:  # one story, whatever it raises, must never stop the batch
        message = str(error) if isinstance(error, SummarizeError) else unexpected(error)
        return failure(story_id, number, message, type(error).__name__)
    record = {"id": story_id, "brief": brief.to_dict()}
    said = [str(w.message) for w in caught if issubclass(w.category, LanguageWarning)]
    if said:
        record["warnings"] = said
    return Outcome(record, failed=False)


def unexpected(error: Exception) -> str:
    """What a story's record says of an error that is not the summarizer's own: a defect."""
    return f"unexpected error ({error!r}); please report this story"


def failure(story_id: Any, number: int, message: str, error_type: str) -> Outcome:
    """The outcome of a story that failed: its id, line, error message and error type."""
    record = {"id": story_id, "line": number, "error": message, "error_type": error_type}
    return Outcome(record, failed=True)


def write_lines(lines: Iterable[tuple[str, bool]], out: TextIO) -> tuple[int, int]:
    """Write each output line as soon as it is ready; (stories, failures).

    ``lines`` holds each story's output line and whether it failed, as
    :func:`summarize.run.pool.summarize_records` gives them.
    """
    stories = failures = 0
    for text, failed in lines:
        try:
            out.write(text + "\n")
            out.flush()
        except BrokenPipeError:
            raise  # the reader left: the command line ends quietly
        except OSError as error:
            raise WriteError(f"cannot write the output ({error.strerror or error})") from None
        stories += 1
        failures += failed
    return stories, failures


def _articles(items: Sequence[Any], where: str, what: str) -> tuple[Document, ...]:
    """The articles of a story's list: strings, Documents, or objects with a string ``text``."""
    documents = []
    for index, item in enumerate(items, start=1):
        named = f"{what} {index}"
        if isinstance(item, str):
            documents.append(Document(_no_surrogate(item, where, named)))
        elif isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            documents.append(
                Document(
                    _no_surrogate(item["text"], where, named),
                    id=_text_or_none(item.get("id")),
                    title=_text_or_none(item.get("title")),
                    url=_text_or_none(item.get("url")),
                )
            )
        else:
            raise InputError(
                f'{where}: {what} {index} is neither a string nor an object with "text"'
            )
    return tuple(documents)


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def loads(text: str | bytes) -> Any:
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
