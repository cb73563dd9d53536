"""The brief: chosen sentences with their sources, and its renderings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .types import Document


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
        """How many white-space separated words the brief has."""
        return sum(len(sentence.text.split()) for sentence in self.sentences)

    def cited(self) -> list[int]:
        """Indices of the articles the brief cites, as source or corroboration, ascending.

        Citations number articles from 1 in the order they were given, so
        ``[3]`` is always the third article, whichever sentences are kept.
        """
        return sorted({span.source for sentence in self.sentences for span in sentence.sources})

    def _source_line(self, source: int) -> str:
        document = self.documents[source]
        label = document.label(source)
        if document.url and document.url != label:
            return f"{label} <{document.url}>"
        return label

    def __str__(self) -> str:
        lines = [f"Query: {_one_line(self.query)}", ""] if self.query else []
        lines += [f"{_one_line(s.text)} {s.citations}" for s in self.sentences]
        lines.append("")
        lines.extend(f"[{source + 1}] {self._source_line(source)}" for source in self.cited())
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """Numbered sentences citing ``[n]`` for each article stating them, then the sources."""
        lines = [f"**Query:** {_one_line(self.query)}", ""] if self.query else []
        lines += [
            f"{position}. {_one_line(s.text)} {s.citations}"
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
        from .page import render_html  # the page module builds on this one

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
    def from_dict(cls, data: Mapping[str, Any]) -> Brief:
        """The brief a :meth:`to_dict` dict (or its JSON) describes.

        Raises
        ------
        InputError
            If ``data`` lacks a key, has a value of the wrong type, or a span
            that is not its article's text.
        """
        try:
            documents = tuple(
                Document(a["text"], id=a.get("id"), title=a.get("title"), url=a.get("url"))
                for a in data["articles"]
            )
            sentences = tuple(
                BriefSentence(
                    text=s["text"],
                    source=s["source"],
                    start=s["start"],
                    end=s["end"],
                    score=float(s["score"]),
                    sources=tuple(
                        Span(span["source"], span["start"], span["end"]) for span in s["spans"]
                    ),
                )
                for s in data["sentences"]
            )
            brief = cls(sentences, documents, data["language"], data.get("query"))
            for sentence in brief.sentences:
                if not all(0 <= span.source < len(documents) for span in sentence.sources):
                    raise InputError(f"a span of {sentence.text[:40]!r} cites no article")
                if documents[sentence.source].text[sentence.start : sentence.end] != sentence.text:
                    raise InputError(f"{sentence.text[:40]!r} is not the text of its span")
        except KeyError as error:
            raise InputError(f"not a brief as to_dict() writes it: no key {error}") from None
        except (TypeError, ValueError, AttributeError) as error:
            raise InputError(f"not a brief as to_dict() writes it: {error}") from None
        return brief


def _one_line(text: str) -> str:
    """``text`` with its inner line breaks and runs of white space as single spaces."""
    return " ".join(text.split())


def _markdown_source(document: Document, index: int) -> str:
    label = document.label(index)
    if document.url:
        return f"[{label}]({document.url})"
    return label
