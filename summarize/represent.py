"""Sentences -> sparse term vectors.

A term is a word, lower-cased, that is not a stop word, stemmed. Rows of the
matrices are sentences in the order given, columns are terms in order of first
appearance, so the same input always gives the same matrix.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from .language import Language
from .types import Sentence


def sentence_terms(text: str, language: Language) -> list[str]:
    """The terms of one sentence, in order, repeats kept.

    Examples
    --------
    >>> from summarize.language import load_language
    >>> sentence_terms("The rivers were rising.", load_language("english"))
    ['river', 'rise']
    """
    stop = language.stop_words
    return [language.stem(word) for word in language.words(text) if word not in stop]


def term_counts(sentences: Sequence[Sentence], language: Language) -> sp.csr_matrix:
    """Sentence-by-term matrix of raw term counts.

    Each distinct word is looked up once per call: its column, or -1 for a
    stop word, so stemming costs one call per word type, not per occurrence.
    """
    vocabulary: dict[str, int] = {}
    column_of: dict[str, int] = {}
    stop = language.stop_words
    indptr = [0]
    indices: list[int] = []
    for sentence in sentences:
        for word in language.words(sentence.text):
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
    shape = (len(sentences), len(vocabulary))
    counts = sp.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)), shape=shape)
    counts.sum_duplicates()
    return counts


def tfidf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """TF-IDF rows of unit length; IDF is over the sentences of the whole cluster.

    Uses the smoothed ``idf = ln((1 + n) / (1 + df)) + 1``, so a term found in
    every sentence still counts a little. A sentence with no terms stays a zero row.
    """
    n_sentences = counts.shape[0]
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n_sentences) / (1.0 + document_frequency)) + 1.0
    vectors = sp.csr_matrix(counts, copy=True)
    vectors.data *= idf[vectors.indices]
    rows = np.repeat(np.arange(n_sentences), np.diff(vectors.indptr))
    norms = np.sqrt(np.bincount(rows, weights=vectors.data**2, minlength=n_sentences))
    vectors.data /= norms[rows]  # a row with entries has a positive norm
    return vectors
