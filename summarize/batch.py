"""Batch work: JSONL stories in, one JSONL brief per story out.

Each input line is one story::

    {"id": "s1", "documents": ["article text", {"text": "...", "title": "...", "url": "..."}],
     "query": "optional question", "seen": ["optional article the reader has", ...]}

``query`` and ``seen`` are optional; a story without them takes those given
to the whole batch, if any. Each output line keeps the story's id and holds
its brief (see :meth:`summarize.Brief.to_dict`), or the error that stopped
it; a story that fails, for whatever reason, never stops the others::

    {"id": "s1", "brief": {"language": ..., "query": ..., "articles": [...], "sentences": [...]}}
    {"id": "s2", "line": 2, "error": "Article 2 has no sentences: ...",
     "error_type": "NoSentencesError"}

A line that is not a story (bad JSON, no ``documents``) gets an error line
too, with its line number, so every non-blank input line has exactly one
output line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from .api import summarize
from .errors import InputError, SummarizeError
from .readers import decode
from .types import Document, Options


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one story: its output record and whether it failed."""

    record: dict[str, Any]
    failed: bool


@dataclass(frozen=True, slots=True)
class Story:
    """One line of a batch: the articles, and what the reader asks and has seen."""

    id: Any
    documents: tuple[Document, ...]
    query: str | None = None
    seen: tuple[Document, ...] | None = None


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
    return _story(_json_object(line, number), number)


def _json_object(line: str, number: int) -> dict[str, Any]:
    """The JSON object of one line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        where = f"character {error.pos + 1}"
        if error.pos >= len(line.rstrip()):
            where = "the end of the line"
        raise InputError(f"line {number}: not JSON ({error.msg} at {where})") from None
    if not isinstance(record, dict):
        raise InputError(f'line {number}: a story is an object with a "documents" list')
    return record


def _story(record: dict[str, Any], number: int) -> Story:
    """The story a line's JSON object describes."""
    documents = record.get("documents")
    if not isinstance(documents, list):
        found = "none" if documents is None else f"a {type(documents).__name__}"
        raise InputError(f'line {number}: a story needs a "documents" list, not {found}')
    query = record.get("query")
    if query is not None and not isinstance(query, str):
        raise InputError(f'line {number}: "query" is a string, not {type(query).__name__}')
    seen = record.get("seen")
    if seen is not None and not isinstance(seen, list):
        raise InputError(f'line {number}: "seen" is a list of articles, like "documents"')
    return Story(
        id=record.get("id"),
        documents=_articles(documents, number, "document"),
        query=query,
        seen=None if seen is None else _articles(seen, number, "seen article"),
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
    (Ctrl-C) stops the batch.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        story_id: Any = None
        try:
            text = line if isinstance(line, str) else decode(line, f"line {number}")
            record = _json_object(text, number)
            story_id = record.get("id")
            story = _story(record, number)
            brief = summarize(
                story.documents,
                options,
                query=story.query if story.query is not None else query,
                seen=story.seen if story.seen is not None else seen,
            )
        except Exception as error:  # one story, whatever it raises, must never stop the batch
            message = str(error)
            if not isinstance(error, SummarizeError):
                message = f"unexpected error ({error!r}); please report this story"
            record = {"id": story_id, "line": number, "error": message}
            record["error_type"] = type(error).__name__
            yield Outcome(record, failed=True)
        else:
            yield Outcome({"id": story_id, "brief": brief.to_dict()}, failed=False)


def write_outcomes(outcomes: Iterable[Outcome], out: TextIO) -> tuple[int, int]:
    """Write each outcome as a JSON line as soon as it is ready; (stories, failures)."""
    stories = failures = 0
    for outcome in outcomes:
        out.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")
        out.flush()
        stories += 1
        failures += outcome.failed
    return stories, failures


def _articles(items: list[Any], number: int, what: str) -> tuple[Document, ...]:
    """The articles of a story's list: strings, or objects with a string ``text``."""
    documents = []
    for index, item in enumerate(items, start=1):
        if isinstance(item, str):
            documents.append(Document(item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            documents.append(
                Document(
                    item["text"],
                    id=_text_or_none(item.get("id")),
                    title=_text_or_none(item.get("title")),
                    url=_text_or_none(item.get("url")),
                )
            )
        else:
            raise InputError(
                f'line {number}: {what} {index} is neither a string nor an object with "text"'
            )
    return tuple(documents)


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
