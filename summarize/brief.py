"""The brief: chosen sentences with their sources, and its renderings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .types import Document


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One sentence of a brief, verbatim from its article.

    ``articles[source][start:end] == text`` (``.text[start:end]`` for a
    :class:`Document`), so every sentence can be checked against its source.
    """

    text: str
    source: int
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Brief:
    """A sourced brief: the sentences kept, in reading order, and the articles cited.

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
        """Indices of the articles the brief cites, in ascending order.

        Citations number articles from 1 in the order they were given, so
        ``[3]`` is always the third article, whichever sentences are kept.
        """
        return sorted({sentence.source for sentence in self.sentences})

    def _source_line(self, source: int) -> str:
        document = self.documents[source]
        label = document.label(source)
        if document.url and document.url != label:
            return f"{label} <{document.url}>"
        return label

    def __str__(self) -> str:
        lines = [f"{_one_line(s.text)} [{s.source + 1}]" for s in self.sentences]
        lines.append("")
        lines.extend(f"[{source + 1}] {self._source_line(source)}" for source in self.cited())
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """Numbered sentences citing ``[n]``, then the numbered list of sources."""
        lines = [
            f"{position}. {_one_line(s.text)} [{s.source + 1}]"
            for position, s in enumerate(self.sentences, start=1)
        ]
        lines += ["", "**Sources**", ""]
        lines.extend(
            f"- [{source + 1}] {_markdown_source(self.documents[source], source)}"
            for source in self.cited()
        )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``sentences`` and the ``sources`` they index into."""
        return {
            "sentences": [
                {
                    "text": s.text,
                    "source": s.source,
                    "start": s.start,
                    "end": s.end,
                    "score": s.score,
                }
                for s in self.sentences
            ],
            "sources": [{"id": d.id, "title": d.title, "url": d.url} for d in self.documents],
        }


def _one_line(text: str) -> str:
    """``text`` with its inner line breaks and runs of white space as single spaces."""
    return " ".join(text.split())


def _markdown_source(document: Document, index: int) -> str:
    label = document.label(index)
    if document.url:
        return f"[{label}]({document.url})"
    return label
