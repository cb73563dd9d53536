"""The brief as data: a JSON-ready dict, and the brief's fields read back from one.

::

    {"language": "english",
     "query": "..." or null,
     "articles": [{"id", "title", "url", "text"}, ...],
     "sentences": [{"text", "source", "start", "end", "score",
                    "spans": [{"source", "start", "end"}, ...]}, ...]}

``source`` is an index into ``articles``; ``spans`` lists every article that
states the sentence, the chosen span first. Reading a dict back checks
everything as it is read: each value's type, the language, and that every
span lies inside its article and the chosen span is the sentence's text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any, NamedTuple

from ..errors import InputError
from ..language.table import LANGUAGES
from ..types import BriefContent, BriefSentence, Document, Span, as_document

__all__ = ["BriefFields", "read_brief", "to_dict"]


class BriefFields(NamedTuple):
    """A brief's fields read back from its dict, in the order :class:`summarize.Brief` takes."""

    sentences: tuple[BriefSentence, ...]
    documents: tuple[Document, ...]
    language: str
    query: str | None


def to_dict(brief: BriefContent) -> dict[str, Any]:
    """The brief as a JSON-ready dict (what ``brief.to_dict()`` gives)."""
    return {
        "language": brief.language,
        "query": brief.query,
        "articles": [
            {"id": d.id, "title": d.title, "url": d.url, "text": d.text} for d in brief.documents
        ],
        "sentences": [
            {
                "text": s.text,
                "source": s.source,
                "start": s.start,
                "end": s.end,
                "score": s.score,
                "spans": [
                    {"source": span.source, "start": span.start, "end": span.end}
                    for span in s.sources
                ],
            }
            for s in brief.sentences
        ],
    }


def read_brief(data: Mapping[str, Any] | str) -> BriefFields:
    """The fields of the brief a :func:`to_dict` dict, or its JSON text, describes.

    Raises
    ------
    InputError
        If ``data`` is not such a brief, saying what is wrong first.
    """
    if isinstance(data, str):
        try:
            data = json.loads(data, parse_constant=_not_a_number)
        except json.JSONDecodeError as error:
            raise InputError(f"not a brief: not JSON ({error.msg})") from None
    try:
        return _read(data)
    except KeyError as error:
        raise InputError(f"not a brief as to_dict() writes it: no key {error}") from None
    except InputError as error:
        raise InputError(f"not a brief as to_dict() writes it: {error}") from None


def _read(data: object) -> BriefFields:
    """The fields of a brief from a ``to_dict()`` mapping; an InputError says what is wrong."""
    record = _of(data, Mapping, "the brief")
    language = _of(record["language"], str, "language")
    if language not in LANGUAGES:
        raise InputError(
            f"language {language!r} is not one summarize knows (summarize --languages)"
        )
    query = record.get("query")
    if query is not None:
        _of(query, str, "query")
    documents = tuple(
        as_document(item, f"article {number}")
        for number, item in enumerate(_of(record["articles"], list, "articles"), start=1)
    )
    sentences = []
    for item in _of(record["sentences"], list, "sentences"):
        s = _of(item, Mapping, "a sentence")
        spans = tuple(
            _span(_of(span, Mapping, "a span"), documents)
            for span in _of(s["spans"], list, "spans")
        )
        chosen = _span(s, documents)
        text = _of(s["text"], str, "a sentence's text")
        if documents[chosen.source].text[chosen.start : chosen.end] != text:
            raise InputError(f"{text[:40]!r} is not the text of its span")
        score = s["score"]
        if (
            isinstance(score, bool)
            or not isinstance(score, int | float)
            or not math.isfinite(score)
        ):
            raise InputError(f"a score is a finite number, not {score!r}")
        if not spans:
            raise InputError(f"{text[:40]!r} has no spans: they list its chosen span first")
        cited = [span.source for span in spans]
        if len(set(cited)) < len(cited):
            twice = next(source for source in cited if cited.count(source) > 1)
            raise InputError(f"{text[:40]!r} cites source {twice} twice: one span per article")
        sentences.append(BriefSentence(text, chosen.source, chosen.start, chosen.end, score, spans))
    if not sentences:
        raise InputError("a brief has at least one sentence")
    return BriefFields(tuple(sentences), documents, language, query)


def _not_a_number(constant: str) -> float:
    """Refuse ``NaN``, ``Infinity`` and ``-Infinity``, which JSON itself does not allow."""
    raise InputError(f"not a brief: {constant} is no JSON number")


def _span(record: Mapping[str, Any], documents: tuple[Document, ...]) -> Span:
    """The span ``record`` names, checked against its article."""
    source, start, end = (_whole(record[key], key) for key in ("source", "start", "end"))
    if not 0 <= source < len(documents):
        raise InputError(f"source {source} names no article (there are {len(documents)})")
    if not 0 <= start <= end <= len(documents[source].text):
        raise InputError(f"span {start}:{end} is not inside article {source}")
    return Span(source, start, end)


def _of(value: Any, kind: type, what: str) -> Any:
    """``value``, if it is of ``kind``; an InputError naming ``what`` otherwise."""
    if not isinstance(value, kind):
        raise InputError(f"{what} is a {kind.__name__}, not {type(value).__name__}")
    return value


def _whole(value: Any, what: str) -> int:
    """``value``, if it is a whole number (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{what} is a whole number, not {value!r}")
    return value
