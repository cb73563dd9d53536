"""Sentences -> groups of exact copies, so that a repeated sentence is one node.

Wire copy is republished word for word: the same sentence can stand in dozens
of articles. Each distinct sentence (white space aside) becomes one node of
the graph, weighted by how many copies it has and where they stand, so the
ranking still sees how often a fact is repeated, while the graph grows with
the distinct sentences rather than the square of the copies. The first copy
(earliest article, then position) stands for the group in the brief.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..table import SentenceTable
from ..types import Sentence

__all__ = ["copy_groups", "merge_copies"]


def merge_copies(sentences: Sequence[Sentence]) -> SentenceTable:
    """The sentences as one :class:`~summarize.table.SentenceTable`: copies merged into nodes.

    Examples
    --------
    >>> texts = ["Rain fell.", "Sun.", "Rain  fell."]
    >>> table = merge_copies([Sentence(a, 0, 0, len(t), t) for a, t in enumerate(texts)])
    >>> [s.text for s in table.nodes], table.copies.tolist(), table.group.tolist()
    (['Rain fell.', 'Sun.'], [2, 1], [0, 1, 0])
    """
    sentences = tuple(sentences)
    return SentenceTable.of_copies(sentences, copy_groups(sentences))


def copy_groups(sentences: Sequence[Sentence]) -> np.ndarray:
    """The group of each sentence: copies share one, numbered by first appearance.

    Examples
    --------
    >>> texts = ["Rain fell.", "Sun.", "Rain  fell."]
    >>> s = [Sentence(a, 0, 0, 0, t) for a, t in enumerate(texts)]
    >>> copy_groups(s).tolist()
    [0, 1, 0]
    """
    number: dict[str, int] = {}
    return np.fromiter(
        (number.setdefault(_spaced(s.text), len(number)) for s in sentences),
        dtype=np.int64,
        count=len(sentences),
    )


def _spaced(text: str) -> str:
    """``text`` with each run of white space made one space, none at either end.

    Examples
    --------
    >>> _spaced(" Rain\\n fell. "), _spaced("Rain fell.")
    ('Rain fell.', 'Rain fell.')
    """
    # a printable text has no white space but the plain space: most sentences
    # are already spaced so, and are kept without splitting them into words
    if text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]:
        return text
    return " ".join(text.split())
