"""The brief: the sentences chosen, with their sources, and its renderings as methods.

A :class:`Brief` is what :func:`summarize.summarize` returns. Its renderings
(text, Markdown, a dict, an HTML page) are written in :mod:`summarize.render`,
which reads the brief's values and never imports this module.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .render.data import read_brief, to_dict
from .render.html import page
from .render.markdown import markdown
from .render.text import text
from .types import BriefSentence, Document, cited, count_words

__all__ = ["Brief"]


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
        return cited(self.sentences)

    def __str__(self) -> str:
        return text(self)

    def to_markdown(self) -> str:
        """Numbered sentences citing ``[n]`` for each article stating them, then the sources."""
        return markdown(self)

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
        return page(self, title=title)

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
        return to_dict(self)

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
        return cls(*read_brief(data))
