"""Texts -> sparse term vectors.

A term is a word, lower-cased, that is not a stop word, stemmed. Rows of the
matrices are texts (sentences, and a query) in the order given, columns are
terms in order of first appearance, so the same input always gives the same
matrix.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from .language import Language


def term_counts(texts: Sequence[str], language: Language) -> sp.csr_matrix:
    """Text-by-term matrix of raw term counts.

    Each distinct word is looked up once per call: its column, or -1 for a
    stop word, so stemming costs one call per word type, not per occurrence.

    Examples
    --------
    >>> from summarize.language import load_language
    >>> term_counts(["The rivers were rising.", "A river."], load_language("english")).toarray()
    array([[1., 1.],
           [1., 0.]])
    """
    vocabulary: dict[str, int] = {}
    column_of: dict[str, int] = {}
    stop = language.stop_words
    indptr = [0]
    indices: list[int] = []
    for text in texts:
        for word in language.words(text):
            column = column_of.get(word)
            if column is None:
                column = -1
                if word not in stop:
                    column = vocabulary.setdefault(language.stem(word), len(vocabulary))
                column_of[word] = column
            if column >= 0:
                indices.append(column)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    shape = (len(texts), len(vocabulary))
    counts = sp.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)), shape=shape)
    counts.sum_duplicates()
    return counts


def inverse_frequency(counts: sp.csr_matrix) -> np.ndarray:
    """Smoothed IDF of each term over the rows: ``ln((1 + n) / (1 + df)) + 1``.

    A term found in every row still counts a little.
    """
    n_rows = counts.shape[0]
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf: np.ndarray = np.log((1.0 + n_rows) / (1.0 + document_frequency)) + 1.0
    return idf


def weigh(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Rows of ``counts`` times ``idf``, each scaled to unit length (a row of no terms stays 0)."""
    vectors = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    vectors.data *= idf[vectors.indices]
    rows = np.repeat(np.arange(vectors.shape[0]), np.diff(vectors.indptr))
    norms = np.sqrt(np.bincount(rows, weights=vectors.data**2, minlength=vectors.shape[0]))
    vectors.data /= norms[rows]  # a row with entries has a positive norm
    return vectors


def tfidf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """TF-IDF rows of unit length, the IDF over the rows themselves (see :func:`inverse_frequency`).

    Examples
    --------
    >>> tfidf(sp.csr_matrix([[2.0, 0.0], [1.0, 1.0]])).toarray().round(3)
    array([[1.   , 0.   ],
           [0.58 , 0.815]])
    """
    return weigh(counts, inverse_frequency(counts))
