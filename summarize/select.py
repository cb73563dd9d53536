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


def ranking_order(sentences: Sequence[Sentence], scores: np.ndarray) -> list[int]:
    """Sentence indices best first; ties go to the earlier article, then position."""
    article = np.fromiter((s.article for s in sentences), np.int64, len(sentences))
    position = np.fromiter((s.position for s in sentences), np.int64, len(sentences))
    order: list[int] = np.lexsort((position, article, -scores)).tolist()
    return order


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
    min_words: int = 0,
) -> tuple[int, ...]:
    """Pick the best sentences that fit the budget and do not repeat each other.

    Only sentences that read on their own (see :func:`standalone`) are
    candidates; when none of them fits, every sentence is, so a story told in
    headlines still gets a brief. Candidates are taken best first. One is
    skipped when its cosine similarity to a sentence already kept is above
    ``redundancy``, or when it has more words than the budget has left; a
    shorter one further down may still fit, so the word budget is filled as
    far as the ranking allows.

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
    order = ranking_order(sentences, scores)
    words = np.fromiter((s.words for s in sentences), np.int64, len(sentences))
    candidates = [i for i in order if standalone(sentences[i], min_words)]
    budget = _Budget(max_words, max_sentences, redundancy)
    chosen = _greedy(candidates, words, vectors, budget, shortest=min_words)
    if not chosen:
        chosen = _greedy(order, words, vectors, budget, shortest=1)
    return reading_order(sentences, chosen)


@dataclass(frozen=True, slots=True)
class _Budget:
    max_words: int | None
    max_sentences: int | None
    redundancy: float


def _greedy(
    order: Sequence[int],
    words: np.ndarray,
    vectors: sp.csr_matrix,
    budget: _Budget,
    shortest: int,
) -> list[int]:
    """Take ``order`` in turn while the budget lasts, skipping redundant sentences.

    ``shortest`` is the fewest words any sentence of ``order`` has: once fewer
    words than that are left, nothing more can fit and the scan stops.
    """
    chosen: list[int] = []
    closest = np.zeros(len(words))  # highest similarity to any kept sentence
    words_left = budget.max_words
    for index in order:
        if budget.max_sentences is not None and len(chosen) >= budget.max_sentences:
            break
        if words_left is not None:
            if words_left < shortest:
                break
            if words[index] > words_left:
                continue
        if closest[index] > budget.redundancy:
            continue
        chosen.append(index)
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
