"""Budgeted, non-redundant choice of sentences, returned in reading order.

:func:`allowed` says which units a brief may hold (with a query, those that
speak to it; with seen articles, those that restate none of their
sentences); :func:`select` takes the central ones that fit the
:class:`Budget` and do not repeat each other; :func:`choose` does the same
and refuses to give an empty brief.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from ..errors import NothingNewError, NothingRelevantError, OptionError
from ..table import SentenceTable, dense_row, entries_of, row_ids

__all__ = ["Budget", "allowed", "choose", "reading_order", "select"]


def reading_order(table: SentenceTable, chosen: Sequence[int]) -> tuple[int, ...]:
    """The nodes ``chosen`` sorted by article, then by position in the article."""
    nodes = table.nodes
    return tuple(sorted(chosen, key=lambda i: (nodes[i].article, nodes[i].position)))


@dataclass(frozen=True, slots=True, kw_only=True)
class Budget:
    """How much a brief may hold and how different its sentences must be."""

    max_words: int | None
    max_sentences: int | None
    redundancy: float
    diversity: float = 0.0
    min_words: int = 0


def allowed(
    n_units: int,
    relevance: np.ndarray | None,
    seen: np.ndarray | None,
    seen_redundancy: float,
    *,
    query: str | None,
    articles: int,
    seen_articles: int,
) -> np.ndarray:
    """Which of ``n_units`` a brief may hold: those that speak to the query, restating nothing seen.

    ``relevance`` is each unit's relevance to the query (None without one),
    ``seen`` its highest similarity to a seen sentence (None without seen
    articles); a unit more similar than ``seen_redundancy`` restates one.
    ``query``, ``articles`` and ``seen_articles`` are for the messages.

    Raises
    ------
    NothingRelevantError
        If no unit that may be quoted speaks to the query.
    NothingNewError
        If every unit (with a query, every one that speaks to it) restates a
        seen sentence.

    Examples
    --------
    >>> allowed(3, np.array([0.0, 0.5, 0.2]), np.array([0.1, 0.9, 0.2]), 0.5,
    ...         query="rain", articles=2, seen_articles=1).tolist()
    [False, False, True]
    """
    speaks = None if relevance is None else relevance > 0
    if speaks is not None and not speaks.any():
        raise NothingRelevantError(
            f"no sentence of the {articles} article(s) that may be quoted speaks "
            f"to the query {query!r} (the sentences with its words are lines of the "
            "page such as headlines and captions, questions to the reader, or "
            "sentences that read only after one left out); ask with other words"
        )
    pool = np.ones(n_units, dtype=bool) if speaks is None else speaks
    if seen is not None:
        pool = pool & (seen <= seen_redundancy)
        if not pool.any():
            which = "sentence" if speaks is None else "sentence that speaks to the query"
            raise NothingNewError(
                f"nothing new: every {which} restates one of the {seen_articles} seen "
                f"articles (similarity above seen_redundancy={seen_redundancy}); "
                "raise seen_redundancy to allow closer restatements"
            )
    return pool


def choose(
    table: SentenceTable,
    scores: np.ndarray,
    vectors: sp.csr_matrix,
    budget: Budget,
    *,
    allowed: np.ndarray | None = None,
    seen: np.ndarray | None = None,
    members: sp.csr_matrix | None = None,
) -> tuple[int, ...]:
    """The nodes :func:`select` picks, never none.

    Raises
    ------
    OptionError
        If the word budget is smaller than every node that may be chosen.
    """
    chosen = select(table, scores, vectors, budget, allowed=allowed, seen=seen, members=members)
    if not chosen:  # only a word budget smaller than every candidate leaves nothing
        pool = np.ones(len(table.nodes), dtype=bool) if allowed is None else allowed
        fits = pool & table.standalone(budget.min_words)
        which = " that may be chosen" if len(pool) > pool.sum() else ""
        raise OptionError(
            f"no sentence fits in max_words={budget.max_words}: the shortest{which} "
            f"has {int(table.words[fits if fits.any() else pool].min())} words; "
            "raise max_words or use max_sentences"
        )
    return chosen


def select(
    table: SentenceTable,
    scores: np.ndarray,
    vectors: sp.csr_matrix,
    budget: Budget,
    *,
    allowed: np.ndarray | None = None,
    seen: np.ndarray | None = None,
    members: sp.csr_matrix | None = None,
) -> tuple[int, ...]:
    """Pick central nodes that fit the budget and do not repeat each other or what was seen.

    Maximal marginal relevance: each next sentence is the candidate with the
    highest ``(1 - diversity) * centrality - diversity * similarity``, where
    centrality is its score over the best score and similarity its highest
    TF-IDF cosine with a sentence already kept, or seen: ``seen[g]`` is node
    ``g``'s highest similarity to a sentence the reader has seen, and counts
    as if that sentence were kept. With ``diversity`` 0 the value is simply
    the score. Ties go to the earlier article, then the earlier position.

    Only nodes that are ``allowed`` (all by default; with a query, those that
    speak to it and, with seen articles, do not restate them) and read on
    their own (see :meth:`summarize.types.Sentence.standalone`) are
    candidates; when no allowed node reads on its own, every allowed node is,
    so a story told in short lines still gets a brief. A candidate drops out
    for good once its similarity to a kept sentence is above ``redundancy``,
    once it has more words than the budget has left (a shorter one may still
    fit, so the word budget fills as far as the candidates allow), or, given
    ``members`` (a 0/1 matrix of nodes by the sentences each holds: the units
    of a brief), once a kept node holds one of its sentences.

    Returns
    -------
    tuple of int
        Nodes of ``table`` (rows of ``vectors``), in reading order; empty
        when no candidate fits the word budget.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> from summarize.types import Sentence
    >>> texts = ["a b.", "b a.", "c d."]
    >>> table = merge_copies([Sentence(0, i, 0, 0, t) for i, t in enumerate(texts)])
    >>> v = sp.csr_matrix([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    >>> budget = Budget(max_words=None, max_sentences=2, redundancy=0.5)
    >>> select(table, np.array([0.5, 0.4, 0.1]), v, budget)
    (0, 2)
    """
    n_nodes = len(table.nodes)
    allowed = np.ones(n_nodes, dtype=bool) if allowed is None else allowed
    candidates = allowed & table.standalone(budget.min_words)
    best = scores.max(initial=0.0)
    centrality = scores / best if best > 0 else np.zeros(n_nodes)
    seen_close = np.zeros(n_nodes) if seen is None else seen.astype(np.float64)
    first = table.first
    reading = np.lexsort((table.position[first], table.article[first]))
    if not candidates.any():
        candidates = allowed
    sharing = None if members is None else _sharing(members)
    chosen = _greedy(
        candidates, centrality, table.words, vectors, budget, reading, seen_close, sharing
    )
    return reading_order(table, chosen)


def _greedy(
    candidates: np.ndarray,
    centrality: np.ndarray,
    words: np.ndarray,
    vectors: sp.csr_matrix,
    budget: Budget,
    reading: np.ndarray,
    seen: np.ndarray,
    sharing: tuple[np.ndarray, np.ndarray] | None,
) -> list[int]:
    """Take the best candidate by marginal relevance while the budget lasts.

    ``seen`` is each node's highest similarity to what the reader has seen: it
    weighs in the marginal relevance like the similarity to a kept sentence.
    ``sharing`` gives the nodes that hold a sentence in common with each node
    (see :func:`_sharing`): once it is kept, they drop out.
    ``reading`` lists the nodes by article, then position; ``argmax`` over
    values in that order takes the first of equal values, which breaks ties
    towards the earlier article and position.
    """
    chosen: list[int] = []
    alive = candidates.copy()
    kept = np.zeros(len(words))  # highest similarity to a kept sentence
    words_left = budget.max_words
    while budget.max_sentences is None or len(chosen) < budget.max_sentences:
        if words_left is not None:
            alive &= words <= words_left
        alive &= kept <= budget.redundancy
        if not alive.any():
            break
        closest = np.maximum(kept, seen)
        value = (1.0 - budget.diversity) * centrality - budget.diversity * closest
        value[~alive] = -np.inf
        index = int(reading[np.argmax(value[reading])])
        chosen.append(index)
        alive[index] = False
        if sharing is not None:
            pointers, nodes = sharing
            alive[nodes[pointers[index] : pointers[index + 1]]] = False
        if words_left is not None:
            words_left -= int(words[index])
        np.maximum(kept, vectors @ dense_row(vectors, index), out=kept)
    return chosen


def _sharing(members: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """For each node, the nodes that hold a sentence in common with it: itself, maybe others.

    ``members`` is as in :func:`select`: a row per node, an entry for each
    sentence it holds. The nodes sharing with node ``g`` are
    ``nodes[pointers[g] : pointers[g + 1]]`` (some maybe twice), as the rows
    of ``members @ members.T`` would list them, without the product.

    Examples
    --------
    >>> members = sp.csr_matrix([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    >>> pointers, nodes = _sharing(members)
    >>> [nodes[pointers[g] : pointers[g + 1]].tolist() for g in range(3)]
    [[0, 1], [0, 1, 1], [2]]
    """
    held = members.data != 0
    node = row_ids(members)[held]
    sentence = members.indices[held]
    order = np.argsort(sentence, kind="stable")
    by_sentence = np.searchsorted(sentence[order], np.arange(members.shape[1] + 1))
    # every (node, sentence) entry, row after row, meets each holder of its sentence
    entry, at = entries_of(by_sentence, sentence)
    pointers = np.searchsorted(node[entry], np.arange(members.shape[0] + 1))
    return pointers, node[order][at]
