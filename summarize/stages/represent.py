"""Texts -> sparse term vectors: the story's sentences and the seen articles' in one space.

A term is a word, lower-cased, that is not a stop word, stemmed. Rows of the
matrices are texts (sentences, and a query) in the order given, columns are
terms in order of first appearance, so the same input always gives the same
matrix. :func:`represent` weighs the story's sentences and the seen
articles' sentences with one IDF, over both, so that words the reader has
read all along weigh less, and gives them as the named parts of a
:class:`Space`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from ..language import Language
from ..table import row_ids

__all__ = [
    "Space",
    "count_terms",
    "inverse_frequency",
    "query_counts",
    "represent",
    "term_counts",
    "tfidf",
    "unit_rows",
    "weigh",
]


@dataclass(frozen=True, slots=True)
class Space:
    """The story's sentences and the seen articles' sentences as vectors with one IDF.

    ``counts`` holds the raw term counts of the story's sentences, a row
    each; ``vectors`` their TF-IDF rows of unit length; ``seen`` those of the
    seen articles' sentences. ``idf`` weighs each term (column), and
    ``columns`` gives the column of each word met (-1 for a stop word).
    """

    counts: sp.csr_matrix
    vectors: sp.csr_matrix
    seen: sp.csr_matrix
    idf: np.ndarray
    columns: dict[str, int]

    def query(self, query: str, language: Language) -> sp.csr_matrix:
        """The query as one unit TF-IDF row in this space (see :func:`query_counts`)."""
        return weigh(query_counts(query, language, self.columns, self.counts.shape[1]), self.idf)


def represent(
    story: Sequence[str],
    story_languages: Sequence[Language],
    seen: Sequence[str] = (),
    seen_languages: Sequence[Language] = (),
) -> Space:
    """The story's sentences and the seen sentences (their texts and languages) in one space.

    Examples
    --------
    >>> from summarize.language import load_language
    >>> english = load_language("english")
    >>> space = represent(["Rivers rose.", "Rain fell."], [english] * 2, ["Rain fell."], [english])
    >>> space.vectors.shape, space.seen.shape, (space.vectors[1] != space.seen[0]).nnz
    ((2, 4), (1, 4), 0)
    """
    texts = [*story, *seen]
    counts, columns = count_terms(texts, [*story_languages, *seen_languages])
    idf = inverse_frequency(counts)
    vectors = weigh(counts, idf)
    n_story = len(story)
    return Space(
        counts=_rows(counts, 0, n_story),
        vectors=_rows(vectors, 0, n_story),
        seen=_rows(vectors, n_story, len(texts)),
        idf=idf,
        columns=columns,
    )


def term_counts(texts: Sequence[str], language: Language) -> sp.csr_matrix:
    """Text-by-term matrix of raw term counts.

    Examples
    --------
    >>> from summarize.language import load_language
    >>> term_counts(["The rivers were rising.", "A river."], load_language("english")).toarray()
    array([[1., 1.],
           [1., 0.]])
    """
    return count_terms(texts, language)[0]


def count_terms(
    texts: Sequence[str], language: Language | Sequence[Language]
) -> tuple[sp.csr_matrix, dict[str, int]]:
    """Text-by-term matrix of raw term counts, and the column of each word met.

    ``language`` is the language of every text, or one per text. Each
    distinct word is looked up once per language and call: its column, or -1
    for a stop word, so stemming costs one call per word type, not per
    occurrence. A word met in several languages keeps a column it has as a
    term in one of them (a stop word of one language may be a term of another).
    """
    languages = [language] * len(texts) if isinstance(language, Language) else language
    vocabulary: dict[str, int] = {}
    columns: dict[str, dict[str, int]] = {}
    indptr = [0]
    indices: list[int] = []
    for text, read_in in zip(texts, languages, strict=True):
        column_of = columns.setdefault(read_in.name, {})
        stop = read_in.stop_words
        for word in read_in.words(text):
            column = column_of.get(word)
            if column is None:
                column = -1
                if word not in stop:
                    column = vocabulary.setdefault(read_in.stem(word), len(vocabulary))
                column_of[word] = column
            if column >= 0:
                indices.append(column)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    shape = (len(texts), len(vocabulary))
    counts = sp.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)), shape=shape)
    counts.sum_duplicates()
    if len(columns) == 1:
        return counts, next(iter(columns.values()))
    merged: dict[str, int] = {}
    for column_of in columns.values():
        for word, column in column_of.items():
            if merged.get(word, -1) < 0:
                merged[word] = column
    return counts, merged


def query_counts(
    query: str, language: Language, column_of: Mapping[str, int], n_columns: int
) -> sp.csr_matrix:
    """The query as one row of term counts in the articles' columns.

    A query word counts for its own term; where the articles never write that
    term, for every hyphenated word of theirs that holds it as a part, so that
    "Baghdadi" finds "al-Baghdadi" and "Kurdish" finds "Kurdish-led". A word
    the articles have in neither form counts for nothing.

    Examples
    --------
    >>> from summarize.language import load_language
    >>> english = load_language("english")
    >>> counts, columns = count_terms(["Al-Baghdadi fled.", "Rivers rose."], english)
    >>> sorted(columns.items(), key=lambda item: item[1])[:2]
    [('al-baghdadi', 0), ('fled', 1)]
    >>> query_counts("Where is Baghdadi? Which rivers?", english, columns, 4).toarray()
    array([[1., 0., 1., 0.]])
    """
    by_term: dict[str, int] = {}
    parts: dict[str, set[int]] = {}
    for word, column in column_of.items():
        if column < 0:
            continue
        by_term[language.stem(word)] = column
        if "-" in word:
            for part in word.split("-"):
                if part and not language.is_stop(part):
                    parts.setdefault(language.stem(part), set()).add(column)
    row = np.zeros(n_columns)
    for word in language.words(query):
        if language.is_stop(word):
            continue
        term = language.stem(word)
        if term in by_term:
            row[by_term[term]] += 1.0
        else:
            for column in parts.get(term, ()):
                row[column] += 1.0
    return sp.csr_matrix(row)


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
    rows = row_ids(vectors)
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


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` with each non-zero row scaled to unit length, in place."""
    rows = row_ids(matrix)
    norms = np.sqrt(np.bincount(rows, weights=matrix.data**2, minlength=matrix.shape[0]))
    matrix.data /= norms[rows]
    return matrix


def _rows(matrix: sp.csr_matrix, start: int, stop: int) -> sp.csr_matrix:
    """Rows ``start`` to ``stop`` of ``matrix``; the matrix itself, not a copy, when that is all."""
    if start == 0 and stop == matrix.shape[0]:
        return matrix
    return sp.csr_matrix(matrix[start:stop])
