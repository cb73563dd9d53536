"""The one table of a story's sentences that the stages read.

Every sentence of the articles, and the distinct sentences that are the
nodes of the graph, as columns: the stages read this table instead of
handing index arrays to each other. :func:`summarize.stages.merge.merge_copies`
builds it from the sentences; :func:`summarize.stages.units.unit_table`
builds the same table of the units a brief may quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .types import Sentence

if TYPE_CHECKING:
    import scipy.sparse as sp

__all__ = ["SentenceTable", "dense_row", "entries_of", "first_copies", "row_ids"]


@dataclass(frozen=True, slots=True, eq=False)
class SentenceTable:
    """Every sentence of the articles, and the distinct sentences that are the graph's nodes.

    The same sentence (white space aside) can stand in several articles; it is
    one node of the graph, with one copy per place it stands. The stages read
    this one table instead of handing index arrays to each other:

    - ``sentences[i]``, with ``article[i]`` and ``position[i]`` as columns, and
      ``group[i]``: the node sentence ``i`` is a copy of;
    - ``nodes[g]``: the copy that stands for node ``g`` in a brief, its first
      (earliest article, then position), which is ``sentences[first[g]]``;
      ``copies[g]`` how many copies it has, ``words[g]`` its length and
      ``final[g]`` whether it ends like a sentence.

    Build it with :func:`summarize.stages.merge.merge_copies`, or from any
    copies with :meth:`of_copies`.
    """

    sentences: tuple[Sentence, ...]
    group: np.ndarray
    first: np.ndarray
    article: np.ndarray
    position: np.ndarray
    nodes: tuple[Sentence, ...]
    copies: np.ndarray
    words: np.ndarray
    final: np.ndarray

    @classmethod
    def of_copies(
        cls,
        sentences: tuple[Sentence, ...],
        group: np.ndarray,
        *,
        first: np.ndarray | None = None,
        words: np.ndarray | None = None,
        final: np.ndarray | None = None,
    ) -> SentenceTable:
        """The table of ``sentences``, each a copy of node ``group[i]``.

        ``first`` (each node's first copy), ``words`` and ``final`` are read
        from the nodes unless given.
        """
        if first is None:
            first = first_copies(group)
        nodes = tuple(sentences[i] for i in first.tolist())
        if words is None:
            words = np.fromiter((s.words for s in nodes), np.int64, len(nodes))
        if final is None:
            final = np.fromiter((s.final for s in nodes), bool, len(nodes))
        return cls(
            sentences=sentences,
            group=group,
            first=first,
            article=np.fromiter((s.article for s in sentences), np.int64, len(sentences)),
            position=np.fromiter((s.position for s in sentences), np.int64, len(sentences)),
            nodes=nodes,
            copies=np.bincount(group, minlength=len(nodes)),
            words=words,
            final=final,
        )

    def standalone(self, min_words: int) -> np.ndarray:
        """Which nodes read on their own (see :meth:`Sentence.standalone`)."""
        if min_words == 0:
            return np.ones(len(self.nodes), dtype=bool)
        result: np.ndarray = (self.words >= min_words) & self.final
        return result

    def node_totals(self, values: np.ndarray) -> np.ndarray:
        """The sum of per-sentence ``values`` over the copies of each node."""
        return np.bincount(self.group, weights=values, minlength=len(self.nodes))

    def per_copy(self, totals: np.ndarray) -> np.ndarray:
        """Each node's total split evenly among its copies: the share of one copy, per node."""
        return np.asarray(totals / self.copies)


def first_copies(groups: np.ndarray) -> np.ndarray:
    """Index of the first sentence of each group, in group order.

    Examples
    --------
    >>> first_copies(np.array([0, 1, 0, 2, 1])).tolist()
    [0, 1, 3]
    """
    n_groups = int(groups.max(initial=-1)) + 1
    first = np.full(n_groups, len(groups), dtype=np.int64)
    np.minimum.at(first, groups, np.arange(len(groups)))
    return first


def dense_row(matrix: sp.csr_matrix, index: int) -> np.ndarray:
    """Row ``index`` of a CSR matrix (a row per node) as a dense vector.

    Read straight from the matrix's arrays: a sparse slice of one row costs
    more than the row itself. The matrix must hold each entry once (as the
    products and constructors of scipy leave it; ``sum_duplicates`` makes it so).

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> dense_row(sp.csr_matrix([[0.0, 2.0, 0.0], [1.0, 0.0, 3.0]]), 1).tolist()
    [1.0, 0.0, 3.0]
    """
    row = np.zeros(matrix.shape[1])
    span = slice(matrix.indptr[index], matrix.indptr[index + 1])
    row[matrix.indices[span]] = matrix.data[span]
    return row


def entries_of(indptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The stored entries of ``rows`` of a CSR matrix with row pointers ``indptr``, row after row.

    Returns, for each entry, which of ``rows`` it belongs to and where it is
    stored: what ``matrix[rows]`` would copy, without building it.

    Examples
    --------
    >>> which, at = entries_of(np.array([0, 2, 2, 5]), np.array([2, 0]))
    >>> which.tolist(), at.tolist()
    ([0, 0, 0, 1, 1], [2, 3, 4, 0, 1])
    """
    start = indptr[rows]
    size = indptr[rows + 1] - start
    which = np.repeat(np.arange(len(rows)), size)
    at = np.arange(len(which)) + np.repeat(start - (np.cumsum(size) - size), size)
    return which, at


def row_ids(matrix: sp.csr_matrix, first: int = 0) -> np.ndarray:
    """The row of each stored entry of a CSR matrix whose first row is numbered ``first``.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> row_ids(sp.csr_matrix([[0.0, 2.0], [0.0, 0.0], [1.0, 3.0]])).tolist()
    [0, 2, 2]
    """
    return np.repeat(np.arange(first, first + matrix.shape[0]), np.diff(matrix.indptr))
