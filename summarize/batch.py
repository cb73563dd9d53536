"""Batch work: JSONL stories in, one JSONL brief per story out.

Each input line is one story::

    {"id": "s1", "documents": ["article text", {"text": "...", "title": "...", "url": "..."}]}

Each output line keeps the story's id and holds its brief, or the error that
stopped it; a story that fails never stops the others::

    {"id": "s1", "brief": {"sentences": [...], "sources": [...]}}
    {"id": "s2", "line": 2, "error": "Article 2 has no sentences: ...",
     "error_type": "NoSentencesError"}

A line that is not a story (bad JSON, no ``documents``) gets an error line
too, with its line number, so every input line has exactly one output line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
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


def parse_story(line: str, number: int) -> tuple[Any, list[Document]]:
    """The id and the articles of one JSONL line.

    Raises
    ------
    InputError
        If the line is not a JSON object with a list of ``documents``, each a
        string or an object with a string ``text``.

    Examples
    --------
    >>> story_id, documents = parse_story('{"id": 7, "documents": ["One.", {"text": "Two."}]}', 1)
    >>> story_id, [d.text for d in documents]
    (7, ['One.', 'Two.'])
    """
    try:
        story = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"line {number}: not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(story, dict) or not isinstance(story.get("documents"), list):
        raise InputError(f'line {number}: a story is an object with a "documents" list')
    documents = []
    for index, item in enumerate(story["documents"], start=1):
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
                f'line {number}: document {index} is neither a string nor an object with "text"'
            )
    return story.get("id"), documents


def summarize_lines(lines: Iterable[str | bytes], options: Options) -> Iterator[Outcome]:
    """One outcome per non-blank line, in order; errors are recorded, not raised.

    A line of bytes is decoded on its own (see :func:`summarize.readers.decode`),
    so one badly encoded line fails alone.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        story_id: Any = None
        try:
            text = line if isinstance(line, str) else decode(line, f"line {number}")
            story_id, documents = parse_story(text, number)
            brief = summarize(documents, options)
        except SummarizeError as error:
            record = {"id": story_id, "line": number, "error": str(error)}
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


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
