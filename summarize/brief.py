"""The brief: chosen sentences with their sources, and its renderings."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .language import LANGUAGES
from .render.safe import for_markdown, markdown_link
from .types import BriefSentence, Document, Span, as_document, count_words


@dataclass(frozen=True, slots=True)
class Brief:
    """A sourced brief: the sentences kept, in reading order, and the articles cited.

    ``language`` is the language the articles were read in (one of
    :data:`summarize.LANGUAGES`); ``query`` the question the brief answers,
    or None for the gist.

    Examples
    --------
    >>> brief = Brief(
    ...     sentences=(BriefSentence("Rain fell.", 0, 0, 10, 0.6),),
    ...     documents=(Document("Rain fell. Roads shut.", id="a.txt"),),
    ... )
    >>> print(brief)
    Rain fell. [1]
    <BLANKLINE>
    [1] a.txt
    """

    sentences: tuple[BriefSentence, ...]
    documents: tuple[Document, ...]
    language: str = "english"
    query: str | None = None

    def __iter__(self) -> Iterator[BriefSentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def text(self) -> str:
        """The sentences alone, joined by spaces: the brief as one paragraph."""
        return " ".join(sentence.text for sentence in self.sentences)

    @property
    def words(self) -> int:
        """How many words the brief has (see :func:`~summarize.types.count_words`)."""
        return sum(count_words(sentence.text) for sentence in self.sentences)

    def cited(self) -> list[int]:
        """Indices of the articles the brief cites, as source or corroboration, ascending.

        Citations number articles from 1 in the order they were given, so
        ``[3]`` is always the third article, whichever sentences are kept.
        """
        return sorted({span.source for sentence in self.sentences for span in sentence.sources})

    def _source_line(self, source: int) -> str:
        document = self.documents[source]
        line = document.label(source) + _file_of(document)
        if document.url and document.url != document.label(source):
            return f"{line} <{document.url}>"
        return line

    def __str__(self) -> str:
        lines = [f"Query: {_one_line(self.query)}", ""] if self.query else []
        lines += [f"{_one_line(s.text)} {s.citations}" for s in self.sentences]
        lines.append("")
        lines.extend(f"[{source + 1}] {self._source_line(source)}" for source in self.cited())
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """Numbered sentences citing ``[n]`` for each article stating them, then the sources."""
        lines = [f"**Query:** {for_markdown(_one_line(self.query))}", ""] if self.query else []
        lines += [
            f"{position}. {for_markdown(_one_line(s.text))} {s.citations}"
            for position, s in enumerate(self.sentences, start=1)
        ]
        lines += ["", "**Sources**", ""]
        lines.extend(
            f"- [{source + 1}] {_markdown_source(self.documents[source], source)}"
            for source in self.cited()
        )
        return "\n".join(lines)

    def to_html(self, *, title: str | None = None) -> str:
        """One self-contained HTML page to read the brief and check every sentence.

        The brief with a citation link for every article stating each
        sentence, a figure of which articles state which sentence, then every
        article in full with the cited spans highlighted. It loads nothing
        from the network and needs no script: a citation jumps to its span,
        which the page highlights.

        Parameters
        ----------
        title : str, optional
            The page's heading; by default the title of the first sentence's
            article, else "Brief of n articles".
        """
        from .render.html import render_html  # the page module builds on this one

        return render_html(self, title=title)

    def to_dict(self) -> dict[str, Any]:
        """The brief as a JSON-ready dict; :meth:`from_dict` reads it back.

        ::

            {"language": "english",
             "query": "..." or null,
             "articles": [{"id", "title", "url", "text"}, ...],
             "sentences": [{"text", "source", "start", "end", "score",
                            "spans": [{"source", "start", "end"}, ...]}, ...]}

        ``source`` is an index into ``articles``; ``spans`` lists every
        article that states the sentence, the chosen span first.

        Examples
        --------
        >>> brief = Brief((BriefSentence("Rain fell.", 0, 0, 10, 0.6),), (Document("Rain fell."),))
        >>> Brief.from_dict(brief.to_dict()) == brief
        True
        """
        return {
            "language": self.language,
            "query": self.query,
            "articles": [
                {"id": d.id, "title": d.title, "url": d.url, "text": d.text} for d in self.documents
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
                for s in self.sentences
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> Brief:
        """The brief a :meth:`to_dict` dict, or its JSON text, describes.

        Everything is checked as it is read: each value's type, the language,
        and that every span lies inside its article and the chosen span is
        the sentence's text.

        Raises
        ------
        InputError
            If ``data`` is not such a brief, saying what is wrong first.
        """
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except json.JSONDecodeError as error:
                raise InputError(f"not a brief: not JSON ({error.msg})") from None
        try:
            return _read_brief(data)
        except KeyError as error:
            raise InputError(f"not a brief as to_dict() writes it: no key {error}") from None
        except InputError as error:
            raise InputError(f"not a brief as to_dict() writes it: {error}") from None


def _read_brief(data: object) -> Brief:
    """A brief from a ``to_dict()`` mapping; an InputError says what is wrong."""
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
        if isinstance(score, bool) or not isinstance(score, int | float):
            raise InputError(f"a score is a number, not {score!r}")
        sentences.append(BriefSentence(text, chosen.source, chosen.start, chosen.end, score, spans))
    if not sentences:
        raise InputError("a brief has at least one sentence")
    return Brief(tuple(sentences), documents, language, query)


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


def _one_line(text: str) -> str:
    """``text`` with its inner line breaks and runs of white space as single spaces."""
    return " ".join(text.split())


def _markdown_source(document: Document, index: int) -> str:
    return markdown_link(document.label(index), document.url) + for_markdown(_file_of(document))


def _file_of(document: Document) -> str:
    """`` (id)`` for an article cited by its title with an id and no address, else nothing."""
    if document.title and document.id and not document.url and document.id != document.title:
        return f" ({_one_line(document.id)})"
    return ""
