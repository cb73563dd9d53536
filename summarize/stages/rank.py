"""Centrality of each sentence: weighted PageRank over the sentence graph.

The power iteration runs on the sparse adjacency matrix itself: the same
maths as networkx's ``pagerank`` (which the tests hold it to), without first
building a networkx graph, which costs more than the ranking on large stories.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..errors import ConvergenceError
from ..table import SentenceTable, row_ids

__all__ = [
    "DAMPING",
    "MAX_ITER",
    "POSITION_DECAY",
    "TOLERANCE",
    "decay_for",
    "jump_weights",
    "rank",
]

DAMPING = 0.85
# The position decay, in sentences, when none is given (see jump_weights).
POSITION_DECAY = 5.0
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
    with np.errstate(over="ignore"):
        out_weight = np.asarray(graph.sum(axis=1)).ravel()
        dangling = out_weight == 0
        inverse = np.divide(1.0, out_weight, out=np.zeros(n_nodes), where=~dangling)
    if not all(np.isfinite(values).all() for values in (graph.data, out_weight, inverse)):
        # weights so small or so large (a cross_article of 1e-308) that their sums
        # leave the floats: the same walk, each node's weights over its largest
        graph = _rescaled(graph)
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
    teleport = (1.0 - damping) * jump
    dangling_nodes = np.flatnonzero(dangling)
    scores: np.ndarray = np.full(n_nodes, 1.0 / n_nodes)
    for _ in range(max_iter):
        previous = scores
        scores = transition @ previous
        if len(dangling_nodes):  # with none, their share is 0: adding it changes nothing
            scores += np.add.reduce(previous[dangling_nodes]) * jump
        scores *= damping
        scores += teleport
        if np.add.reduce(np.abs(scores - previous)) < n_nodes * tol:
            return scores
    raise ConvergenceError(
        f"PageRank did not converge in {max_iter} iterations; "
        "please report the articles that caused it"
    )


def _rescaled(graph: sp.csr_matrix) -> sp.csr_matrix:
    """Each row over its largest weight: the walk PageRank takes is the same, the floats tame.

    A row holding an infinite weight (an overflow) keeps those weights as 1
    and the finite ones as 0, their limit.

    Examples
    --------
    >>> tiny = sp.csr_matrix([[0, 1e-320, 3e-320], [1e-320, 0, 0], [3e-320, 0, 0]])
    >>> _rescaled(tiny).toarray().round(3).tolist()
    [[0.0, 0.333, 1.0], [1.0, 0.0, 0.0], [1.0, 0.0, 0.0]]
    """
    scaled = sp.csr_matrix(graph, dtype=np.float64, copy=True)
    rows = row_ids(scaled)
    largest = np.zeros(scaled.shape[0])
    np.maximum.at(largest, rows, scaled.data)
    top = largest[rows]
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(np.isinf(top), np.isinf(scaled.data).astype(np.float64), scaled.data / top)
    scaled.data = np.where(top > 0, ratio, 0.0)
    return scaled


def decay_for(position_decay: float | None, *, query: bool, seen: bool) -> float:
    """The position decay to use: the one given, else 0 for a query alone, else ``POSITION_DECAY``.

    Examples
    --------
    >>> decay_for(None, query=True, seen=False), decay_for(None, query=True, seen=True)
    (0.0, 5.0)
    """
    if position_decay is not None:
        return position_decay
    return 0.0 if query and not seen else POSITION_DECAY


def jump_weights(
    table: SentenceTable,
    position_decay: float | None,
    *,
    relevance: np.ndarray | None = None,
    seen: np.ndarray | None = None,
    agreement: np.ndarray | None = None,
) -> np.ndarray:
    """Where PageRank's random jump lands, per node: position, times relevance, times novelty.

    - Position: a copy at position ``p`` of its article weighs
      ``exp(-p / position_decay)`` (1 when ``position_decay`` is 0), and a node
      sums its copies. News writing puts the gist first, so the jump lands on
      an article's opening sentences more often than on its tail. It is a
      prior, not an override: a late sentence that many others resemble can
      still outrank an early one. ``None`` picks ``POSITION_DECAY``, or 0 for
      a query without seen articles: the answer to a question can stand
      anywhere in an article, while what is new since the seen articles is
      what a follow-up puts first.
    - Relevance (with a query): times the node's cosine with the query, so the
      walk starts only from sentences that speak to the question and the rank
      flows from them to the sentences they resemble (biased LexRank).
    - Novelty (with seen articles): times ``1 - s``, ``s`` the node's highest
      similarity to a seen sentence, so the walk favours what is new.
    - Agreement (given one weight per article, see
      :func:`summarize.stages.graph.agreement`): each copy's position weight times
      its article's, so the walk starts from the articles that the other
      outlets restate, and seldom from a page that shares nothing with them.
      :func:`summarize.analyze` passes it for briefs without a query: with
      one, relevance decides where the walk starts, and the article that
      answers may be the one the others least restate.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> from summarize.types import Sentence
    >>> table = merge_copies([Sentence(0, 0, 0, 1, "a"), Sentence(0, 1, 2, 3, "b")])
    >>> jump_weights(table, 5.0).round(3).tolist()
    [1.0, 0.819]
    >>> jump_weights(table, 5.0, relevance=np.array([0.0, 0.5])).round(3).tolist()
    [0.0, 0.409]
    """
    position_decay = decay_for(position_decay, query=relevance is not None, seen=seen is not None)
    if position_decay == 0:
        per_copy = np.ones(len(table.group))
    else:
        with np.errstate(over="ignore"):  # a tiny decay: exp(-inf) is 0, as it should be
            per_copy = np.exp(-table.position / position_decay)
    if agreement is not None:
        per_copy = per_copy * agreement[table.article]
    weights = table.node_totals(per_copy)
    if relevance is not None:
        weights = weights * relevance
    if seen is not None:
        weights = weights * np.clip(1.0 - seen, 0.0, 1.0)
    return weights
