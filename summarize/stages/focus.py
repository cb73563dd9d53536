"""Sentences against the reader: how each speaks to a query, how close it is to what was seen.

Both are TF-IDF cosines in the one vector space of the story (see
:mod:`summarize.stages.represent`): the query and the sentences of the seen
articles are weighed with the same IDF as the articles' sentences. A cosine
of rows with the same terms can come out a hair off 1; within ``ROUNDING`` of
1 it is 1, so that a copy of a seen sentence is exactly 1 and
``seen_redundancy=1`` lets every sentence through.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..errors import NothingRelevantError, OptionError
from ..language import Language

__all__ = ["read_query", "relevance", "relevance_to", "seen_similarity"]

# Upper bound on the similarity entries computed in one block of rows.
BLOCK_ENTRIES = 4_000_000
# How far from 1 a cosine may come out and still be the same terms.
ROUNDING = 1e-9


def read_query(query: object) -> str | None:
    """The query as given, or None; refuses anything but a string with some text.

    Raises
    ------
    OptionError
        If ``query`` is not a string, or is empty.
    """
    if query is None:
        return None
    if not isinstance(query, str):
        raise OptionError(f"query must be a string, not {type(query).__name__}")
    if not query.strip():
        raise OptionError("query is empty: give a phrase or a question, or leave it out")
    return query


def relevance_to(
    vectors: sp.csr_matrix, row: sp.csr_matrix, query: str, language: Language, *, articles: int
) -> np.ndarray:
    """Each sentence's relevance to ``query`` (its vector ``row``): some must speak to it.

    Raises
    ------
    OptionError
        If the query has no word but stop words and punctuation.
    NothingRelevantError
        If no sentence of the ``articles`` articles has a word of the query.
    """
    if not language.terms(query):
        raise OptionError(
            f"the query {query!r} has no words to look for once stop words and "
            "punctuation are left out; ask with the words of the topic"
        )
    found = relevance(vectors, row)
    if not (found > 0).any():
        raise NothingRelevantError(
            f"no sentence of the {articles} article(s) has a word of the query "
            f"{query!r}; ask with other words, or leave the query out"
        )
    return found


def relevance(vectors: sp.csr_matrix, query: sp.csr_matrix) -> np.ndarray:
    """The cosine of each unit row of ``vectors`` with the one unit row of ``query``.

    Examples
    --------
    >>> rows = sp.csr_matrix([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    >>> relevance(rows, sp.csr_matrix([[0.0, 1.0]])).tolist()
    [0.0, 0.8, 1.0]
    """
    return _snapped(np.asarray((vectors @ query.T).toarray()).ravel())


def seen_similarity(vectors: sp.csr_matrix, seen: sp.csr_matrix) -> np.ndarray:
    """The highest cosine of each unit row of ``vectors`` with any unit row of ``seen``.

    Computed a block of rows at a time, so that a long story against a long
    history never holds every pair at once.

    Examples
    --------
    >>> rows = sp.csr_matrix([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    >>> seen_similarity(rows, sp.csr_matrix([[1.0, 0.0], [0.8, 0.6]])).round(2).tolist()
    [1.0, 0.96, 0.6]
    """
    n_rows = vectors.shape[0]
    highest = np.zeros(n_rows)
    if n_rows == 0 or seen.shape[0] == 0:
        return highest
    columns = sp.csr_matrix(seen.T)
    step = max(1, BLOCK_ENTRIES // seen.shape[0])
    for start in range(0, n_rows, step):
        block = sp.csr_matrix(vectors[start : start + step] @ columns)
        highest[start : start + step] = block.max(axis=1).toarray().ravel()
    return _snapped(highest)


def _snapped(cosines: np.ndarray) -> np.ndarray:
    """``cosines`` with every value within ``ROUNDING`` of 1 made exactly 1."""
    snapped: np.ndarray = np.where(cosines > 1.0 - ROUNDING, 1.0, cosines)
    return snapped
