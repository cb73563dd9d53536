"""One weighted similarity graph over the sentences of all articles.

The graph is a sparse symmetric adjacency matrix: entry ``(i, j)`` is the
lexical similarity of sentences ``i`` and ``j``, whichever articles they come
from. Edges across articles are what lift a fact that several outlets report.
The diagonal is zero: a sentence does not vote for itself.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from .types import Similarity


def cosine_graph(vectors: sp.csr_matrix) -> sp.csr_matrix:
    """Pairwise cosine similarity of unit-length TF-IDF rows.

    Examples
    --------
    >>> rows = sp.csr_matrix([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    >>> cosine_graph(rows).toarray().round(2).tolist()
    [[0.0, 0.6, 0.0], [0.6, 0.0, 0.8], [0.0, 0.8, 0.0]]
    """
    return _without_diagonal(sp.csr_matrix(vectors @ vectors.T))


def overlap_graph(counts: sp.csr_matrix) -> sp.csr_matrix:
    """TextRank's overlap: shared terms over ``log(1 + |a|) + log(1 + |b|)``.

    ``|a|`` is the number of terms of sentence ``a``. The ``1 +`` keeps a
    one-term sentence from dividing by zero.

    Examples
    --------
    >>> counts = sp.csr_matrix([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
    >>> round(float(overlap_graph(counts)[0, 1]), 3)  # 1 / (ln 3 + ln 3)
    0.455
    """
    present = sp.csr_matrix(counts, copy=True)
    present.data[:] = 1.0
    shared = sp.coo_matrix(present @ present.T)
    log_length = np.log1p(np.asarray(present.sum(axis=1)).ravel())
    weights = shared.data / (log_length[shared.row] + log_length[shared.col])
    graph = sp.csr_matrix((weights, (shared.row, shared.col)), shape=shared.shape)
    return _without_diagonal(graph)


def similarity_graph(
    counts: sp.csr_matrix, vectors: sp.csr_matrix, method: Similarity
) -> sp.csr_matrix:
    """The sentence graph with the chosen edge weight."""
    if method == "overlap":
        return overlap_graph(counts)
    return cosine_graph(vectors)


def _without_diagonal(graph: sp.csr_matrix) -> sp.csr_matrix:
    graph = sp.csr_matrix(graph - sp.diags(graph.diagonal()))
    graph.eliminate_zeros()
    return graph
