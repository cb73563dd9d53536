"""Centrality of each sentence: weighted PageRank over the sentence graph.

The power iteration runs on the sparse adjacency matrix itself: the same
maths as networkx's ``pagerank`` (which the tests hold it to), without first
building a networkx graph, which costs more than the ranking on large stories.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from .errors import ConvergenceError
from .types import Sentence

DAMPING = 0.85
MAX_ITER = 200
TOLERANCE = 1e-8


def rank(
    graph: sp.csr_matrix,
    *,
    prior: np.ndarray | None = None,
    damping: float = DAMPING,
    max_iter: int = MAX_ITER,
    tol: float = TOLERANCE,
) -> np.ndarray:
    """Weighted PageRank score of every node, in node order; the scores sum to 1.

    ``prior``, when given, is where the random surfer jumps to (PageRank's
    personalization vector, any non-negative weights); by default, or when
    the weights are all 0, anywhere with equal chance. A node with no edges hands its score
    on by the same jump. Iteration stops when the scores change by less than
    ``n * tol`` in total (networkx's rule).

    Raises
    ------
    ConvergenceError
        If the power iteration has not settled after ``max_iter`` rounds.

    Examples
    --------
    >>> path = sp.csr_matrix([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)
    >>> rank(path).round(3).tolist()
    [0.257, 0.486, 0.257]
    """
    n_nodes = graph.shape[0]
    if n_nodes == 0:
        return np.zeros(0)
    out_weight = np.asarray(graph.sum(axis=1)).ravel()
    dangling = out_weight == 0
    inverse = np.divide(1.0, out_weight, out=np.zeros(n_nodes), where=~dangling)
    # transition[j, i]: the share of node i's score that flows to node j
    transition = sp.csr_matrix(graph.T, dtype=np.float64, copy=True)
    transition.data *= inverse[transition.indices]
    if prior is None or not prior.sum() > 0:
        jump = np.full(n_nodes, 1.0 / n_nodes)
    else:
        jump = prior / prior.sum()
    scores: np.ndarray = np.full(n_nodes, 1.0 / n_nodes)
    for _ in range(max_iter):
        previous = scores
        scores = damping * (np.asarray(transition @ previous) + previous[dangling].sum() * jump)
        scores += (1.0 - damping) * jump
        if np.abs(scores - previous).sum() < n_nodes * tol:
            return scores
    raise ConvergenceError(
        f"PageRank did not converge in {max_iter} iterations; "
        "raise max_iter or report the input that caused it"
    )


def position_prior(sentences: Sequence[Sentence], decay: float) -> np.ndarray | None:
    """Jump weights ``exp(-position / decay)`` by position in the article; None when decay is 0.

    News writing puts the gist first, so PageRank's random jump lands on an
    article's opening sentences more often than on its tail. The preference is
    a prior, not an override: a late sentence that many others resemble can
    still outrank an early one.

    Examples
    --------
    >>> from summarize.types import Sentence
    >>> s = [Sentence(0, 0, 0, 0, 1, "a"), Sentence(0, 1, 0, 2, 3, "b")]
    >>> position_prior(s, 5.0).round(3).tolist()
    [1.0, 0.819]
    """
    if decay == 0:
        return None
    positions = np.fromiter((s.position for s in sentences), dtype=np.float64, count=len(sentences))
    return np.exp(-positions / decay)
