"""Centrality of each sentence: weighted PageRank over the sentence graph."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
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
    personalization vector, any non-negative weights); by default, anywhere
    with equal chance.

    A sentence with no edges keeps the teleport share ``(1 - damping) / n``
    plus its part of what dangling nodes hand on.

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
    model = nx.from_scipy_sparse_array(graph, edge_attribute="weight")
    personalization = None if prior is None else dict(enumerate(map(float, prior)))
    try:
        scores = nx.pagerank(
            model,
            alpha=damping,
            personalization=personalization,
            max_iter=max_iter,
            tol=tol,
            weight="weight",
        )
    except nx.PowerIterationFailedConvergence as error:
        raise ConvergenceError(
            f"PageRank did not converge in {max_iter} iterations; "
            "raise max_iter or report the input that caused it"
        ) from error
    return np.array([scores[node] for node in range(n_nodes)])


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
