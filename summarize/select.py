"""Budgeted, non-redundant choice of sentences, returned in reading order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .types import Sentence

# Ends like a sentence: final punctuation, then maybe closing quotes or brackets.
_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")


def standalone(sentence: Sentence, min_words: int) -> bool:
    """Whether a sentence reads on its own: long enough and ending like a sentence.

    Headlines, captions and datelines usually lack final punctuation. With
    ``min_words`` 0 the check is off and every sentence passes.

    Examples
    --------
    >>> from summarize.types import Sentence
    >>> standalone(Sentence(0, 0, 0, 0, 24, "Bridge opens after delay"), 3)
    False
    >>> standalone(Sentence(0, 0, 0, 0, 25, "The bridge opened Monday."), 3)
    True
    """
    if min_words == 0:
        return True
    return sentence.words >= min_words and _FINAL.search(sentence.text) is not None


def reading_order(sentences: Sequence[Sentence], chosen: Sequence[int]) -> tuple[int, ...]:
    """``chosen`` sorted by article, then by position in the article."""
    return tuple(sorted(chosen, key=lambda i: (sentences[i].article, sentences[i].position)))


def select(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    vectors: sp.csr_matrix,
    *,
    max_words: int | None,
    max_sentences: int | None,
    redundancy: float,
    diversity: float = 0.0,
    min_words: int = 0,
) -> tuple[int, ...]:
    """Pick central sentences that fit the budget and do not repeat each other.

    Maximal marginal relevance: each next sentence is the candidate with the
    highest ``(1 - diversity) * centrality - diversity * similarity``, where
    centrality is its score over the best score and similarity its highest
    TF-IDF cosine with a sentence already kept. With ``diversity`` 0 that is
    simply the best-ranked candidate left. Ties go to the earlier article,
    then the earlier position.

    Only sentences that read on their own (see :func:`standalone`) are
    candidates; when none of them fits, every sentence is, so a story told in
    headlines still gets a brief. A candidate drops out for good once its
    similarity to a kept sentence is above ``redundancy``, or once it has more
    words than the budget has left; a shorter one may still fit, so the word
    budget fills as far as the candidates allow.

    Returns
    -------
    tuple of int
        Indices into ``sentences``, in reading order.

    Examples
    --------
    >>> from summarize.types import Sentence
    >>> s = [Sentence(0, i, 0, 0, 0, t) for i, t in enumerate(["a b.", "a b.", "c d e."])]
    >>> v = sp.csr_matrix([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    >>> select(s, np.array([0.5, 0.4, 0.1]), v, max_words=None, max_sentences=2, redundancy=0.5)
    (0, 2)
    """
    words = np.fromiter((s.words for s in sentences), np.int64, len(sentences))
    candidates = np.fromiter(
        (standalone(s, min_words) for s in sentences), dtype=bool, count=len(sentences)
    )
    article = np.fromiter((s.article for s in sentences), np.int64, len(sentences))
    position = np.fromiter((s.position for s in sentences), np.int64, len(sentences))
    budget = _Budget(max_words, max_sentences, redundancy, diversity)
    best = scores.max(initial=0.0)
    centrality = scores / best if best > 0 else np.zeros(len(sentences))
    reading = np.lexsort((position, article))
    chosen = _greedy(candidates, centrality, words, vectors, budget, reading)
    if not chosen:
        everything = np.ones(len(sentences), dtype=bool)
        chosen = _greedy(everything, centrality, words, vectors, budget, reading)
    return reading_order(sentences, chosen)


@dataclass(frozen=True, slots=True)
class _Budget:
    max_words: int | None
    max_sentences: int | None
    redundancy: float
    diversity: float


def _greedy(
    candidates: np.ndarray,
    centrality: np.ndarray,
    words: np.ndarray,
    vectors: sp.csr_matrix,
    budget: _Budget,
    reading: np.ndarray,
) -> list[int]:
    """Take the best candidate by marginal relevance while the budget lasts.

    ``reading`` lists the sentences by article, then position; ``argmax`` over
    values in that order takes the first of equal values, which breaks ties
    towards the earlier article and position.
    """
    chosen: list[int] = []
    alive = candidates.copy()
    closest = np.zeros(len(words))  # highest similarity to any kept sentence
    words_left = budget.max_words
    while budget.max_sentences is None or len(chosen) < budget.max_sentences:
        if words_left is not None:
            alive &= words <= words_left
        alive &= closest <= budget.redundancy
        if not alive.any():
            break
        value = (1.0 - budget.diversity) * centrality - budget.diversity * closest
        value[~alive] = -np.inf
        index = int(reading[np.argmax(value[reading])])
        chosen.append(index)
        alive[index] = False
        if words_left is not None:
            words_left -= int(words[index])
        np.maximum(closest, vectors @ _dense_row(vectors, index), out=closest)
    return chosen


def _dense_row(matrix: sp.csr_matrix, index: int) -> np.ndarray:
    """Row ``index`` of a CSR matrix as a dense vector, without building a sparse slice."""
    row = np.zeros(matrix.shape[1])
    span = slice(matrix.indptr[index], matrix.indptr[index + 1])
    row[matrix.indices[span]] = matrix.data[span]
    return row
